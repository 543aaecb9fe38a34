"""A Program (hm_mlir.fuzz.spec) as a standalone NumPy program: the oracle of the differential test.

The emitted text defines `program(*args)` returning a tuple of arrays; it imports only NumPy and `math`, so it
never touches the compiler. `run_numpy(text, inputs)` executes it.
"""

from __future__ import annotations

from hm_mlir.fuzz import ops
from hm_mlir.fuzz.spec import BF16, NUMPY_DTYPE, Node, Program

PRELUDE = '''import math

import numpy as np


def _bf16(x):
    """float32 values rounded to the nearest bfloat16 (ties to even), as float32: what arith.truncf gives."""
    bits = np.asarray(x, np.float32).view(np.uint32).astype(np.uint64)
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16 << 16).astype(np.uint32).view(np.float32)


def _index(shape, dim, dtype):
    """linalg.index `dim` + 1 over `shape`, as `dtype`."""
    return (np.indices(shape)[dim] + 1).astype(dtype)


def _erf(x):
    return np.vectorize(math.erf, otypes=[np.float64])(x).astype(x.dtype)


def _expand(x, dims, shape):
    """`x` read through a map that sends its axis i to output axis dims[i], broadcast to `shape`."""
    order = sorted(range(len(dims)), key=lambda i: dims[i])
    x = np.transpose(x, order)
    view = [1] * len(shape)
    for i in order:
        view[dims[i]] = shape[dims[i]]
    return np.broadcast_to(x.reshape(view), shape)


def _windows(x, kh, kw, strides, dilations, oh, ow):
    """Every (i, j) of a kh x kw window over the H, W axes (1, 2) of an NHWC array, strided and dilated."""
    (sh, sw), (dh, dw) = strides, dilations
    for i in range(kh):
        for j in range(kw):
            yield i, j, x[:, i * dh:i * dh + sh * (oh - 1) + 1:sh, j * dw:j * dw + sw * (ow - 1) + 1:sw, :]


def _conv_nhwc(x, w, strides, dilations, out_shape, acc, depthwise):
    out = np.zeros(out_shape, acc)
    x, w = x.astype(acc), w.astype(acc)
    for i, j, patch in _windows(x, w.shape[0], w.shape[1], strides, dilations, out_shape[1], out_shape[2]):
        out += patch * w[i, j] if depthwise else np.einsum("nhwc,cf->nhwf", patch, w[i, j])
    return out


def _pool_nhwc(x, window, strides, dilations, out_shape, acc, kind):
    x = x.astype(acc)
    out = None
    for _, _, patch in _windows(x, window[0], window[1], strides, dilations, out_shape[1], out_shape[2]):
        out = patch.copy() if out is None else (out + patch if kind == "sum" else np.maximum(out, patch))
    return out


'''

PREDICATES = {"sgt": ">", "slt": "<", "eq": "==", "ne": "!=", "sge": ">="}
REDUCERS = {"sum": "np.sum", "max": "np.max", "min": "np.min"}


def _np_type(dtype: str) -> str:
    return f"np.{NUMPY_DTYPE[dtype]}"


def to_numpy(program: Program) -> str:
    """The NumPy program of `program`: the prelude and `def program(v<arg>, ...)`."""
    lines = [f"def program({', '.join(f'v{a}' for a in program.args)}):"]
    lines += _indented(_lines(program, program.nodes))
    outputs = ", ".join(f"v{o}" for o in program.outputs)
    lines.append(f"    return ({outputs},)")
    return f"# NumPy oracle of hm-mlir fuzz program, seed {program.seed}\n" + PRELUDE + "\n".join(lines) + "\n"


def run_numpy(text: str, inputs: list) -> list:
    """Execute an emitted NumPy program on `inputs`; its results as a list of arrays."""
    namespace: dict = {"__name__": "hm_fuzz_oracle"}
    exec(compile(text, "<fuzz oracle>", "exec"), namespace)  # noqa: S102 (our own emitted program)
    return list(namespace["program"](*inputs))


def _expr(expr: list, inputs: list[str], dtype: str, shape: tuple) -> str:
    if expr[0] == "in":
        return inputs[expr[1]]
    if expr[0] == "idx":
        return f"_index({shape}, {expr[1]}, {_np_type(dtype)})"
    children = [_expr(child, inputs, dtype, shape) for child in expr[2:]]
    return ops.OPS[expr[0]].numpy(children, lambda value: f"{_np_type(dtype)}({value!r})", expr[1])


