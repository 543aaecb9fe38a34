"""The kernel of a warpgroup config (mma = [64, n, 16], sm_90): TMA loads, mbarriers and wgmma.

Emitted by hm-roller-codegen in place of an f16 x f16 -> f32 matmul C[m][n] += A[m][k] B[k][n]
(model.wgmma_eligible) in the form both targets share:

    %ta = nvgpu.tma.create.descriptor A box[bm, 64]     // host side, 128-byte swizzle, zero past the ends
    %tb = nvgpu.tma.create.descriptor B box[64, 64]
    scf.parallel (%block) {hm.roller_kernel}
      %buffer = memref.alloc() {hm.dynamic_shared} : memref<bytes x i8, workgroup>
      %pad = (1024 - address(%buffer) % 1024) % 1024        // tiles start on the swizzle pattern
      scf.parallel (%thread) = (0) to (128) {hm.threads}   // one warpgroup
        mbarriers [stages], initialized by thread 0; gpu.barrier
        thread 0 issues steps 0 .. stages-2: expect_tx + TMA of A [bm][64] and of B as n/64 boxes [64][64]
        %acc = scf.for %t iter_args(init.accumulator) {
          mbarrier.try_wait.parity [t % stages], (t / stages) % 2
          %d = nvgpu.warpgroup.mma A(t % stages), B(t % stages), %acc {transposeB}  // leaves one group in flight
          gpu.barrier                                       // step t-1's buffer is free on every warp
          thread 0 issues step t + stages - 1 into buffer (t - 1) % stages (if it exists)
        }
        wgmma.wait_group 0; gpu.barrier
        nvgpu.warpgroup.mma.store %acc -> the buffer as f32 [bm][bn]; gpu.barrier
        C[tile] += that tile (threads round robin, guarded where the tile overhangs C)

Buffer layout from %pad: stage s holds A at s * stage_bytes and B's 64-column boxes after it; the f32 result
tile reuses the buffer from %pad once every step is done. TMA zero-fills what lies past A's and B's ends, so
ragged m, n and k need no masks until the epilogue. GPU targets place the buffer in dynamic shared memory
(hm-workgroup-attributions); the CPU target emulates TMA, mbarriers and wgmma (hm-emulate-warpgroup-mma).
"""

from __future__ import annotations

from math import ceil

from mlir import ir
from mlir.dialects import arith, gpu, memref, nvgpu, nvvm, scf

from hm_mlir.codegen.kernel_form import DYNAMIC_SHARED_ATTR
from hm_mlir.roller import model

WAIT_TICKS = 10_000_000  # mbarrier.try_wait's time hint (the wait retries until the phase completes)


def _c(value: int) -> ir.Value:
    return arith.ConstantOp(ir.IndexType.get(), int(value)).result


def _workgroup() -> ir.Attribute:
    return ir.Attribute.parse("#gpu.address_space<workgroup>")


def tensor_map_type(rows: int, columns: int, element: ir.Type) -> ir.Type:
    """A TMA descriptor of [rows][columns] boxes into shared memory, 128-byte swizzle, zero fill."""
    box = ir.MemRefType.get([rows, columns], element, memory_space=ir.Attribute.parse("3"))
    return nvgpu.TensorMapDescriptorType.get(box, nvgpu.TensorMapSwizzleKind.SWIZZLE_128B,
                                             nvgpu.TensorMapL2PromoKind.L2PROMO_NONE,
                                             nvgpu.TensorMapOOBKind.OOB_ZERO,
                                             nvgpu.TensorMapInterleaveKind.INTERLEAVE_NONE)


