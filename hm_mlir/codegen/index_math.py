"""Index arithmetic the kernel builders share: a linear index split over counts, an affine combination of
coordinates, sums and clamps, each built at the insertion point as arith ops on `index` values."""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith

from hm_mlir.codegen.kernel_form import index_constant


def delinearize(linear: ir.Value, counts: list[int]) -> list[ir.Value]:
    """Coordinates of `linear` over `counts`, the last coordinate varying fastest."""
    coords: list[ir.Value] = [None] * len(counts)  # type: ignore[list-item]
    rest = linear
    for d in reversed(range(len(counts))):
        if d == 0:
            coords[d] = rest if counts[d] > 1 else index_constant(0)
        else:
            coords[d] = arith.RemUIOp(rest, index_constant(counts[d])).result if counts[d] > 1 else index_constant(0)
            rest = arith.DivUIOp(rest, index_constant(counts[d])).result if counts[d] > 1 else rest
    return coords


def affine_index(coeffs: tuple[int, ...], offset: int, coords: list[ir.Value]) -> ir.Value:
    """offset + sum(coeffs[d] * coords[d])."""
    total = None
    for c, x in zip(coeffs, coords):
        if c == 0:
            continue
        term = x if c == 1 else arith.MulIOp(x, index_constant(c)).result
        total = term if total is None else arith.AddIOp(total, term).result
    if total is None:
        return index_constant(offset)
    return arith.AddIOp(total, index_constant(offset)).result if offset else total


def add_index(a: ir.Value, b: ir.Value, constant: int = 0) -> ir.Value:
    total = arith.AddIOp(a, b).result
    return arith.AddIOp(total, index_constant(constant)).result if constant else total


def min_index(a: ir.Value, bound: int) -> ir.Value:
    return arith.MinUIOp(a, index_constant(bound)).result