def _lines(program: Program, nodes: list[Node]) -> list[str]:
    """The statements of `nodes`, indented relative to their block."""
    return [line for node in nodes for line in _node(program, node)]


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _node(program: Program, node: Node) -> list[str]:
    val = program.values
    out, p = val[node.result], node.params
    xs = [f"v{o}" for o in node.operands]
    r, ty, shape = f"v{node.result}", _np_type(out.dtype), tuple(out.shape)
    kind = node.kind
    if kind == "elementwise":
        inputs = [f"_expand({x}, {m}, {shape})" for x, m in zip(xs, p["maps"], strict=True)]
        body = _expr(p["expr"], inputs, p["in_dtype"], shape)
        value = f"np.asarray(np.broadcast_to({body}, {shape}), {_np_type(p['in_dtype'])}).astype({ty})"
        return [f"{r} = _bf16({value})" if out.dtype == BF16 else f"{r} = {value}"]
    if kind == "mask":
        constant = f"{_np_type(val[node.operands[0]].dtype)}({p['constant']})"
        return [f"{r} = np.asarray({xs[0]} {PREDICATES[p['predicate']]} {constant})"]
    if kind == "select":
        return [f"{r} = np.where({xs[0]}, {xs[1]}, {xs[2]}).astype({ty})"]
    if kind == "matmul":
        a = f"{xs[0]}.T" if p["transpose_a"] else xs[0]
        b = f"{xs[1]}.T" if p["transpose_b"] else xs[1]
        return [f"{r} = np.matmul({a}.astype({ty}), {b}.astype({ty})).astype({ty})"]
    if kind == "batch_matmul":
        b = f"np.swapaxes({xs[1]}, 1, 2)" if p["transpose_b"] else xs[1]
        return [f"{r} = np.matmul({xs[0]}.astype({ty}), {b}.astype({ty})).astype({ty})"]
    if kind == "conv":
        layout, s, d = p["layout"], p["strides"], p["dilations"]
        if layout == "nchw_fchw":
            nhwc = (shape[0], shape[2], shape[3], shape[1])
            call = (f"_conv_nhwc({xs[0]}.transpose(0, 2, 3, 1), {xs[1]}.transpose(2, 3, 1, 0), {s}, {d}, {nhwc}, "
                    f"{ty}, False)")
            return [f"{r} = {call}.transpose(0, 3, 1, 2).astype({ty})"]
        depthwise = layout.startswith("depthwise")
        return [f"{r} = _conv_nhwc({xs[0]}, {xs[1]}, {s}, {d}, {shape}, {ty}, {depthwise}).astype({ty})"]
    if kind == "pool":
        w, s, d = p["window"], p["strides"], p["dilations"]
        if p["layout"] == "nchw":
            nhwc = (shape[0], shape[2], shape[3], shape[1])
            call = f"_pool_nhwc({xs[0]}.transpose(0, 2, 3, 1), {w}, {s}, {d}, {nhwc}, {ty}, {p['kind']!r})"
            return [f"{r} = {call}.transpose(0, 3, 1, 2).astype({ty})"]
        return [f"{r} = _pool_nhwc({xs[0]}, {w}, {s}, {d}, {shape}, {ty}, {p['kind']!r}).astype({ty})"]
    if kind == "reduce":
        axes = tuple(p["dims"])
        source = f"{xs[0]}.astype({ty})"
        if p["kind"] == "sumsq":
            return [f"{r} = np.asarray(np.sum({source} * {source}, axis={axes}, dtype={ty}), {ty})"]
        if p["kind"] == "sum":
            return [f"{r} = np.asarray(np.sum({source}, axis={axes}, dtype={ty}), {ty})"]
        return [f"{r} = np.asarray({REDUCERS[p['kind']]}({source}, axis={axes}), {ty})"]
    if kind == "broadcast":
        kept = [i for i in range(len(shape)) if i not in p["dims"]]
        return [f"{r} = np.array(_expand({xs[0]}, {kept}, {shape}))"]
    if kind == "transpose":
        return [f"{r} = np.transpose({xs[0]}, {p['perm']}).copy()"]
    if kind == "slice":
        index = ", ".join(f"{o}:{o + (n - 1) * t + 1}:{t}" for o, n, t in
                          zip(p["offsets"], p["sizes"], p["strides"], strict=True))
        return [f"{r} = {xs[0]}[{index},].copy()"]
    if kind == "pad":
        widths = [list(w) for w in zip(p["low"], p["high"], strict=True)]
        return [f"{r} = np.pad({xs[0]}, {widths}, constant_values={ty}({p['value']!r}))"]
    return _control_flow(program, node)


def _control_flow(program: Program, node: Node) -> list[str]:
    p, r = node.params, f"v{node.result}"
    if node.kind == "if":
        then, otherwise = node.blocks
        index = tuple(p["index"])
        return ([f"if int(v{node.operands[0]}[{index}]) > {p['threshold']}:"]
                + _indented(_lines(program, then.nodes) + [f"{r} = v{then.result}"])
                + ["else:"] + _indented(_lines(program, otherwise.nodes) + [f"{r} = v{otherwise.result}"]))
    (body,) = node.blocks
    carry = f"v{body.args[0]}"
    lines = [f"{carry} = v{node.operands[0]}"]
    if node.kind == "for":
        lines.append(f"for _ in range({p['trips']}):")
    else:
        index = tuple(p["index"])
        lines.append(f"limit{node.result} = min(max(int(v{node.operands[1]}[{index}]), 0), {p['max_trips']})")
        lines.append(f"for _ in range(limit{node.result}):")
    lines += _indented(_lines(program, body.nodes) + [f"{carry} = v{body.result}"])
    lines.append(f"{r} = {carry}")
    return lines
