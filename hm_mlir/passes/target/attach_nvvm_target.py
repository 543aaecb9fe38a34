"""hm-attach-nvvm-target: nvvm-attach-target with a chip per GPU module (sm_90a where Hopper-only ops are).

Consumes: gpu.module ops (GPU targets, after the gpu stage). Produces: each with `targets = [#nvvm.target<O,
chip, features>]`, as upstream's nvvm-attach-target would, except that a module holding wgmma or TMA
(nvgpu.warpgroup.*, nvgpu.tma.*) compiled for sm_90 gets chip sm_90a: PTX with wgmma.mma_async must say
`.target sm_90a` (it runs on sm_90 GPUs only: H100, H200; ptxas -arch=sm_90a). Other modules keep the
portable chip. Upstream's pass cannot choose per module by content, and the NVVM verifier rejects a wgmma op
in a module attached to sm_90, so the choice is made while attaching.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass, PassOptionError

ARCH_SPECIFIC_OPS = ("nvgpu.warpgroup.", "nvgpu.tma.")
ARCH_SPECIFIC_CHIPS = {"sm_90": "sm_90a"}


def chip_for(gpu_module: ir.Operation, chip: str) -> str:
    """`chip`, or its arch-specific variant when the module uses instructions only that variant has."""
    if chip in ARCH_SPECIFIC_CHIPS and any(op.name.startswith(ARCH_SPECIFIC_OPS) for op in walk(gpu_module)):
        return ARCH_SPECIFIC_CHIPS[chip]
    return chip


@dataclass(frozen=True)
class AttachNvvmTarget(HmPass):
    NAME = "hm-attach-nvvm-target"
    SUMMARY = "target (gpu): #nvvm.target on every gpu.module, sm_90a for modules with wgmma/TMA"

    chip: str = field(default="sm_90", metadata={"help": "PTX target (sm_90 becomes sm_90a for wgmma/TMA)"})
    features: str = field(default="", metadata={"help": "PTX features, e.g. +ptx80 (empty: LLVM's default)"})
    O: int = field(default=2, metadata={"help": "optimization level of gpu-module-to-binary"})

    def check_options(self) -> None:
        if self.chip not in ("sm_90", "sm_90a", "sm_80"):
            raise PassOptionError(f"option 'chip' must be sm_90, sm_90a or sm_80 (the chips hm-mlir targets), got "
                                  f"'{self.chip}'")
        if not 0 <= self.O <= 3:
            raise PassOptionError(f"option 'O' must be 0..3, got {self.O}")

    def run(self, module) -> None:
        for gpu_module in [op for op in walk(module) if op.name == "gpu.module"]:
            features = f', features = "{self.features}"' if self.features else ""
            # Parsed as the array: typing the #nvvm.target itself in Python would import nvvm's bindings.
            gpu_module.attributes["targets"] = ir.Attribute.parse(
                f'[#nvvm.target<O = {self.O}, chip = "{chip_for(gpu_module, self.chip)}"{features}>]')
