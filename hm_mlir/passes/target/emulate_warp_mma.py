"""hm-emulate-warp-mma: tensor-core mma.sync emulated per lane with PTX's fragment layouts (CPU target).

Consumes: Roller kernels (hm-roller-codegen) whose thread loops hold nvgpu.mma.sync m16n8k16 (f16
fragments, f32 accumulators). Produces the same kernels with every mma.sync replaced by what a warp does:
  1. each lane writes its A fragment (vector<4x2>) and B fragment (vector<2x2>) to its slot of an exchange
     buffer in shared memory, and its accumulators (vector<2x2xf32>) to a per-thread buffer;  gpu.barrier
  2. each lane computes its own result elements: element [r][j] is row g + 8r, column 2t + j of the 16x8 tile
     (g = lane / 4, t = lane % 4), the sum over k of A[row][k] * B[k][column] plus its accumulator, reading A
     and B from the lanes of its warp that hold them:
       A[row][k] is lane 4 (row % 8) + (k % 8) / 2, fragment element [row / 8 + 2 (k / 8)][k % 2];
       B[k][col] is lane 4 col + (k % 8) / 2, fragment element [k / 8][k % 2];          gpu.barrier
  3. each lane reads its result back as the mma's value.
The barriers become thread-loop splits in hm-split-thread-loops, so every lane's fragments exist when any
lane reads them: the lane-to-element mapping is checked by execution, not assumed.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf, vector

from hm_mlir.codegen.kernel_form import KERNEL_ATTR, THREADS_ATTR, index_constant
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass, PassError
from hm_mlir.passes.target.split_thread_loops import enclosing
from hm_mlir.roller.model import MMA_SHAPE


@dataclass
class _Exchange:
    """The shared buffers of one kernel: every thread's A and B fragments."""

    a: ir.Value
    b: ir.Value


def _exchange(kernel: ir.Operation, threads: ir.Operation, element: ir.Type, cache: dict) -> _Exchange:
    key = (kernel, str(element))
    if key not in cache:
        count = threads.opview.upperBound[0].owner.attributes["value"].value
        workgroup = ir.Attribute.parse("#gpu.address_space<workgroup>")
        with ir.InsertionPoint(threads), threads.location:
            a = memref.AllocOp(ir.MemRefType.get([count, 8], element, memory_space=workgroup), [], []).result
            b = memref.AllocOp(ir.MemRefType.get([count, 4], element, memory_space=workgroup), [], []).result
        cache[key] = _Exchange(a, b)
    return cache[key]


def _through_memory(value: ir.Value, body: ir.Block, mma: ir.Operation, cache: dict) -> ir.Value:
    """`value` reloaded just before `mma` from a per-thread buffer it is stored to where it is defined: a
    fragment may be defined before another mma's barriers, and only memory crosses a barrier."""
    key = ("spill", value)
    if key not in cache:
        definer = value.owner
        with ir.InsertionPoint.at_block_begin(body), mma.location:
            slot = memref.AllocaOp(ir.MemRefType.get([1], value.type), [], []).result
        with ir.InsertionPoint.after(definer), mma.location:
            memref.StoreOp(value, slot, [index_constant(0)])
        cache[key] = slot
    with ir.InsertionPoint(mma), mma.location:
        return memref.LoadOp(cache[key], [index_constant(0)]).result


def _elements(value: ir.Value, shape: tuple[int, int]) -> list[ir.Value]:
    return [vector.ExtractOp(value, [], [r, j]).result for r in range(shape[0]) for j in range(shape[1])]


