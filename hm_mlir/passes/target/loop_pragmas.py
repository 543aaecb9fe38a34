"""hm-loop-pragmas: loop marks of the kernels as the LLVM loop metadata they stand for (both targets).

Consumes: LLVM-dialect modules whose loop back edges (`llvm.br` / `llvm.cond_br`) carry the discardable
`llvm.loop_annotation` attribute that an scf.for had (hm-roller-codegen marks its kernel loops not to be
unrolled; convert-scf-to-cf moves the mark to the back edge, and the conversion to LLVM keeps it as it is).
Produces: the same branches with the mark as their own `loop_annotation`, which the translation to LLVM IR
emits as `!llvm.loop` metadata (NVPTX prints `llvm.loop.unroll.disable` as `.pragma "nounroll"`, which
ptxas obeys). A discardable mark the translation would ignore is left nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.codegen.kernel_form import LOOP_ANNOTATION_ATTR
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass

BRANCHES = ("llvm.br", "llvm.cond_br")


@dataclass(frozen=True)
class LoopPragmas(HmPass):
    NAME = "hm-loop-pragmas"
    SUMMARY = "target: loop marks of scf.for (llvm.loop_annotation) as the back-edge llvm.br's loop metadata"

    def run(self, module) -> None:
        for op in walk(module):
            if LOOP_ANNOTATION_ATTR not in op.attributes:
                continue
            if op.name in BRANCHES:
                op.attributes["loop_annotation"] = op.attributes[LOOP_ANNOTATION_ATTR]
            del op.attributes[LOOP_ANNOTATION_ATTR]
