"""Shared helpers of the Python verifier: reading builtin attributes, resolving symbols, collecting problems."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from mlir import ir

STAGE_DIALECTS = ("rtile", "tilegraph", "rtask", "utask")


@dataclass
class Problems:
    """The problems found so far, each an (operation, message) pair, reported in order."""

    items: list[tuple[ir.Operation, str]] = field(default_factory=list)

    def add(self, op: ir.Operation, message: str) -> None:
        self.items.append((op, message))


class SymbolIndex:
    """The ops with a `sym_name` directly in the module body (func.func, stage ops, ...), by name."""

    def __init__(self, module_op: ir.Operation) -> None:
        self.by_name: dict[str, ir.Operation] = {}
        for op in module_body(module_op):
            if "sym_name" in op.attributes and isinstance(op.attributes["sym_name"], ir.StringAttr):
                self.by_name.setdefault(op.attributes["sym_name"].value, op)

    def lookup(self, ref: ir.Attribute) -> ir.Operation | None:
        if isinstance(ref, ir.FlatSymbolRefAttr):
            return self.by_name.get(ref.value)
        return None


def module_body(module_op: ir.Operation) -> Iterator[ir.Operation]:
    """The ops directly inside a builtin.module (nothing for other ops)."""
    if module_op.name != "builtin.module":
        return iter(())
    return (op.operation for op in module_op.regions[0].blocks[0].operations)


def defining_op(value: ir.Value) -> ir.Operation | None:
    """The operation that defines `value`; None for a block argument."""
    owner = value.owner
    return None if isinstance(owner, ir.Block) else owner.operation


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


def ops_named(module_op: ir.Operation, name: str) -> list[ir.Operation]:
    return [op for op in module_body(module_op) if op.name == name]


def ints(attr: ir.Attribute) -> list[int] | None:
    """The values of a DenseI64ArrayAttr, or None for any other attribute."""
    return list(attr) if isinstance(attr, ir.DenseI64ArrayAttr) else None


def integer(attr: ir.Attribute) -> int | None:
    return attr.value if isinstance(attr, ir.IntegerAttr) else None


def symbol_text(attr: ir.Attribute) -> str:
    return f"@{attr.value}" if isinstance(attr, ir.FlatSymbolRefAttr) else str(attr)


def require_i64_arrays(op: ir.Operation, names: tuple[str, ...], problems: Problems) -> dict[str, list[int]]:
    """Read the named attributes as i64 arrays; report any that is another kind of dense array."""
    values: dict[str, list[int]] = {}
    for name in names:
        attr = op.attributes[name] if name in op.attributes else None
        value = ints(attr) if attr is not None else None
        if value is None:
            if attr is not None:
                problems.add(op, f"attribute '{name}' must be an array of i64, got {attr}")
            continue
        values[name] = value
    return values


def require_symbol(
    op: ir.Operation, name: str, kinds: tuple[str, ...], symbols: SymbolIndex, problems: Problems
) -> ir.Operation | None:
    """Resolve attribute `name` of `op` to a module-level op whose name is one of `kinds`."""
    if name not in op.attributes:
        return None
    ref = op.attributes[name]
    if not isinstance(ref, ir.FlatSymbolRefAttr):
        problems.add(op, f"'{name}' must be a flat symbol reference, got {ref}")
        return None
    target = symbols.lookup(ref)
    wanted = " or ".join(f"'{k}'" for k in kinds)
    if target is None:
        problems.add(op, f"'{name}' refers to {symbol_text(ref)}, which is not defined in the module")
        return None
    if target.name not in kinds:
        problems.add(op, f"'{name}' refers to {symbol_text(ref)}, a '{target.name}', expected {wanted}")
        return None
    return target
