"""hm-roller-tiling: Roller's policy for stage rtile (`--roller-policy=roller`, `--roller`).

Consumes: a module whose linalg ops carry indexing maps (named ops generalized, parallel loops first) on static
shapes. Produces: for every such op an `rtile.space` (policy "roller") listing the top-K `rtile.config`s of
Roller's construction (hm_mlir.roller) best first, each with the micro-model's shared memory, registers,
DRAM traffic, waves and time for `device`; the chosen one is candidate `choose` (default 0, the model's
best), or with `measure` the fastest measured on that run target (hm_mlir.roller.measure, cached on disk).
Fills (a scalar operand) and ops without a parallel loop (a full reduction: one thread walking the reduction
in steps) are Roller's too. Identical operators (an unrolled loop repeats its body) share one space, constructed
once. An op Roller cannot describe (a map that is not a non-negative combination of
loops) gets the naive policy's config and policy "naive", so every op still compiles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir import hardware
from hm_mlir.builders import rtile as build
from hm_mlir.passes.base import HmPass, PassOptionError, device_option
from hm_mlir.passes.rtile.naive_tiling import NaiveTiling, tiling_sites
from hm_mlir.roller import construct
from hm_mlir.roller import spec as opspec


@dataclass(frozen=True)
class RollerTiling(HmPass):
    NAME = "hm-roller-tiling"
    SUMMARY = "rtile: Roller's construction, top-K rTile configs per linalg op ranked by the micro model"

    top_k: int = field(default=construct.DEFAULT_TOP_K, metadata={"help": "candidates kept per operator"})
    choose: int = field(default=0, metadata={"help": "candidate to compile (0: the model's best; a larger index "
                                                     "picks a lower-ranked one, clamped to the last)"})
    device: str = field(default=hardware.DEFAULT_DEVICE, metadata={"help": "device description (model)"})
    measure: str = field(default="", metadata={"help": "cpu or cuda: compile and time the top-K there and choose "
                                                       "the fastest, cached on disk (--roller-measure)"})

    def check_options(self) -> None:
        if self.top_k < 1:
            raise PassOptionError("option 'top-k' must be at least 1")
        if self.choose < 0:
            raise PassOptionError("option 'choose' must be at least 0")
        device_option(self.device)
        if self.measure not in ("", "cpu", "cuda"):
            raise PassOptionError(f"option 'measure' must be cpu or cuda, got '{self.measure}'")
        if self.measure == "cuda":
            from hm_mlir.runtime.cuda import CudaUnavailable, check_driver

            try:
                check_driver()
            except CudaUnavailable as err:
                raise PassOptionError(f"option 'measure=cuda' times the candidates on the GPU: {err}") from None

    def run(self, module: ir.Operation) -> None:
        device = hardware.get(self.device)
        naive = NaiveTiling(device=self.device)
        spaces: dict[opspec.OpSpec, str] = {}  # identical operators share one space, constructed once
        for site in tiling_sites(module, self.NAME):
            op, anchor = site.op, site.anchor
            spec = opspec.from_linalg(op)
            if spec in spaces:
                op.attributes["rtile.space"] = ir.FlatSymbolRefAttr.get(spaces[spec])
                continue
            ranked = construct.top_k(spec, device, self.top_k) if spec else []
            if not ranked:
                naive.annotate(op, site.nest, device, site.space_name, site.config_name(0), anchor)
                continue
            names = [site.config_name(i) for i in range(len(ranked))]
            for name, candidate in zip(names, ranked):
                config, estimate = candidate.config, candidate.estimate
                build.config(name, block=config.block, thread=config.thread, step=config.step, pad=config.pad,
                             mma=config.mma, vector_width=config.vector_width, stages=config.stages,
                             smem_bytes=estimate.smem_bytes, regs_per_thread=estimate.regs_per_thread,
                             traffic_bytes=estimate.traffic_bytes, waves=estimate.waves, cost_us=estimate.cost_us,
                             loc=op.location, ip=anchor)
            chosen = min(self.choose, len(names) - 1)
            if self.measure:
                from hm_mlir.roller import measure

                chosen = measure.measure(op, spec.signature(), self.device, self.top_k, len(names), self.measure,
                                         f"{site.space_name} ({op.location})")
            build.space(site.space_name, op=op.name, loops=site.nest.extents, iterators=site.nest.iterators,
                        candidates=names, policy="roller", top_k=self.top_k, device=self.device,
                        chosen=names[chosen], loc=op.location, ip=anchor)
            op.attributes["rtile.space"] = ir.FlatSymbolRefAttr.get(site.space_name)
            spaces[spec] = site.space_name
