"""hm-attach-nvvm-target: nvvm-attach-target with a chip per GPU module (sm_90a where Hopper-only ops are).

Consumes: gpu.module ops (GPU targets, after the gpu stage). Produces: each with `targets = [#nvvm.target<O,
chip, features>]`, as upstream's nvvm-attach-target would, except that a module holding wgmma or TMA
(nvgpu.warpgroup.*, nvgpu.tma.*) compiled for sm_90 gets chip sm_90a: PTX with wgmma.mma_async must say
`.target sm_90a` (it runs on sm_90 GPUs only: H100, H200; ptxas -arch=sm_90a). Other modules keep the
portable chip. Upstream's pass cannot choose per module by content, and the NVVM verifier rejects a wgmma op
in a module attached to sm_90, so the choice is made while attaching. A module with a kernel whose parameters
pass the 4352 bytes PTX allows before ISA 8.1 (Rammer's persistent kernel of a wide program: a descriptor of
3 + 2 x rank words per memref) asks for PTX ISA 8.1 (`+ptx81`), which allows 32764 bytes on sm_70 and later
(a CUDA 12.1 driver).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass, PassOptionError

ARCH_SPECIFIC_OPS = ("nvgpu.warpgroup.", "nvgpu.tma.")
ARCH_SPECIFIC_CHIPS = {"sm_90": "sm_90a"}


PARAMETER_BYTES_BEFORE_PTX81 = 4352


def parameter_bytes(kernel: ir.Operation) -> int:
    """The bytes of a gpu.func's parameters once lowered: a memref is a descriptor of 2 pointers, an offset and
    its sizes and strides (8 bytes each), a scalar its width (at least 4 bytes)."""
    total = 0
    for argument in kernel.regions[0].blocks[0].arguments[:len(ir.FunctionType(
            ir.TypeAttr(kernel.attributes["function_type"]).value).inputs)]:
        kind = argument.type
        if isinstance(kind, ir.MemRefType):
            total += 8 * (3 + 2 * kind.rank)
        else:
            width = getattr(kind, "width", 64)
            total = -(-total // max(width // 8, 4)) * max(width // 8, 4) + max(width // 8, 4)
    return total


def features_for(gpu_module: ir.Operation, features: str) -> str:
    """`features`, with PTX ISA 8.1 instead of 8.0 when a kernel's parameters need it."""
    kernels = [op.operation for op in gpu_module.regions[0].blocks[0].operations
               if op.operation.name == "gpu.func" and "gpu.kernel" in op.operation.attributes]
    if features == "+ptx80" and any(parameter_bytes(k) > PARAMETER_BYTES_BEFORE_PTX81 for k in kernels):
        return "+ptx81"
    return features


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
            chosen = features_for(gpu_module, self.features)
            features = f', features = "{chosen}"' if chosen else ""
            # Parsed as the array: typing the #nvvm.target itself in Python would import nvvm's bindings.
            gpu_module.attributes["targets"] = ir.Attribute.parse(
                f'[#nvvm.target<O = {self.O}, chip = "{chip_for(gpu_module, self.chip)}"{features}>]')
