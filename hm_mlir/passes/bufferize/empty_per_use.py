"""hm-empty-per-use: every `tensor.empty` gets one copy per use before bufferization (with `--rammer`).

Consumes: functions on tensors. Produces: the same, where the uses of a `tensor.empty` are split into chains:
an op that writes in place into a value built on the empty tensor (by the rule Roller's model predicts
one-shot bufferization's in-place decisions with, roller.spec.outputs_in_place) stays on its chain's empty
tensor; any other use starts a chain with a copy of the empty tensor placed just before it. Bufferization gives
the operators that share one empty tensor as their destination the same buffer, one after the other:
harmless when the kernels run in program order, but it orders operators that are independent (the 32 paths
of a ResNeXt block writing their ReLU into one buffer in turn), and Rammer could not run them side by side.
"""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class EmptyPerUse(HmPass):
    NAME = "hm-empty-per-use"
    SUMMARY = "bufferize: a tensor.empty per chain of in-place uses, so independent operators get their own buffers"

    def run(self, module) -> None:
        from mlir import ir

        from hm_mlir.linalg_info import num_inputs
        from hm_mlir.roller.spec import _built_in_place_on

        for func in host_funcs(module):
            for op in walk(func):
                if op.name != "tensor.empty" or op.operands:
                    continue
                uses = sorted(((use.owner.operation, use.operand_number) for use in op.results[0].uses),
                              key=lambda use: _position(use[0]))
                if len(uses) < 2:
                    continue
                roots = [op.results[0]]  # the first chain keeps the original
                for owner, number in uses[1:]:
                    inputs = list(owner.operands)[:num_inputs(owner)] if owner.name.startswith("linalg.") else []
                    chain = next((root for root in roots for value in inputs
                                  if value.type == root.type and _built_in_place_on(value, root, owner)), None)
                    if chain is None:  # a new chain: its own empty tensor
                        chain = op.clone(ip=ir.InsertionPoint(owner)).results[0]
                        roots.append(chain)
                    owner.operands[number] = chain


def _position(op) -> tuple[int, ...]:
    """The op's place in its function, as indices of it and its ancestors in their blocks (program order)."""
    path = []
    while op is not None and op.name != "func.func":
        path.append(list(op.block.operations).index(op))
        op = op.parent
    return tuple(reversed(path))
