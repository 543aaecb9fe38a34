"""hm-guard-kernel-asserts: a kernel's `cf.assert` inside an `scf.if`, so that the loop nest becomes a launch.

Consumes: host functions of a GPU target after gpu-map-parallel-loops (mapped `scf.parallel` nests). Produces:
each `cf.assert %ok, "msg"` directly in a mapped loop's body as `scf.if %ok {} else { cf.assert %false, "msg" }`,
which checks the same thing with the same message. convert-parallel-loops-to-gpu leaves a nest with a bare
`cf.assert` in its body unconverted, with no error: a host loop reading device memory (the zoo's ResNet
blocks, whose reciprocal PyTorch exports with an assert that the tensor is not empty).
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, cf, scf

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass


def _in_mapped_loop(op: ir.Operation) -> bool:
    parent = op.parent
    while parent is not None and parent.name not in ("func.func", "builtin.module"):
        if parent.name == "scf.parallel" and "mapping" in parent.attributes:
            return True
        parent = parent.parent
    return False


@dataclass(frozen=True)
class GuardKernelAsserts(HmPass):
    NAME = "hm-guard-kernel-asserts"
    SUMMARY = "gpu: cf.assert in a mapped loop nest -> the same check under scf.if (else the nest stays on the host)"

    def run(self, module) -> None:
        for fn in host_funcs(module):
            for op in [op for op in walk(fn) if op.name == "cf.assert" and op.parent.name == "scf.parallel"
                       and _in_mapped_loop(op)]:
                with ir.InsertionPoint(op), op.location:
                    guard = scf.IfOp(op.operands[0], has_else=True)
                    with ir.InsertionPoint(guard.then_block):
                        scf.YieldOp([])
                    with ir.InsertionPoint(guard.else_block):
                        cf.AssertOp(arith.ConstantOp(ir.IntegerType.get_signless(1), 0).result,
                                    op.attributes["msg"].value)
                        scf.YieldOp([])
                op.erase()
