"""Tile propagation through indexing maps, and the loops of every member of a group as a map of the anchor's.

A tile is a box of loop iterations, given by its size per loop. The box of an operand that a tile reads is
`Access.footprint` (each result dimension an affine combination of loops: elementwise, broadcast, transpose,
matmul, convolution and pooling windows with stride and dilation, where the halo is the window's extent).
Propagation goes backwards: a consumer's tile gives the region of the tensor it reads, the region gives the
producer's tile through the producer's output map (one loop per output dimension), and a producer's reduction
loops are whole (every point of the region needs the whole reduction).

For register-level fusion the members' loops are affine functions of the anchor's loops (`member_maps`):
a producer's loops follow from what its consumer reads, a consumer's from what its producer writes. Each
member's accesses composed with its map (`compose`) are accesses of the anchor's loop nest, which is what
makes a group one operator (hm_mlir.welder.model).
"""

from __future__ import annotations

from hm_mlir.roller.spec import Access, OpSpec
from hm_mlir.welder.graph import Graph

# One affine function of the anchor's loops per member loop: (coefficients per anchor loop, constant).
LoopMap = tuple[tuple[tuple[int, ...], int], ...]


def operand_region(spec: OpSpec, operand: int, sizes: tuple[int, ...]) -> tuple[int, ...]:
    """The box of operand `operand` (inputs, then outputs) that a tile of `sizes` iterations per loop reads,
    uncapped: a window's halo included."""
    accesses = spec.inputs + spec.outputs
    return accesses[operand].footprint(sizes, capped=False)


def output_loops(spec: OpSpec) -> list[int | None] | None:
    """The loop each dimension of the (first) output follows (None for a constant dimension: a kept reduced
    dimension), if every other output dimension is one loop with coefficient 1 and no offset (linalg's output
    maps are projections; the reduction loops index none)."""
    out = spec.outputs[0]
    loops: list[int | None] = []
    for row, offset in zip(out.coeffs, out.offsets):
        hits = [d for d, c in enumerate(row) if c]
        if not hits:
            loops.append(None)
            continue
        if len(hits) != 1 or row[hits[0]] != 1 or offset:
            return None
        loops.append(hits[0])
    followed = [d for d in loops if d is not None]
    return loops if len(set(followed)) == len(followed) else None


def producer_tile(spec: OpSpec, region: tuple[int, ...]) -> tuple[int, ...] | None:
    """The tile of the producer `spec` that writes a `region` box of its output (capped by its extents): the
    region's size along each parallel loop, the whole extent along reductions; None if the output map is not
    a projection."""
    loops = output_loops(spec)
    if loops is None:
        return None
    sizes = list(spec.extents)
    for d, size in zip(loops, region):
        if d is not None:
            sizes[d] = min(size, spec.extents[d])
    return tuple(sizes)


def propagate(graph: Graph, group: set[int], sink: int, sink_tile: tuple[int, ...]) -> dict[int, tuple[int, ...]]:
    """The tile of every member of `group`, from the sink's `sink_tile` (sizes per loop) backwards through
    every edge inside the group; a producer read by several members gets the largest box. Members the sink
    does not reach keep no tile."""
    tiles = {sink: tuple(sink_tile)}
    order = sorted(group, reverse=True)  # program order is a topological order of the block
    for node in order:
        if node not in tiles:
            continue
        for edge in graph.producers(node):
            if edge.producer not in group:
                continue
            region = operand_region(graph.nodes[node].spec, edge.operand, tiles[node])
            tile = producer_tile(graph.nodes[edge.producer].spec, region)
            if tile is None:
                continue
            old = tiles.get(edge.producer)
            tiles[edge.producer] = tile if old is None else tuple(max(a, b) for a, b in zip(old, tile))
    return tiles


def compose(access: Access, loop_map: LoopMap) -> Access:
    """`access` (over a member's loops) as an access of the anchor's loops, given the member's `loop_map`."""
    width = len(loop_map[0][0]) if loop_map else 0
    coeffs, offsets = [], []
    for row, offset in zip(access.coeffs, access.offsets):
        total, constant = [0] * width, offset
        for c, (anchor_row, anchor_offset) in zip(row, loop_map):
            if c:
                total = [t + c * a for t, a in zip(total, anchor_row)]
                constant += c * anchor_offset
        coeffs.append(tuple(total))
        offsets.append(constant)
    return Access(tuple(coeffs), tuple(offsets), access.shape, access.elem_bytes, access.read, access.scalar,
                  access.zero)


