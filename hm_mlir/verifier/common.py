"""Shared helpers of the Python verifier: reading builtin attributes, resolving symbols, collecting problems."""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir.ir_walk import module_body

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
