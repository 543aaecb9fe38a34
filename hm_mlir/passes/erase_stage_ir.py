"""hm-erase-stage-ir: remove the stage dialects' ops and attributes once codegen has consumed them.

Consumes: any module. Produces: the same module without rtile/tilegraph/rtask/utask ops at module level and
without `rtile.*`/`tilegraph.*`/`rtask.*`/`utask.*` attributes, so that upstream lowering to LLVM (which
does not know the stage dialects) sees only upstream IR. `utask.condition` ops are erased too (their
predicate stays where it is).
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass
from hm_mlir.verifier.common import STAGE_DIALECTS


@dataclass(frozen=True)
class EraseStageIR(HmPass):
    NAME = "hm-erase-stage-ir"
    SUMMARY = "erase the stage dialects' ops and attributes (before lowering to LLVM)"

    def run(self, module: ir.Operation) -> None:
        doomed = []
        for op in walk(module):
            if op.name.split(".", 1)[0] in STAGE_DIALECTS:
                doomed.append(op)
                continue
            for name in [n for n in op.attributes if n.split(".", 1)[0] in STAGE_DIALECTS]:
                del op.attributes[name]
        for op in doomed:
            op.erase()
