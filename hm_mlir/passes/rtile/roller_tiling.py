"""hm-roller-tiling: Roller's policy for stage rtile (`--roller-policy=roller`, `--roller`).

Consumes: a module whose linalg ops carry indexing maps (named ops generalized, parallel loops first) on static
shapes. Produces: for every such op an `rtile.space` (policy "roller") listing the top-K `rtile.config`s of
Roller's construction (hm_mlir.roller) best first, each with the micro-model's shared memory, registers,
DRAM traffic, waves and time for `device`; the chosen one is candidate `choose` (default 0, the model's
best). An op Roller cannot describe (a map that is not a non-negative combination of loops, a scalar operand,
no parallel loop) gets the naive policy's config and policy "naive", so every op still compiles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir import hardware
from hm_mlir.builders import rtile as build
from hm_mlir.linalg_info import loop_nest
from hm_mlir.passes.base import HmPass, PassError, PassOptionError
from hm_mlir.passes.rtile.naive_tiling import NaiveTiling, unique_name
from hm_mlir.roller import construct, spec as opspec
from hm_mlir.verifier.common import module_body, walk


@dataclass(frozen=True)
class RollerTiling(HmPass):
    NAME = "hm-roller-tiling"
    SUMMARY = "rtile: Roller's construction, top-K rTile configs per linalg op ranked by the micro model"

    top_k: int = field(default=construct.DEFAULT_TOP_K, metadata={"help": "candidates kept per operator"})
    choose: int = field(default=0, metadata={"help": "candidate to compile (0: the model's best; a larger index "
                                                     "picks a lower-ranked one, clamped to the last)"})
    device: str = field(default=hardware.DEFAULT_DEVICE, metadata={"help": "device description (model)"})

    def check_options(self) -> None:
        if self.top_k < 1:
            raise PassOptionError("option 'top-k' must be at least 1")
        if self.choose < 0:
            raise PassOptionError("option 'choose' must be at least 0")
        try:
            hardware.get(self.device)
        except ValueError as err:
            raise PassOptionError(str(err)) from None

    def run(self, module: ir.Operation) -> None:
        device = hardware.get(self.device)
        naive = NaiveTiling(device=self.device)
        taken = {op.attributes["sym_name"].value for op in module_body(module) if "sym_name" in op.attributes}
        first = next(iter(module.regions[0].blocks[0].operations), None)
        anchor = ir.InsertionPoint(first) if first is not None else ir.InsertionPoint(module.regions[0].blocks[0])
        counters: dict[str, int] = {}
        for func in list(module_body(module)):
            if func.name != "func.func":
                continue
            fname = func.attributes["sym_name"].value
            for op in walk(func):
                if not op.name.startswith("linalg.") or "rtile.space" in op.attributes:
                    continue
                if "indexing_maps" not in op.attributes:
                    continue
                nest = loop_nest(op)
                if nest is None:
                    raise PassError(op, f"{self.NAME}: cannot tile '{op.name}': dynamic shapes are not supported")
                index = counters.get(fname, 0)
                counters[fname] = index + 1
                space_name = unique_name(f"{fname}_op{index}", taken)
                spec = opspec.from_linalg(op)
                ranked = construct.top_k(spec, device, self.top_k) if spec and spec.parallel else []
                if not ranked:
                    naive.annotate(op, nest, device, space_name, unique_name(f"{space_name}_k0", taken), anchor)
                    continue
                names = [unique_name(f"{space_name}_k{i}", taken) for i in range(len(ranked))]
                for name, candidate in zip(names, ranked):
                    config, estimate = candidate.config, candidate.estimate
                    build.config(name, block=config.block, thread=config.thread, step=config.step, pad=config.pad,
                                 mma=config.mma, vector_width=config.vector_width, stages=config.stages,
                                 smem_bytes=estimate.smem_bytes, regs_per_thread=estimate.regs_per_thread,
                                 traffic_bytes=estimate.traffic_bytes, waves=estimate.waves,
                                 cost_us=estimate.cost_us, loc=op.location, ip=anchor)
                build.space(space_name, op=op.name, loops=nest.extents, iterators=nest.iterators,
                            candidates=names, policy="roller", top_k=self.top_k, device=device.name,
                            chosen=names[min(self.choose, len(names) - 1)], loc=op.location, ip=anchor)
                op.attributes["rtile.space"] = ir.FlatSymbolRefAttr.get(space_name)
