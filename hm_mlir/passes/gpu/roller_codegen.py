"""hm-roller-codegen: build the kernel of every linalg op that has a Roller config, as the config says.

Consumes: bufferized host functions whose linalg.generic ops link an `rtile.space` of policy "roller".
Produces, in place of each such op, one kernel in the form both targets share (hm_mlir.codegen.kernel_form):

    scf.parallel (%block) = (0) to (blocks) {hm.roller_kernel}       // one iteration per thread block
      %tile_i = memref.alloc() : memref<.., #gpu.address_space<workgroup>>   // staged inputs, rows padded
      scf.parallel (%thread) = (0) to (threads) {hm.threads}          // one iteration per thread
        %acc = memref.alloca() : memref<points x T>                   // the register tile
        acc <- output tile                                            // (unrolled over the register tile)
        scf.for %t = 0 to steps {                   // the reduction steps (the reduction loops linearized)
          cooperative copy of every staged input's tile to shared memory
          gpu.barrier
          scf.for %rr = 0 to min(step, K - r) { acc <- body(inputs, acc) (unrolled) }
          gpu.barrier
        }
        output tile <- acc  (guarded where a block tile overhangs the loop)

The config's fast paths live in the same form: copies of `vector_width` elements where rows allow it;
`stages` > 1 gives each tile that many buffers, filled `stages - 1` steps ahead with nvgpu.device_async_copy
(cp.async) and waited for with nvgpu.device_async_wait; an `mma` config accumulates each step with
nvgpu.mma.sync m16n8k16 on fragments loaded from the shared tiles by PTX's layouts (_mma_step). A warpgroup
config (mma = [64, n, 16], sm_90) gets the TMA + mbarrier + wgmma kernel of warpgroup_kernel.py instead.

A thread owns the points `base + thread_coord + i * threads_along_dim` (neighbouring threads touch
neighbouring elements: coalesced global accesses, distinct banks). Coordinates past a loop's end are clamped
for reads (every value read is one some real iteration reads; only along loops a tile can run past) and masked
for writes (the epilogue's guards and addresses are built after the reduction). An op without reduction
loops computes each point straight from global memory. GPU targets map the loops to blocks and threads
(gpu-map-parallel-loops); the CPU target emulates mma and async copies (hm-emulate-warp-mma,
hm-lower-async-copies) and splits the thread loop at its barriers (hm-split-thread-loops).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, prod

from mlir import ir
from mlir.dialects import arith, gpu, memref, nvgpu, scf

from hm_mlir.codegen.host import host_funcs
from hm_mlir.codegen.index_math import affine_index as _affine
from hm_mlir.codegen.index_math import delinearize as _delinearize
from hm_mlir.codegen.index_math import min_index as _min
from hm_mlir.codegen.kernel_body import OpBody, apply_body  # noqa: F401 (apply_body: re-exported)
from hm_mlir.codegen.kernel_form import (
    KERNEL_ATTR,
    KERNEL_TAG,
    MODEL_TRAFFIC_ATTR,
    THREADS_ATTR,
    index_constant,
    kernel_config,
    kernel_loop,
)
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.passes.base import HmPass
from hm_mlir.passes.gpu.mma_fragments import MmaFragments
from hm_mlir.passes.gpu.shared_copies import SharedCopies
from hm_mlir.roller import model
from hm_mlir.roller import spec as opspec
from hm_mlir.roller.model import Config
from hm_mlir.verifier.rtile import config_from_attributes


def kernel_config_names(module) -> dict[str, str]:
    """Outlined kernel name -> the name of the rtile.config it was built from (its KERNEL_TAG location), for
    every kernel of the module's gpu.modules that Roller built."""
    found = {}
    for op in module.body.operations:
        if op.name != "gpu.module":
            continue
        for func in op.regions[0].blocks[0].operations:
            config = kernel_config(func.location)
            if config is not None:
                found[func.attributes["sym_name"].value] = config
    return found


def _parallel_loop(count: int, attr: str) -> tuple[ir.Operation, ir.Value, ir.Block]:
    """A one-dimensional scf.parallel 0..count with an empty body (its scf.reduce added)."""
    index = ir.IndexType.get()
    loop = scf.ParallelOp([], [index_constant(0)], [index_constant(count)], [index_constant(1)], [])
    loop.operation.attributes[attr] = ir.UnitAttr.get()
    body = loop.region.blocks.append(index)
    with ir.InsertionPoint(body):
        scf.ReduceOp([], 0)
    return loop.operation, body.arguments[0], body


