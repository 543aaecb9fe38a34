"""hm-verify: check the IR as the compile pipeline's stage boundaries do (fails on any violation).

Consumes and produces any module, unchanged. It runs upstream's IR verifier and then the stage dialects'
Python rules (with `model=false`, not the Roller model checks: hm-roller-tiling's numbers are its model's by
construction, and the parse and --verify-each still check them). The compile pipeline places it at the end of
every stage (after every step with `--verify-each`) and runs the PassManager's own per-pass verifier only with
`--verify-each`; hm passes added on their own (`hm_mlir.add_pass`) still run the Python rules after
themselves."""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir.passes.base import HmPass, PassFailed


@dataclass(frozen=True)
class Verify(HmPass):
    NAME = "hm-verify"
    SUMMARY = "check the IR (upstream's verifier) and the rtile/tilegraph/rtask/utask rules IRDL cannot express"

    model: bool = field(default=True, metadata={"help": "also check that each Roller candidate's recorded numbers "
                                                        "are its model's (the compile pipeline: --verify-each)"})

    def add_to(self, pm, verify: bool = True) -> None:
        super().add_to(pm, verify=False)  # run() is the verification

    def run(self, module: ir.Operation) -> None:
        from hm_mlir.verifier import verify

        try:
            module.verify()
        except ir.MLIRError as err:
            for diagnostic in err.error_diagnostics:  # empty where the context's handlers got them already
                diagnostic.location.emit_error(diagnostic.message)
            raise PassFailed from None
        if not verify(module, model=self.model):
            raise PassFailed
