"""The random program a fuzz case is made of, independent of MLIR and NumPy (both are emitted from it).

A Program is a DAG of Nodes over tensor Values: one `func.func @main` whose arguments are `args` and whose
results are `outputs`. Every Node has one result. Control-flow nodes (`for`, `while`, `if`) hold Blocks: a
Block's nodes may use the values of the enclosing scopes, and its `result` is what it yields. Everything is
plain data, so a Program round-trips through JSON (`to_json` / `from_json`) for reproducers and workers.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

FLOAT_DTYPES = ("f32", "f16", "f64")
INT_DTYPES = ("i32", "i64")
DTYPES = FLOAT_DTYPES + INT_DTYPES
MASK = "i1"  # masks: made by comparisons, consumed by select and data movement
BF16 = "bf16"  # only made by a cast from f32 and moved (broadcast, transpose, slice) or cast back: never computed
NUMPY_DTYPE = {"f32": "float32", "f16": "float16", "f64": "float64", "i32": "int32", "i64": "int64", "i1": "bool_",
               BF16: "float32"}
CONTROL_FLOW = ("for", "while", "if")


def is_float(dtype: str) -> bool:
    return dtype in FLOAT_DTYPES or dtype == BF16


def accumulator(dtype: str) -> str:
    """The type a sum over `dtype` elements accumulates in (f16 sums in f32, as the f16 tolerance of 2e-2 assumes)."""
    return "f32" if dtype == "f16" else dtype


@dataclass
class Value:
    """A tensor value: its shape, element type and a bound on the magnitude of its elements."""

    id: int
    shape: list[int]
    dtype: str
    bound: float
    scalar: bool = False  # a 0-d argument passed as a scalar (f32, i64, ...), not as a tensor

    @property
    def rank(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


@dataclass
class Block:
    """A region body: `args` (values it receives), `nodes` in order, and the value it yields."""

    args: list[int]
    nodes: list[Node]
    result: int


@dataclass
class Node:
    """One operator: `kind`, operand value ids, its result value id, kind-specific `params` and, for control
    flow, `blocks` (for/while: [body]; if: [then, else])."""

    kind: str
    operands: list[int]
    result: int
    params: dict
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Program:
    seed: int
    values: dict[int, Value]
    args: list[int]
    nodes: list[Node]
    outputs: list[int]

    # ------------------------------------------------------------------------------------------ queries

    def value(self, vid: int) -> Value:
        return self.values[vid]

    def all_nodes(self) -> list[Node]:
        """Every node, nested ones included, in definition order."""
        found: list[Node] = []

        def visit(nodes: list[Node]) -> None:
            for node in nodes:
                found.append(node)
                for block in node.blocks:
                    visit(block.nodes)

        visit(self.nodes)
        return found

    def op_count(self) -> int:
        return len(self.all_nodes())

    def kinds(self) -> set[str]:
        return {node.kind for node in self.all_nodes()}

    # --------------------------------------------------------------------------------------- transforms

    def pruned(self) -> Program:
        """A copy without nodes and arguments that no output depends on."""
        program = from_json(to_json(self))
        live: set[int] = set(program.outputs)

        def prune(nodes: list[Node], live: set[int]) -> list[Node]:
            kept: list[Node] = []
            for node in reversed(nodes):
                if node.result not in live:
                    continue
                for block in node.blocks:
                    inner_live = {block.result}
                    block.nodes = prune(block.nodes, inner_live)
                    live |= inner_live
                live |= set(node.operands)
                kept.append(node)
            return list(reversed(kept))

        program.nodes = prune(program.nodes, live)
        program.args = [a for a in program.args if a in live]
        defined = set(program.args)
        for node in program.all_nodes():
            defined.add(node.result)
            for block in node.blocks:
                defined |= set(block.args)
        program.values = {vid: v for vid, v in program.values.items() if vid in defined}
        return program


def to_json(program: Program) -> str:
    return json.dumps(asdict(program), sort_keys=True)


def from_json(text: str) -> Program:
    data = json.loads(text)

    def block(b: dict) -> Block:
        return Block(args=list(b["args"]), nodes=[node(n) for n in b["nodes"]], result=b["result"])

    def node(n: dict) -> Node:
        return Node(kind=n["kind"], operands=list(n["operands"]), result=n["result"], params=n["params"],
                    blocks=[block(b) for b in n["blocks"]])

    values = {int(k): Value(**v) for k, v in data["values"].items()}
    return Program(seed=data["seed"], values=values, args=list(data["args"]),
                   nodes=[node(n) for n in data["nodes"]], outputs=list(data["outputs"]))
