"""hm-welder-fusion: Welder's tile-graph fusion (stage tilegraph, `--welder`).

Consumes: the rtile stage's output (linalg ops on tensors, each linking an `rtile.space`).
Produces: per block, the operators Roller described become a tile graph (hm_mlir.welder.graph) that Welder's
scheduling groups (hm_mlir.welder.schedule). Each group of two or more members is outlined into a private
kernel function `@<func>_k<i>` (members cloned in order, marked `tilegraph.node = i`), called where its
output was computed; at module level a `tilegraph.kernel` names that function and the `rtile.space` of the
group as one operator (its candidates are the ranked output tiles of the group, the chosen one is compiled),
one `tilegraph.node` per member gives its tile and space, and one `tilegraph.edge` per edge inside the group
gives the tensor region handed over and its memory level (`register`). Operators left on their own stay in
place, unmarked: one kernel each, as without Welder. The rejected merges and their reasons are kept on the
pass (`report`) for --hm-report.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mlir import ir
from mlir.dialects import func

from hm_mlir import hardware
from hm_mlir.builders import rtile as build
from hm_mlir.builders import tilegraph as build_graph
from hm_mlir.ir_walk import defined_within, module_body, walk
from hm_mlir.passes.base import HmPass, PassOptionError, device_option
from hm_mlir.passes.rtile.naive_tiling import naive_block_shape, naive_tile, unique_name
from hm_mlir.roller import construct, model
from hm_mlir.roller import spec as opspec
from hm_mlir.verifier.rtile import config_from_attributes
from hm_mlir.welder import propagate
from hm_mlir.welder.graph import Edge, Graph, Node
from hm_mlir.welder.model import blocks
from hm_mlir.welder.schedule import Schedule, schedule

NODE_ATTR = "tilegraph.node"
CONSTANT_LIKE = ("arith.constant", "tensor.empty")  # cloned into a kernel function rather than passed to it
# Views of an operand are cloned in too, their sources passed: a strided view crossing the function boundary
# would be copied into a contiguous buffer (bufferization's identity layouts at function boundaries).
VIEW_LIKE = ("tensor.extract_slice", "tensor.collapse_shape", "tensor.expand_shape")


def naive_tiles(device: hardware.Device):
    """The naive policy's one tile for a fused operator (hm-naive-tiling's rule), costed by Roller's model."""
    def tiles(spec: opspec.OpSpec):
        block = tuple(naive_tile(spec.parallel, *naive_block_shape(device)))
        thread = (1,) * len(block)
        config = model.Config(block, thread, tuple(min(e, 16) for e in spec.reduction), (0,) * len(spec.inputs),
                              model.staged_inputs(spec, block, thread))
        estimate = model.evaluate(spec, config, device)
        return [(config, estimate)] if estimate.resident_blocks else []
    return tiles


def roller_tiles(device: hardware.Device, top_k: int):
    """Roller's construction for a fused operator: its top K rTiles (no warpgroup kernel: its epilogue is its
    own)."""
    def tiles(spec: opspec.OpSpec):
        return [(c.config, c.estimate) for c in construct.top_k(spec, device, top_k)
                if not model.is_warpgroup(c.config)]
    return tiles


PURE_BODY = ("arith.", "math.", "linalg.index", "linalg.yield", "tensor.extract")


def _pure_body(op) -> bool:
    """Whether the body only computes (no assertion, no memory effect but reading a tensor): only such bodies
    are cloned into a fused kernel (a `cf.assert` inside the reduction would keep the loops off the GPU)."""
    return all(inner.name.startswith(PURE_BODY) for inner in walk(op))


def _moves_only(op) -> bool:
    block = op.regions[0].blocks[0]
    ops = list(block.operations)
    return len(ops) == 1 and ops[0].operands[0] in list(block.arguments)


@dataclass
class BlockGraph:
    """A tile graph and the MLIR it was read from."""

    graph: Graph
    ops: list  # node index -> its linalg op
    values: dict[int, tuple]  # node index -> an identity per operand
    schedule: Schedule | None = None


def _line(location) -> str:
    """`line:col` of a file location (through name and call sites), else '?'."""
    import re

    found = re.search(r":(\d+):(\d+)", str(location))
    return f"{found.group(1)}:{found.group(2)}" if found else "?"


def _top_level(op, block_ops: dict) -> object | None:
    """The op of the block that `op` is, or is nested in."""
    while op is not None:
        if op in block_ops:
            return op
        parent = op.parent
        op = parent if parent is not None and parent.name != "builtin.module" else None
    return None


