"""hm-fill-per-destination: every linalg op that accumulates into a filled tensor gets a fill of its own.

Consumes: func.func on tensors (the rtile stage, before a tiling policy). Produces: the same functions where a
`linalg.fill` whose result is the destination (an `outs` operand) of several linalg ops, or the destination
of one and read by another, is cloned in front of each such destination use but one, so each op writes a
buffer of its own. torch-mlir's exports fill one zero tensor and hand it to every matmul of a layer as its
accumulator; one-shot bufferization then keeps the fill once and copies it into a new buffer for every
other matmul: a copy kernel that reads and writes the whole accumulator where a fill only writes it, and a
host allocation. A cloned fill bufferizes in place into the op's own buffer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cmp_to_key

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import defining_op, walk
from hm_mlir.linalg_info import num_inputs
from hm_mlir.passes.base import HmPass


def _destination_uses(value: ir.Value) -> list[tuple[ir.Operation, int]]:
    """(linalg op, operand number) of every use of `value` as an op's destination."""
    found = []
    for use in value.uses:
        user = use.owner.operation
        if user.name.startswith("linalg.") and "operandSegmentSizes" in user.attributes \
                and use.operand_number >= num_inputs(user):
            found.append((user, use.operand_number))
    return found


def _program_order(a: tuple[ir.Operation, int], b: tuple[ir.Operation, int]) -> int:
    """Uses in one block in their order (the first keeps the fill); others as they come."""
    if a[0] == b[0] or a[0].block != b[0].block:
        return 0
    return -1 if a[0].is_before_in_block(b[0]) else 1


def fill_per_destination(func: ir.Operation) -> int:
    """Clone the shared fills of `func`; returns how many clones were made."""
    clones = 0
    for fill in [op for op in walk(func) if op.name == "linalg.fill" and isinstance(op.results[0].type,
                                                                                     ir.RankedTensorType)]:
        result = fill.results[0]
        destinations = sorted(_destination_uses(result), key=cmp_to_key(_program_order))
        readers = sum(1 for _ in result.uses) - len(destinations)
        keep = 0 if readers else 1  # with no other reader, the first destination may take the fill itself
        init = defining_op(fill.operands[1])
        for user, operand in destinations[keep:]:
            clone = fill.clone(ir.InsertionPoint(user))
            if init is not None and init.name == "tensor.empty":  # a destination of its own for the fill too
                clone.operands[1] = init.clone(ir.InsertionPoint(clone)).results[0]
            user.operands[operand] = clone.results[0]
            clones += 1
    return clones


@dataclass(frozen=True)
class FillPerDestination(HmPass):
    NAME = "hm-fill-per-destination"
    SUMMARY = "rtile: a linalg.fill shared by several ops' destinations is cloned per op (no copy kernels)"

    def run(self, module) -> None:
        for func in host_funcs(module):
            fill_per_destination(func)
