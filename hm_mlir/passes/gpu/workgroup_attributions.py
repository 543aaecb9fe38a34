"""hm-workgroup-attributions: shared-memory tiles of outlined kernels -> workgroup attributions of gpu.func.

Consumes: outlined gpu.func kernels (GPU targets, after gpu-kernel-outlining) whose body allocates
`memref.alloc() : memref<..., #gpu.address_space<workgroup>>` at its top level (the tiles of
hm-roller-codegen). Produces: the same kernels with each such buffer a workgroup attribution of the gpu.func
(static shared memory, which convert-gpu-to-nvvm lowers to a `.shared` array); the allocs are gone.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.passes.base import HmPass
from hm_mlir.verifier.common import walk


def _is_workgroup(memref_type: ir.Type) -> bool:
    space = getattr(memref_type, "memory_space", None)
    return space is not None and "workgroup" in str(space)


@dataclass(frozen=True)
class WorkgroupAttributions(HmPass):
    NAME = "hm-workgroup-attributions"
    SUMMARY = "gpu: workgroup-memory allocs in kernels -> gpu.func workgroup attributions"

    def run(self, module) -> None:
        for func in [op for op in walk(module) if op.name == "gpu.func"]:
            entry = func.regions[0].blocks[0]
            allocs = [op for op in entry.operations
                      if op.name == "memref.alloc" and _is_workgroup(op.result.type)]
            if not allocs:
                continue
            existing = (func.attributes["workgroup_attributions"].value
                        if "workgroup_attributions" in func.attributes else 0)
            for alloc in allocs:
                argument = entry.add_argument(alloc.result.type, alloc.location)
                alloc.result.replace_all_uses_with(argument)
                alloc.erase()
            func.attributes["workgroup_attributions"] = ir.IntegerAttr.get(
                ir.IntegerType.get_signless(64), existing + len(allocs))
