"""Welder's two-step scheduling: graph connecting, then subgraph scheduling of each candidate group.

Graph connecting visits the operators in program order. A group grows by all consumers of one of its
outputs at once, plus their producers that are still on their own (at most MAX_STEP new members per step).
A graph output (a result read by an op that is not an operator, or returned) stops growth; a merge is
rejected when a member's result would be needed both inside and outside the group, when the group would sit
on both sides of an outside op (a cycle), when its members are not register-level neighbours, and when its
modelled time is above the time of its parts (a merge is kept only if the gain does not fall).

Subgraph scheduling of a group: its virtual operator (model.fuse) gets the output tiles of `tiles(spec)`
(Roller's construction, or the naive rule), each costed by Roller's model, which counts the global traffic
of the group's inputs and outputs only, its shared memory and registers, and its waves; they are ranked by
modelled time (traffic and waves are its terms) and the top K are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from hm_mlir.hardware import Device
from hm_mlir.roller.model import Config, Estimate, registers, staged_inputs
from hm_mlir.roller.spec import OpSpec
from hm_mlir.welder.graph import Graph
from hm_mlir.welder.model import MAX_GROUP, FusedOp, fuse

MAX_STEP = 10  # new members one merge may add

Tiles = Callable[[OpSpec], list[tuple[Config, Estimate]]]


@dataclass
class Group:
    members: set[int]
    fused: FusedOp | None = None  # None for an operator on its own
    candidates: list[tuple[Config, Estimate]] = field(default_factory=list)  # ranked, best first

    @property
    def fused_cost(self) -> float:
        return self.candidates[0][1].cost_us if self.candidates else float("inf")


@dataclass(frozen=True)
class Rejection:
    members: tuple[int, ...]  # the group before the merge
    added: tuple[int, ...]  # what the merge would have added
    reason: str


@dataclass
class Schedule:
    groups: list[Group]
    rejections: list[Rejection]
    visits: int = 0  # virtual operators costed


class _Scheduler:
    def __init__(self, graph: Graph, values: dict[int, tuple], tiles: Tiles, max_visits: int, device=None):
        self.graph, self.values, self.tiles, self.max_visits = graph, values, tiles, max_visits
        self.device = device
        self.visits = 0
        self.rejections: list[Rejection] = []
        self.cache: dict[frozenset, tuple[Group | None, str]] = {}

    def cost(self, group: Group) -> float:
        if group.fused is None:
            return sum(self.graph.nodes[n].cost_us for n in group.members)
        return group.fused_cost

    def evaluate(self, members: set[int]) -> tuple[Group | None, str]:
        """The scheduled group of `members`, or (None, why it cannot be one kernel)."""
        key = frozenset(members)
        if key in self.cache:
            return self.cache[key]
        result = self._evaluate(members)
        self.cache[key] = result
        return result

    def _evaluate(self, members: set[int]) -> tuple[Group | None, str]:
        graph = self.graph
        if len(members) > MAX_GROUP:
            return None, f"more than {MAX_GROUP} members"
        if graph.creates_cycle(members):
            return None, "an op outside the group would run both before and after it (a cycle)"
        outputs = graph.outputs(members)
        if len(outputs) != 1:
            inside = [n for n in outputs if any(e.consumer in members for e in graph.consumers(n))]
            if inside:
                return None, f"the result of {graph.nodes[inside[0]].name} is needed inside and outside the group"
            return None, "the group would have several outputs"
        fused, why = fuse(graph, members, outputs[0], self.values)
        if fused is None:
            return None, why
        if self.visits >= self.max_visits:
            return None, f"the search budget ({self.max_visits} groups costed) is spent"
        self.visits += 1
        candidates = self.tiles(fused.spec)
        if not candidates:
            return None, self._why_no_tile(fused.spec)
        return Group(set(members), fused, candidates), ""

    def _why_no_tile(self, spec: OpSpec) -> str:
        """Why no tile of a fused kernel fits: what its smallest tile (one point per thread, one warp wide) needs."""
        device = self.device
        if device is not None:
            block = tuple([1] * (spec.num_parallel - 1) + [min(spec.parallel[-1], device.warp_size)]
                          if spec.parallel else [])
            thread = (1,) * len(block)
            smallest = Config(block, thread, tuple(min(e, 16) for e in spec.reduction), (0,) * len(spec.inputs),
                              staged_inputs(spec, block, thread))
            regs = registers(spec, smallest)
            if regs > device.max_registers_per_thread:
                return (f"registers would spill: the fused kernel needs {regs} per thread at its smallest tile, "
                        f"the device allows {device.max_registers_per_thread}")
        return "no tile of the fused kernel fits the device (registers, shared memory or threads)"

    def _merge(self, group: Group, added: set[int], owner: dict[int, Group]) -> Group | None:
        """The group of `group` plus `added` if the merge is kept (else the rejection is recorded)."""
        absorbed = {id(owner[n]): owner[n] for n in added}
        if any(len(g.members) > 1 for g in absorbed.values()) or len(added) > MAX_STEP:
            self.rejections.append(Rejection(tuple(sorted(group.members)), tuple(sorted(added)),
                                             "a consumer already belongs to a fused group"
                                             if len(added) <= MAX_STEP else
                                             f"more than {MAX_STEP} new members in one step"))
            return None
        candidate, why = self.evaluate(group.members | added)
        if candidate is not None:
            before = self.cost(group) + sum(self.cost(g) for g in absorbed.values() if g is not group)
            if candidate.fused_cost > before:
                why = f"slower fused: {candidate.fused_cost:.3f} us against {before:.3f} us apart"
                candidate = None
        if candidate is None:
            self.rejections.append(Rejection(tuple(sorted(group.members)), tuple(sorted(added)), why))
        return candidate

    def grow(self, group: Group, owner: dict[int, Group]) -> Group:
        graph = self.graph
        while True:
            merged = None
            for out in graph.outputs(group.members):
                consumers = {e.consumer for e in graph.consumers(out) if e.consumer not in group.members}
                if not consumers:
                    continue
                if out in graph.escapes:  # a graph output stops growth: it would be needed inside and outside
                    self.rejections.append(Rejection(tuple(sorted(group.members)), tuple(sorted(consumers)),
                                                     f"the result of {graph.nodes[out].name} is needed inside "
                                                     "and outside the group (a graph output)"))
                    continue
                free = set()
                for c in consumers:
                    free |= {e.producer for e in graph.producers(c) if e.producer not in group.members
                             and len(owner[e.producer].members) == 1}
                # With the consumers' producers that are still on their own first; without them if refused.
                for added in ([consumers | free, set(consumers)] if free - consumers else [set(consumers)]):
                    merged = self._merge(group, added, owner)
                    if merged is not None:
                        break
                if merged is not None:
                    break
            if merged is None:
                return group
            for n in merged.members:
                owner[n] = merged
            group = merged


def schedule(graph: Graph, values: dict[int, tuple], tiles: Tiles, max_visits: int = 256,
             device: Device | None = None) -> Schedule:
    """Welder's groups of `graph` (program order, every node in exactly one) and the rejected merges
    (`device`: to say why no tile of a group fits)."""
    scheduler = _Scheduler(graph, values, tiles, max_visits, device)
    owner: dict[int, Group] = {n: Group({n}) for n in range(len(graph.nodes))}
    for seed in range(len(graph.nodes)):
        group = owner[seed]
        if len(group.members) > 1 and min(group.members) != seed:
            continue
        scheduler.grow(group, owner)
    groups, seen = [], set()
    for n in range(len(graph.nodes)):
        if id(owner[n]) not in seen:
            seen.add(id(owner[n]))
            groups.append(owner[n])
    return Schedule(groups, scheduler.rejections, scheduler.visits)
