"""Facts about linalg structured ops read from their indexing maps: loop extents and iterator kinds.

Works on every op that carries `indexing_maps` (linalg.generic, and the named ops that expose them such as
linalg.matmul); returns None for the others (the tiling stage generalizes named ops first).
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir


@dataclass(frozen=True)
class LoopNest:
    extents: tuple[int, ...]  # static extent of every loop, in loop order
    iterators: tuple[str, ...]  # "parallel" or "reduction", in loop order
    num_inputs: int

    @property
    def parallel(self) -> tuple[int, ...]:
        return tuple(e for e, it in zip(self.extents, self.iterators) if it == "parallel")

    @property
    def reduction(self) -> tuple[int, ...]:
        return tuple(e for e, it in zip(self.extents, self.iterators) if it == "reduction")


def is_structured(op: ir.Operation) -> bool:
    """True for linalg ops with indexing maps and a destination (the ops a tiling policy handles)."""
    return op.name.startswith("linalg.") and "indexing_maps" in op.attributes


def element_bytes(element: ir.Type) -> int:
    """Bytes of one element of type `element`: a complex number is its two parts; index and other sizeless
    types take 8 (the targets' pointer width); i1 takes 1."""
    if isinstance(element, ir.ComplexType):
        return 2 * element_bytes(element.element_type)
    width = getattr(element, "width", None)
    return 8 if width is None else max(1, -(-width // 8))


def is_scalar_element(element: ir.Type) -> bool:
    """An integer, index or float: one register value (not a complex number's pair), which vector loads,
    cp.async and arithmetic on registers take."""
    return not isinstance(element, ir.ComplexType)


def num_inputs(op: ir.Operation) -> int:
    """How many of a destination-style op's operands are inputs (the rest are its outputs/inits)."""
    if "operandSegmentSizes" in op.attributes:
        return list(op.attributes["operandSegmentSizes"])[0]
    return len(op.operands) - len(op.results)


def iterator_kinds(op: ir.Operation) -> list[str]:
    """"parallel" or "reduction" per loop of `op`'s `iterator_types`. Read from the attribute's text: taking
    the elements of that array from Python would import the linalg dialect's Python module (30 ms of opdsl,
    a tenth of a small compile) to type them."""
    text = str(op.attributes["iterator_types"])
    return ["reduction" if "reduction" in item else "parallel" for item in text.strip("[]").split(",") if item.strip()]


def loop_nest(op: ir.Operation) -> LoopNest | None:
    """The loop nest of a linalg op with indexing maps and static shapes, or None if it cannot be read."""
    if not is_structured(op):
        return None
    maps = [m.value for m in op.attributes["indexing_maps"]]
    if not maps or len(maps) != len(op.operands):
        return None
    num_loops = maps[0].n_dims
    extents: list[int | None] = [None] * num_loops
    for operand, amap in zip(op.operands, maps):
        shape_type = operand.type
        if not isinstance(shape_type, ir.ShapedType):
            if amap.results:  # a scalar operand must have an empty map
                return None
            continue
        if not shape_type.has_static_shape:
            return None
        for dim, expr in zip(shape_type.shape, amap.results):
            if isinstance(expr, ir.AffineDimExpr) and extents[expr.position] is None:
                extents[expr.position] = dim
    if any(e is None for e in extents):
        return None
    if "iterator_types" in op.attributes:
        iterators = tuple(iterator_kinds(op))
    else:  # a loop that does not index the output is a reduction loop
        output_dims = {e.position for e in maps[-1].results if isinstance(e, ir.AffineDimExpr)}
        iterators = tuple("parallel" if d in output_dims else "reduction" for d in range(num_loops))
    return LoopNest(tuple(extents), iterators, num_inputs(op))  # type: ignore[arg-type]
