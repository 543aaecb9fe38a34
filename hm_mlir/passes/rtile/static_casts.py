"""hm-static-casts: shapes made static where they are known, before the checks refuse dynamic ones.

Consumes: func.func on tensors (the rtile stage, before hm-check-static-shapes). Produces: the same functions
where
- a `tensor.extract_slice` whose dynamic sizes are constants produces the static type, cast back to the
  dynamic one for its users;
- a `tensor.cast` from a static type to a less static one is bypassed by the users that take the static value
  as well: `tensor.concat` (its result type stays what it was), the inputs of linalg ops, another
  `tensor.cast`, and a `return` whose function result has the static type; a cast left without users is erased.
torch-mlir exports `torch.roll` as slices cast to `tensor<3x?xf32>` and concatenated back into a static
tensor: every type is static after this. A size that is not a constant (one that changes with a loop's
induction variable) stays dynamic, and the check names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import constant_int, walk
from hm_mlir.linalg_info import num_inputs
from hm_mlir.passes.base import HmPass

DYNAMIC = ir.ShapedType.get_dynamic_size() if hasattr(ir.ShapedType, "get_dynamic_size") else -(2**63)


def _static(t: ir.Type) -> bool:
    return isinstance(t, ir.RankedTensorType) and t.has_static_shape


def static_slice(op: ir.Operation) -> bool:
    """Give an extract_slice with constant dynamic sizes its static type (cast back for its users)."""
    from mlir.dialects import tensor

    result = ir.RankedTensorType(op.results[0].type)
    if result.has_static_shape:
        return False
    slice_ = op.opview
    sizes = list(slice_.sizes)
    known = [constant_int(v) for v in sizes]
    if any(k is None for k in known):
        return False
    static_sizes = list(slice_.static_sizes)
    for i, position in enumerate([i for i, s in enumerate(static_sizes) if s == DYNAMIC]):
        static_sizes[position] = known[i]
    dropped = _dropped_dims(list(slice_.static_sizes), result.shape)
    if dropped is None:
        return False
    shape = [s for i, s in enumerate(static_sizes) if i not in dropped]
    new_type = ir.RankedTensorType.get(shape, result.element_type, result.encoding)
    with ir.InsertionPoint(op), op.location:
        new = tensor.ExtractSliceOp(new_type, slice_.source, list(slice_.offsets), [], list(slice_.strides),
                                    slice_.static_offsets, ir.DenseI64ArrayAttr.get(static_sizes),
                                    slice_.static_strides)
        back = tensor.CastOp(result, new.result)
    op.results[0].replace_all_uses_with(back.result)
    op.erase()
    return True


def _dropped_dims(static_sizes: list[int], result_shape: list[int]) -> set[int] | None:
    """The size-1 dimensions a rank-reducing slice drops, or None where that is ambiguous (more unit
    dimensions than dropped ones)."""
    count = len(static_sizes) - len(result_shape)
    units = [i for i, size in enumerate(static_sizes) if size == 1]
    if count == 0:
        return set()
    return set(units) if len(units) == count else None


def bypass_cast(op: ir.Operation) -> bool:
    """Let the users of a static-to-dynamic tensor.cast that can take the static value take it (an identity
    cast is folded away)."""
    source = op.operands[0]
    if source.type == op.results[0].type:
        op.results[0].replace_all_uses_with(source)
        op.erase()
        return True
    if not _static(source.type) or _static(op.results[0].type):
        return False
    changed = False
    for use in list(op.results[0].uses):
        user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
        if _takes_static(user, use.operand_number, source.type):
            user.operands[use.operand_number] = source
            changed = True
    if not any(True for _ in op.results[0].uses):
        op.erase()
    return changed


def _takes_static(user: ir.Operation, operand: int, static: ir.Type) -> bool:
    if user.name in ("tensor.concat", "tensor.cast"):
        return True
    if user.name.startswith("linalg.") and "operandSegmentSizes" in user.attributes:
        return operand < num_inputs(user)
    if user.name == "func.return":
        func = user.parent
        results = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value).results
        return results[operand] == static
    return False


@dataclass(frozen=True)
class StaticCasts(HmPass):
    NAME = "hm-static-casts"
    SUMMARY = "rtile: static types where sizes are constants (extract_slice), casts to dynamic bypassed"

    def run(self, module) -> None:
        for func in host_funcs(module):
            for op in [op for op in walk(func) if op.name == "tensor.extract_slice"]:
                static_slice(op)
            for op in [op for op in walk(func) if op.name == "tensor.cast"]:
                bypass_cast(op)
            for op in [op for op in walk(func) if op.name == "tensor.cast"]:  # casts made identities above
                if op.operands[0].type == op.results[0].type:
                    bypass_cast(op)
