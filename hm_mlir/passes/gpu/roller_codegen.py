"""hm-roller-codegen: build the kernel of every linalg op that has a Roller config, as the config says.

Consumes: bufferized host functions whose linalg.generic ops link an `rtile.space` of policy "roller".
Produces, in place of each such op, one kernel in the form both targets share (DESIGN's CPU target):

    scf.parallel (%block) = (0) to (blocks) {hm.roller_kernel}       // one iteration per thread block
      %tile_i = memref.alloc() : memref<.., #gpu.address_space<workgroup>>   // staged inputs, rows padded
      scf.parallel (%thread) = (0) to (threads) {hm.threads}          // one iteration per thread
        %acc = memref.alloca() : memref<points x T>                   // the register tile
        acc <- output tile                                            // (unrolled over the register tile)
        scf.for %r = 0 to K step `step` {                             // the reduction-step loop
          cooperative copy of every staged input's tile to shared memory
          gpu.barrier
          scf.for %rr = 0 to min(step, K - r) { acc <- body(inputs, acc) (unrolled) }
          gpu.barrier
        }
        output tile <- acc  (guarded where a block tile overhangs the loop)

A thread owns the points `base + thread_coord + i * threads_along_dim` (neighbouring threads touch
neighbouring elements: coalesced global accesses, distinct banks). Coordinates past a loop's end are clamped
for reads (every value read is one some real iteration reads) and masked for writes. An op without reduction
loops computes each point straight from global memory. GPU targets map the loops to blocks and threads
(gpu-map-parallel-loops); the CPU target splits the thread loop at its barriers (hm-split-thread-loops).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, prod

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf

from hm_mlir.codegen.host import host_funcs
from hm_mlir.passes.base import HmPass
from hm_mlir.roller import spec as opspec
from hm_mlir.roller.model import Config
from hm_mlir.verifier.common import module_body, walk
from hm_mlir.verifier.rtile import config_from_attributes

KERNEL_ATTR = "hm.roller_kernel"
KERNEL_TAG = "rtile.kernel="  # the block loop's name location: the config it was built from (kept by outlining)
THREADS_ATTR = "hm.threads"


def index_constant(value: int) -> ir.Value:
    """An arith.constant of index type at the insertion point."""
    return arith.ConstantOp(ir.IndexType.get(), int(value)).result


def _parallel_loop(count: int, attr: str) -> tuple[ir.Operation, ir.Value, ir.Block]:
    """A one-dimensional scf.parallel 0..count with an empty body (its scf.reduce added)."""
    index = ir.IndexType.get()
    loop = scf.ParallelOp([], [index_constant(0)], [index_constant(count)], [index_constant(1)], [])
    loop.operation.attributes[attr] = ir.UnitAttr.get()
    body = loop.region.blocks.append(index)
    with ir.InsertionPoint(body):
        scf.ReduceOp([], 0)
    return loop.operation, body.arguments[0], body


def _delinearize(linear: ir.Value, counts: list[int]) -> list[ir.Value]:
    """Coordinates of `linear` over `counts`, the last coordinate varying fastest."""
    coords: list[ir.Value] = [None] * len(counts)  # type: ignore[list-item]
    rest = linear
    for d in reversed(range(len(counts))):
        if d == 0:
            coords[d] = rest if counts[d] > 1 else index_constant(0)
        else:
            coords[d] = arith.RemUIOp(rest, index_constant(counts[d])).result if counts[d] > 1 else index_constant(0)
            rest = arith.DivUIOp(rest, index_constant(counts[d])).result if counts[d] > 1 else rest
    return coords


def _affine(coeffs: tuple[int, ...], offset: int, coords: list[ir.Value]) -> ir.Value:
    """offset + sum(coeffs[d] * coords[d])."""
    total = None
    for c, x in zip(coeffs, coords):
        if c == 0:
            continue
        term = x if c == 1 else arith.MulIOp(x, index_constant(c)).result
        total = term if total is None else arith.AddIOp(total, term).result
    if total is None:
        return index_constant(offset)
    return arith.AddIOp(total, index_constant(offset)).result if offset else total


def _min(a: ir.Value, bound: int) -> ir.Value:
    return arith.MinUIOp(a, index_constant(bound)).result


def apply_body(generic: ir.Operation, operands: list[ir.Value], loop_coords: list[ir.Value]) -> list[ir.Value]:
    """Clone the body of `generic` at the insertion point with its block arguments bound to `operands` and
    linalg.index to `loop_coords`; returns the yielded values."""
    block = generic.regions[0].blocks[0]
    mapping = {arg: value for arg, value in zip(block.arguments, operands)}
    for op in block.operations:
        if op.name == "linalg.yield":
            return [mapping.get(v, v) for v in op.operands]
        if op.name == "linalg.index":
            mapping[op.result] = loop_coords[op.attributes["dim"].value]
            continue
        clone = op.clone()
        for inner in [clone, *walk(clone)]:
            for i, v in enumerate(inner.operands):
                if v in mapping:
                    inner.operands[i] = mapping[v]
        for old, new in zip(op.results, clone.results):
            mapping[old] = new
    raise ValueError("linalg body without linalg.yield")


@dataclass
class _Kernel:
    """Emits the kernel of one linalg.generic `op` for `config` (see the module docstring)."""

    op: ir.Operation
    spec: opspec.OpSpec
    config: Config
    config_name: str

    def emit(self) -> None:
        spec, config = self.spec, self.config
        num_in = len(spec.inputs)
        self.ins, self.outs = list(self.op.operands[:num_in]), list(self.op.operands[num_in:])
        counts = [ceil(e / b) for e, b in zip(spec.parallel, config.block)]
        with ir.InsertionPoint(self.op), ir.Location.name(KERNEL_TAG + self.config_name, childLoc=self.op.location):
            _, block_id, block_body = _parallel_loop(prod(counts), KERNEL_ATTR)
        with ir.InsertionPoint.at_block_begin(block_body), self.op.location:
            self.base = [arith.MulIOp(c, index_constant(b)).result if b > 1 else c
                         for c, b in zip(_delinearize(block_id, counts), config.block)]
            self.tiles = self._shared_tiles()
            _, thread_id, thread_body = _parallel_loop(config.threads, THREADS_ATTR)
        with ir.InsertionPoint.at_block_begin(thread_body), self.op.location:
            self.thread_id = thread_id
            self.along = [b // t for b, t in zip(config.block, config.thread)]
            tc = _delinearize(thread_id, self.along)
            self.points = self._points(tc)
            if spec.reduction:
                self._reduce()
            else:
                self._map()
        self.op.erase()

    # -- layout ---------------------------------------------------------------------------------------------
    def _shared_tiles(self) -> list[ir.Value | None]:
        workgroup = ir.Attribute.parse("#gpu.address_space<workgroup>")
        tiles = []
        for i, (access, staged) in enumerate(zip(self.spec.inputs, self.config.staged)):
            if not staged:
                tiles.append(None)
                continue
            shape = list(access.footprint(self.config.loop_sizes(self.spec)))
            shape[-1] += self.config.pad[i]
            element = self.ins[i].type.element_type
            tiles.append(memref.AllocOp(ir.MemRefType.get(shape, element, memory_space=workgroup), [], []).result)
        return tiles

    def _points(self, tc: list[ir.Value]) -> list[tuple[tuple[int, ...], list[ir.Value], ir.Value | None]]:
        """(unroll index, clamped loop coordinates, in-bounds condition or None) of every register-tile point."""
        per_dim = []
        for d, (extent, block) in enumerate(zip(self.spec.parallel, self.config.block)):
            options = []
            for u in range(self.config.thread[d]):
                local = tc[d] if u == 0 else arith.AddIOp(tc[d], index_constant(u * self.along[d])).result
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
            guard = None
            for d, u in enumerate(unroll):
                g = per_dim[d][u][1]
                if g is not None:
                    guard = g if guard is None else arith.AndIOp(guard, g).result
            points.append((tuple(unroll), coords, guard))
        return points

    # -- reads and writes -----------------------------------------------------------------------------------
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
        block = self.op.regions[0].blocks[0]
        num_in = len(self.ins)
        reads_out = [any(True for _ in block.arguments[num_in + j].uses) for j in range(len(self.outs))]
        for _, coords, guard in self.points:
            operands = [self._read_global(v, a, coords) for v, a in zip(self.ins, self.spec.inputs)]
            operands += [self._read_global(v, a, coords) if reads else v
                         for v, a, reads in zip(self.outs, self.spec.outputs, reads_out)]
            results = apply_body(self.op, operands, coords)
            for value, target, access in zip(results, self.outs, self.spec.outputs):
                self._store_guarded(value, target, access, coords, guard)

    # -- an op with reduction loops -------------------------------------------------------------------------
    def _reduce(self) -> None:
        count = len(self.points)
        accs = [memref.AllocaOp(ir.MemRefType.get([count], out.type.element_type), [], []).result
                for out in self.outs]
        for u, (_, coords, _) in enumerate(self.points):
            for acc, out, access in zip(accs, self.outs, self.spec.outputs):
                memref.StoreOp(self._read_global(out, access, coords), acc, [index_constant(u)])
        self._step_loops([], accs)
        for u, (_, coords, guard) in enumerate(self.points):
            for acc, out, access in zip(accs, self.outs, self.spec.outputs):
                value = memref.LoadOp(acc, [index_constant(u)]).result
                self._store_guarded(value, out, access, coords, guard)

    def _step_loops(self, starts: list[ir.Value], accs: list[ir.Value]) -> None:
        """The reduction-step loops, one scf.for per reduction loop; the innermost stages the tiles, then
        accumulates one step between two barriers."""
        level = len(starts)
        if level == len(self.spec.reduction):
            self._copy_tiles(starts)
            gpu.BarrierOp()
            self._point_loops(starts, [], accs)
            gpu.BarrierOp()
            return
        loop = scf.ForOp(index_constant(0), index_constant(self.spec.reduction[level]), index_constant(self.config.step[level]))
        with ir.InsertionPoint(loop.body):
            self._step_loops(starts + [loop.induction_variable], accs)
            scf.YieldOp([])

    def _point_loops(self, starts: list[ir.Value], offsets: list[ir.Value], accs: list[ir.Value]) -> None:
        """The loops over one step (each bounded by its loop's end), around the accumulation."""
        level = len(offsets)
        if level == len(self.spec.reduction):
            self._accumulate(accs, starts, offsets)
            return
        extent, step, start = self.spec.reduction[level], self.config.step[level], starts[level]
        upper = (arith.MinUIOp(index_constant(step), arith.SubIOp(index_constant(extent), start).result).result
                 if extent % step else index_constant(step))
        loop = scf.ForOp(index_constant(0), upper, index_constant(1))
        with ir.InsertionPoint(loop.body):
            self._point_loops(starts, offsets + [loop.induction_variable], accs)
            scf.YieldOp([])

    def _tile_starts(self, starts: list[ir.Value]) -> list[ir.Value]:
        return list(self.base) + list(starts)

    def _copy_tiles(self, starts: list[ir.Value]) -> None:
        """Every thread copies elements thread, thread + threads, ... of each staged input's tile."""
        origin = self._tile_starts(starts)
        for i, (access, tile) in enumerate(zip(self.spec.inputs, self.tiles)):
            if tile is None:
                continue
            foot = list(access.footprint(self.config.loop_sizes(self.spec)))
            loop = scf.ForOp(self.thread_id, index_constant(prod(foot)), index_constant(self.config.threads))
            with ir.InsertionPoint(loop.body):
                local = _delinearize(loop.induction_variable, foot)
                indices = []
                for row, off, x, dim in zip(access.coeffs, access.offsets, local, access.shape):
                    start = _affine(row, off, origin)
                    indices.append(_min(arith.AddIOp(start, x).result, dim - 1))
                value = memref.LoadOp(self.ins[i], indices).result
                memref.StoreOp(value, tile, local)
                scf.YieldOp([])

    def _accumulate(self, accs: list[ir.Value], starts: list[ir.Value], offsets: list[ir.Value]) -> None:
        """acc[u] = body(inputs at point u, acc[u]) for every register-tile point, reads shared by points."""
        reduction = [arith.AddIOp(s, o).result for s, o in zip(starts, offsets)]
        cache: dict[tuple, ir.Value] = {}
        num_parallel = self.spec.num_parallel
        for u, (unroll, coords, _) in enumerate(self.points):
            loop_coords = list(coords) + reduction
            operands = []
            for i, (value, access, tile) in enumerate(zip(self.ins, self.spec.inputs, self.tiles)):
                key = (i,) + tuple(unroll[d] for d in sorted(access.loops()) if d < num_parallel)
                if key not in cache:
                    if tile is None:
                        cache[key] = self._read_global(value, access, loop_coords)
                    else:
                        local = [arith.SubIOp(c, b).result if b is not None else c
                                 for c, b in zip(coords, self.base)] + list(offsets)
                        indices = [_affine(row, 0, local) for row in access.coeffs]
                        cache[key] = memref.LoadOp(tile, indices).result
                operands.append(cache[key])
            operands += [memref.LoadOp(acc, [index_constant(u)]).result for acc in accs]
            for acc, value in zip(accs, apply_body(self.op, operands, loop_coords)):
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
