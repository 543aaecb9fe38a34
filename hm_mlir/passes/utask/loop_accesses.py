"""What each kernel of a device loop's body touches in a given iteration: Rammer's accesses (hm_mlir.passes.rtask.
kernels), with the views that depend on the iteration evaluated for it.

A body's buffers vary with the iteration through the induction variable (a subview `x[t]`, an arena slot picked by
`t mod 2`) and through loop-carried buffers (init at iteration 0, the yielded value of the iteration before
after). `Iteration(loop, t)` evaluates the integer arithmetic of the body for the induction variable's value t
and places every memref value as (buffer, first byte, byte past the last) relative to the buffer it views; what
it cannot evaluate is the whole buffer, or an unknown buffer, as Rammer reads it.
"""

from __future__ import annotations

from mlir import ir

from hm_mlir.ir_walk import constant_int, defining_op
from hm_mlir.passes.rtask.kernels import Access, accesses, byte_span
from hm_mlir.passes.utask.device_loop import DeviceLoop

_DYNAMIC = -9223372036854775808  # ShapedType::kDynamic in static offsets, sizes and strides
_SAME_PLACE = ("memref.cast", "memref.expand_shape", "memref.collapse_shape", "memref.transpose")
_BINARY = {
    "arith.addi": lambda a, b: a + b, "arith.subi": lambda a, b: a - b, "arith.muli": lambda a, b: a * b,
    "arith.andi": lambda a, b: a & b, "arith.ori": lambda a, b: a | b, "arith.xori": lambda a, b: a ^ b,
    "arith.maxui": max, "arith.minui": min, "arith.maxsi": max, "arith.minsi": min,
    "arith.divui": lambda a, b: a // b if b else None, "arith.remui": lambda a, b: a % b if b else None,
    "arith.floordivsi": lambda a, b: a // b if b else None, "arith.ceildivsi": lambda a, b: -(-a // b) if b else None,
}
_COMPARE = {0: lambda a, b: a == b, 1: lambda a, b: a != b, 2: lambda a, b: a < b, 3: lambda a, b: a <= b,
            4: lambda a, b: a > b, 5: lambda a, b: a >= b, 6: lambda a, b: a < b, 7: lambda a, b: a <= b,
            8: lambda a, b: a > b, 9: lambda a, b: a >= b}


class Iteration:
    """The body of `loop` at induction variable value `t` (the loop's iteration (t - lb) / step)."""

    def __init__(self, loop: DeviceLoop, t: int, public: bool) -> None:
        self.loop, self.t, self.public = loop, t, public
        self.lower = constant_int(loop.lower)
        self.step = constant_int(loop.step)

    def before(self) -> Iteration | None:
        if self.lower is None or self.step is None or self.t - self.step < self.lower:
            return None
        return Iteration(self.loop, self.t - self.step, self.public)

    def integer(self, value: ir.Value) -> int | None:
        if value == self.loop.iv:
            return self.t
        constant = constant_int(value)
        if constant is not None:
            return constant
        owner = defining_op(value)
        if owner is None:
            return None
        operands = [self.integer(v) for v in owner.operands] if owner.name != "arith.select" else []
        if owner.name in _BINARY and None not in operands:
            return _BINARY[owner.name](*operands)
        if owner.name == "arith.cmpi" and None not in operands:
            return int(_COMPARE[ir.IntegerAttr(owner.attributes["predicate"]).value](*operands))
        if owner.name == "arith.select":
            condition = self.integer(owner.operands[0])
            return None if condition is None else self.integer(owner.operands[1 if condition else 2])
        if owner.name in ("arith.index_cast", "arith.index_castui", "arith.extui", "arith.extsi"):
            return operands[0]
        return None

    def place(self, value: ir.Value) -> tuple[object, int, int | None] | None:
        """(buffer identity, byte shift of the value's base in it, the value's element offset or None when
        unknown), or None when the buffer itself is unknown."""
        if value in self.loop.iter_args:
            index = self.loop.iter_args.index(value)
            earlier = self.before()
            if self.t == self.lower:
                return self.place(self.loop.inits[index])
            return None if earlier is None else earlier.place(self.loop.yielded[index])
        owner = defining_op(value)
        if owner is None:
            block = value.owner
            parent = block.owner.operation if block.owner is not None else None
            entry = parent is not None and parent.name == "func.func" and block == parent.regions[0].blocks[0]
            return (hash(value), 0, _type_offset(value.type)) if entry and self.public else None
        if owner.name in ("memref.alloc", "memref.alloca", "memref.get_global"):
            return hash(value), 0, _type_offset(value.type)
        if owner.name == "arith.select":
            condition = self.integer(owner.operands[0])
            return None if condition is None else self.place(owner.operands[1 if condition else 2])
        source = self.place(owner.operands[0]) if len(owner.operands) else None
        if source is None:
            return None
        buffer, shift, offset = source
        if owner.name == "memref.view":
            extra = self.integer(owner.operands[1])
            return (buffer, 0, None) if extra is None or offset is None else (buffer, shift + offset + extra, 0)
        if owner.name in _SAME_PLACE:
            return buffer, shift, offset
        if owner.name == "memref.subview" and offset is not None:
            return buffer, shift, self._subview_offset(owner, offset)
        return buffer, 0, None

    def _subview_offset(self, subview: ir.Operation, offset: int) -> int | None:
        try:
            strides, _ = ir.MemRefType(subview.operands[0].type).get_strides_and_offset()
        except (ValueError, RuntimeError):
            return None
        dynamic = iter(list(subview.operands)[1:])
        total = offset
        for static, stride in zip(subview.attributes["static_offsets"], strides):
            value = self.integer(next(dynamic)) if static == _DYNAMIC else static
            if value is None or stride == _DYNAMIC:
                return None
            total += value * stride
        return total

    def region(self, value: ir.Value) -> tuple[object, int, int]:
        """(buffer or None, first byte, byte past the last; (0, -1) for the whole buffer) of memref `value`."""
        found = self.place(value)
        if found is None:
            return None, 0, -1
        buffer, shift, offset = found
        span = None if offset is None else byte_span(value.type, offset)
        return (buffer, 0, -1) if span is None else (buffer, shift + span[0], shift + span[1])

    def accesses(self, kernel: ir.Operation, functions: dict) -> list[Access]:
        """Rammer's accesses of `kernel` (what is written), placed for this iteration."""
        placed = []
        memrefs = [v for v in kernel.operands if isinstance(v.type, ir.MemRefType)]
        for value, access in zip(memrefs, accesses(kernel, functions, self.public)):
            buffer, start, end = self.region(value)
            placed.append(Access(buffer, start, end, access.written))
        return placed


def _type_offset(kind: ir.Type) -> int | None:
    try:
        _, offset = ir.MemRefType(kind).get_strides_and_offset()
    except (ValueError, RuntimeError, TypeError):
        return None
    return None if offset == _DYNAMIC else offset
