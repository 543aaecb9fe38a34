"""OpSpec: what Roller needs to know about one operator, independent of MLIR.

An operator is a loop nest (extents, parallel loops first, then reduction loops) and one Access per operand:
each result dimension of its indexing map as non-negative integer coefficients of the loops plus a constant
(covers matmul, convolution with strides and dilations, pooling, transpose, broadcast). `from_linalg` reads
it from a linalg op with static shapes; None if a map is not of that form (the op then keeps the naive tiling).
A scalar input (linalg.fill's value) is an Access of no dimensions with `scalar` set, and `zero` if it is the
constant 0.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace
from math import prod


@dataclass(frozen=True)
class Access:
    """One operand: `coeffs[r][d]` is the coefficient of loop d in result dim r of its indexing map."""

    coeffs: tuple[tuple[int, ...], ...]
    offsets: tuple[int, ...]
    shape: tuple[int, ...]
    elem_bytes: int
    read: bool = True  # False for an input the body never reads (a pooling window's shape operand)
    scalar: bool = False  # a value, not a buffer (linalg.fill's): a kernel argument, never loaded or staged
    zero: bool = False  # a scalar that is the constant +0: stored from the zero register, none of its own
    once: bool = False  # read once per output point, after the reduction (a fused epilogue's operand): never staged
    pair: bool = False  # a complex element: copied one element at a time, never by vector loads or cp.async

    @property
    def loaded(self) -> bool:
        """Whether the kernel loads this operand: a buffer the body reads (not a scalar, not an unread input)."""
        return self.read and not self.scalar

    # vector_loop (set at creation): the loop that alone indexes the operand's last dimension (coefficient 1,
    # offset 0), if any; a tile along it starts at a multiple of its size, so whole vectors of a row can be loaded.

    def loops(self) -> frozenset[int]:
        """The loops this operand's index depends on."""
        return self._loops

    def is_projection(self) -> bool:
        """True if every result dim is one loop with coefficient 1 (matmul/elementwise/transpose/broadcast)."""
        return all(sum(1 for c in row if c) <= 1 and all(c in (0, 1) for c in row) for row in self.coeffs)

    def __post_init__(self) -> None:
        # Per result dim: the one loop it follows with coefficient 1, else -1 and its (loop, coefficient) pairs.
        # footprint() is the construction's inner loop; this keeps it from walking every coefficient.
        rows = []
        for row in self.coeffs:
            terms = tuple((d, c) for d, c in enumerate(row) if c)
            rows.append((terms[0][0] if len(terms) == 1 and terms[0][1] == 1 else -1, terms))
        object.__setattr__(self, "_rows", tuple(rows))
        object.__setattr__(self, "_loops", frozenset(d for _, terms in rows for d, _ in terms))
        last = rows[-1] if rows and not self.offsets[-1] else (-1, ())
        object.__setattr__(self, "vector_loop", last[0] if last[0] >= 0 else None)
        object.__setattr__(self, "_boxes", {})  # (sizes, capped) -> footprint: the construction asks again and again

    def footprint(self, sizes: tuple[int, ...] | list[int], capped: bool = True) -> tuple[int, ...]:
        """Extent of the box this operand reads for a tile of `sizes` iterations per loop (capped by shape
        unless `capped` is False)."""
        key = (tuple(sizes), capped)
        found = self._boxes.get(key)
        if found is None:
            boxes = []
            for (loop, terms), dim in zip(self._rows, self.shape):
                box = sizes[loop] if loop >= 0 else 1 + sum(c * (sizes[d] - 1) for d, c in terms)
                boxes.append(min(dim, box) if capped else box)
            found = self._boxes[key] = tuple(boxes)
        return found

    def contiguous_loop(self) -> int | None:
        """The loop that walks the operand's last (contiguous) dimension with coefficient 1, if any."""
        if not self.coeffs:
            return None
        hits = [d for d, c in enumerate(self.coeffs[-1]) if c]
        return hits[-1] if hits else None


