"""hm-tile-parallel-loops: split every outermost scf.parallel into block loops around thread loops.

Consumes: host functions after convert-linalg-to-parallel-loops (and hm-wrap-serial-host-loops), whose loop
nests carry the `rtile.config=...` location tag of hm-tag-loop-configs. Produces: for each outermost
scf.parallel, an scf.parallel over blocks (step = block tile) holding an scf.parallel over the threads of
one block, with an scf.if bounds guard where a tile does not divide its loop. The block tile is the `block`
of the loop nest's rtile.config; a loop nest without one (a copy added by bufferization, a serial nest) gets
the naive policy's tile for the device. The location tags are removed. gpu-map-parallel-loops then maps the
outer loops to blocks and the inner ones to threads; the CPU target runs them as loops.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir
from mlir.dialects import arith, scf

from hm_mlir import hardware
from hm_mlir.codegen.host import host_funcs, outermost_parallel_loops
from hm_mlir.codegen.kernel_form import KERNEL_ATTR
from hm_mlir.ir_walk import constant_int, module_body, walk
from hm_mlir.passes.base import HmPass, PassError, PassOptionError, device_option
from hm_mlir.passes.gpu.tag_loop_configs import CONFIG_TAG
from hm_mlir.passes.rtile.naive_tiling import naive_block_shape, naive_tile


def _config_name(loc: ir.Location) -> str | None:
    if loc.is_a_name() and loc.name_str.startswith(CONFIG_TAG):
        return loc.name_str[len(CONFIG_TAG):]
    return None


def _strip_tags(op: ir.Operation) -> None:
    for inner in walk(op):
        loc = inner.location
        while _config_name(loc) is not None:
            loc = loc.child_loc
        inner.location = loc


def static_bounds(loop: ir.Operation) -> tuple[list[int], list[int], list[int]]:
    """(lower bounds, upper bounds, steps) of scf.parallel `loop`; PassError unless all are constants."""
    view = loop.opview
    bounds = [[constant_int(v) for v in values] for values in (view.lowerBound, view.upperBound, view.step)]
    if any(v is None for values in bounds for v in values):
        raise PassError(loop, "hm-tile-parallel-loops: loop bounds must be constants (dynamic shapes are not "
                              "supported)")
    lbs, ubs, steps = bounds
    return lbs, ubs, steps


def tile_parallel_loop(loop: ir.Operation, tile: list[int]) -> None:
    """Replace scf.parallel `loop` (static bounds) by block loops of `tile` iterations around thread loops."""
    lbs, ubs, steps = static_bounds(loop)
    index = ir.IndexType.get()

    def const(v: int) -> ir.Value:
        return arith.ConstantOp(index, v).result

    body = loop.regions[0].blocks[0]
    with ir.InsertionPoint(loop), loop.location:
        outer = scf.ParallelOp([], [const(v) for v in lbs], [const(v) for v in ubs],
                               [const(s * t) for s, t in zip(steps, tile)], [])
        outer_block = outer.region.blocks.append(*[index] * len(tile))
        with ir.InsertionPoint(outer_block):
            inner = scf.ParallelOp([], [const(0) for _ in tile], [const(s * t) for s, t in zip(steps, tile)],
                                   [const(s) for s in steps], [])
            inner_block = inner.region.blocks.append(*[index] * len(tile))
            with ir.InsertionPoint(inner_block):
                ivs = [arith.AddIOp(o, i).result for o, i in zip(outer_block.arguments, inner_block.arguments)]
                guards = [arith.CmpIOp(arith.CmpIPredicate.ult, iv, const(ub)).result
                          for iv, lb, ub, t, s in zip(ivs, lbs, ubs, tile, steps) if (ub - lb) % (s * t)]
                condition = None
                for g in guards:
                    condition = g if condition is None else arith.AndIOp(condition, g).result
                terminator = scf.ReduceOp([], 0)
                target = terminator
                if condition is not None:
                    guard = scf.IfOp(condition, ip=ir.InsertionPoint(terminator))
                    then_ops = list(guard.then_block.operations)
                    if then_ops:  # the builder may have added the scf.yield already
                        target = then_ops[-1]
                    else:
                        with ir.InsertionPoint(guard.then_block):
                            target = scf.YieldOp([])
            with ir.InsertionPoint(outer_block):
                scf.ReduceOp([], 0)
    for old, new in zip(body.arguments, ivs):
        old.replace_all_uses_with(new)
    for op in list(body.operations)[:-1]:  # all but the loop's own scf.reduce
        op.move_before(target)
    loop.erase()


GRID_LIMITS = ((1 << 31) - 1, 65535, 65535)  # CUDA's blocks per grid in x, y, z


def check_grid(loop: ir.Operation, extents: list[int], tile: list[int]) -> None:
    """PassError unless the grid of `tile` over `extents` fits CUDA's limits (gpu-map-parallel-loops sends
    loop dims 0, 1, 2 to x, y, z; further dims stay sequential loops). Larger grids would overflow the i32
    grid size of the launch and abort the NVVM lowering."""
    for axis, (extent, size, limit) in enumerate(zip(extents, tile, GRID_LIMITS)):
        blocks = -(-extent // size)
        if blocks > limit:
            raise PassError(loop, f"hm-tile-parallel-loops: {blocks} blocks along grid {'xyz'[axis]} exceed the "
                                  f"GPU limit of {limit} (loop of {extent} iterations, block tile {size}); "
                                  "shapes this large are not supported yet")


@dataclass(frozen=True)
class TileParallelLoops(HmPass):
    NAME = "hm-tile-parallel-loops"
    SUMMARY = "outermost scf.parallel -> block loops around thread loops, tiles from the rtile config"

    device: str = field(default=hardware.DEFAULT_DEVICE,
                        metadata={"help": "device description for loops without an rtile config"})
    target: str = field(default="gpu", metadata={"help": "gpu (check the grid against CUDA's limits) or cpu"})

    def check_options(self) -> None:
        if self.target not in ("gpu", "cpu"):
            raise PassOptionError(f"option 'target' must be gpu or cpu, got '{self.target}'")
        device_option(self.device)

    def run(self, module) -> None:
        blocks = {op.attributes["sym_name"].value: [int(v) for v in op.attributes["block"]]
                  for op in module_body(module) if op.name == "rtile.config"}
        block, block_rows = naive_block_shape(hardware.get(self.device))
        for func in host_funcs(module):
            for loop in outermost_parallel_loops(func):
                if KERNEL_ATTR in loop.attributes:  # a Roller kernel, already blocks around threads
                    continue
                lbs, ubs, _ = static_bounds(loop)
                extents = [ub - lb for lb, ub in zip(lbs, ubs)]
                tile = blocks.get(_config_name(loop.location) or "")
                if tile is None or len(tile) != len(extents):
                    tile = naive_tile(extents, block, block_rows)
                if self.target == "gpu":
                    check_grid(loop, extents, tile)
                tile_parallel_loop(loop, tile)
            _strip_tags(func)