def _rows(access: Access) -> LoopMap:
    return tuple(zip(access.coeffs, access.offsets))


def permutation_loops(access: Access, num_loops: int) -> list[int] | None:
    """The loop each dimension of `access` follows, if the access is a permutation of all `num_loops` loops
    (each dimension one loop, coefficient 1, no offset, every loop once)."""
    loops = []
    for row, offset in zip(access.coeffs, access.offsets):
        hits = [d for d, c in enumerate(row) if c]
        if len(hits) != 1 or row[hits[0]] != 1 or offset:
            return None
        loops.append(hits[0])
    return loops if sorted(loops) == list(range(num_loops)) else None


def _inverse(access: Access, num_loops: int, indices: LoopMap) -> LoopMap | None:
    """Loops of a member whose `access` is a permutation of its loops, given the `indices` it is accessed at."""
    loops = permutation_loops(access, num_loops)
    if loops is None:
        return None
    found: list = [None] * num_loops
    for dim, loop in enumerate(loops):
        found[loop] = indices[dim]
    return tuple(found)


def member_maps(graph: Graph, group: set[int], anchor: int) -> tuple[dict[int, LoopMap], str]:
    """Every member's loops as affine functions of the anchor's, walking the group's edges from the anchor: a
    producer's loops from the indices its consumer reads (its output map a permutation), a consumer's from
    the indices its producer writes (its map of that operand a permutation). Every member but the anchor must
    be all-parallel, and every edge must agree. Returns (maps, "") or ({}, why not)."""
    spec = graph.nodes[anchor].spec
    width = len(spec.extents)
    identity = tuple((tuple(int(i == d) for i in range(width)), 0) for d in range(width))
    maps: dict[int, LoopMap] = {anchor: identity}
    pending = [anchor]
    edges = [e for e in graph.edges if e.producer in group and e.consumer in group]
    while pending:
        node = pending.pop()
        for edge in edges:
            if node not in (edge.producer, edge.consumer):
                continue
            consumer, producer = graph.nodes[edge.consumer].spec, graph.nodes[edge.producer].spec
            read = (consumer.inputs + consumer.outputs)[edge.operand]
            if edge.producer in maps and edge.consumer in maps:  # both placed: they must meet at one point
                if _rows(compose(read, maps[edge.consumer])) != _rows(compose(producer.outputs[0],
                                                                              maps[edge.producer])):
                    return {}, (f"{graph.nodes[edge.consumer].name} reads {graph.nodes[edge.producer].name} "
                                "at another point than the one its thread computes")
                continue
            if edge.consumer == node:  # the producer writes what the consumer reads at its point
                indices = _rows(compose(read, maps[node]))
                other, found = edge.producer, _inverse(producer.outputs[0], len(producer.extents), indices)
            else:  # the consumer reads, at its point, what the producer writes at its own
                indices = _rows(compose(producer.outputs[0], maps[node]))
                other, found = edge.consumer, _inverse(read, len(consumer.extents), indices)
            if found is None:
                return {}, (f"{graph.nodes[other].name} is not a register-level neighbour of "
                            f"{graph.nodes[node].name}: its map of the shared tensor is not a permutation")
            if graph.nodes[other].reduces:
                return {}, f"{graph.nodes[other].name} reduces: a register-level group has one reduction"
            maps[other] = found
            pending.append(other)
    if set(maps) != group:
        return {}, "the group is not connected"
    return maps, ""


def map_sizes(loop_map: LoopMap, sizes: tuple[int, ...], extents: tuple[int, ...]) -> tuple[int, ...]:
    """A member's tile (capped by its extents) when the anchor's tile has `sizes` iterations per loop."""
    return tuple(min(extent, 1 + sum(c * (s - 1) for c, s in zip(row, sizes))) for (row, _), extent
                 in zip(loop_map, extents))
