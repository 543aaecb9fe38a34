"""Python rules of the tilegraph dialect: kernels name outlined functions and the rtile.space of their fused
operator, nodes and edges index their kernel's members, tiles are positive, `tilegraph.node` marks sit inside
their kernel's function, and (`check_groups`, while the members are still linalg ops) every op of a kernel
function is exactly one member, each edge joins the value it names, a producer's tile is the propagation of
its consumers' tiles, and a register edge joins members whose threads consume exactly the points they
produce. An op outside every kernel function is a group of its own; a group cannot form a cycle, since it is
one call that the SSA order places before every use of its result."""

from __future__ import annotations

from mlir import ir

from hm_mlir.verifier.common import Problems, SymbolIndex, integer, require_i64_arrays, require_symbol


def _check_kernel(kernel: ir.Operation, symbols: SymbolIndex, problems: Problems) -> None:
    require_symbol(kernel, "function", ("func.func",), symbols, problems)
    require_symbol(kernel, "space", ("rtile.space",), symbols, problems)
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
            level = op.attributes["level"].value if isinstance(op.attributes["level"], ir.StringAttr) else ""
            if level == "global":
                problems.add(op, "a global edge is a kernel boundary: it cannot join two members of one kernel")
            elif level == "shared":
                problems.add(op, "shared-memory edges are not built yet (Welder part 2): members of one kernel "
                                 "meet in registers")
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
    for function, kernels in kernels_of.items():
        if len(kernels) > 1:
            problems.add(kernels[1], f"kernel function @{function} is already named by kernel "
                                     f"@{kernels[0].attributes['sym_name'].value}")
        else:
            check_groups(kernels[0], symbols.lookup(kernels[0].attributes["function"]), module_ops, problems)


def check_groups(kernel: ir.Operation, function: ir.Operation | None, module_ops, problems: Problems) -> None:
    """The rules about a kernel's members while they are linalg ops (before the gpu stage replaces them)."""
    from hm_mlir.ir_walk import walk
    from hm_mlir.roller import spec as opspec
    from hm_mlir.welder import propagate
    from hm_mlir.welder.graph import Edge, Graph, Node

    if function is None or function.name != "func.func":
        return
    name = kernel.attributes["sym_name"].value
    count = integer(kernel.attributes["nodes"]) or 0
    members: dict[int, ir.Operation] = {}
    unmarked = False
    for op in walk(function):
        marked = "tilegraph.node" in op.attributes
        if not marked and (not op.name.startswith("linalg.") or op.name in ("linalg.yield", "linalg.index")):
            continue
        index = integer(op.attributes["tilegraph.node"]) if marked else None
        if marked and index is None:
            continue  # not an integer: reported with the marks
        if index is None:
            problems.add(op, f"every operator of kernel function @{function.attributes['sym_name'].value} is a "
                             f"member of kernel @{name}: this one lacks 'tilegraph.node'")
            unmarked = True
        elif index in members:
            problems.add(op, f"node {index} of kernel @{name} marks two operators")
        else:
            members[index] = op
    if not members or unmarked:
        return  # the gpu stage built the kernel, or a member is reported
    if any(not 0 <= i < count for i in members):
        return  # reported with the marks
    if sorted(members) != list(range(count)):
        problems.add(kernel, f"kernel @{name} has {count} nodes but its function marks {sorted(members)}")
        return
    nodes = {integer(op.attributes["index"]): op for op in module_ops
             if op.name == "tilegraph.node" and op.attributes["kernel"].value == name}
    edges = [op for op in module_ops if op.name == "tilegraph.edge" and op.attributes["kernel"].value == name]
    specs = {i: opspec.from_linalg(op) for i, op in members.items()}
    if any(spec is None for spec in specs.values()) or set(nodes) != set(members):
        return
    tiles = {i: tuple(nodes[i].attributes["tile"]) for i in members}
    graph_edges, broken = [], False
    for edge in edges:
        producer, consumer = integer(edge.attributes["producer"]), integer(edge.attributes["consumer"])
        operand = integer(edge.attributes["operand"])
        if producer not in members or consumer not in members:
            continue
        operands = list(members[consumer].operands)
        results = list(members[producer].results)
        if operand >= len(operands) or (results and operands[operand] != results[0]):
            problems.add(edge, f"operand {operand} of node {consumer} is not the result of node {producer}")
            broken = True
            continue
        graph_edges.append(Edge(producer, consumer, operand))
    if broken:
        return
    graph = Graph([Node(i, specs[i], f"node {i}", False, False, None, 0.0) for i in range(count)], graph_edges, {})
    for i in members:
        wanted = None
        for edge in graph.consumers(i):
            region = propagate.operand_region(specs[edge.consumer], edge.operand, tiles[edge.consumer])
            tile = propagate.producer_tile(specs[i], region)
            if tile is not None:
                wanted = tile if wanted is None else tuple(max(a, b) for a, b in zip(wanted, tile))
        if wanted is not None and wanted != tiles[i]:
            problems.add(nodes[i], f"tile {list(tiles[i])} of node {i} is not the propagation of its consumers' "
                                   f"tiles ({list(wanted)})")
    reductions = [i for i in members if specs[i].reduction]
    anchor = reductions[0] if reductions else next((i for i in members if not graph.consumers(i)), 0)
    maps, why = propagate.member_maps(graph, set(members), anchor)
    if not maps:
        problems.add(kernel, f"kernel @{name} is not register-level: {why}")


def _enclosing_function(op: ir.Operation) -> str | None:
    """The name of the module-level func.func that contains `op`, or None."""
    parent = op.parent
    while parent is not None and parent.name != "builtin.module":
        if parent.name == "func.func" and parent.parent is not None and parent.parent.name == "builtin.module":
            return parent.attributes["sym_name"].value
        parent = parent.parent
    return None
