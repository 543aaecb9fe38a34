"""hm-verify: run the stage dialects' Python verifier as a pass (fails on any violation).

Consumes and produces any module, unchanged. The same verifier also runs after every hm pass and after
every parse; this pass lets a pipeline check between upstream passes too.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class Verify(HmPass):
    NAME = "hm-verify"
    SUMMARY = "check the rtile/tilegraph/rtask/utask rules that IRDL cannot express"

    def run(self, module: ir.Operation) -> None:
        """Nothing to do: the verifier runs after every hm pass (HmPass.add_to)."""
