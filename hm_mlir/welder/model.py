"""A register-level group as one virtual operator, costed with Roller's formulas (not copies of them).

Every member's loops are affine functions of the anchor's (propagate.member_maps), so each operand a member
reads from outside the group is an access of the anchor's loop nest. The group is then one OpSpec: the
anchor's loops, the group's external operands as inputs and its output as the output. Roller's model of that
OpSpec counts exactly what the fused kernel moves through global memory (the group's inputs and outputs,
nothing in between), its registers (the members' payloads added up: a conservative bound) and its waves; and
Roller's construction enumerates its output tiles.

Phases: the anchor and the members it reads run at every point of the reduction ("main"); the members that
read the anchor's result, their other producers, and the anchor's initial value (a fill: the accumulator's
initial value) run once per output point ("once": their operands are read once and never staged).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from math import ceil, prod

from hm_mlir.roller.spec import OpSpec
from hm_mlir.welder.graph import Graph
from hm_mlir.welder.propagate import LoopMap, compose, member_maps

MAX_GROUP = 16  # members of one register-level group


@dataclass(frozen=True)
class FusedInput:
    """Input i of the fused operator: operand `operand` of member `member` (deduplicated: the first reader)."""

    member: int
    operand: int


@dataclass(frozen=True)
class FusedOp:
    spec: OpSpec  # the virtual operator
    anchor: int
    members: tuple[int, ...]  # program order
    maps: dict[int, LoopMap]
    inputs: tuple[FusedInput, ...]  # where each of spec.inputs comes from
    operand_input: dict[tuple[int, int], int]  # (member, operand) read from outside -> its fused input
    main: frozenset[int]  # members evaluated at every point of the reduction (the anchor and its producers)
    output: int  # the member whose result is the group's output

    def phase(self, member: int) -> str:
        return "main" if member in self.main else "once"


def _upstream(graph: Graph, group: set[int], node: int) -> set[int]:
    """Members `node` reads, directly or through other members."""
    found, stack = set(), [node]
    while stack:
        for edge in graph.producers(stack.pop()):
            if edge.producer in group and edge.producer not in found:
                found.add(edge.producer)
                stack.append(edge.producer)
    return found


def choose_anchor(graph: Graph, group: set[int], output: int) -> tuple[int | None, str]:
    """The member whose loop nest the kernel runs: the group's one reduction, else its output."""
    reductions = [n for n in group if graph.nodes[n].reduces]
    if len(reductions) > 1:
        return None, "two reductions in one register-level group"
    return (reductions[0] if reductions else output), ""


def fuse(graph: Graph, group: set[int], output: int, values: dict[int, tuple]) -> tuple[FusedOp | None, str]:
    """The virtual operator of `group` (whose result is `output`'s), or (None, why not). `values[n]` names the
    value of each operand of node n (inputs, then outputs), so that two members reading one tensor at the same
    indices share one input."""
    anchor, why = choose_anchor(graph, group, output)
    if anchor is None:
        return None, why
    maps, why = member_maps(graph, group, anchor)
    if not maps:
        return None, why
    nodes = graph.nodes
    for n in group:
        if n != anchor and nodes[n].reads_output:
            return None, f"{nodes[n].name} reads its output (an update in place)"
        if len(nodes[n].spec.outputs) != 1:
            return None, f"{nodes[n].name} has several results"
    main = frozenset({anchor} | (_upstream(graph, group, anchor) if nodes[anchor].reduces else set(group)))
    anchor_spec = nodes[anchor].spec
    init_producers = {e.producer for e in graph.producers(anchor) if e.producer in group
                      and e.operand >= len(anchor_spec.inputs)}
    once_members = set(group) - main | {m for m in group for i in init_producers
                                         if m == i or m in _upstream(graph, group, i)}
    main = main - once_members
    internal = {(e.consumer, e.operand) for e in graph.edges if e.producer in group and e.consumer in group}
    accesses, sources, operand_input, seen = [], [], {}, {}
    # The anchor's operands first, in order (the tensor-core path reads inputs 0 and 1 as A and B).
    order = [anchor] + [n for n in sorted(group) if n != anchor]
    for n in order:
        spec = nodes[n].spec
        operands = list(spec.inputs) + ([spec.outputs[0]] if n == anchor and nodes[n].reads_output else [])
        for o, access in enumerate(operands):
            if (n, o) in internal:
                continue
            once = n not in main or o >= len(spec.inputs)
            composed = replace(compose(access, maps[n]), once=once and not access.scalar)
            # One input per value and access, whether each reader's body reads it or not (canonicalization
            # after bufferization may drop a read, and the inputs must stay those the tilegraph stage costed).
            key = (values[n][o], replace(composed, read=True))
            if key not in seen:
                seen[key] = len(accesses)
                accesses.append(composed)
                sources.append(FusedInput(n, o))
            elif composed.read and not accesses[seen[key]].read:
                accesses[seen[key]] = composed
            operand_input[(n, o)] = seen[key]
    # The group reads its initial values through its inputs (an in-group fill: none): the output is only written.
    out = replace(compose(nodes[output].spec.outputs[0], maps[output]), read=False)
    reduction_points = prod(anchor_spec.reduction) if anchor_spec.reduction else 1
    main_flops = sum(nodes[n].spec.flops_per_point for n in main)
    once_flops = sum(nodes[n].spec.flops_per_point for n in group if n not in main)
    # Roller's tensor-core kernels take exactly the two operands they multiply: a group whose prologue or
    # epilogue reads more stays on CUDA cores (the model then weighs that against the saved traffic).
    tensor_core = anchor_spec.tensor_core if main == {anchor} and len(accesses) == 2 else ""
    spec = OpSpec("tilegraph.kernel", anchor_spec.extents, anchor_spec.num_parallel, tuple(accesses), (out,),
                  main_flops + ceil(once_flops / reduction_points), tensor_core,
                  sum(nodes[n].spec.payload_registers for n in group), 0)
    return FusedOp(spec, anchor, tuple(sorted(group)), maps, tuple(sources), operand_input, main, output), ""


def blocks(spec: OpSpec, block: tuple[int, ...]) -> tuple[int, ...]:
    """Blocks per parallel loop (the kernel's grid)."""
    return tuple(ceil(e / b) for e, b in zip(spec.parallel, block))
