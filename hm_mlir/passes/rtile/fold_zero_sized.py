"""hm-fold-zero-sized: linalg ops on zero-sized tensors replaced by what they compute, so no kernel runs for
zero work.

Consumes: func.func on tensors (the first step of the rtile stage, before the checks). Produces: the same
functions where every linalg op with a zero-sized operand or result is gone:
- when every result is zero-sized there is nothing to compute: each result becomes a `tensor.empty`;
- otherwise a zero-sized input means an empty iteration domain (a reduced extent of 0: a matmul with K = 0,
  the sum of an empty row): the body never runs and each result is its init (`outs`) operand, as the op's
  semantics say (a fill's zeros, a max reduction's -inf).
A `tensor.concat` loses its zero-sized operands (all of them zero-sized: a `tensor.empty`). The stages never
see a zero-sized linalg op, which their tiling could not divide into blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import walk
from hm_mlir.linalg_info import num_inputs
from hm_mlir.passes.base import HmPass


def is_zero_sized(value: ir.Value) -> bool:
    t = value.type
    return isinstance(t, ir.ShapedType) and t.has_rank and t.has_static_shape and 0 in t.shape


def _empty_like(value: ir.Value, at: ir.Operation) -> ir.Value:
    from mlir.dialects import tensor

    t = ir.RankedTensorType(value.type)
    with ir.InsertionPoint(at), at.location:
        return tensor.EmptyOp(t.shape, t.element_type, encoding=t.encoding).result


def fold_linalg(op: ir.Operation) -> bool:
    """Replace linalg op `op` by what it computes when a tensor it touches is zero-sized; whether it did."""
    if not op.results or not any(is_zero_sized(v) for v in list(op.operands) + list(op.results)):
        return False
    inits = list(op.operands)[num_inputs(op):]
    if len(inits) != len(op.results):
        return False  # not destination-style on tensors
    if all(is_zero_sized(r) for r in op.results):
        replacements = [_empty_like(r, op) for r in op.results]
    else:
        replacements = inits  # an empty iteration domain: the body never runs
    for result, replacement in zip(op.results, replacements):
        result.replace_all_uses_with(replacement)
    op.erase()
    return True


def fold_concat(op: ir.Operation) -> bool:
    """Drop the zero-sized operands of a tensor.concat; whether anything changed."""
    empty = [i for i, v in enumerate(op.operands) if is_zero_sized(v)]
    if not empty:
        return False
    kept = [v for v in op.operands if not is_zero_sized(v)]
    if is_zero_sized(op.results[0]) or not kept:
        op.results[0].replace_all_uses_with(_empty_like(op.results[0], op))
        op.erase()
    elif len(kept) == 1:
        op.results[0].replace_all_uses_with(kept[0])
        op.erase()
    else:
        from mlir.dialects import tensor

        with ir.InsertionPoint(op), op.location:
            new = tensor.ConcatOp(op.results[0].type, op.attributes["dim"].value, kept)
        op.results[0].replace_all_uses_with(new.result)
        op.erase()
    return True


@dataclass(frozen=True)
class FoldZeroSized(HmPass):
    NAME = "hm-fold-zero-sized"
    SUMMARY = "rtile: linalg ops on zero-sized tensors replaced by tensor.empty or their inits (no kernel)"

    def run(self, module) -> None:
        for func in host_funcs(module):
            for op in [op for op in walk(func) if _structured(op) or op.name == "tensor.concat"]:
                if op.name == "tensor.concat":
                    fold_concat(op)
                else:
                    fold_linalg(op)


def _structured(op: ir.Operation) -> bool:
    """A linalg op on its own (not one of a linalg body's ops, which go with the op they are in)."""
    return op.name.startswith("linalg.") and not op.parent.name.startswith("linalg.")