def _emulate(mma: ir.Operation, cache: dict) -> None:
    threads = enclosing(mma, THREADS_ATTR)
    kernel = threads.parent if threads is not None else None
    if kernel is None or KERNEL_ATTR not in kernel.attributes:
        raise PassError(mma, "hm-emulate-warp-mma: nvgpu.mma.sync outside a Roller kernel's thread loop")
    if tuple(a.value for a in mma.attributes["mmaShape"]) != MMA_SHAPE:
        raise PassError(mma, "hm-emulate-warp-mma: only m16n8k16 is emulated")
    body = threads.regions[0].blocks[0]
    a_value, b_value, c_value = (_through_memory(v, body, mma, cache) for v in mma.operands)
    element = ir.VectorType(a_value.type).element_type
    exchange = _exchange(kernel, threads, element, cache)
    f32 = ir.F32Type.get()
    with ir.InsertionPoint.at_block_begin(body), mma.location:
        accumulators = memref.AllocaOp(ir.MemRefType.get([4], f32), [], []).result
    tid = body.arguments[0]
    with ir.InsertionPoint(mma), mma.location:
        for i, v in enumerate(_elements(a_value, (4, 2))):
            memref.StoreOp(v, exchange.a, [tid, index_constant(i)])
        for i, v in enumerate(_elements(b_value, (2, 2))):
            memref.StoreOp(v, exchange.b, [tid, index_constant(i)])
        for i, v in enumerate(_elements(c_value, (2, 2))):
            memref.StoreOp(v, accumulators, [index_constant(i)])
        gpu.BarrierOp()
        lane = arith.RemUIOp(tid, index_constant(32)).result
        warp_base = arith.SubIOp(tid, lane).result
        group = arith.DivUIOp(lane, index_constant(4)).result
        pair = arith.MulIOp(arith.RemUIOp(lane, index_constant(4)).result, index_constant(2)).result
        a_lane_row = arith.AddIOp(warp_base, arith.MulIOp(group, index_constant(4)).result).result
        for r in range(2):
            for j in range(2):
                slot = index_constant(2 * r + j)
                column = arith.AddIOp(pair, index_constant(j)).result
                b_lane_row = arith.AddIOp(warp_base, arith.MulIOp(column, index_constant(4)).result).result
                start = memref.LoadOp(accumulators, [slot]).result
                loop = scf.ForOp(index_constant(0), index_constant(16), index_constant(1), [start])
                with ir.InsertionPoint(loop.body):
                    k = loop.induction_variable
                    half = arith.DivUIOp(k, index_constant(8)).result  # k / 8
                    within = arith.DivUIOp(arith.RemUIOp(k, index_constant(8)).result, index_constant(2)).result
                    odd = arith.RemUIOp(k, index_constant(2)).result
                    a_slot = arith.AddIOp(arith.MulIOp(arith.AddIOp(index_constant(r), arith.MulIOp(
                        half, index_constant(2)).result).result, index_constant(2)).result, odd).result
                    b_slot = arith.AddIOp(arith.MulIOp(half, index_constant(2)).result, odd).result
                    a = memref.LoadOp(exchange.a, [arith.AddIOp(a_lane_row, within).result, a_slot]).result
                    b = memref.LoadOp(exchange.b, [arith.AddIOp(b_lane_row, within).result, b_slot]).result
                    product = arith.MulFOp(arith.ExtFOp(f32, a).result, arith.ExtFOp(f32, b).result).result
                    scf.YieldOp([arith.AddFOp(loop.inner_iter_args[0], product).result])
                memref.StoreOp(loop.results[0], accumulators, [slot])
        gpu.BarrierOp()
        result = vector.FromElementsOp(mma.result.type,
                                       [memref.LoadOp(accumulators, [index_constant(i)]).result for i in range(4)])
    mma.result.replace_all_uses_with(result.result)
    mma.erase()


@dataclass(frozen=True)
class EmulateWarpMma(HmPass):
    NAME = "hm-emulate-warp-mma"
    SUMMARY = "target (cpu): nvgpu.mma.sync per lane with PTX fragment layouts through a shared exchange buffer"

    def run(self, module) -> None:
        cache: dict = {}
        for mma in [op for op in walk(module) if op.name == "nvgpu.mma.sync"]:
            _emulate(mma, cache)
