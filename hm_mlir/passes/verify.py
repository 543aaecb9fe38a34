"""hm-verify: check the IR as the compile pipeline's stage boundaries do (fails on any violation).

Consumes and produces any module, unchanged. It runs upstream's IR verifier and then the stage dialects'
Python rules. The compile pipeline places it at the end of every stage (after every step with
`--verify-each`) and runs the PassManager's own per-pass verifier only with `--verify-each`; hm passes added
on their own (`hm_mlir.add_pass`) still run the Python rules after themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.passes.base import HmPass, PassFailed


@dataclass(frozen=True)
class Verify(HmPass):
    NAME = "hm-verify"
    SUMMARY = "check the IR (upstream's verifier) and the rtile/tilegraph/rtask/utask rules IRDL cannot express"

    def add_to(self, pm, verify: bool = True) -> None:
        super().add_to(pm, verify=True)  # the Python rules are what this pass is for

    def run(self, module: ir.Operation) -> None:
        """Upstream's IR verifier here; the Python rules run after it (HmPass.add_to)."""
        try:
            module.verify()
        except ir.MLIRError as err:
            for diagnostic in err.error_diagnostics:  # empty where the context's handlers got them already
                diagnostic.location.emit_error(diagnostic.message)
            raise PassFailed from None
