"""hm-count-block-traffic: count, as the CPU target runs, the distinct global bytes each block loads and stores.

Consumes: the CPU target's Roller-form kernels (`scf.parallel {hm.roller_kernel}` over blocks, their name
location naming the rtile.config, and the model's figures `hm.model_traffic` from hm-roller-codegen), after the
emulation passes (every global access is a memref or vector load or store). Produces: the same program where,
for each kernel, every buffer it reads or writes from outside has two shadow arrays (one i32 per element, one
for loads and one for stores, allocated for the launch and filled with -1); an access to an element whose
shadow does not hold the current block's index yet adds the element's bytes to the kernel's counter and
stores the index. So a value every thread of a block reads (a broadcast bias) counts once for that block, and
the counts sum over the blocks. Counters (per kernel: launches, loaded bytes, stored bytes) live in
`memref.global @hm_block_traffic_storage`, `@hm_block_traffic(memref<3Kxi64>)` copies them out, and the module
attributes `hm.traffic_kernels` (config names) and `hm.traffic_model` (the model's loaded and stored bytes per
launch) say which is which (Executable.block_traffic). Bench and test only: `hm_mlir.compile(...,
count_traffic=True)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod

from mlir import ir
from mlir.dialects import arith, func, memref, scf

from hm_mlir.codegen.host import host_funcs, static_bytes
from hm_mlir.codegen.kernel_form import KERNEL_ATTR, MODEL_TRAFFIC_ATTR, index_constant, kernel_config
from hm_mlir.ir_walk import defined_within, walk
from hm_mlir.passes.base import HmPass, PassError

READER = "hm_block_traffic"
STORAGE = "hm_block_traffic_storage"
KERNELS_ATTR = "hm.traffic_kernels"
MODEL_ATTR = "hm.traffic_model"
ACCESSES = {"memref.load": (0, 1), "memref.store": (1, 2), "vector.load": (0, 1), "vector.store": (1, 2)}


def _global_memref(value: ir.Value, inside: set) -> bool:
    if value in inside or not isinstance(value.type, ir.MemRefType):
        return False
    space = ir.MemRefType(value.type).memory_space
    return space is None or "workgroup" not in str(space)


def _filled_shadow(value: ir.Value) -> ir.Value:
    count = prod(ir.MemRefType(value.type).shape)
    i32 = ir.IntegerType.get_signless(32)
    shadow = memref.AllocOp(ir.MemRefType.get([count], i32), [], []).result
    loop = scf.ForOp(index_constant(0), index_constant(count), index_constant(1))
    with ir.InsertionPoint(loop.body):
        memref.StoreOp(arith.ConstantOp(i32, -1).result, shadow, [loop.induction_variable])
        scf.YieldOp([])
    return shadow


def _instrument(kernel: ir.Operation, slot: int, counters_type: ir.Type) -> None:
    inside = defined_within([kernel])
    accesses = []
    for op in walk(kernel):
        if op.name in ACCESSES:
            base_index, first_index = ACCESSES[op.name]
            base = op.operands[base_index]
            if _global_memref(base, inside):
                accesses.append((op, base, list(op.operands)[first_index:], op.name.endswith("store")))
    shadows: dict = {}
    with ir.InsertionPoint(kernel), kernel.location:
        counters = memref.GetGlobalOp(counters_type, STORAGE).result
        _add(counters, 3 * slot, arith.ConstantOp(ir.IntegerType.get_signless(64), 1).result)
        for _, base, _, store in accesses:
            if (base, store) not in shadows:
                if not ir.MemRefType(base.type).has_static_shape:
                    raise PassError(kernel, "hm-count-block-traffic needs static buffer shapes")
                shadows[base, store] = _filled_shadow(base)
    block_id = kernel.regions[0].blocks[0].arguments[0]
    for op, base, indices, store in accesses:
        shape = ir.MemRefType(base.type).shape
        element = ir.MemRefType(base.type).element_type
        width = 1
        if op.name.startswith("vector."):
            vector = op.operands[0].type if store else op.results[0].type
            width = prod(ir.VectorType(vector).shape)
        with ir.InsertionPoint(op), op.location:
            bid = arith.IndexCastOp(ir.IntegerType.get_signless(32), block_id).result
            for lane in range(width):
                linear = None
                for d, index in enumerate(indices):
                    if d == len(indices) - 1 and lane:
                        index = arith.AddIOp(index, index_constant(lane)).result
                    stride = prod(shape[d + 1:])
                    term = arith.MulIOp(index, index_constant(stride)).result if stride != 1 else index
                    linear = term if linear is None else arith.AddIOp(linear, term).result
                linear = linear if linear is not None else index_constant(0)
                shadow = shadows[base, store]
                seen = memref.LoadOp(shadow, [linear]).result
                fresh = arith.CmpIOp(arith.CmpIPredicate.ne, seen, bid).result
                branch = scf.IfOp(fresh)
                with ir.InsertionPoint(branch.then_block):
                    memref.StoreOp(bid, shadow, [linear])
                    counters = memref.GetGlobalOp(counters_type, STORAGE).result
                    amount = arith.ConstantOp(ir.IntegerType.get_signless(64), static_bytes(
                        ir.MemRefType.get([1], element))).result
                    _add(counters, 3 * slot + (2 if store else 1), amount)
                    scf.YieldOp([])
    with ir.InsertionPoint.after(kernel), kernel.location:
        for shadow in shadows.values():
            memref.DeallocOp(shadow)


def _add(counters: ir.Value, slot: int, amount: ir.Value) -> None:
    position = index_constant(slot)
    old = memref.LoadOp(counters, [position]).result
    memref.StoreOp(arith.AddIOp(old, amount).result, counters, [position])


@dataclass(frozen=True)
class CountBlockTraffic(HmPass):
    NAME = "hm-count-block-traffic"
    SUMMARY = "count the distinct global bytes each block of a Roller-form kernel loads and stores (cpu, tests)"

    def run(self, module) -> None:
        body = module.regions[0].blocks[0]
        kernels = [op for fn in host_funcs(module) for op in walk(fn)
                   if op.name == "scf.parallel" and KERNEL_ATTR in op.attributes]
        i64 = ir.IntegerType.get_signless(64)
        counters_type = ir.MemRefType.get([3 * max(1, len(kernels))], i64)
        with ir.InsertionPoint.at_block_begin(body), module.location:
            zeros = ir.DenseElementsAttr.get_splat(ir.RankedTensorType.get(counters_type.shape, i64),
                                                   ir.IntegerAttr.get(i64, 0))
            memref.GlobalOp(STORAGE, ir.TypeAttr.get(counters_type), sym_visibility="private", initial_value=zeros)
        names, figures = [], []
        for slot, kernel in enumerate(kernels):
            names.append(kernel_config(kernel.location) or "?")
            model = list(kernel.attributes[MODEL_TRAFFIC_ATTR]) if MODEL_TRAFFIC_ATTR in kernel.attributes \
                else [-1, -1]
            figures += model
            _instrument(kernel, slot, counters_type)
        module.attributes[KERNELS_ATTR] = ir.ArrayAttr.get([ir.StringAttr.get(n) for n in names])
        module.attributes[MODEL_ATTR] = ir.DenseI64ArrayAttr.get(figures)
        with ir.InsertionPoint(body), module.location:
            reader = func.FuncOp(READER, ir.FunctionType.get([counters_type], []))
            entry = reader.add_entry_block()
            with ir.InsertionPoint(entry):
                memref.CopyOp(memref.GetGlobalOp(counters_type, STORAGE).result, entry.arguments[0])
                func.ReturnOp([])