@dataclass(frozen=True)
class OpSpec:
    """An operator's loop nest: `extents` (parallel loops first), `num_parallel`, inputs, outputs, flops."""

    name: str
    extents: tuple[int, ...]
    num_parallel: int
    inputs: tuple[Access, ...]
    outputs: tuple[Access, ...]
    flops_per_point: int = 1
    tensor_core: str = ""  # "f16": a multiply-accumulate of two f16 inputs into f32 (mma-eligible)
    payload_registers: int = 1  # 32-bit registers the body needs at its peak (payload_registers())
    outputs_in_place: int = 0  # outputs written into the buffer of an input (outputs_in_place())

    @property
    def parallel(self) -> tuple[int, ...]:
        return self.extents[:self.num_parallel]

    @property
    def reduction(self) -> tuple[int, ...]:
        return self.extents[self.num_parallel:]

    @property
    def points(self) -> int:
        return prod(self.extents)

    def signature(self) -> str:
        """A stable text key of the operator (for caches and reports)."""
        def access(a: Access) -> str:
            return (f"{a.coeffs}{a.offsets}{a.shape}x{a.elem_bytes}{'z' if a.zero else 's' if a.scalar else ''}"
                    f"{'o' if a.once else ''}{'c' if a.pair else ''}")
        return (f"{self.name}|{self.extents}|{self.num_parallel}|{self.flops_per_point}|{self.tensor_core}|"
                f"{self.payload_registers}|{self.outputs_in_place}|"
                + ";".join(access(a) for a in self.inputs) + "->" + ";".join(access(a) for a in self.outputs))


def _affine_row(expr, num_loops: int) -> tuple[tuple[int, ...], int] | None:
    """(coefficients, constant) of an affine expression that is a sum of c*dim (c >= 0) and a constant."""
    from mlir import ir

    coeffs = [0] * num_loops
    const = 0
    pending = [(expr, 1)]
    while pending:
        e, scale = pending.pop()
        if isinstance(e, ir.AffineDimExpr):
            coeffs[e.position] += scale
        elif isinstance(e, ir.AffineConstantExpr):
            const += scale * e.value
        elif isinstance(e, ir.AffineAddExpr):
            pending += [(e.lhs, scale), (e.rhs, scale)]
        elif isinstance(e, ir.AffineMulExpr):
            lhs, rhs = e.lhs, e.rhs
            if isinstance(lhs, ir.AffineConstantExpr):
                lhs, rhs = rhs, lhs
            if not isinstance(rhs, ir.AffineConstantExpr):
                return None
            pending.append((lhs, scale * rhs.value))
        else:
            return None
    if any(c < 0 for c in coeffs) or const < 0:
        return None
    return tuple(coeffs), const




def _is_zero(value) -> bool:
    """Whether `value` is an arith.constant whose bits are all zero (0, +0.0, false)."""
    from mlir import ir

    from hm_mlir.ir_walk import defining_op

    constant = defining_op(value)
    if constant is None or constant.name != "arith.constant":
        return False
    attr = constant.attributes["value"]
    if isinstance(attr, ir.FloatAttr):
        return struct.pack("<d", attr.value) == bytes(8)
    if isinstance(attr, ir.BoolAttr):
        return not attr.value
    return isinstance(attr, ir.IntegerAttr) and attr.value == 0


def from_linalg(op) -> OpSpec | None:
    """The OpSpec of a linalg op with indexing maps, static shapes and parallel loops first; None if a map is
    not a non-negative affine combination of loops or the loops are mixed. A scalar input is an Access with
    `scalar` set."""
    from mlir import ir

    from hm_mlir.ir_walk import children
    from hm_mlir.linalg_info import element_bytes, is_scalar_element, loop_nest

    nest = loop_nest(op)
    if nest is None:
        return None
    num_parallel = len(nest.parallel)
    if nest.iterators[:num_parallel] != ("parallel",) * num_parallel:
        return None
    maps = [m.value for m in op.attributes["indexing_maps"]]
    accesses = []
    for operand, amap in zip(op.operands, maps):
        if not isinstance(operand.type, ir.ShapedType):  # a scalar input (loop_nest checked its empty map)
            accesses.append(Access((), (), (), element_bytes(operand.type), scalar=True, zero=_is_zero(operand)))
            continue
        rows = [_affine_row(e, len(nest.extents)) for e in amap.results]
        if any(r is None for r in rows):
            return None
        accesses.append(Access(tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple(operand.type.shape),
                               element_bytes(operand.type.element_type),
                               pair=not is_scalar_element(operand.type.element_type)))
    body = op.regions[0].blocks[0]
    accesses = [replace(a, read=any(True for _ in arg.uses)) for a, arg in zip(accesses, body.arguments)]
    body_ops = children(op)
    flops = max(1, sum(1 for inner in body_ops if inner.name.startswith(("arith.", "math."))
                       and not inner.name.startswith("arith.constant")))
    num_inputs = nest.num_inputs
    spec = OpSpec(op.name, nest.extents, num_parallel, tuple(accesses[:num_inputs]),
                  tuple(accesses[num_inputs:]), flops, payload_registers=payload_registers(op),
                  outputs_in_place=outputs_in_place(op, nest, maps))
    return replace(spec, tensor_core=_tensor_core(op, spec))


