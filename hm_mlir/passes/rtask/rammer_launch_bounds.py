"""hm-rammer-launch-bounds: the launch bounds of Rammer's persistent kernels.

Consumes: outlined kernels (after gpu-kernel-outlining), each program P's persistent kernel the gpu.func
`P_rammer` with its `known_block_size`, and the `rtask.program` / `rtask.vdevice` ops. Produces: on each
persistent kernel `nvvm.minctasm` (the vDevice's blocks per SM); with the `.maxntid` that convert-gpu-to-nvvm
makes of `known_block_size` (setting `nvvm.maxntid` as well aborts it: the attribute is duplicated), PTX gets
`.maxntid` and `.minnctapersm`: ptxas then keeps each thread's registers to what lets every vEU
of the grid be resident at once (a persistent block that is not resident never runs, and the blocks that wait
for it report a timeout).
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass, PassError
from hm_mlir.passes.rtask.kernels import program_vdevices
from hm_mlir.passes.rtask.rammer_gpu_program import PERSISTENT_SUFFIX


@dataclass(frozen=True)
class RammerLaunchBounds(HmPass):
    NAME = "hm-rammer-launch-bounds"
    SUMMARY = "gpu: Rammer's persistent kernels get nvvm.minctasm (vEUs per SM; .maxntid comes from their block size)"

    def run(self, module) -> None:
        per_sm = {name + PERSISTENT_SUFFIX: vdevice.attributes["veus_per_sm"].value
                  for name, vdevice in program_vdevices(module).items()}
        i32 = ir.IntegerType.get_signless(32)
        for func in (op for op in walk(module) if op.name == "gpu.func"):
            name = func.attributes["sym_name"].value
            if name not in per_sm:
                continue
            if "known_block_size" not in func.attributes:
                raise PassError(func, f"hm-rammer-launch-bounds: the persistent kernel @{name} has no known block size")
            func.attributes["nvvm.minctasm"] = ir.IntegerAttr.get(i32, per_sm[name])
