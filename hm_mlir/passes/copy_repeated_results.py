"""hm-copy-repeated-results: a function returns each tensor it computes at most once.

Consumes: func.func on tensors. Produces: the same functions where a `func.return` that repeats a tensor
value computed in the function (`return %r, %r`) returns a `linalg.copy` of it (into a `tensor.empty`) at
every repetition after the first. Upstream `buffer-results-to-out-params` crashes the process (signal 11) on a
function returning one buffer twice; after this pass every result is its own buffer. Repeated block arguments
are left alone (bufferization already copies an argument into its out-parameter).
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass


def _copy(value: ir.Value) -> ir.Value:
    """A fresh tensor holding `value` (inserted at the current insertion point)."""
    from mlir.dialects import linalg, tensor  # here, not at import: most modules never need it (start-up)

    shaped = ir.RankedTensorType(value.type)
    empty = tensor.EmptyOp(list(shaped.shape), shaped.element_type).result
    return linalg.copy(value, outs=[empty])


@dataclass(frozen=True)
class CopyRepeatedResults(HmPass):
    NAME = "hm-copy-repeated-results"
    SUMMARY = "a function returning one computed tensor several times returns copies (one buffer per result)"

    def run(self, module) -> None:
        for func in host_funcs(module):
            for op in walk(func):
                if op.name != "func.return":
                    continue
                seen = []
                for i, value in enumerate(list(op.operands)):
                    repeated = any(value == earlier for earlier in seen)
                    seen.append(value)
                    if (not repeated or isinstance(value.owner, ir.Block)
                            or not isinstance(value.type, ir.RankedTensorType)):
                        continue
                    with ir.InsertionPoint(op), op.location:
                        op.operands[i] = _copy(value)
