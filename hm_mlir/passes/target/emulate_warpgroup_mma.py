"""hm-emulate-warpgroup-mma: Hopper's TMA, mbarriers and wgmma emulated per thread (CPU target).

Consumes: warpgroup kernels of hm-roller-codegen (hm_mlir/passes/gpu/warpgroup_kernel.py). Produces the same
kernels with:
- nvgpu.tma.async.load: the box copied at issue by the issuing thread from the tensor its descriptor was
  created from, zeros where the box lies past the tensor's end (TMA's OOB_ZERO);
- nvgpu.mbarrier.try_wait.parity: a gpu.barrier (the copy completed when issued, so waiting is the barrier
  that orders it before the readers); mbarrier creation, init and expect_tx, and wgmma.wait_group erased;
- the accumulator (!nvgpu.warpgroup.accumulator<fragmented = vector<M x N x f32>>): a per-thread buffer of
  its fragment, M * N / 128 values, and the step loop no longer carries it;
- nvgpu.warpgroup.mma: each lane updates its own fragment, PTX's wgmma accumulator layout: lane l of warp w
  holds, for every 64-row tile i and 8-column tile j, rows 64 i + 16 w + l / 4 + 8 r and columns
  8 j + 2 (l % 4) + c (r, c in {0, 1}), each the sum over k of A[row][k] * B[k][col] read from the shared
  tiles (B as its 64-column boxes [n / 64][k][n % 64], the layout TMA wrote);
- nvgpu.warpgroup.mma.store: each lane writes its fragment to the same positions.
The swizzle is not emulated: TMA's writes and wgmma's reads use the same unswizzled layout here. What is
checked by execution is the tiling: boxes, coordinates, stage buffers and their reuse, mbarrier phases as
barriers, the fragment layout of the store and the epilogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlir import ir
from mlir.dialects import affine, arith, gpu, memref, scf

from hm_mlir.codegen.kernel_form import THREADS_ATTR, zero_attribute
from hm_mlir.codegen.kernel_form import index_constant as _c
from hm_mlir.ir_walk import defining_op, walk
from hm_mlir.passes.base import HmPass, PassError
from hm_mlir.passes.target.split_thread_loops import enclosing
from hm_mlir.roller import model

ERASED = ("nvgpu.mbarrier.init", "nvgpu.mbarrier.arrive.expect_tx", "nvgpu.tma.prefetch.descriptor",
          "nvvm.wgmma.wait.group.sync.aligned")


def _is_accumulator(value: ir.Value) -> bool:
    return str(value.type).startswith("!nvgpu.warpgroup.accumulator")


def _source_tensor(descriptor: ir.Value) -> ir.Value:
    """The ranked memref a TMA descriptor was created from (through the cast to an unranked memref)."""
    create = defining_op(descriptor)
    cast = defining_op(create.operands[0])
    if create.name != "nvgpu.tma.create.descriptor" or cast.name != "memref.cast":
        raise PassError(create, "hm-emulate-warpgroup-mma: a TMA descriptor must come from "
                                "nvgpu.tma.create.descriptor of a memref.cast")
    return cast.operands[0]


def _thread_id(op: ir.Operation) -> ir.Value:
    threads = enclosing(op, THREADS_ATTR)
    if threads is None:
        raise PassError(op, f"hm-emulate-warpgroup-mma: '{op.name}' outside a thread loop")
    return threads.regions[0].blocks[0].arguments[0]


def _min(a: ir.Value, bound: int) -> ir.Value:
    return arith.MinUIOp(a, _c(bound)).result


def _lower_tma_load(op: ir.Operation) -> None:
    """dst[r][c] = tensor[y + r][x + c] (zero past the tensor's end), for the issuing thread only."""
    load = op.opview
    tensor = _source_tensor(load.tensorMapDescriptor)
    rows, columns = ir.MemRefType(tensor.type).shape
    box_rows, box_columns = ir.MemRefType(load.dst.type).shape
    x, y = list(load.coordinates)
    element = ir.MemRefType(tensor.type).element_type
    with ir.InsertionPoint(op), op.location:
        def copy() -> None:
            outer = scf.ForOp(_c(0), _c(box_rows), _c(1))
            with ir.InsertionPoint(outer.body):
                inner = scf.ForOp(_c(0), _c(box_columns), _c(1))
                with ir.InsertionPoint(inner.body):
                    r, c = outer.induction_variable, inner.induction_variable
                    row, column = arith.AddIOp(y, r).result, arith.AddIOp(x, c).result
                    inside = arith.AndIOp(arith.CmpIOp(arith.CmpIPredicate.ult, row, _c(rows)).result,
                                          arith.CmpIOp(arith.CmpIPredicate.ult, column, _c(columns)).result).result
                    value = memref.LoadOp(tensor, [_min(row, rows - 1), _min(column, columns - 1)]).result
                    zero = arith.ConstantOp(element, zero_attribute(element)).result
                    memref.StoreOp(arith.SelectOp(inside, value, zero).result, load.dst, [r, c])
                    scf.YieldOp([])
                scf.YieldOp([])
        if load.predicate is None:
            copy()
        else:
            branch = scf.IfOp(load.predicate)
            with ir.InsertionPoint(branch.then_block):
                copy()
                scf.YieldOp([])
    op.erase()


@dataclass
class _Fragment:
    """Lane `lane`'s fragment of an M x N accumulator: slot f -> (row, column) by PTX's wgmma layout."""

    rows: int
    columns: int

    @property
    def size(self) -> int:
        return self.rows * self.columns // model.WARPGROUP_THREADS

    def position(self, lane: ir.Value, slot: ir.Value) -> tuple[ir.Value, ir.Value]:
        """slot = ((i * (N / 8) + j) * 2 + r) * 2 + c; lane = 32 w + l."""
        n = self.columns
        row = (f"(d1 floordiv {n // 2}) * {model.WGMMA_M} + (d0 floordiv 32) * 16 + (d0 mod 32) floordiv 4"
               " + ((d1 floordiv 2) mod 2) * 8")
        column = f"((d1 floordiv 4) mod {n // 8}) * 8 + (d0 mod 4) * 2 + d1 mod 2"
        return tuple(affine.AffineApplyOp(ir.Attribute.parse(f"affine_map<(d0, d1) -> ({e})>"), [lane, slot]).result
                     for e in (row, column))


def _fragment_loop(fragment: _Fragment, lane: ir.Value, body) -> None:
    """for slot in fragment: body(slot, row, column), at the insertion point."""
    loop = scf.ForOp(_c(0), _c(fragment.size), _c(1))
    with ir.InsertionPoint(loop.body):
        slot = loop.induction_variable
        body(slot, *fragment.position(lane, slot))
        scf.YieldOp([])


def _lane(op: ir.Operation) -> ir.Value:
    return arith.RemUIOp(_thread_id(op), _c(model.WARPGROUP_THREADS)).result


def _boxes_view(tile: ir.Value) -> ir.Value:
    """B's [64][n] tile as TMA laid it out: n / 64 boxes [64][64], read [n / 64][k][n % 64]."""
    view = defining_op(tile)
    if view.name != "memref.view":
        raise PassError(view, "hm-emulate-warpgroup-mma: a wgmma operand must be a memref.view of the buffer")
    depth, columns = ir.MemRefType(tile.type).shape
    shape = [columns // model.TMA_BOX_COLUMNS, depth, model.TMA_BOX_COLUMNS]
    kind = ir.MemRefType.get(shape, ir.MemRefType(tile.type).element_type,
                             memory_space=ir.MemRefType(tile.type).memory_space)
    return memref.ViewOp(kind, view.operands[0], view.operands[1], []).result


def _lower_mma(op: ir.Operation, fragment: ir.Value, shape: _Fragment) -> None:
    """fragment[slot] += sum_k A[row][k] * B[k][col], each lane its own slots."""
    mma = op.opview
    tile_a = defining_op(mma.descriptorA).operands[0]
    tile_b = defining_op(mma.descriptorB).operands[0]
    depth = ir.MemRefType(tile_a.type).shape[1]
    with ir.InsertionPoint(op), op.location:
        lane = _lane(op)
        boxes = _boxes_view(tile_b)
        f32 = ir.F32Type.get()

        def update(slot, row, column):
            box, within = (arith.DivUIOp(column, _c(model.TMA_BOX_COLUMNS)).result,
                           arith.RemUIOp(column, _c(model.TMA_BOX_COLUMNS)).result)
            loop = scf.ForOp(_c(0), _c(depth), _c(1), [memref.LoadOp(fragment, [slot]).result])
            with ir.InsertionPoint(loop.body):
                k = loop.induction_variable
                a = arith.ExtFOp(f32, memref.LoadOp(tile_a, [row, k]).result).result
                b = arith.ExtFOp(f32, memref.LoadOp(boxes, [box, k, within]).result).result
                scf.YieldOp([arith.AddFOp(loop.inner_iter_args[0], arith.MulFOp(a, b).result).result])
            memref.StoreOp(loop.results[0], fragment, [slot])
        _fragment_loop(shape, lane, update)
    op.erase()


def _lower_store(op: ir.Operation, fragment: ir.Value, shape: _Fragment) -> None:
    store = op.opview
    with ir.InsertionPoint(op), op.location:
        lane = _lane(op)
        _fragment_loop(shape, lane, lambda slot, row, column: memref.StoreOp(
            memref.LoadOp(fragment, [slot]).result, store.dstMemref, [row, column]))
    op.erase()


def _drop_accumulator(loop: ir.Operation, fragment: ir.Value) -> None:
    """Rebuild scf.for `loop` (iter_args: one accumulator) without it: its uses become `fragment`."""
    old = loop.opview
    if len(old.initArgs) != 1:
        raise PassError(loop, "hm-emulate-warpgroup-mma: the step loop must carry the accumulator alone")
    with ir.InsertionPoint(loop), loop.location:
        new = scf.ForOp(old.lowerBound, old.upperBound, old.step)
        with ir.InsertionPoint(new.body):
            terminator = scf.YieldOp([])
    body = old.body
    old.induction_variable.replace_all_uses_with(new.induction_variable)
    old.inner_iter_args[0].replace_all_uses_with(fragment)
    old.results[0].replace_all_uses_with(fragment)
    for inner in list(body.operations)[:-1]:
        inner.move_before(terminator.operation)
    loop.erase()


def _emulate_accumulator(init: ir.Operation) -> None:
    """An accumulator from init to its store: a zeroed per-thread buffer updated in place."""
    rows, columns = map(int, re.search(r"vector<(\d+)x(\d+)x", str(init.result.type)).groups())
    shape = _Fragment(rows, columns)
    with ir.InsertionPoint(init), init.location:
        fragment = memref.AllocaOp(ir.MemRefType.get([shape.size], ir.F32Type.get()), [], []).result
        zero = arith.ConstantOp(ir.F32Type.get(), 0.0).result
        loop = scf.ForOp(_c(0), _c(shape.size), _c(1))
        with ir.InsertionPoint(loop.body):
            memref.StoreOp(zero, fragment, [loop.induction_variable])
            scf.YieldOp([])
    loops, mmas, stores = [], [], []
    pending = [init.result]
    while pending:  # follow the accumulator through loops and mmas to its stores
        value = pending.pop()
        for use in list(value.uses):
            user = use.owner
            if user.name == "scf.for":
                loops.append(user)
                pending += [user.opview.inner_iter_args[0], user.results[0]]
            elif user.name == "nvgpu.warpgroup.mma":
                mmas.append(user)
                pending.append(user.result)
            elif user.name == "nvgpu.warpgroup.mma.store":
                stores.append(user)
            elif user.name != "scf.yield":
                raise PassError(user, f"hm-emulate-warpgroup-mma: an accumulator used by '{user.name}'")
    for loop in loops:
        _drop_accumulator(loop, fragment)
    for mma in mmas:
        _lower_mma(mma, fragment, shape)
    for store in stores:
        _lower_store(store, fragment, shape)
    init.erase()


@dataclass(frozen=True)
class EmulateWarpgroupMma(HmPass):
    NAME = "hm-emulate-warpgroup-mma"
    SUMMARY = "target (cpu): TMA loads as copies at issue, mbarrier waits as barriers, wgmma per lane"

    def run(self, module) -> None:
        by_name: dict[str, list[ir.Operation]] = {}
        for op in walk(module):
            if op.name.startswith(("nvgpu.tma.", "nvgpu.mbarrier.", "nvgpu.warpgroup.", "nvvm.wgmma.")):
                by_name.setdefault(op.name, []).append(op)
        for op in by_name.get("nvgpu.tma.async.load", []):
            _lower_tma_load(op)
        for op in by_name.get("nvgpu.mbarrier.try_wait.parity", []):
            with ir.InsertionPoint(op), op.location:
                gpu.BarrierOp()
            op.erase()
        for name in ERASED:
            for op in by_name.get(name, []):
                op.erase()
        for op in by_name.get("nvgpu.warpgroup.mma.init.accumulator", []):
            _emulate_accumulator(op)
        for name in ("nvgpu.warpgroup.generate.descriptor", "nvgpu.mbarrier.create", "nvgpu.tma.create.descriptor"):
            for op in by_name.get(name, []):
                source = op.operands[0] if name == "nvgpu.tma.create.descriptor" else None
                op.erase()
                if source is not None and not any(True for _ in source.uses):
                    defining_op(source).erase()