def read_graph(block: ir.Block, spaces: dict, configs: dict, device: hardware.Device) -> BlockGraph | None:
    """The tile graph of the Roller-described operators directly in `block` (None with fewer than two)."""
    block_ops = [op.operation for op in block.operations]
    nodes, node_ops = [], []
    for op in block_ops:
        if op.name != "linalg.generic" or "rtile.space" not in op.attributes or len(op.results) != 1:
            continue
        spec = opspec.from_linalg(op)
        space = spaces.get(op.attributes["rtile.space"].value)
        if spec is None or space is None or not isinstance(op.results[0].type, ir.RankedTensorType) \
                or not _pure_body(op):
            continue
        chosen = configs[space.attributes["chosen"].value]
        config = config_from_attributes(chosen, spec)
        estimate = model.evaluate(spec, config, device)
        nodes.append(Node(len(nodes), spec, space.attributes["sym_name"].value, any(a.read for a in spec.outputs),
                          _moves_only(op), config, estimate.cost_us, space.attributes["policy"].value,
                          estimate.traffic_bytes))
        node_ops.append(op)
    if len(nodes) < 2:
        return None
    shared = {n.space for n in nodes if sum(1 for m in nodes if m.space == n.space) > 1}
    for i, (node, op) in enumerate(zip(nodes, node_ops)):
        if node.space in shared:
            nodes[i] = replace(node, label=f"{node.space}@{_line(op.location)}")
    ids = {op: i for i, op in enumerate(node_ops)}
    for op in block_ops:
        ids.setdefault(op, len(ids))
    owner = {}
    for op in block_ops:
        for result in op.results:
            owner[result] = ids[op]
    preds: dict[int, set[int]] = {}
    for op in block_ops:
        found = set()
        for inner in [op, *walk(op)]:
            for value in inner.operands:
                if value in owner and owner[value] != ids[op]:
                    found.add(owner[value])
        preds[ids[op]] = found
    edges, escapes, value_ids = [], set(), {}
    values = {}
    for n, op in enumerate(node_ops):
        values[n] = tuple(value_ids.setdefault(v, len(value_ids)) for v in op.operands)
        for o, value in enumerate(op.operands):
            producer = owner.get(value)
            if producer is not None and producer < len(nodes):
                edges.append(Edge(producer, n, o))
        for use in op.results[0].uses:
            user = _top_level(use.owner.operation if hasattr(use.owner, "operation") else use.owner, ids)
            if user is None or ids[user] >= len(nodes) or user != use.owner.operation:
                escapes.add(n)
    return BlockGraph(Graph(nodes, edges, preds, escapes), node_ops, values)


@dataclass(frozen=True)
class WelderFusion(HmPass):
    NAME = "hm-welder-fusion"
    SUMMARY = "tilegraph: Welder's fusion, operator groups outlined as kernel functions with their tiles"

    device: str = field(default=hardware.DEFAULT_DEVICE, metadata={"help": "device description (model)"})
    policy: str = field(default="roller", metadata={"help": "output tiles searched: roller (Roller's "
                                                            "construction) or naive (the fixed tile)"})
    top_k: int = field(default=construct.DEFAULT_TOP_K, metadata={"help": "output tiles kept per fused group"})
    max_visits: int = field(default=256, metadata={"help": "fused groups costed per block at most"})

    def check_options(self) -> None:
        device_option(self.device)
        if self.policy not in ("roller", "naive"):
            raise PassOptionError(f"option 'policy' must be roller or naive, got '{self.policy}'")
        if self.top_k < 1 or self.max_visits < 1:
            raise PassOptionError("options 'top-k' and 'max-visits' must be at least 1")

    def run(self, module) -> None:
        device = hardware.get(self.device)
        search = roller_tiles(device, self.top_k) if self.policy == "roller" else naive_tiles(device)
        found: dict = {}  # identical fused operators (an unrolled loop, a layer's repeated projections) once

        def tiles(spec):
            if spec not in found:
                found[spec] = search(spec)
            return found[spec]
        body = list(module_body(module))
        spaces = {op.attributes["sym_name"].value: op for op in body if op.name == "rtile.space"}
        configs = {op.attributes["sym_name"].value: op for op in body if op.name == "rtile.config"}
        taken = {op.attributes["sym_name"].value for op in body if "sym_name" in op.attributes}
        first = body[0] if body else None
        report = {"stage": "tilegraph", "device": self.device, "policy": self.policy,
                  "functions": []}  # hm_mlir.welder.report
        object.__setattr__(self, "report", report)
        for fn in [op for op in body if op.name == "func.func" and op.regions[0].blocks]:
            name = fn.attributes["sym_name"].value
            blocks = [fn.regions[0].blocks[0]] + [b for op in walk(fn) for r in op.regions for b in r.blocks
                                                   if op.name != "linalg.generic"]
            count = 0
            entry = {"name": name, "groups": [], "unfused": [], "rejected": []}
            for block in blocks:
                read = read_graph(block, spaces, configs, device)
                if read is None:
                    continue
                read.schedule = schedule(read.graph, read.values, tiles, self.max_visits, device)
                nodes = read.graph.nodes
                for group in read.schedule.groups:
                    if group.fused is None:
                        entry["unfused"] += [nodes[n].name for n in group.members]
                        continue
                    kernel_name = unique_name(f"{name}_g{count}", taken)
                    function_name = unique_name(f"{name}_k{count}", taken)
                    count += 1
                    group_tiles = _emit(module, fn, read, group, kernel_name, function_name, self.device,
                                        self.policy, taken, first)
                    entry["groups"].append(report_group(read, group, kernel_name, function_name, group_tiles))
                entry["rejected"] += [{"group": [nodes[n].name for n in r.members],
                                       "adding": [nodes[n].name for n in r.added], "reason": r.reason}
                                      for r in read.schedule.rejections]
            if entry["groups"] or entry["unfused"]:
                report["functions"].append(entry)