def outputs_in_place(op, nest, maps) -> int:
    """How many outputs of `op` share their buffer with an input the body reads (one base address less). On
    memrefs: the same value. On tensors, what one-shot bufferization will decide by its rule for elementwise
    ops (all loops parallel, both maps identities): the output's init is a tensor.empty and the input was built
    in place on that same tensor.empty by a chain of destination-style ops whose results are all dead after
    `op` (nothing reads the buffer once `op` overwrites it)."""
    from mlir import ir

    from hm_mlir.ir_walk import defining_op

    if "reduction" in nest.iterators:
        return 0
    num_inputs = nest.num_inputs
    body = op.regions[0].blocks[0]
    operands = list(op.operands)
    identity = [m == ir.AffineMap.get_identity(m.n_dims) for m in maps]
    read = [any(True for _ in arg.uses) for arg in body.arguments]
    inputs = [i for i in range(num_inputs) if identity[i] and read[i]]
    count = 0
    for j in range(num_inputs, len(operands)):
        if not identity[j]:
            continue
        out = operands[j]
        if isinstance(out.type, ir.MemRefType):
            count += any(operands[i] == out for i in inputs)
        elif (empty := defining_op(out)) is not None and empty.name == "tensor.empty":
            count += any(operands[i].type == out.type and _built_in_place_on(operands[i], out, op)
                         for i in inputs)
    return count


def _built_in_place_on(value, root, op) -> bool:
    """Whether `value` results from destination-style linalg ops writing, one after another, into `root`, with
    no other op writing into a value of that chain and none reading one after `op` in `op`'s block."""
    from mlir import ir

    from hm_mlir.ir_walk import defining_op
    from hm_mlir.linalg_info import num_inputs

    op = op.operation
    block = op.block
    writer = op  # the op that overwrites `value`'s buffer next
    while value != root:
        producer = defining_op(value)
        if producer is None or not producer.name.startswith("linalg."):
            return False
        for use in value.uses:
            user = use.owner.operation
            if user.block != block or op.is_before_in_block(user):
                return False
            writes = user.name.startswith("linalg.") and use.operand_number >= num_inputs(user)
            if writes and user != writer:
                return False  # another op writes into this buffer
        writer = producer
        value = producer.operands[num_inputs(producer) + ir.OpResult(value).result_number]
    return True


# Ops that PTX has no single instruction for expand into a sequence (a libdevice function, a slow path) that
# needs temporaries beyond its operands and results: op -> (extra 32-bit registers for a result of up to 32
# bits, for a 64-bit result). Measured with ptxas 13.0 (sm_90) on a 2-D map of the op against the same map
# of an add (bench/fit_registers.py --ops); an op not listed expands into nothing, a math op not listed into
# UNLISTED_MATH_EXPANSION.
EXPANSION_REGISTERS = {
    "arith.divf": (6, 14), "arith.remf": (3, 11),
    "arith.divsi": (4, 8), "arith.divui": (2, 6), "arith.remsi": (3, 8), "arith.remui": (2, 6),
    "arith.floordivsi": (4, 8), "arith.ceildivsi": (4, 8), "arith.ceildivui": (4, 8),
    "math.exp": (1, 3), "math.exp2": (0, 3), "math.expm1": (1, 4),
    "math.log": (2, 10), "math.log2": (2, 10), "math.log10": (2, 10), "math.log1p": (2, 14),
    "math.tanh": (2, 6), "math.sinh": (0, 20), "math.cosh": (0, 0),
    "math.asinh": (4, 18), "math.acosh": (1, 17), "math.atanh": (1, 18),
    "math.sin": (9, 18), "math.cos": (9, 18), "math.tan": (10, 18),
    "math.asin": (1, 8), "math.acos": (1, 10), "math.atan": (1, 4), "math.atan2": (8, 18),
    "math.erf": (2, 6), "math.erfc": (4, 16), "math.cbrt": (2, 10), "math.powf": (4, 22),
    "math.sqrt": (0, 10), "math.rsqrt": (0, 4),
    "math.floor": (0, 2), "math.ceil": (0, 2), "math.round": (0, 3), "math.trunc": (0, 2),
}
NATIVE_MATH = ("math.absf", "math.absi", "math.fma", "math.copysign", "math.roundeven")
UNLISTED_MATH_EXPANSION = (4, 18)


