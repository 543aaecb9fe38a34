"""Walking MLIR from Python without paying for it: the IR helpers every pass, the verifier and the policies share.

A leaf module (it imports only mlir.ir). Ops come back as plain `ir.Operation`s, collected by MLIR's own walk:
iterating `block.operations` would wrap each op in its dialect's OpView class, and the first op, attribute or
type of a dialect seen that way imports that dialect's Python module (30 ms for linalg's, most of the start-up
of a small compile).
"""

from __future__ import annotations

from collections.abc import Iterator

from mlir import ir


def walk(op: ir.Operation) -> Iterator[ir.Operation]:
    """Every op nested in `op` (pre-order), `op` excluded. The ops are collected by MLIR's own walk before the
    first is returned (a hundred times faster than recursing over regions in Python), so erasing an op while
    iterating is safe as long as its nested ops are not visited afterwards."""
    found: list[ir.Operation] = []

    def visit(child: ir.Operation) -> ir.WalkResult:
        found.append(child)
        return ir.WalkResult.ADVANCE

    op.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
    return iter(found[1:])


def defined_within(ops) -> set:
    """The values `ops` and the ops nested in them define: their results and their regions' block arguments
    (what a use outside them cannot see)."""
    found: set = set()
    for op in ops:
        for inner in [op, *walk(op)]:
            found.update(inner.results)
            for region in inner.regions:
                for block in region.blocks:
                    found.update(block.arguments)
    return found


def children(op: ir.Operation) -> list[ir.Operation]:
    """The ops directly inside `op`'s regions, in order (their own regions not entered)."""
    found: list[ir.Operation] = []

    def visit(child: ir.Operation) -> ir.WalkResult:
        if not found and child == root:
            found.append(child)
            return ir.WalkResult.ADVANCE
        found.append(child)
        return ir.WalkResult.SKIP

    root = op.operation
    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found[1:]


def module_body(module_op: ir.Operation) -> Iterator[ir.Operation]:
    """The ops directly inside a builtin.module (nothing for other ops)."""
    if module_op.name != "builtin.module":
        return iter(())
    return iter(children(module_op))


def defining_op(value: ir.Value) -> ir.Operation | None:
    """The operation that defines `value`; None for a block argument."""
    owner = value.owner
    return None if isinstance(owner, ir.Block) else owner.operation


def constant_int(value: ir.Value) -> int | None:
    """The integer an `arith.constant` / `index.constant` defines `value` as, else None."""
    op = defining_op(value)
    if op is None or op.name not in ("arith.constant", "index.constant"):
        return None
    attribute = op.attributes["value"]
    return ir.IntegerAttr(attribute).value if isinstance(attribute, ir.IntegerAttr) else None


def ops_named(module_op: ir.Operation, name: str) -> list[ir.Operation]:
    return [op for op in module_body(module_op) if op.name == name]


def ancestor_in(op: ir.Operation, block_ops: set) -> ir.Operation | None:
    """`op`, or the op enclosing it, that is one of `block_ops` (the ops of one block); None if none is."""
    while op is not None and op not in block_ops:
        parent = op.parent
        op = parent.operation if parent is not None else None
    return op