def report_group(read: BlockGraph, group, kernel_name: str, function_name: str, tiles: dict) -> dict:
    """One accepted group as --hm-report lists it (hm_mlir.welder.report); `tiles`: its members' tiles."""
    graph, fused = read.graph, group.fused
    config, estimate = group.candidates[0]
    space = {n: graph.nodes[n].name for n in group.members}
    edges = [{"producer": space[e.producer], "consumer": space[e.consumer], "operand": e.operand,
              "level": "register", "tile": list(region)} for e, region in _edge_regions(graph, group, tiles)]
    return {"kernel": kernel_name, "function": function_name, "members": [space[n] for n in sorted(group.members)],
            "anchor": space[fused.anchor], "output": space[fused.output],
            "tiles": {space[n]: list(tiles[n]) for n in sorted(group.members)},
            "block": list(config.block), "thread": list(config.thread), "step": list(config.step),
            "grid": _grid(fused.spec, config), "threads": config.threads, "global_bytes": estimate.traffic_bytes,
            "unfused_global_bytes": sum(graph.nodes[n].traffic_bytes for n in group.members),
            "smem_bytes": estimate.smem_bytes, "regs_per_thread": estimate.regs_per_thread, "waves": estimate.waves,
            "cost_us": estimate.cost_us, "unfused_cost_us": sum(graph.nodes[n].cost_us for n in group.members),
            "edges": edges}


def _edge_regions(graph: Graph, group, tiles: dict) -> list[tuple[Edge, tuple[int, ...]]]:
    """Every edge inside the group with the region of the tensor its consumer's tile reads (uncapped)."""
    return [(e, propagate.operand_region(graph.nodes[e.consumer].spec, e.operand, tiles[e.consumer]))
            for e in graph.edges if e.producer in group.members and e.consumer in group.members]


def member_tiles(graph: Graph, group, config: model.Config) -> dict[int, tuple[int, ...]]:
    """Every member's tile for one block: the output member's from the chosen rTile, the others propagated."""
    fused = group.fused
    anchor_spec = graph.nodes[fused.anchor].spec
    sizes = config.loop_sizes(anchor_spec, reduction="all")
    out_spec = graph.nodes[fused.output].spec
    out_tile = propagate.map_sizes(fused.maps[fused.output], sizes, out_spec.extents)
    return propagate.propagate(graph, group.members, fused.output, out_tile)


