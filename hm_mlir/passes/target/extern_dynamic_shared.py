"""hm-extern-dynamic-shared: kernels' dynamic shared memory as PTX's `.extern .shared` array (GPU targets).

Consumes: GPU modules after convert-gpu-to-nvvm, whose gpu.dynamic_shared_memory became an internal
`llvm.mlir.global @__dynamic_shmem__N : !llvm.array<0 x i8>` in address space 3. The NVPTX backend demotes an
internal shared global into the kernel as a one-byte static `.shared .b8 __dynamic_shmem__N;`: static shared
memory that other static buffers (the mbarriers) may follow, so the launch's dynamic shared memory would not
start there. Produces: those globals with external linkage and `ALIGNMENT`, which NVPTX prints as
`.extern .shared .align 1024 .b8 __dynamic_shmem__N[];`, the dynamic shared memory window itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass
from hm_mlir.roller.model import SWIZZLE_ALIGN

PREFIX = "__dynamic_shmem__"
ALIGNMENT = SWIZZLE_ALIGN  # what the warpgroup kernels' tiles need (they also realign at run time)


@dataclass(frozen=True)
class ExternDynamicShared(HmPass):
    NAME = "hm-extern-dynamic-shared"
    SUMMARY = "target (gpu): __dynamic_shmem__ globals external and 1024-aligned (PTX .extern .shared [])"

    def run(self, module) -> None:
        for op in walk(module):
            if op.name != "llvm.mlir.global" or not op.attributes["sym_name"].value.startswith(PREFIX):
                continue
            op.attributes["linkage"] = ir.Attribute.parse("#llvm.linkage<external>")
            op.attributes["alignment"] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), ALIGNMENT)
