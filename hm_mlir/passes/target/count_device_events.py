"""hm-count-device-events: count, while the CPU target runs, what the GPU program would do at its boundaries.

Consumes: the CPU target's host functions after the gpu stage, where each outermost `scf.parallel` nest is a
kernel (it becomes one `gpu.launch_func` on GPU targets) and a host `memref.load` of a buffer in device memory
on GPU targets (codegen.host.HostMemory) is a device-to-host copy that waits for the device. Produces: the
same program with i64 counters in `memref.global @hm_event_counters_storage`,
incremented where those happen:

  [0] launches: kernels executed (a host memref.copy of device memory is one: a copy kernel on GPU targets;
      the kernels of a Rammer program are one, its persistent kernel);
  [1] host syncs: host reads of device data (a loop or branch condition, a scalar result read back);
  [2] kernel bytes: bytes of the buffers each executed kernel reads plus those it writes (every buffer read
      counts once per kernel, every buffer written once more): the global-memory traffic at kernel
      boundaries, which fusion (Welder) removes for intermediates;
  [3] allocations and [4] allocated bytes: device buffers the host allocates (a `memref.alloc` that is not
      host memory: codegen.host.HostMemory), as they run.

and a function `@hm_event_counters(memref<3xi64>)` that copies them out (the runtime reads them through
`Executable.event_counts()`). Counts are taken by execution, so loops, branches and early exits are counted as
they run. Bench-only: `hm_mlir.compile(..., count_events=True)` adds it; the compile pipeline never does.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, func, memref

from hm_mlir.codegen.host import (
    VIEW_OPS,
    HostMemory,
    host_funcs,
    host_loads,
    host_ops,
    outermost_parallel_loops,
    static_bytes,
)
from hm_mlir.codegen.kernel_form import index_constant, program_kernel
from hm_mlir.ir_walk import constant_int, walk
from hm_mlir.passes.base import HmPass, PassError

COUNTERS = "hm_event_counters"  # the reader function
STORAGE = "hm_event_counters_storage"  # the memref.global
EVENTS = ("launches", "host_syncs", "kernel_bytes", "allocations", "allocated_bytes")


def kernel_bytes(kernel: ir.Operation) -> int:
    """Bytes of the outside buffers that `kernel` reads, plus those it writes (static shapes)."""
    inside: set = set()
    accesses: list[tuple[ir.Value, str]] = []

    def visit(op: ir.Operation):
        for result in op.results:
            inside.add(result)
        for region in op.regions:
            for block in region.blocks:
                inside.update(block.arguments)
        if op.name == "memref.load":
            accesses.append((op.operands[0], "read"))
        elif op.name == "memref.store":
            accesses.append((op.operands[1], "write"))
        return ir.WalkResult.ADVANCE

    kernel.walk(visit, ir.WalkOrder.PRE_ORDER)
    touched: dict = {}
    for value, kind in accesses:
        while value in inside and getattr(value.owner, "name", None) in VIEW_OPS:  # a block's argument has none
            value = value.owner.operands[0]
        if value not in inside:
            touched.setdefault(value, set()).add(kind)
    total = 0
    for value, kinds in touched.items():
        if not ir.MemRefType(value.type).has_static_shape:
            raise PassError(kernel, "hm-count-device-events needs static buffer shapes")
        total += static_bytes(value.type) * len(kinds)
    return total


def _copied_bytes(copy: ir.Operation) -> int:
    """Bytes a copy kernel reads and writes: the copied elements, twice (strided views: their own shape)."""
    source = ir.MemRefType(copy.operands[0].type)
    if not source.has_static_shape:
        raise PassError(copy, "hm-count-device-events needs static buffer shapes")
    return 2 * static_bytes(source)


def _add(counters: ir.Value, slot: int, amount: int) -> None:
    i64, index = ir.IntegerType.get_signless(64), ir.IndexType.get()
    position = arith.ConstantOp(index, slot).result
    old = memref.LoadOp(counters, [position]).result
    memref.StoreOp(arith.AddIOp(old, arith.ConstantOp(i64, amount).result).result, counters, [position])


def _program_kernel_calls(functions) -> dict[str, tuple[str, int]]:
    """Callee -> the Rammer tag (program, kernel) of its call, for the Welder kernels of rPrograms."""
    found = {}
    for function in functions:
        for op in walk(function):
            if op.name == "func.call" and program_kernel(op.location) is not None:
                found[op.attributes["callee"].value] = program_kernel(op.location)
    return found


def count_device_events(module: ir.Operation) -> None:
    counters_type = ir.MemRefType.get([len(EVENTS)], ir.IntegerType.get_signless(64))
    functions = [f for f in host_funcs(module) if f.regions[0].blocks]
    body = module.regions[0].blocks[0]
    with ir.InsertionPoint.at_block_begin(body), module.location:
        zeros = ir.DenseElementsAttr.get_splat(ir.RankedTensorType.get([len(EVENTS)], counters_type.element_type),
                                               ir.IntegerAttr.get(counters_type.element_type, 0))
        memref.GlobalOp(STORAGE, ir.TypeAttr.get(counters_type), sym_visibility="private", initial_value=zeros)
    memory = HostMemory(module)
    called_as = _program_kernel_calls(functions)
    for function in functions:
        for kernel in outermost_parallel_loops(function):
            tag = program_kernel(kernel.location) or called_as.get(function.attributes["sym_name"].value)
            with ir.InsertionPoint(kernel), kernel.location:
                counters = memref.GetGlobalOp(counters_type, STORAGE).result
                if tag is None or tag[1] == 0:  # a Rammer program is one launch: its first kernel's
                    _add(counters, 0, 1)
                _add(counters, 2, kernel_bytes(kernel))
        for load in host_loads(function, lambda value: not memory.is_host(value)):
            with ir.InsertionPoint(load), load.location:
                _add(memref.GetGlobalOp(counters_type, STORAGE).result, 1, 1)
        for copy in host_ops(function, "memref.copy"):  # a copy kernel on GPU targets (hm-prepare-device-buffers)
            source, target = copy.operands
            if memory.is_host(source) and memory.is_host(target):
                continue
            tag = program_kernel(copy.location)
            with ir.InsertionPoint(copy), copy.location:
                counters = memref.GetGlobalOp(counters_type, STORAGE).result
                if tag is None or tag[1] == 0:
                    _add(counters, 0, 1)
                _add(counters, 2, _copied_bytes(copy))
        for alloc in host_ops(function, "memref.alloc"):
            if not memory.is_host(alloc.results[0]):
                if not ir.MemRefType(alloc.results[0].type).has_static_shape:
                    raise PassError(alloc, "hm-count-device-events needs static buffer shapes")
                with ir.InsertionPoint(alloc), alloc.location:
                    counters = memref.GetGlobalOp(counters_type, STORAGE).result
                    _add(counters, 3, 1)
                    _add(counters, 4, static_bytes(alloc.results[0].type))
    with ir.InsertionPoint(body), module.location:
        reader = func.FuncOp(COUNTERS, ir.FunctionType.get([counters_type], []))
        entry = reader.add_entry_block()
        with ir.InsertionPoint(entry):
            memref.CopyOp(memref.GetGlobalOp(counters_type, STORAGE).result, entry.arguments[0])
            func.ReturnOp([])


@dataclass(frozen=True)
class CountDeviceEvents(HmPass):
    NAME = "hm-count-device-events"
    SUMMARY = "count kernel launches, host syncs and kernel-boundary bytes as the CPU target runs (bench)"

    def run(self, module) -> None:
        taken = {ir.StringAttr(op.operation.attributes["sym_name"]).value
                 for op in module.regions[0].blocks[0].operations if "sym_name" in op.operation.attributes}
        if taken & {COUNTERS, STORAGE}:
            raise PassError(module, f"the module already has a symbol named @{COUNTERS} or @{STORAGE}")
        count_device_events(module)


def hoist_out_of_loop(loop, is_count) -> None:
    """The increments in a device loop's body (hm_mlir.passes.utask.device_loop.DeviceLoop; `is_count(op)`
    tells them), made once before the loop for all its iterations: its program is one launch per call, its
    kernels' bytes count every iteration."""
    for op in loop.ops():
        if op.name != "memref.store" or not is_count(op):
            continue
        added = op.operands[0].owner
        slot = constant_int(op.operands[2])
        with ir.InsertionPoint(loop.op), op.location:
            amount = arith.ConstantOp(added.operands[1].type, constant_int(added.operands[1])).result
            if slot != 0:
                amount = arith.MulIOp(amount, arith.IndexCastOp(amount.type, loop.trips()).result).result
            counters = memref.GetGlobalOp(op.operands[1].type, STORAGE).result
            old = memref.LoadOp(counters, [index_constant(slot)]).result
            memref.StoreOp(arith.AddIOp(old, amount).result, counters, [index_constant(slot)])
        op.erase()