def _emit(module, host, read: BlockGraph, group, kernel_name: str, function_name: str, device, policy: str,
          taken: set[str], first) -> dict[int, tuple[int, ...]]:
    """Write the group's stage ops and outline it; returns its members' tiles."""
    graph, fused = read.graph, group.fused
    members = sorted(group.members)
    anchor_ip = ir.InsertionPoint(first) if first is not None else ir.InsertionPoint(module.regions[0].blocks[0])
    loc = read.ops[fused.output].location
    space_name = unique_name(f"{kernel_name}_fused", taken)
    names = []
    for rank, (config, estimate) in enumerate(group.candidates):
        names.append(unique_name(f"{space_name}_k{rank}", taken))
        build.config(names[-1], block=config.block, thread=config.thread, step=config.step, pad=config.pad,
                     mma=config.mma, vector_width=config.vector_width, stages=config.stages,
                     smem_bytes=estimate.smem_bytes, regs_per_thread=estimate.regs_per_thread,
                     traffic_bytes=estimate.traffic_bytes, waves=estimate.waves, cost_us=estimate.cost_us,
                     loc=loc, ip=anchor_ip)
    spec = fused.spec
    iterators = ["parallel"] * spec.num_parallel + ["reduction"] * len(spec.reduction)
    build.space(space_name, op="tilegraph.kernel", loops=spec.extents, iterators=iterators, candidates=names,
                policy=policy, top_k=len(names), device=device, loc=loc, ip=anchor_ip)
    config, estimate = group.candidates[0]
    build_graph.kernel(kernel_name, function=function_name, space=space_name, nodes=len(members),
                       grid=_grid(spec, config), block=[config.threads], smem_bytes=estimate.smem_bytes,
                       traffic_bytes=estimate.traffic_bytes, cost_us=estimate.cost_us, loc=loc, ip=anchor_ip)
    index = {m: i for i, m in enumerate(members)}
    tiles = member_tiles(graph, group, config)
    for m in members:
        build_graph.node(kernel_name, index=index[m], op=read.ops[m].name, tile=tiles[m],
                         space=graph.nodes[m].space, loc=read.ops[m].location, ip=anchor_ip)
    for e, region in _edge_regions(graph, group, tiles):
        shape = graph.nodes[e.producer].spec.outputs[0].shape
        build_graph.edge(kernel_name, producer=index[e.producer], consumer=index[e.consumer], operand=e.operand,
                         tile=[min(r, s) for r, s in zip(region, shape)], level="register",
                         loc=read.ops[e.consumer].location, ip=anchor_ip)
    _outline(host, [read.ops[m] for m in members], read.ops[fused.output], function_name,
             {read.ops[m]: index[m] for m in members})
    return tiles


def _grid(spec: opspec.OpSpec, config: model.Config) -> list[int]:
    return list(blocks(spec, config.block)) or [1]


def _outline(host, ops: list, output, function_name: str, index: dict) -> None:
    """Move `ops` (program order) into a private function called where `output` was, each marked with its
    node `index`."""
    member_set = set(ops)
    inside = defined_within(ops)
    arguments, cloned_defs = [], []  # cloned_defs: values whose defining op is cloned in, operands first

    def take(value) -> None:
        if value in inside or value in arguments or value in cloned_defs:
            return
        owner = value.owner
        defining = owner.operation if isinstance(owner, ir.OpView) else owner
        if isinstance(defining, ir.Operation) and defining not in member_set and (
                (defining.name in CONSTANT_LIKE and not list(defining.operands)) or defining.name in VIEW_LIKE):
            for operand in defining.operands:  # a view's source and offsets are passed (or cloned) instead
                take(operand)
            cloned_defs.append(value)
        else:
            arguments.append(value)
    for op in ops:
        for inner in [op, *walk(op)]:
            for value in inner.operands:
                take(value)
    result_type = output.results[0].type
    with ir.InsertionPoint.after(host), host.location:
        kernel = func.FuncOp(function_name, ([v.type for v in arguments], [result_type]), visibility="private")
        entry = kernel.add_entry_block()
    mapping = dict(zip(arguments, entry.arguments))
    with ir.InsertionPoint(entry), output.location:
        for value in cloned_defs:
            owner = value.owner
            clone = (owner.operation if isinstance(owner, ir.OpView) else owner).clone()
            for j, operand in enumerate(clone.operands):
                if operand in mapping:
                    clone.operands[j] = mapping[operand]
            mapping[value] = clone.results[0]
        for op in ops:
            clone = op.clone()
            for inner in [clone, *walk(clone)]:
                for j, v in enumerate(inner.operands):
                    if v in mapping:
                        inner.operands[j] = mapping[v]
            for old, new in zip(op.results, clone.results):
                mapping[old] = new
            clone.attributes[NODE_ATTR] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), index[op])
        func.ReturnOp([mapping[output.results[0]]])
    with ir.InsertionPoint(output), output.location:
        call = func.CallOp([result_type], ir.FlatSymbolRefAttr.get(function_name), arguments)
    output.results[0].replace_all_uses_with(call.result)
    for op in reversed(ops):
        op.erase()