@dataclass
class _Kernel(MmaFragments, SharedCopies):
    """Emits the kernel of `config` for operator `spec` at linalg op `op`, computing what `body` says at each
    point (kernel_body.OpBody: op's own body; GroupBody: a Welder group's) (see the module docstring)."""

    op: ir.Operation
    spec: opspec.OpSpec
    config: Config
    config_name: str
    body: object = None

    def emit(self) -> None:
        spec, config = self.spec, self.config
        if self.body is None:
            self.body = OpBody(self.op, spec)
        self.ins, self.outs = list(self.body.ins), list(self.body.outs)
        counts = [ceil(e / b) for e, b in zip(spec.parallel, config.block)]
        warpgroup = None
        if model.is_warpgroup(config):
            from hm_mlir.passes.gpu.warpgroup_kernel import WarpgroupKernel  # nvvm's bindings: only when needed

            warpgroup = WarpgroupKernel(self)
        if warpgroup:
            with ir.InsertionPoint(self.op), self.op.location:
                warpgroup.descriptors()
        with ir.InsertionPoint(self.op), ir.Location.name(KERNEL_TAG + self.config_name, childLoc=self.op.location):
            kernel, block_id, block_body = _parallel_loop(prod(counts), KERNEL_ATTR)
        # The model's distinct global bytes per block (hm-count-block-traffic compares them with a count),
        # unless a body reads a buffer that is not an operand (a gather: where it reads is data).
        if not any(inner.name == "memref.load" for member in self.body.ops for inner in walk(member)):
            repeated = frozenset(i for i, (v, a) in enumerate(zip(self.ins, spec.inputs))
                                 if any(w == v and b.coeffs == a.coeffs and b.offsets == a.offsets
                                        for w, b in zip(self.ins[:i], spec.inputs[:i])))
            kernel.attributes[MODEL_TRAFFIC_ATTR] = ir.DenseI64ArrayAttr.get(
                list(model.block_traffic(spec, config, repeated)))
        with ir.InsertionPoint.at_block_begin(block_body), self.op.location:
            self.base = [arith.MulIOp(c, index_constant(b)).result if b > 1 else c
                         for c, b in zip(_delinearize(block_id, counts), config.block)]
            if warpgroup:
                warpgroup.buffer()
            else:
                self.tiles = self._shared_tiles()
            _, thread_id, thread_body = _parallel_loop(config.threads, THREADS_ATTR)
        with ir.InsertionPoint.at_block_begin(thread_body), self.op.location:
            self.thread_id = thread_id
            if warpgroup:
                warpgroup.threads(thread_id)
                self.body.erase()
                return
            self.along = [b // t for b, t in zip(config.block, config.thread)]
            self.points = self._mma_points() if config.mma else self._points(_delinearize(thread_id, self.along))
            if spec.reduction:
                self._reduce()
            else:
                self._map()
        self.body.erase()

    # -- layout ---------------------------------------------------------------------------------------------
    def _shared_tiles(self) -> list[ir.Value | None]:
        workgroup = ir.Attribute.parse("#gpu.address_space<workgroup>")
        tiles = []
        for i, (access, staged) in enumerate(zip(self.spec.inputs, self.config.staged)):
            if not staged:
                tiles.append(None)
                continue
            shape = list(model.smem_tile(access, self.config, self.spec, i))
            element = self.ins[i].type.element_type
            tiles.append(memref.AllocOp(ir.MemRefType.get(shape, element, memory_space=workgroup), [], []).result)
        return tiles

    def _points(self, tc: list[ir.Value]) -> list[tuple[tuple[int, ...], list[ir.Value], ir.Value | None]]:
        """(unroll index, clamped loop coordinates, in-bounds condition or None) of every register-tile point."""
        per_dim = []
        self.starts = [arith.AddIOp(b, t).result for b, t in zip(self.base, tc)]
        self.point_offsets = []
        for d, (extent, block) in enumerate(zip(self.spec.parallel, self.config.block)):
            options = []
            for u in range(self.config.thread[d]):
                coord = self.starts[d]
                if u:
                    local = arith.AddIOp(tc[d], index_constant(u * self.along[d])).result
                    coord = arith.AddIOp(self.base[d], local).result
                guard = None
                if extent % block:
                    guard = arith.CmpIOp(arith.CmpIPredicate.ult, coord, index_constant(extent)).result
                    coord = _min(coord, extent - 1)
                options.append((coord, guard))
            per_dim.append(options)
        points = []
        for flat in range(prod(self.config.thread)):
            unroll = []
            rest = flat
            for d in reversed(range(len(self.config.thread))):
                unroll.append(rest % self.config.thread[d])
                rest //= self.config.thread[d]
            unroll.reverse()
            coords = [per_dim[d][u][0] for d, u in enumerate(unroll)]
            self.point_offsets.append(tuple(u * along for u, along in zip(unroll, self.along)))
            guard = None
            for d, u in enumerate(unroll):
                g = per_dim[d][u][1]
                if g is not None:
                    guard = g if guard is None else arith.AndIOp(guard, g).result
            points.append((tuple(unroll), coords, guard))
        return points

    def _read_global(self, value: ir.Value, access: opspec.Access, coords: list[ir.Value]) -> ir.Value:
        if not isinstance(value.type, ir.ShapedType):
            return value
        indices = [_affine(row, off, coords) for row, off in zip(access.coeffs, access.offsets)]
        return memref.LoadOp(value, indices).result

    def _store_guarded(self, value: ir.Value, target: ir.Value, access: opspec.Access, coords, guard) -> None:
        def store():
            indices = [_affine(row, off, coords) for row, off in zip(access.coeffs, access.offsets)]
            memref.StoreOp(value, target, indices)
        if guard is None:
            store()
            return
        branch = scf.IfOp(guard)
        with ir.InsertionPoint(branch.then_block):
            store()
            scf.YieldOp([])

    # -- an op without reduction loops --------------------------------------------------------------------
    def _map(self) -> None:
        for _, coords, guard in self.points:
            results = self.body.map_point(self, coords)
            for value, target, access in zip(results, self.outs, self.spec.outputs):
                self._store_guarded(value, target, access, coords, guard)

    # -- an op with reduction loops -------------------------------------------------------------------------
    def _reduce(self) -> None:
        count = len(self.points)
        accs = [memref.AllocaOp(ir.MemRefType.get([count], element), [], []).result for element in self.body.acc_types]
        for u, (_, coords, _) in enumerate(self.points):
            for acc, value in zip(accs, self.body.initial(self, coords)):
                memref.StoreOp(value, acc, [index_constant(u)])
        self._step_loops(accs)
        rebuilt = model.epilogue_rebuilt(self.spec, self.config)
        stores = self._store_points() if rebuilt else [(coords, guard) for _, coords, guard in self.points]
        for u, (coords, guard) in enumerate(stores):
            values = (memref.LoadOp(acc, [index_constant(u)]).result for acc in accs)  # loaded as stored
            for value, out, access in zip(self.body.finish(self, values, coords), self.outs, self.spec.outputs):
                self._store_guarded(value, out, access, coords, guard)

    def _store_points(self) -> list[tuple[list[ir.Value], ir.Value | None]]:
        """(loop coordinates, in-bounds condition or None) of every register-tile point, built at the insertion
        point (after the reduction): coordinates unclamped (the store is guarded), so the addresses are one
        base plus constant offsets, and the guard of point offset c along an overhanging loop is
        c < extent - start, from one value per loop. Built before the loop, the clamped coordinates and the
        per-point guards would all stay live across it (model.epilogue_rebuilt: when there are more points
        than the loop starts and base address this keeps live instead)."""
        limits: dict[int, ir.Value] = {}
        points = []
        for offsets in self.point_offsets:
            coords = [start if offset == 0 else arith.AddIOp(start, index_constant(offset)).result
                      for start, offset in zip(self.starts, offsets)]
            guard = None
            for d, (extent, block) in enumerate(zip(self.spec.parallel, self.config.block)):
                if extent % block == 0:
                    continue
                if d not in limits:
                    limits[d] = arith.SubIOp(index_constant(extent), self.starts[d]).result
                check = arith.CmpIOp(arith.CmpIPredicate.slt, index_constant(offsets[d]), limits[d]).result
                guard = check if guard is None else arith.AndIOp(guard, check).result
            points.append((coords, guard))
        return points

    def _step_loops(self, accs: list[ir.Value]) -> None:
        """One scf.for over the reduction steps (the reduction loops' steps linearized). Unpipelined: copy the
        step's tiles, barrier, accumulate, barrier. Pipelined (`stages` buffers): a prologue issues the first
        stages - 1 steps; each iteration issues step t + stages - 1 (clamped to the last, so every iteration
        commits the same groups), waits until step t's copies landed, then accumulates from its buffer."""
        counts = [ceil(e / s) for e, s in zip(self.spec.reduction, self.config.step)]
        total, stages = prod(counts), self.config.stages

        def starts(t: ir.Value) -> list[ir.Value]:
            return [arith.MulIOp(c, index_constant(s)).result if s > 1 else c
                    for c, s in zip(_delinearize(t, counts), self.config.step)]

        if stages == 1:
            loop = kernel_loop(index_constant(0), index_constant(total), index_constant(1))
            with ir.InsertionPoint(loop.body):
                step_starts = starts(loop.induction_variable)
                self._copy_tiles(step_starts, None)
                gpu.BarrierOp()
                self._accumulate_step(step_starts, accs, None)
                gpu.BarrierOp()
                scf.YieldOp([])
            return
        for p in range(stages - 1):
            self._copy_tiles(starts(index_constant(min(p, total - 1))), index_constant(p))
        loop = kernel_loop(index_constant(0), index_constant(total), index_constant(1))
        with ir.InsertionPoint(loop.body):
            t = loop.induction_variable
            ahead = _min(arith.AddIOp(t, index_constant(stages - 1)).result, total - 1)
            target = arith.RemUIOp(arith.AddIOp(t, index_constant(stages - 1)).result, index_constant(stages)).result
            group = self._copy_tiles(starts(ahead), target)
            if group is not None:  # every iteration commits one group: stages - 1 may stay in flight
                nvgpu.DeviceAsyncWaitOp(group, numGroups=stages - 1)
            gpu.BarrierOp()
            self._accumulate_step(starts(t), accs, arith.RemUIOp(t, index_constant(stages)).result)
            gpu.BarrierOp()
            scf.YieldOp([])

    def _accumulate_step(self, starts: list[ir.Value], accs: list[ir.Value], buffer: ir.Value | None) -> None:
        if self.config.mma:
            self._mma_step(accs[0], buffer)
        else:
            self._point_loops(starts, [], accs, buffer)

    def _point_loops(self, starts: list[ir.Value], offsets: list[ir.Value], accs: list[ir.Value],
                     buffer: ir.Value | None) -> None:
        """The loops over one step (each bounded by its loop's end), around the accumulation."""
        level = len(offsets)
        if level == len(self.spec.reduction):
            self._accumulate(accs, starts, offsets, buffer)
            return
        extent, step, start = self.spec.reduction[level], self.config.step[level], starts[level]
        upper = (arith.MinUIOp(index_constant(step), arith.SubIOp(index_constant(extent), start).result).result
                 if extent % step else index_constant(step))
        loop = kernel_loop(index_constant(0), upper, index_constant(1))
        with ir.InsertionPoint(loop.body):
            self._point_loops(starts, offsets + [loop.induction_variable], accs, buffer)
            scf.YieldOp([])

    def _tile_starts(self, starts: list[ir.Value]) -> list[ir.Value]:
        return list(self.base) + list(starts)

    def _accumulate(self, accs: list[ir.Value], starts: list[ir.Value], offsets: list[ir.Value],
                    buffer: ir.Value | None) -> None:
        """acc[u] = body(inputs at point u, acc[u]) for every register-tile point, reads shared by points."""
        reduction = [arith.AddIOp(s, o).result for s, o in zip(starts, offsets)]
        cache: dict[tuple, ir.Value] = {}
        num_parallel = self.spec.num_parallel
        for u, (unroll, coords, _) in enumerate(self.points):
            loop_coords = list(coords) + reduction

            def read(i: int, unroll=unroll, coords=coords, loop_coords=loop_coords) -> ir.Value:
                value, access, tile = self.ins[i], self.spec.inputs[i], self.tiles[i]
                key = (i,) + tuple(unroll[d] for d in sorted(access.loops()) if d < num_parallel)
                if key not in cache:
                    if tile is None:
                        cache[key] = self._read_global(value, access, loop_coords)
                    else:
                        local = [arith.SubIOp(c, b).result if b is not None else c
                                 for c, b in zip(coords, self.base)] + list(offsets)
                        indices = [_affine(row, 0, local) for row in access.coeffs]
                        cache[key] = memref.LoadOp(tile, ([buffer] if buffer is not None else []) + indices).result
                return cache[key]
            def load_accs(u=u) -> list[ir.Value]:
                return [memref.LoadOp(acc, [index_constant(u)]).result for acc in accs]
            for acc, value in zip(accs, self.body.accumulate(read, load_accs, loop_coords)):
                memref.StoreOp(value, acc, [index_constant(u)])


def roller_configs(module: ir.Operation) -> dict[str, ir.Operation]:
    """rtile.space name -> its chosen rtile.config op, for spaces of policy "roller"."""
    configs = {op.attributes["sym_name"].value: op for op in module_body(module) if op.name == "rtile.config"}
    return {op.attributes["sym_name"].value: configs[op.attributes["chosen"].value]
            for op in module_body(module)
            if op.name == "rtile.space" and op.attributes["policy"].value == "roller"}


@dataclass(frozen=True)
class RollerCodegen(HmPass):
    NAME = "hm-roller-codegen"
    SUMMARY = "gpu: kernels for Roller-configured linalg ops (shared-memory tiles, register tiles, steps)"

    def run(self, module) -> None:
        configs = roller_configs(module)
        for func in host_funcs(module):
            for op in walk(func):
                if op.name != "linalg.generic" or "rtile.space" not in op.attributes:
                    continue
                config_op = configs.get(op.attributes["rtile.space"].value)
                spec = opspec.from_linalg(op)
                if config_op is None or spec is None:
                    continue
                config = config_from_attributes(config_op, spec)
                _Kernel(op, spec, config, config_op.attributes["sym_name"].value).emit()
