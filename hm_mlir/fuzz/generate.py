"""Random valid programs: `generate(seed)` gives a Program (hm_mlir.fuzz.spec) of 3 to 30 linalg operators.

Operators: matmul (plain and transposed through indexing maps), batch matmul, convolutions (nhwc, nchw,
depthwise; strides and dilations), pooling (max and sum), reductions over random axes (named and generic),
broadcasts, transposes, slices, pads and elementwise generics with random arith/math bodies over inputs read
through broadcasting or transposing maps; scf.for, scf.while and scf.if around parts of the program. Shapes
draw from sizes that include 1, primes and sizes no tile divides; element types are f32, f16, f64, i32 and i64,
and bf16 made by truncation, only moved and cast back. Integer bodies divide by run-time values (|y| + 1) and
read iteration indices; 0-d arguments are often scalars; some elementwise nodes are private functions called.

The generator tracks a bound on every value's magnitude and tames values (an exact power-of-two scale, tanh or
an integer clamp) before they grow out of range, so results stay comparable at hm_mlir.zoo.TOLERANCE. The same
seed always gives the same program.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from hm_mlir.fuzz import ops
from hm_mlir.fuzz.ops import CASTS
from hm_mlir.fuzz.spec import BF16, DTYPES, INT_DTYPES, MASK, Block, Node, Program, Value, accumulator, is_float

DIMS = (1, 2, 3, 4, 5, 7, 8, 11, 13, 16, 17, 31, 32, 37)
KIND_WEIGHTS = {
    "elementwise": 26, "matmul": 8, "batch_matmul": 4, "conv": 5, "pool": 4, "reduce": 9, "broadcast": 6,
    "transpose": 6, "slice": 3, "pad": 3, "mask": 3, "select": 3, "for": 4, "while": 3, "if": 3,
}
DTYPE_WEIGHTS = {"f32": 6, "f16": 2, "f64": 1, "i32": 2, "i64": 1}
INPUT_BOUND = {True: 1.0, False: 4.0}  # floats in [-1, 1], integers in [-4, 4] (i1: 0 or 1)
NO_VALUE = -1


@dataclass(frozen=True)
class Limits:
    min_ops: int = 3
    max_ops: int = 30
    max_elements: int = 2048
    max_rank: int = 4


def generate(seed: int, limits: Limits = Limits()) -> Program:
    """The program of `seed`: a DAG of `limits.min_ops`..`limits.max_ops` operators."""
    return _Generator(seed, limits).run()


class _Generator:
    def __init__(self, seed: int, limits: Limits) -> None:
        self.rng = random.Random(seed)
        self.limits = limits
        self.program = Program(seed=seed, values={}, args=[], nodes=[], outputs=[])
        self.scopes: list[list[int]] = [[]]  # visible values, innermost last
        self.blocks: list[list[Node]] = [self.program.nodes]  # where new nodes go
        self.count = 0
        self.next_id = 0

    # ------------------------------------------------------------------------------------------ driver

    def run(self) -> Program:
        # Control flow and tames may overshoot the target by up to two operators.
        self.target = target = self.rng.randint(self.limits.min_ops, max(self.limits.min_ops, self.limits.max_ops - 2))
        for _ in range(self.rng.randint(1, 3)):
            self.new_arg(self.random_shape(self.rng.randint(1, 3)), self.random_dtype())
        attempts = 0
        while self.count < target and attempts < 20 * self.limits.max_ops:
            attempts += 1
            kind = self.choose_kind(allow_control_flow=target - self.count >= 4)
            getattr(self, f"make_{kind}")()
        used = {o for node in self.program.all_nodes() for o in node.operands}
        for node in self.program.all_nodes():
            for block in node.blocks:
                used.add(block.result)
        sinks = [n.result for n in self.program.nodes if n.result not in used]
        self.program.outputs = sinks or [self.program.nodes[-1].result]
        return self.program

    def choose_kind(self, allow_control_flow: bool) -> str:
        nested = len(self.scopes) > 1
        kinds = [k for k in KIND_WEIGHTS if allow_control_flow and not nested or k not in ("for", "while", "if")]
        return self.rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]

    # ----------------------------------------------------------------------------------------- values

    def new_value(self, shape: list[int], dtype: str, bound: float) -> int:
        vid = self.next_id
        self.next_id += 1
        self.program.values[vid] = Value(vid, list(shape), dtype, float(bound))
        return vid

    def new_arg(self, shape: list[int], dtype: str) -> int:
        vid = self.new_value(shape, dtype, INPUT_BOUND[is_float(dtype)])
        if not shape and dtype != MASK and self.rng.random() < 0.6:
            self.value(vid).scalar = True  # a scalar argument (f32, i64, ...), made a 0-d tensor in the body
        self.program.args.append(vid)
        self.scopes[0].append(vid)
        return vid

    def value(self, vid: int) -> Value:
        return self.program.values[vid]

    def visible(self) -> list[int]:
        return [v for scope in self.scopes for v in scope]

    def pick(self, accept, fresh=None) -> int:
        """A visible value that `accept`s (recent ones preferred), else `fresh()` (a new argument), else -1."""
        candidates = [v for v in self.visible() if accept(self.value(v))]
        if candidates and (fresh is None or self.rng.random() < 0.8):
            recent = candidates[-4:]
            return self.rng.choice(recent if self.rng.random() < 0.7 else candidates)
        return fresh() if fresh is not None else NO_VALUE

    def add(self, kind: str, operands: list[int], shape, dtype: str, bound: float, params: dict,
            blocks: list[Block] | None = None) -> int:
        result = self.new_value(shape, dtype, bound)
        self.blocks[-1].append(Node(kind, list(operands), result, params, blocks or []))
        self.scopes[-1].append(result)
        self.count += 1
        return result

    def random_dtype(self) -> str:
        return self.rng.choices(DTYPES, [DTYPE_WEIGHTS[d] for d in DTYPES])[0]

    def random_shape(self, rank: int, budget: int | None = None) -> list[int]:
        budget = budget or self.limits.max_elements
        shape = []
        for _ in range(rank):
            fitting = [d for d in DIMS if d <= budget] or [1]
            d = self.rng.choice(fitting)
            shape.append(d)
            budget //= d
        return shape

    def tame(self, vid: int) -> int:
        """`vid` itself if its bound is in range, else an exact rescale (floats) or a clamp (integers)."""
        v = self.value(vid)
        if is_float(v.dtype):
            if v.bound <= ops.FLOAT_MAX_BOUND / 8:
                return vid
            scale = 1.0
            while v.bound * scale > ops.FLOAT_MAX_BOUND / 8:
                scale /= 2.0
            expr = ["scale", scale, ["in", 0]]
        else:
            if v.bound <= 64:
                return vid
            expr = ["clamp", 64, ["in", 0]]
        return self.add_elementwise([vid], [list(range(v.rank))], v.shape, v.dtype, expr, v.dtype)

    # ------------------------------------------------------------------------------------ elementwise

    def make_elementwise(self) -> int:
        halves = [v for v in self.visible() if self.value(v).dtype == BF16]
        if halves and self.rng.random() < 0.4:  # bf16 leaves by extension to f32
            h = self.value(self.rng.choice(halves[-3:]))
            return self.add_elementwise([h.id], [list(range(h.rank))], h.shape, BF16, ["in", 0], "f32")
        x = self.pick(numeric, lambda: self.new_arg(self.random_shape(self.rng.randint(1, 3)),
                                                             self.random_dtype()))
        xv = self.value(x)
        inputs, maps = [x], [list(range(xv.rank))]
        for _ in range(self.rng.choice((0, 1, 1, 2))):
            other, dims = self.mappable_operand(xv.shape, xv.dtype)
            inputs.append(other)
            maps.append(dims)
        bounds = [self.value(i).bound for i in inputs]
        expr = self.random_expr(bounds, "float" if is_float(xv.dtype) else "int", depth=self.rng.randint(1, 3),
                                shape=xv.shape)
        out_dtype = xv.dtype
        if self.rng.random() < 0.15:
            casts = [to for (frm, to) in CASTS if frm == xv.dtype]
            out_dtype = self.rng.choice(casts) if casts else out_dtype
        return self.add_elementwise(inputs, maps, xv.shape, xv.dtype, expr, out_dtype)

    def add_elementwise(self, inputs, maps, shape, dtype, expr, out_dtype) -> int:
        bound = expr_bound(expr, [self.value(i).bound for i in inputs])
        identity = all(m == list(range(len(shape))) for m in maps)
        form = "generic"
        if uses_index(expr):
            pass  # linalg.index needs the generic's iteration space
        elif identity and self.rng.random() < 0.3:
            form = "map"
        elif (identity and len(inputs) == 2 and out_dtype == dtype and expr[0] in ops.NAMED_ELEMENTWISE
              and expr[2:] == [["in", 0], ["in", 1]] and self.rng.random() < 0.7):
            form = "named"
        params = {"maps": maps, "expr": expr, "in_dtype": dtype, "form": form}
        if self.rng.random() < 0.1:
            params["call"] = True  # computed by a private function that @main calls
        return self.add("elementwise", inputs, shape, out_dtype, bound, params)

    def mappable_operand(self, shape: list[int], dtype: str) -> tuple[int, list[int]]:
        """A value of `dtype` read through a map into `shape`'s dims (same shape, a sub-shape or a
        permutation), and that map as the list of output dims it indexes; a new argument when none fits."""
        options = []
        for vid in self.visible():
            v = self.value(vid)
            if v.dtype != dtype or v.rank > len(shape):
                continue
            matches = [dims for dims in itertools.permutations(range(len(shape)), v.rank)
                       if all(shape[d] == s for d, s in zip(dims, v.shape, strict=True))]
            if matches:
                options.append((vid, self.rng.choice(matches)))
        if options and self.rng.random() < 0.75:
            return self.rng.choice(options[-5:])
        rank = self.rng.randint(0, len(shape)) if shape else 0
        dims = sorted(self.rng.sample(range(len(shape)), rank))
        if self.rng.random() < 0.3:
            self.rng.shuffle(dims)
        return self.new_arg([shape[d] for d in dims], dtype), dims

    def random_expr(self, bounds: list[float], domain: str, depth: int, shape: list[int] = ()) -> list:
        """A random expression over inputs with these bounds, using each input, within the bound limit; integer
        ones may read the iteration index of a dimension of `shape` (["idx", dim, extent]: index + 1)."""
        table = [op for op in (ops.FLOAT_OPS if domain == "float" else ops.INT_OPS)]

        def build(level: int) -> list:
            if level == 0 or self.rng.random() < 0.25:
                if domain == "int" and shape and self.rng.random() < 0.15:
                    dim = self.rng.randrange(len(shape))
                    return ["idx", dim, shape[dim]]
                return ["in", self.rng.randrange(len(bounds))]
            op = self.rng.choice(table)
            children = [build(level - 1) for _ in range(op.arity)]
            child_bounds = [expr_bound(c, bounds) for c in children]
            if not op.allowed(child_bounds):
                return children[0]
            return self.limit([op.name, self.param(op.name), *children], bounds, domain)

        expr = build(depth)
        for i in range(len(bounds)):
            if not uses_input(expr, i):
                name = self.rng.choice(("addf", "mulf", "maxf", "subf") if domain == "float"
                                       else ("addi", "maxsi", "minsi", "xori"))
                expr = self.limit([name, None, expr, ["in", i]], bounds, domain)
        return expr

    def limit(self, expr: list, bounds: list[float], domain: str) -> list:
        bound = expr_bound(expr, bounds)
        if domain == "float" and bound > ops.FLOAT_MAX_BOUND:
            return ["tanh", None, expr] if self.rng.random() < 0.5 else ["sin", None, ["tanh", None, expr]]
        if domain == "int" and bound > ops.INT_MAX_BOUND:
            return ["clamp", 1000, ["remc", 1 << 16, expr]]
        return expr

    def param(self, name: str):
        choices = {"scale": (0.5, 0.25, 2.0, 0.125), "remc": (2, 3, 5, 7), "shrc": (1, 2, 3),
                   "clamp": (1, 3, 8, 100)}
        return self.rng.choice(choices[name]) if name in choices else None

    # ---------------------------------------------------------------------------------- contractions

    def operand(self, shape: list[int], dtype: str, max_bound: float = float("inf")) -> int:
        """A visible value of exactly this type within `max_bound`, else a new argument."""
        return self.pick(lambda v: v.shape == shape and v.dtype == dtype and v.bound <= max_bound,
                         lambda: self.new_arg(shape, dtype))

    def first_operand(self, rank: int, max_bound: float) -> int:
        return self.pick(lambda v: numeric(v) and v.rank == rank and v.bound <= max_bound and v.size > 1,
                         lambda: self.new_arg(self.random_shape(rank, 512), self.random_dtype()))

    def make_matmul(self) -> int:
        a = self.value(self.first_operand(2, 64))
        transpose_a, transpose_b = self.rng.random() < 0.2, self.rng.random() < 0.2
        m, k = (a.shape[1], a.shape[0]) if transpose_a else (a.shape[0], a.shape[1])
        n = self.rng.choice([d for d in DIMS if d * m <= self.limits.max_elements] or [1])
        b_shape = [n, k] if transpose_b else [k, n]
        b = self.value(self.operand(b_shape, a.dtype, 64))
        params = {"transpose_a": transpose_a, "transpose_b": transpose_b}
        out = self.add("matmul", [a.id, b.id], [m, n], accumulator(a.dtype), k * a.bound * b.bound, params)
        return self.tame(out)

    def make_batch_matmul(self) -> int:
        a = self.value(self.first_operand(3, 64))
        batch, m, k = a.shape
        n = self.rng.choice([d for d in DIMS if d * m * batch <= self.limits.max_elements] or [1])
        transpose_b = self.rng.random() < 0.3
        b = self.value(self.operand([batch, n, k] if transpose_b else [batch, k, n], a.dtype, 64))
        params = {"transpose_b": transpose_b}
        out = self.add("batch_matmul", [a.id, b.id], [batch, m, n], accumulator(a.dtype),
                       k * a.bound * b.bound, params)
        return self.tame(out)

    def window(self, size: int) -> tuple[int, int, int]:
        """(kernel, stride, dilation) that fit a spatial size."""
        for _ in range(10):
            kernel, stride, dilation = self.rng.randint(1, 3), self.rng.randint(1, 2), self.rng.randint(1, 2)
            if dilation * (kernel - 1) + 1 <= size:
                return kernel, stride, dilation
        return 1, 1, 1

    def spatial_input(self) -> Value:
        def fresh() -> int:
            n, c = self.rng.choice((1, 2)), self.rng.choice((1, 2, 3, 4, 8))
            h, w = self.rng.choice((3, 5, 7, 8, 11, 13)), self.rng.choice((3, 5, 7, 9, 16))
            return self.new_arg([n, h, w, c], self.random_dtype())

        return self.value(self.pick(lambda v: numeric(v) and v.rank == 4 and v.bound <= 64
                                           and v.shape[1] * v.shape[2] > 1, fresh))

    def make_conv(self) -> int:
        x = self.spatial_input()
        layout = self.rng.choice(("nhwc_hwcf", "nchw_fchw", "depthwise_nhwc_hwc"))
        if layout == "nchw_fchw":
            n, c, h, w = x.shape
        else:
            n, h, w, c = x.shape
        (kh, sh, dh), (kw, sw, dw) = self.window(h), self.window(w)
        oh, ow = (h - dh * (kh - 1) - 1) // sh + 1, (w - dw * (kw - 1) - 1) // sw + 1
        f = c if layout.startswith("depthwise") else self.rng.choice((1, 2, 3, 4, 8))
        filter_shape = {"nhwc_hwcf": [kh, kw, c, f], "nchw_fchw": [f, c, kh, kw],
                        "depthwise_nhwc_hwc": [kh, kw, c]}[layout]
        out_shape = [n, f, oh, ow] if layout == "nchw_fchw" else [n, oh, ow, f]
        filt = self.operand(filter_shape, x.dtype, 64)
        terms = kh * kw * (1 if layout.startswith("depthwise") else c)
        params = {"layout": layout, "strides": [sh, sw], "dilations": [dh, dw]}
        bound = terms * x.bound * self.value(filt).bound
        return self.tame(self.add("conv", [x.id, filt], out_shape, accumulator(x.dtype), bound, params))

    def make_pool(self) -> int:
        x = self.spatial_input()
        layout, kind = self.rng.choice(("nhwc", "nchw")), self.rng.choice(("max", "sum"))
        h, w = (x.shape[2], x.shape[3]) if layout == "nchw" else (x.shape[1], x.shape[2])
        (kh, sh, dh), (kw, sw, dw) = self.window(h), self.window(w)
        oh, ow = (h - dh * (kh - 1) - 1) // sh + 1, (w - dw * (kw - 1) - 1) // sw + 1
        n, c = x.shape[0], (x.shape[1] if layout == "nchw" else x.shape[3])
        out_shape = [n, c, oh, ow] if layout == "nchw" else [n, oh, ow, c]
        params = {"layout": layout, "kind": kind, "window": [kh, kw], "strides": [sh, sw], "dilations": [dh, dw]}
        dtype = accumulator(x.dtype) if kind == "sum" else x.dtype
        bound = x.bound * (kh * kw if kind == "sum" else 1)
        return self.tame(self.add("pool", [x.id], out_shape, dtype, bound, params))

    # ---------------------------------------------------------------------------- data movement, reductions

    def make_reduce(self) -> int:
        x = self.value(self.pick(lambda v: numeric(v) and v.rank >= 1 and v.bound <= 64,
                                 lambda: self.new_arg(self.random_shape(self.rng.randint(1, 3)),
                                                      self.random_dtype())))
        dims = sorted(self.rng.sample(range(x.rank), self.rng.randint(1, x.rank)))
        kinds = ("sum", "max", "min", "sumsq") if is_float(x.dtype) else ("sum", "max", "min")
        kind = self.rng.choice(kinds)
        count = 1
        for d in dims:
            count *= x.shape[d]
        bound = {"sum": count * x.bound, "sumsq": count * x.bound ** 2}.get(kind, x.bound)
        dtype = accumulator(x.dtype) if kind in ("sum", "sumsq") else x.dtype
        named = kind != "sumsq" and dtype == x.dtype and self.rng.random() < 0.6
        shape = [s for i, s in enumerate(x.shape) if i not in dims]
        params = {"kind": kind, "dims": dims, "form": "named" if named else "generic"}
        return self.tame(self.add("reduce", [x.id], shape, dtype, bound, params))

    def make_broadcast(self) -> int:
        x = self.value(self.pick(lambda v: v.rank < self.limits.max_rank,
                                 lambda: self.new_arg(self.random_shape(self.rng.randint(1, 2)),
                                                      self.random_dtype())))
        added = self.rng.randint(1, self.limits.max_rank - x.rank)
        out_rank = x.rank + added
        dims = sorted(self.rng.sample(range(out_rank), added))
        budget = max(1, self.limits.max_elements // max(1, x.size))
        new_sizes = iter(self.random_shape(added, budget))
        source = iter(x.shape)
        shape = [next(new_sizes) if i in dims else next(source) for i in range(out_rank)]
        return self.add("broadcast", [x.id], shape, x.dtype, x.bound, {"dims": dims})

    def make_transpose(self) -> int:
        x = self.value(self.pick(lambda v: v.rank >= 2,
                                 lambda: self.new_arg(self.random_shape(self.rng.randint(2, 4)),
                                                      self.random_dtype())))
        perm = list(range(x.rank))
        while perm == list(range(x.rank)):
            self.rng.shuffle(perm)
        return self.add("transpose", [x.id], [x.shape[p] for p in perm], x.dtype, x.bound, {"perm": perm})

    def make_slice(self) -> int:
        x = self.value(self.pick(lambda v: any(s >= 2 for s in v.shape),
                                 lambda: self.new_arg(self.random_shape(2), self.random_dtype())))
        offsets, sizes, strides = [], [], []
        for s in x.shape:
            stride = self.rng.choice((1, 1, 2))
            size = self.rng.randint(1, (s - 1) // stride + 1)
            offset = self.rng.randint(0, s - (size - 1) * stride - 1)
            offsets.append(offset)
            sizes.append(size)
            strides.append(stride)
        params = {"offsets": offsets, "sizes": sizes, "strides": strides}
        return self.add("slice", [x.id], sizes, x.dtype, x.bound, params)

    def make_pad(self) -> int:
        x = self.value(self.pick(lambda v: numeric(v) and 1 <= v.rank and v.size * 4 <= self.limits.max_elements,
                                 lambda: self.new_arg(self.random_shape(2, 256), self.random_dtype())))
        low = [self.rng.randint(0, 2) for _ in x.shape]
        high = [self.rng.randint(0, 2) for _ in x.shape]
        shape = [s + lo + hi for s, lo, hi in zip(x.shape, low, high, strict=True)]
        pad_value = self.rng.choice((0, 1, -2)) if x.dtype.startswith("i") else self.rng.choice((0.0, 0.5, -1.0))
        params = {"low": low, "high": high, "value": pad_value}
        return self.add("pad", [x.id], shape, x.dtype, max(x.bound, abs(pad_value)), params)

    # ----------------------------------------------------------------------------------------- masks

    def make_mask(self) -> int:
        """An i1 tensor: an integer value compared with a constant (exact, so never a rounding flip)."""
        x = self.value(self.pick(lambda v: v.dtype in INT_DTYPES,
                                 lambda: self.new_arg(self.random_shape(self.rng.randint(1, 3)), "i32")))
        params = {"predicate": self.rng.choice(("sgt", "slt", "eq", "ne", "sge")),
                  "constant": self.rng.randint(-2, 2)}
        return self.add("mask", [x.id], x.shape, MASK, 1.0, params)

    def make_select(self) -> int:
        """select(mask, a, b) elementwise; the mask is an i1 value or argument of the same shape."""
        mask = self.value(self.pick(lambda v: v.dtype == MASK,
                                    lambda: self.new_arg(self.random_shape(self.rng.randint(1, 3)), MASK)))
        dtype = self.random_dtype()
        a = self.value(self.operand(mask.shape, dtype))
        b = self.value(self.operand(mask.shape, dtype))
        return self.add("select", [mask.id, a.id, b.id], mask.shape, dtype, max(a.bound, b.bound), {})

    # ------------------------------------------------------------------------------------- control flow

    def body(self, start: int, args: list[int], bound: float, blocks: int = 1) -> Block:
        """A block: up to 3 operators on the visible values (`args` added; within the program's remaining
        budget shared by `blocks` blocks), ending in an elementwise operator that gives `start`'s type within
        `bound`."""
        target = self.value(start)
        self.scopes.append(list(args))
        self.blocks.append([])
        stop = self.count + max(1, (self.target - self.count - 1) // blocks) - 1
        for _ in range(self.rng.randint(0, 3)):
            if self.count >= stop:
                break
            kind = self.choose_kind(allow_control_flow=False)
            getattr(self, f"make_{kind}")()
        last = self.scopes[-1][-1] if self.scopes[-1] else start
        inputs, maps = [start], [list(range(target.rank))]
        lv = self.value(last)
        fits = [dims for dims in itertools.permutations(range(target.rank), lv.rank)
                if all(target.shape[d] == s for d, s in zip(dims, lv.shape, strict=True))]
        if last != start and lv.dtype == target.dtype and fits:
            inputs.append(last)
            maps.append(self.rng.choice(fits))
        domain = "float" if is_float(target.dtype) else "int"
        expr = self.random_expr([self.value(i).bound for i in inputs], domain, depth=self.rng.randint(1, 2))
        if expr_bound(expr, [self.value(i).bound for i in inputs]) > bound:
            expr = ["tanh", None, expr] if domain == "float" else ["clamp", int(bound), expr]
        result = self.add_elementwise(inputs, maps, target.shape, target.dtype, expr, target.dtype)
        nodes = self.blocks.pop()
        self.scopes.pop()
        return Block(args=list(args), nodes=nodes, result=result)

    def carried(self) -> Value:
        return self.value(self.pick(lambda v: numeric(v) and v.size <= 1024,
                                    lambda: self.new_arg(self.random_shape(self.rng.randint(1, 2), 256),
                                                         self.random_dtype())))

    def loop_carry(self, init: Value) -> tuple[int, float]:
        bound = max(init.bound, 1.0) if is_float(init.dtype) else max(init.bound, 4.0)
        return self.new_value(init.shape, init.dtype, bound), bound

    def condition_tensor(self) -> Value:
        return self.value(self.pick(lambda v: v.dtype in INT_DTYPES,
                                    lambda: self.new_arg(self.random_shape(1, 8), "i32")))

    def make_for(self) -> int:
        init = self.carried()
        carry, bound = self.loop_carry(init)
        block = self.body(carry, [carry], bound)
        params = {"trips": self.rng.randint(1, 3)}
        return self.add("for", [init.id], init.shape, init.dtype, bound, params, [block])

    def make_while(self) -> int:
        init = self.carried()
        cond = self.condition_tensor()
        carry, bound = self.loop_carry(init)
        block = self.body(carry, [carry], bound)
        params = {"index": [self.rng.randrange(s) for s in cond.shape], "max_trips": 3}
        return self.add("while", [init.id, cond.id], init.shape, init.dtype, bound, params, [block])

    def make_if(self) -> int:
        cond = self.condition_tensor()
        start = self.carried()
        bound = max(start.bound, 1.0) if is_float(start.dtype) else max(start.bound, 4.0)
        then, otherwise = self.body(start.id, [], bound, blocks=2), self.body(start.id, [], bound, blocks=1)
        params = {"index": [self.rng.randrange(s) for s in cond.shape], "threshold": self.rng.randint(-2, 2)}
        return self.add("if", [cond.id], start.shape, start.dtype, bound, params, [then, otherwise])



def numeric(v: Value) -> bool:
    """Arithmetic applies: not an i1 mask (masks only move, select and leave as results) nor bf16 (moved and
    cast back only: the oracle would have to round after every operation)."""
    return v.dtype not in (MASK, BF16)


def expr_bound(expr: list, bounds: list[float]) -> float:
    if expr[0] == "in":
        return bounds[expr[1]]
    if expr[0] == "idx":
        return float(expr[2])
    op = ops.OPS[expr[0]]
    return op.bound([expr_bound(child, bounds) for child in expr[2:]], expr[1])


def uses_input(expr: list, index: int) -> bool:
    if expr[0] == "in":
        return expr[1] == index
    if expr[0] == "idx":
        return False
    return any(uses_input(child, index) for child in expr[2:])


def uses_index(expr: list) -> bool:
    if expr[0] == "idx":
        return True
    return expr[0] != "in" and any(uses_index(child) for child in expr[2:])
