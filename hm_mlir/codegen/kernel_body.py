"""What a Roller-form kernel computes at each point: one linalg op's body, or a Welder group's bodies.

hm-roller-codegen builds the loops, tiles and copies of a kernel from an OpSpec and a Config; the body object
says what the kernel reads, computes and stores at every point:

    ins, outs, acc_types         the kernel's input values (one per spec input), output buffers, accumulators
    ops                          the linalg ops whose bodies it computes
    map_point(kernel, coords)    an op without reduction loops: the values to store at this output point
    initial(kernel, coords)      the accumulators' initial values at this output point
    accumulate(read, accs, at)   the accumulators after one reduction point (read(i): the value of input i;
                                 accs(): the accumulators' values, loaded when called)
    finish(kernel, accs, coords) the values to store, from the accumulators' (an iterable: loaded as stored;
                                 a fused epilogue runs here)

OpBody is one linalg.generic. GroupBody is a register-level group (hm_mlir.welder.model.FusedOp): every
member's body is cloned at the point where the member's loops (affine functions of the anchor's) meet the
kernel's point, so producers are recomputed where they are read and consumers are applied before the store;
an in-group producer of the anchor's accumulator (a fill) gives its initial value.
"""

from __future__ import annotations

from collections.abc import Callable

from mlir import ir

from hm_mlir.codegen.index_math import affine_index
from hm_mlir.ir_walk import walk


def apply_body(generic: ir.Operation, operands: list, loop_coords: list) -> list[ir.Value]:
    """Clone the body of `generic` at the insertion point with its block arguments bound to `operands` (None
    for an argument the body does not read) and linalg.index to `loop_coords`; returns the yielded values."""
    block = generic.regions[0].blocks[0]
    mapping = {arg: value for arg, value in zip(block.arguments, operands) if value is not None}
    for op in block.operations:
        if op.name == "linalg.yield":
            return [mapping.get(v, v) for v in op.operands]
        if op.name == "linalg.index":
            mapping[op.result] = loop_coords[op.attributes["dim"].value]
            continue
        clone = op.clone()
        for inner in [clone, *walk(clone)]:
            for i, v in enumerate(inner.operands):
                if v in mapping:
                    inner.operands[i] = mapping[v]
        for old, new in zip(op.results, clone.results):
            mapping[old] = new
    raise ValueError("linalg body without linalg.yield")


class OpBody:
    """The body of one linalg.generic `op` with OpSpec `spec`."""

    def __init__(self, op: ir.Operation, spec):
        self.op, self.spec = op, spec
        num_in = len(spec.inputs)
        self.ins, self.outs = list(op.operands[:num_in]), list(op.operands[num_in:])
        self.acc_types = [out.type.element_type for out in self.outs]
        block = op.regions[0].blocks[0]
        self._reads_out = [any(True for _ in block.arguments[num_in + j].uses) for j in range(len(self.outs))]

    @property
    def ops(self) -> list[ir.Operation]:
        """The linalg ops whose bodies the kernel computes."""
        return [self.op]

    def map_point(self, kernel, coords: list) -> list[ir.Value]:
        operands = [kernel._read_global(v, a, coords) for v, a in zip(self.ins, self.spec.inputs)]
        operands += [kernel._read_global(v, a, coords) if reads else v
                     for v, a, reads in zip(self.outs, self.spec.outputs, self._reads_out)]
        return apply_body(self.op, operands, coords)

    def initial(self, kernel, coords: list):
        """Lazily: each output is read as its accumulator is stored."""
        return (kernel._read_global(out, access, coords) for out, access in zip(self.outs, self.spec.outputs))

    def accumulate(self, read: Callable[[int], ir.Value], accs: Callable[[], list], loop_coords: list) -> list:
        operands = [read(i) for i in range(len(self.ins))]
        return apply_body(self.op, operands + accs(), loop_coords)

    def finish(self, kernel, values: list, coords: list) -> list[ir.Value]:
        return values

    def erase(self) -> None:
        self.op.erase()


class GroupBody:
    """The bodies of a register-level group: `members[i]` is the linalg op of FusedOp member i (program
    order), `fused` the group's virtual operator, `ins` the value of each of its inputs."""

    def __init__(self, fused, members: dict[int, ir.Operation], ins: list[ir.Value], internal: dict):
        self.fused, self.members, self.spec = fused, members, fused.spec
        self.ins = ins
        self.internal = internal  # (consumer, operand) -> producer, for the edges inside the group
        output = members[fused.output]
        num_in = len(output.operands) - 1
        self.outs = [output.operands[num_in]]
        anchor = members[fused.anchor]
        self.acc_types = [anchor.operands[len(anchor.operands) - 1].type.element_type]

    @property
    def ops(self) -> list[ir.Operation]:
        return list(self.members.values())

    def _value(self, member: int, read, coords: list, memo: dict, acc: ir.Value | None) -> ir.Value:
        """The result of `member` at the kernel point `coords` (the anchor's loop coordinates)."""
        if member in memo:
            return memo[member]
        fused, op = self.fused, self.members[member]
        loop_coords = [affine_index(row, offset, coords) for row, offset in fused.maps[member]]
        num_operands = len(op.operands)
        operands = []
        for o in range(num_operands):
            producer = self.internal.get((member, o))
            if member == fused.anchor and o == num_operands - 1 and acc is not None:
                operands.append(acc)
            elif producer is not None:
                operands.append(self._value(producer, read, coords, memo, acc))
            elif (member, o) in fused.operand_input:
                operands.append(read(fused.operand_input[(member, o)]))
            else:
                operands.append(None)  # an output the body does not read
        memo[member] = apply_body(op, operands, loop_coords)[0]
        return memo[member]

    def _global_reader(self, kernel, coords: list):
        cache: dict[int, ir.Value] = {}

        def read(i: int) -> ir.Value:
            if i not in cache:
                cache[i] = kernel._read_global(self.ins[i], self.spec.inputs[i], coords)
            return cache[i]
        return read

    def map_point(self, kernel, coords: list) -> list[ir.Value]:
        return [self._value(self.fused.output, self._global_reader(kernel, coords), coords, {}, None)]

    def initial(self, kernel, coords: list) -> list[ir.Value]:
        fused, anchor = self.fused, self.members[self.fused.anchor]
        out = len(anchor.operands) - 1
        read = self._global_reader(kernel, coords)
        producer = self.internal.get((fused.anchor, out))
        if producer is not None:
            return [self._value(producer, read, coords, {}, None)]
        return [read(fused.operand_input[(fused.anchor, out)])]

    def accumulate(self, read, accs: Callable[[], list], loop_coords: list) -> list[ir.Value]:
        return [self._value(self.fused.anchor, read, loop_coords, {}, accs()[0])]

    def finish(self, kernel, values: list, coords: list) -> list[ir.Value]:
        values = list(values)
        if self.fused.output == self.fused.anchor:
            return values
        memo = {self.fused.anchor: values[0]}
        return [self._value(self.fused.output, self._global_reader(kernel, coords), coords, memo, None)]

    def erase(self) -> None:
        for member in sorted(self.members, reverse=True):
            self.members[member].erase()