def _expansion(op) -> int:
    """Extra 32-bit temporaries `op` needs while it runs (EXPANSION_REGISTERS)."""
    if op.name in EXPANSION_REGISTERS:
        narrow, wide = EXPANSION_REGISTERS[op.name]
    elif op.name.startswith("math.") and op.name not in NATIVE_MATH:
        narrow, wide = UNLISTED_MATH_EXPANSION
    else:
        return 0
    return wide if any(_words(r.type) == 2 for r in op.results) else narrow


def _words(type_) -> int:
    """32-bit registers of one scalar value (an i1 lives in a predicate register: none; an index, which a
    body computes from loop coordinates whose ranges LLVM knows, is narrowed to 32 bits: one)."""
    from mlir import ir

    from hm_mlir.linalg_info import element_bytes

    if isinstance(type_, ir.IndexType):
        return 1
    return 0 if getattr(type_, "width", None) == 1 else -(-element_bytes(type_) // 4)


def payload_registers(linalg_op) -> int:
    """The most 32-bit registers live at once in a linalg body, from its operands (all read before it runs)
    to its yield: the values live across each op, its results and the temporaries of its expansion
    (EXPANSION_REGISTERS)."""
    from hm_mlir.ir_walk import children

    body = linalg_op.regions[0].blocks[0]
    ops = children(linalg_op)
    last_use: dict = {}
    for i, op in enumerate(ops):
        for value in op.operands:
            last_use[value] = i
    live = {arg: _words(arg.type) for arg in body.arguments if arg in last_use}
    peak = sum(live.values())
    for i, op in enumerate(ops[:-1]):
        results = sum(_words(r.type) for r in op.results)
        peak = max(peak, sum(live.values()) + results + _expansion(op))
        for value in op.operands:
            if last_use.get(value) == i:
                live.pop(value, None)
        live.update({r: _words(r.type) for r in op.results if r in last_use})
    return max(1, peak)


def _tensor_core(op, spec: OpSpec) -> str:
    """"f16" if `op` multiplies two f16 inputs and accumulates into f32 over one reduction
    loop k, the last two parallel loops being the result's rows (m) and columns (n), every operand a
    projection, the first input indexed by (batch.., m, k) and the second by (batch.., k, n), each in any
    dimension order; else "". (bf16 stays on CUDA cores: LLVM 22's nvgpu-to-nvvm cannot deduce the PTX
    types of a bf16 mma.sync.)"""
    from mlir import ir

    from hm_mlir.ir_walk import children

    if len(spec.inputs) != 2 or len(spec.outputs) != 1 or len(spec.reduction) != 1 or spec.num_parallel < 2:
        return ""
    body = op.regions[0].blocks[0]
    a_arg, b_arg, c_arg = body.arguments
    element = a_arg.type
    kind = {ir.F16Type: "f16"}
    name = next((v for t, v in kind.items() if isinstance(element, t)), "")
    if not name or b_arg.type != element or not isinstance(c_arg.type, ir.F32Type):
        return ""
    ops = children(op)
    names = sorted(o.name for o in ops)
    if names != ["arith.addf", "arith.extf", "arith.extf", "arith.mulf", "linalg.yield"]:
        return ""
    extended = {o.operands[0] for o in ops if o.name == "arith.extf"}
    if extended != {a_arg, b_arg}:
        return ""
    add = next(o for o in ops if o.name == "arith.addf")
    if c_arg not in list(add.operands) or ops[-1].operands[0] != add.result:
        return ""
    m, n, k = spec.num_parallel - 2, spec.num_parallel - 1, spec.num_parallel
    a, b = spec.inputs
    c = spec.outputs[0]
    if not all(x.is_projection() and not any(x.offsets) for x in (a, b, c)):
        return ""
    batch = set(range(m))
    if not (a.loops() - batch == {m, k} and b.loops() - batch == {k, n} and c.loops() == batch | {m, n}):
        return ""
    return name