class WarpgroupKernel:
    """Emits the warpgroup kernel of `kernel` (a roller_codegen._Kernel whose config is_warpgroup)."""

    def __init__(self, kernel) -> None:
        self.k = kernel
        self.spec, self.config = kernel.spec, kernel.config
        self.bm, self.bn = self.config.block
        self.stages = self.config.stages
        self.element = kernel.ins[0].type.element_type
        self.elem_bytes = self.spec.inputs[0].elem_bytes
        self.a_bytes = self.bm * model.WGMMA_STEP * self.elem_bytes
        self.box_bytes = model.WGMMA_STEP * model.TMA_BOX_COLUMNS * self.elem_bytes
        self.stage_bytes = self.a_bytes + (self.bn // model.TMA_BOX_COLUMNS) * self.box_bytes
        self.steps = ceil(self.spec.reduction[0] / model.WGMMA_STEP)

    # -- host side --------------------------------------------------------------------------------------------
    def descriptors(self) -> None:
        """TMA descriptors of A ([bm][64] boxes) and B ([64][64] boxes), at the insertion point (the host)."""
        def create(operand: ir.Value, rows: int, columns: int) -> ir.Value:
            unranked = ir.UnrankedMemRefType.get(self.element, operand.type.memory_space)
            cast = memref.CastOp(unranked, operand).result
            return nvgpu.TmaCreateDescriptorOp(tensor_map_type(rows, columns, self.element), cast,
                                               [_c(rows), _c(columns)]).result
        self.tma_a = create(self.k.ins[0], self.bm, model.TMA_BOX_COLUMNS)
        self.tma_b = create(self.k.ins[1], model.WGMMA_STEP, model.TMA_BOX_COLUMNS)

    # -- block side -------------------------------------------------------------------------------------------
    def buffer(self) -> None:
        """The block's shared buffer and the byte offset that aligns it to the swizzle pattern."""
        size = model.dynamic_smem_bytes(self.spec, self.config)
        alloc = memref.AllocOp(ir.MemRefType.get([size], ir.IntegerType.get_signless(8), memory_space=_workgroup()),
                               [], [])
        alloc.operation.attributes[DYNAMIC_SHARED_ATTR] = ir.UnitAttr.get()
        self.buf = alloc.result
        address = memref.ExtractAlignedPointerAsIndexOp(self.buf).result
        align = _c(model.SWIZZLE_ALIGN)
        self.pad = arith.RemUIOp(arith.SubIOp(align, arith.RemUIOp(address, align).result).result, align).result

    def _view(self, shape: list[int], element: ir.Type, offset: ir.Value) -> ir.Value:
        kind = ir.MemRefType.get(shape, element, memory_space=_workgroup())
        return memref.ViewOp(kind, self.buf, arith.AddIOp(self.pad, offset).result, []).result

    def _stage_offset(self, stage: ir.Value, extra: int = 0) -> ir.Value:
        return arith.AddIOp(arith.MulIOp(stage, _c(self.stage_bytes)).result, _c(extra)).result

    # -- thread side ------------------------------------------------------------------------------------------
    def threads(self, thread_id: ir.Value) -> None:
        """The warpgroup's program (see the module docstring), at the thread loop's insertion point."""
        stages = self.stages
        self.leader = arith.CmpIOp(arith.CmpIPredicate.eq, thread_id, _c(0)).result
        barriers = ir.Type.parse(f"!nvgpu.mbarrier.group<memorySpace = #gpu.address_space<workgroup>, "
                                 f"num_barriers = {stages}>")
        self.mbar = nvgpu.MBarrierCreateOp(barriers).result
        for s in range(stages):
            nvgpu.MBarrierInitOp(self.mbar, _c(1), _c(s), predicate=self.leader)
        gpu.BarrierOp()
        for p in range(min(stages - 1, self.steps)):
            self._issue(_c(p), self.leader)
        accumulator = ir.Type.parse(f"!nvgpu.warpgroup.accumulator<fragmented = vector<{self.bm}x{self.bn}xf32>>")
        init = nvgpu.WarpgroupMmaInitAccumulatorOp(accumulator).result
        loop = scf.ForOp(_c(0), _c(self.steps), _c(1), [init])
        with ir.InsertionPoint(loop.body):
            t = loop.induction_variable
            stage = arith.RemUIOp(t, _c(stages)).result
            odd = arith.RemUIOp(arith.DivUIOp(t, _c(stages)).result, _c(2)).result
            parity = arith.CmpIOp(arith.CmpIPredicate.ne, odd, _c(0)).result
            nvgpu.MBarrierTryWaitParityOp(self.mbar, parity, _c(WAIT_TICKS), stage)
            tile_a = self._view([self.bm, model.WGMMA_STEP], self.element, self._stage_offset(stage))
            tile_b = self._view([model.WGMMA_STEP, self.bn], self.element, self._stage_offset(stage, self.a_bytes))
            desc_a = nvgpu.WarpgroupGenerateDescriptorOp(
                ir.Type.parse(f"!nvgpu.warpgroup.descriptor<tensor = {tile_a.type}>"), tile_a, self.tma_a).result
            desc_b = nvgpu.WarpgroupGenerateDescriptorOp(
                ir.Type.parse(f"!nvgpu.warpgroup.descriptor<tensor = {tile_b.type}>"), tile_b, self.tma_b).result
            result = nvgpu.WarpgroupMmaOp(accumulator, desc_a, desc_b, loop.inner_iter_args[0],
                                          transposeB=True).result
            gpu.BarrierOp()
            ahead = arith.AddIOp(t, _c(stages - 1)).result
            exists = arith.CmpIOp(arith.CmpIPredicate.ult, ahead, _c(self.steps)).result
            self._issue(ahead, arith.AndIOp(self.leader, exists).result)
            scf.YieldOp([result])
        nvvm.WgmmaWaitGroupSyncOp(0)
        gpu.BarrierOp()
        result_tile = self._view([self.bm, self.bn], ir.F32Type.get(), _c(0))
        nvgpu.WarpgroupMmaStoreOp(loop.results[0], result_tile)
        gpu.BarrierOp()
        self._epilogue(thread_id)

    def _issue(self, step: ir.Value, predicate: ir.Value) -> None:
        """Thread `predicate` loads step `step` into buffer step % stages: expect its bytes, then TMA of A's
        [bm][64] box at (k, m0) and of B's [64][64] boxes at (n0 + 64 j, k) (coordinates innermost first)."""
        stage = arith.RemUIOp(step, _c(self.stages)).result
        nvgpu.MBarrierArriveExpectTxOp(self.mbar, _c(self.stage_bytes), stage, predicate=predicate)
        k0 = arith.MulIOp(step, _c(model.WGMMA_STEP)).result
        m0, n0 = self.k.base
        tile_a = self._view([self.bm, model.WGMMA_STEP], self.element, self._stage_offset(stage))
        nvgpu.TmaAsyncLoadOp(tile_a, self.mbar, self.tma_a, [k0, m0], stage, predicate=predicate)
        for j in range(self.bn // model.TMA_BOX_COLUMNS):
            box = self._view([model.WGMMA_STEP, model.TMA_BOX_COLUMNS], self.element,
                             self._stage_offset(stage, self.a_bytes + j * self.box_bytes))
            column = arith.AddIOp(n0, _c(j * model.TMA_BOX_COLUMNS)).result
            nvgpu.TmaAsyncLoadOp(box, self.mbar, self.tma_b, [column, k0], stage, predicate=predicate)

    def _epilogue(self, thread_id: ir.Value) -> None:
        """C[m0 + r][n0 + c] += tile[r][c], the tile's elements round robin over the threads (coalesced)."""
        rows, columns = self.spec.parallel
        out = self.k.outs[0]
        m0, n0 = self.k.base
        ragged = rows % self.bm or columns % self.bn
        tile = self._view([self.bm, self.bn], ir.F32Type.get(), _c(0))
        loop = scf.ForOp(thread_id, _c(self.bm * self.bn), _c(model.WARPGROUP_THREADS))
        with ir.InsertionPoint(loop.body):
            e = loop.induction_variable
            r, c = arith.DivUIOp(e, _c(self.bn)).result, arith.RemUIOp(e, _c(self.bn)).result
            m, n = arith.AddIOp(m0, r).result, arith.AddIOp(n0, c).result

            def accumulate() -> None:
                total = arith.AddFOp(memref.LoadOp(out, [m, n]).result, memref.LoadOp(tile, [r, c]).result).result
                memref.StoreOp(total, out, [m, n])
            if ragged:
                inside = arith.AndIOp(arith.CmpIOp(arith.CmpIPredicate.ult, m, _c(rows)).result,
                                      arith.CmpIOp(arith.CmpIPredicate.ult, n, _c(columns)).result).result
                branch = scf.IfOp(inside)
                with ir.InsertionPoint(branch.then_block):
                    accumulate()
                    scf.YieldOp([])
            else:
                accumulate()
            scf.YieldOp([])
