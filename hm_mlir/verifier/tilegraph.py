"""Python rules of the tilegraph dialect: kernels name outlined functions, nodes and edges index their
kernel's members, tiles are positive, and `tilegraph.node` marks sit inside their kernel's function."""

from __future__ import annotations

from mlir import ir

from hm_mlir.verifier.common import Problems, SymbolIndex, integer, require_i64_arrays, require_symbol


def _check_kernel(kernel: ir.Operation, symbols: SymbolIndex, problems: Problems) -> None:
    require_symbol(kernel, "function", ("func.func",), symbols, problems)
    if (integer(kernel.attributes["nodes"]) or 0) < 1:
        problems.add(kernel, "'nodes' must be at least 1")
    for name, values in require_i64_arrays(kernel, ("grid", "block"), problems).items():
        if not values or any(v <= 0 for v in values):
            problems.add(kernel, f"'{name}' must be non-empty and positive, got {values}")
    for name in ("smem_bytes", "traffic_bytes"):
        if (integer(kernel.attributes[name]) or 0) < 0:
            problems.add(kernel, f"'{name}' must be non-negative")


def _member_index(op: ir.Operation, name: str, kernel: ir.Operation | None, problems: Problems) -> None:
    value = integer(op.attributes[name])
    if kernel is None or value is None:
        return
    nodes = integer(kernel.attributes["nodes"]) or 0
    if not 0 <= value < nodes:
        problems.add(op, f"'{name}' = {value} is not a node of kernel @{kernel.attributes['sym_name'].value} "
                         f"({nodes} nodes)")


def _check_tile(op: ir.Operation, problems: Problems) -> None:
    tile = require_i64_arrays(op, ("tile",), problems).get("tile")
    if tile is not None and any(v <= 0 for v in tile):  # empty for a 0-d operator or tensor
        problems.add(op, f"'tile' must be positive, got {tile}")


def check(module_ops: list[ir.Operation], staged: list[ir.Operation], symbols: SymbolIndex,
          problems: Problems) -> None:
    seen_nodes: set[tuple[str, int]] = set()
    for op in module_ops:
        if op.name == "tilegraph.kernel":
            _check_kernel(op, symbols, problems)
        elif op.name == "tilegraph.node":
            kernel = require_symbol(op, "kernel", ("tilegraph.kernel",), symbols, problems)
            _member_index(op, "index", kernel, problems)
            require_symbol(op, "space", ("rtile.space",), symbols, problems)
            _check_tile(op, problems)
            if kernel is not None:  # an unresolved (possibly nested) reference is reported above
                key = (op.attributes["kernel"].value, integer(op.attributes["index"]))
                if key in seen_nodes:
                    problems.add(op, f"node {key[1]} of kernel @{key[0]} is described twice")
                seen_nodes.add(key)
        elif op.name == "tilegraph.edge":
            kernel = require_symbol(op, "kernel", ("tilegraph.kernel",), symbols, problems)
            _member_index(op, "producer", kernel, problems)
            _member_index(op, "consumer", kernel, problems)
            if integer(op.attributes["producer"]) == integer(op.attributes["consumer"]):
                problems.add(op, "an edge must join two different nodes")
            if (integer(op.attributes["operand"]) or 0) < 0:
                problems.add(op, "'operand' must be non-negative")
            _check_tile(op, problems)
    kernels_of: dict[str, list[ir.Operation]] = {}  # function name -> the kernels that name it
    for op in module_ops:
        if op.name == "tilegraph.kernel" and isinstance(op.attributes["function"], ir.FlatSymbolRefAttr):
            kernels_of.setdefault(op.attributes["function"].value, []).append(op)
    for op in staged:
        if "tilegraph.node" not in op.attributes:
            continue
        if not isinstance(op.attributes["tilegraph.node"], ir.IntegerAttr):
            problems.add(op, "'tilegraph.node' must be an integer (the node's index in its kernel)")
            continue
        function = _enclosing_function(op)
        kernels = kernels_of.get(function, []) if function is not None else []
        if not kernels:
            problems.add(op, "'tilegraph.node' marks a member of a kernel, but the enclosing function is not "
                             "named by any tilegraph.kernel")
        for kernel in kernels:
            _member_index(op, "tilegraph.node", kernel, problems)


def _enclosing_function(op: ir.Operation) -> str | None:
    """The name of the module-level func.func that contains `op`, or None."""
    parent = op.parent
    while parent is not None and parent.name != "builtin.module":
        if parent.name == "func.func" and parent.parent is not None and parent.parent.name == "builtin.module":
            return parent.attributes["sym_name"].value
        parent = parent.parent
    return None
