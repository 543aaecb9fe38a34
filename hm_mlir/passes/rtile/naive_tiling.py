"""hm-naive-tiling: the plain fixed tiling policy (stage rtile, `--roller-policy=naive`).

Consumes: a module whose linalg ops carry indexing maps (named ops generalized) on static shapes.
Produces: for every such op, an `rtile.space` with one `rtile.config` at module level and an
`rtile.space = @...` link on the op. The tile is fixed, not searched: the innermost parallel loop gets
`block` elements (the device's warp size), the next one `block-rows` (8 warps), the others 1; one output
element per thread. `step` is the reduction step the cost model assumes; the plain codegen runs each
reduction loop whole in its thread (staging by steps is Roller's codegen). The micro-model fields (traffic,
waves, cost) are filled in for the chosen device so the report can compare this policy with Roller's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from math import ceil, prod

from mlir import ir

from hm_mlir import hardware
from hm_mlir.builders import rtile as build
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.linalg_info import LoopNest, element_bytes, loop_nest
from hm_mlir.passes.base import HmPass, PassError, PassOptionError, device_option


def _element_bytes(value: ir.Value) -> int:
    return element_bytes(value.type.element_type if isinstance(value.type, ir.ShapedType) else value.type)


# Threads per block of the naive policy: a few warps, enough to hide latency, small enough for any op.
NAIVE_WARPS_PER_BLOCK = 8


def naive_block_shape(device: hardware.Device) -> tuple[int, int]:
    """(block, block-rows) of the naive policy on `device`: one warp wide, NAIVE_WARPS_PER_BLOCK warps tall."""
    warps = max(1, min(NAIVE_WARPS_PER_BLOCK, device.max_threads_per_block // device.warp_size))
    return device.warp_size, warps


def naive_tile(parallel: list[int] | tuple[int, ...], block: int, block_rows: int) -> list[int]:
    """The naive block tile of parallel loops with these extents: `block` on the innermost, `block_rows` on the
    next, 1 on the others, never more than the extent."""
    tile = [1] * len(parallel)
    if parallel:
        tile[-1] = max(1, min(parallel[-1], block))
    if len(parallel) > 1:
        tile[-2] = max(1, min(parallel[-2], block_rows))
    return tile


@dataclass(frozen=True)
class NaiveTiling(HmPass):
    NAME = "hm-naive-tiling"
    SUMMARY = "rtile: annotate every linalg op with the fixed (naive) tile configuration"

    block: int = field(default=0, metadata={"help": "block tile of the innermost parallel loop "
                                                    "(0: the device's warp size)"})
    block_rows: int = field(default=0, metadata={"help": "block tile of the next parallel loop "
                                                         "(0: warps per block of the naive policy)"})
    step: int = field(default=16, metadata={"help": "reduction step of every reduction loop"})
    device: str = field(default=hardware.DEFAULT_DEVICE, metadata={"help": "device description (model)"})

    def check_options(self) -> None:
        for name in ("block", "block_rows"):
            if getattr(self, name) < 0:
                raise PassOptionError(f"option '{name.replace('_', '-')}' must be at least 0")
        if self.step < 1:
            raise PassOptionError("option 'step' must be at least 1")
        device = device_option(self.device)
        block, block_rows = self.block_shape(device)
        if block * block_rows > device.max_threads_per_block:
            raise PassOptionError(f"block x block-rows exceeds the {device.max_threads_per_block} threads per "
                                  f"block of device '{device.name}'")

    def block_shape(self, device: hardware.Device) -> tuple[int, int]:
        default_block, default_rows = naive_block_shape(device)
        return self.block or default_block, self.block_rows or default_rows

    def run(self, module: ir.Operation) -> None:
        device = hardware.get(self.device)
        for site in tiling_sites(module, self.NAME):
            self.annotate(site.op, site.nest, device, site.space_name, site.config_name(0), site.anchor)

    def annotate(self, op, nest, device, space_name, config_name, anchor: ir.InsertionPoint) -> None:
        """Give linalg `op` (loop nest `nest`) the naive config `config_name` in a new space `space_name`."""
        tile = naive_tile(nest.parallel, *self.block_shape(device))
        steps = [min(e, self.step) for e in nest.reduction]
        blocks = prod(ceil(e / t) for e, t in zip(nest.parallel, tile))
        threads = prod(tile)
        resident = max(1, min(device.max_blocks_per_sm, device.max_threads_per_sm // max(threads, 1)))
        waves = max(1, ceil(blocks / (device.sms * resident)))
        # Compulsory traffic (a lower bound, no reuse model): every operand read once, every result written once.
        traffic = sum(_element_bytes(v) * prod(v.type.shape) for v in op.operands
                      if isinstance(v.type, ir.ShapedType))
        traffic += sum(_element_bytes(r) * prod(r.type.shape) for r in op.results
                       if isinstance(r.type, ir.ShapedType))
        cost_us = traffic / (device.dram_gbps * 1e3)
        build.config(config_name, block=tile, thread=[1] * len(tile), step=steps, pad=[0] * nest.num_inputs,
                     regs_per_thread=32, traffic_bytes=traffic, waves=waves, cost_us=cost_us, loc=op.location,
                     ip=anchor)
        build.space(space_name, op=op.name, loops=nest.extents, iterators=nest.iterators,
                    candidates=[config_name], policy="naive", top_k=1, device=self.device, loc=op.location,
                    ip=anchor)
        op.attributes["rtile.space"] = ir.FlatSymbolRefAttr.get(space_name)


def unique_name(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    taken.add(candidate)
    return candidate


@dataclass
class TilingSite:
    """A linalg op a tiling policy annotates: its loop nest, the name of its new rtile.space, and where
    module-level rtile ops go."""

    op: ir.Operation
    nest: LoopNest
    space_name: str
    anchor: ir.InsertionPoint
    taken: set[str]

    def config_name(self, rank: int) -> str:
        return unique_name(f"{self.space_name}_k{rank}", self.taken)


def tiling_sites(module: ir.Operation, pass_name: str) -> Iterator[TilingSite]:
    """Every linalg op with indexing maps and no rtile.space yet, in every func.func, with a fresh space name
    `<func>_op<i>`; PassError (from `pass_name`) on dynamic shapes."""
    taken = {op.attributes["sym_name"].value for op in module_body(module) if "sym_name" in op.attributes}
    first = next(iter(module.regions[0].blocks[0].operations), None)
    anchor = ir.InsertionPoint(first) if first is not None else ir.InsertionPoint(module.regions[0].blocks[0])
    for func in list(module_body(module)):
        if func.name != "func.func":
            continue
        fname = func.attributes["sym_name"].value
        index = 0
        for op in walk(func):
            if not op.name.startswith("linalg.") or "rtile.space" in op.attributes:
                continue
            if "indexing_maps" not in op.attributes:
                continue
            nest = loop_nest(op)
            if nest is None:
                raise PassError(op, f"{pass_name}: cannot tile '{op.name}': dynamic shapes are not supported")
            yield TilingSite(op, nest, unique_name(f"{fname}_op{index}", taken), anchor, taken)
            index += 1
