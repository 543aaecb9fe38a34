"""The operator graph Welder schedules: the fusable operators of one block and the edges between them.

A Node is a linalg op Roller described (an OpSpec) with what fusion needs to know of its body. Edges join a
producer's result to the consumer operand that reads it directly. `preds` holds every op of the block (nodes
first, then the others), so that a group that would put an outside op between two of its members (a cycle
once the group is one kernel) is found even when the path runs through reshapes or host code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hm_mlir.roller.model import Config
from hm_mlir.roller.spec import OpSpec


@dataclass(frozen=True)
class Node:
    """One operator: `spec`, its rtile.space `space`, the body facts fusion needs, and its unfused kernel's
    modelled cost (Roller's chosen config)."""

    index: int
    spec: OpSpec
    space: str
    reads_output: bool  # the body reads its output block argument (an accumulator, an in-place update)
    moves_only: bool  # the body yields a block argument unchanged (a copy, transpose, broadcast or fill)
    config: Config  # the config of its own kernel
    cost_us: float  # the modelled time of its own kernel
    policy: str = "roller"
    traffic_bytes: int = 0  # the modelled global traffic of its own kernel
    label: str = ""  # how reports and reasons name it: its space, with its source line where a space is shared

    @property
    def name(self) -> str:
        return self.label or self.space

    @property
    def reduces(self) -> bool:
        return bool(self.spec.reduction)


@dataclass(frozen=True)
class Edge:
    producer: int
    consumer: int
    operand: int  # the consumer's operand (inputs, then outputs) that reads the producer's result


@dataclass
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    preds: dict[int, set[int]]  # every op of the block (nodes 0..n-1, other ops after) -> the ops it reads
    escapes: set[int] = field(default_factory=set)  # nodes whose result an op that is not a node reads

    def consumers(self, node: int) -> list[Edge]:
        return [e for e in self.edges if e.producer == node]

    def producers(self, node: int) -> list[Edge]:
        return [e for e in self.edges if e.consumer == node]

    def succs(self) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {op: set() for op in self.preds}
        for op, preds in self.preds.items():
            for p in preds:
                found.setdefault(p, set()).add(op)
        return found

    def creates_cycle(self, group: set[int]) -> bool:
        """Whether some op outside `group` both depends on a member and is depended on by one: made one kernel,
        the group would then have to run both before and after it."""
        succs = self.succs()
        after, stack = set(), [s for g in group for s in succs.get(g, ()) if s not in group]
        while stack:
            op = stack.pop()
            if op in after:
                continue
            after.add(op)
            stack += [s for s in succs.get(op, ()) if s not in group]
        before, stack = set(), [p for g in group for p in self.preds.get(g, ()) if p not in group]
        while stack:
            op = stack.pop()
            if op in before:
                continue
            before.add(op)
            stack += [p for p in self.preds.get(op, ()) if p not in group]
        return bool(after & before)

    def outputs(self, group: set[int]) -> list[int]:
        """The members whose result is read outside the group (or returned)."""
        return [n for n in sorted(group) if n in self.escapes
                or any(e.consumer not in group for e in self.consumers(n))]
