"""hm-welder-codegen: one kernel per Welder group, in the form hm-roller-codegen builds for one operator.

Consumes: bufferized kernel functions named by `tilegraph.kernel` ops, their members marked
`tilegraph.node = i`. Produces, in place of each group's members, the kernel of the group's virtual operator
(hm_mlir.welder.model.fuse, rebuilt from the members and the `tilegraph.edge` ops) for the chosen rTile of
the kernel's `rtile.space`: the blocks, threads, shared-memory tiles and reduction steps are Roller's codegen
(hm_mlir.passes.gpu.roller_codegen), and what each point computes is the group's bodies
(hm_mlir.codegen.kernel_body.GroupBody). The buffers only the members used are erased with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.codegen.kernel_body import GroupBody
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.passes.base import HmPass, PassError
from hm_mlir.passes.gpu.roller_codegen import _Kernel
from hm_mlir.passes.tilegraph.welder_fusion import NODE_ATTR
from hm_mlir.roller import spec as opspec
from hm_mlir.verifier.common import integer
from hm_mlir.verifier.rtile import config_from_attributes
from hm_mlir.welder.graph import Edge, Graph, Node
from hm_mlir.welder.model import fuse


def group_graph(members: dict, edges: list) -> tuple[Graph, dict]:
    """The tile graph of one kernel's members (node i is member i) and their operands' identities."""
    nodes, values = [], {}
    for i in range(len(members)):
        op = members[i]
        spec = opspec.from_linalg(op)
        if spec is None:
            raise PassError(op, "hm-welder-codegen: a member of a fused group is not a Roller operator")
        nodes.append(Node(i, spec, f"node {i}", any(a.read for a in spec.outputs), False, None, 0.0))
        values[i] = tuple(op.operands)
    graph_edges = [Edge(integer(e.attributes["producer"]), integer(e.attributes["consumer"]),
                        integer(e.attributes["operand"])) for e in edges]
    return Graph(nodes, graph_edges, {}), values


def _erase_unused_buffers(fn) -> None:
    """Erase allocations (host or device, and views of them) that nothing but deallocations uses any more."""
    changed = True
    while changed:
        changed = False
        for op in list(walk(fn)):
            if op.name not in ("memref.alloc", "gpu.alloc", "memref.subview", "memref.view",
                               "memref.reinterpret_cast") or not op.results:
                continue
            if op.name == "gpu.alloc" and (op.operands or len(op.results) != 1):
                continue  # an asynchronous allocation: its token orders other work
            users = [use.owner for use in op.results[0].uses]
            if all(u.name in ("memref.dealloc", "gpu.dealloc") for u in users):
                for user in users:
                    user.operation.erase()
                op.erase()
                changed = True
                break


@dataclass(frozen=True)
class WelderCodegen(HmPass):
    NAME = "hm-welder-codegen"
    SUMMARY = "gpu: one kernel per Welder group (its virtual operator in Roller's kernel form)"

    def run(self, module) -> None:
        body = list(module_body(module))
        symbols = {op.attributes["sym_name"].value: op for op in body if "sym_name" in op.attributes}
        for kernel in [op for op in body if op.name == "tilegraph.kernel"]:
            name = kernel.attributes["sym_name"].value
            fn = symbols.get(kernel.attributes["function"].value)
            if fn is None:
                continue
            members = {integer(op.attributes[NODE_ATTR]): op for op in walk(fn) if NODE_ATTR in op.attributes}
            edges = [op for op in body if op.name == "tilegraph.edge" and op.attributes["kernel"].value == name]
            if len(members) != integer(kernel.attributes["nodes"]):
                raise PassError(kernel, f"hm-welder-codegen: kernel @{name} has {len(members)} of its "
                                        f"{integer(kernel.attributes['nodes'])} members")
            graph, values = group_graph(members, edges)
            sinks = [n for n in members if not graph.consumers(n)]
            fused, why = fuse(graph, set(members), sinks[0], values) if len(sinks) == 1 else (None, "no one output")
            if fused is None:
                raise PassError(kernel, f"hm-welder-codegen: kernel @{name} cannot be one kernel: {why}")
            space = symbols[kernel.attributes["space"].value]
            config_op = symbols[space.attributes["chosen"].value]
            config = config_from_attributes(config_op, fused.spec)
            if tuple(space.attributes["loops"]) != fused.spec.extents or len(config.pad) != len(fused.spec.inputs):
                raise PassError(kernel, f"hm-welder-codegen: kernel @{name} no longer matches its rtile.space "
                                        f"(loops {fused.spec.extents}, {len(fused.spec.inputs)} inputs)")
            ins = [members[src.member].operands[src.operand] for src in fused.inputs]
            internal = {(e.consumer, e.operand): e.producer for e in graph.edges}
            group = GroupBody(fused, members, ins, internal)
            _Kernel(members[fused.output], fused.spec, config, config_op.attributes["sym_name"].value, group).emit()
            _erase_unused_buffers(fn)
