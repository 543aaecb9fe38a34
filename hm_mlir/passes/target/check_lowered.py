"""hm-check-lowered: fail, at its location, on the first op the target lowering left behind.

Consumes: a module after the LLVM lowering of a target. Produces: the same module, or an error naming the
first op that is not LLVM (or, for GPU targets, a gpu.module/gpu.binary/gpu.launch_func or an NVVM op inside
a kernel). Upstream conversions are partial: an op they cannot lower (`linalg.softmax` on buffers, a
`gpu.memcpy` of a strided view) stays in place, with `builtin.unrealized_conversion_cast` around it, and the
pipeline still succeeds. This check turns that into an error instead of an output that cannot run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass, PassError, PassOptionError

GPU_CONTAINERS = ("gpu.module", "gpu.binary", "gpu.launch_func")


def _allowed(name: str, gpu: bool) -> bool:
    if name.startswith("llvm."):
        return True
    return gpu and (name in GPU_CONTAINERS or name.startswith("nvvm."))


@dataclass(frozen=True)
class CheckLowered(HmPass):
    NAME = "hm-check-lowered"
    SUMMARY = "fail on the first op the target lowering did not convert (unsupported construct)"

    target: str = field(default="cpu", metadata={"help": "cpu, or a GPU target (nvvm, ptx, cubin)"})

    def check_options(self) -> None:
        if self.target not in ("cpu", "nvvm", "ptx", "cubin"):
            raise PassOptionError(f"unknown target '{self.target}' (cpu, nvvm, ptx or cubin)")

    def run(self, module) -> None:
        gpu = self.target != "cpu"
        left = [op for op in walk(module) if not _allowed(op.name, gpu)]
        # An op left unconverted is the cause; the casts around it only show where its values went.
        for op in [o for o in left if o.name != "builtin.unrealized_conversion_cast"] + left:
            if op.name == "builtin.unrealized_conversion_cast":
                types = ", ".join(str(r.type) for r in op.results)
                raise PassError(op, f"the {self.target} lowering could not convert a value to {types}: an "
                                    "operation here is not supported by the plain path yet")
            raise PassError(op, f"'{op.name}' is not supported by the {self.target} lowering of the plain path "
                                "yet (it was left unconverted)")
