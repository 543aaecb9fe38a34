"""NumPy references for the MLIR test programs of this folder (one `<name>.mlir` per entry of PROGRAMS).

Conventions: `inputs(rng)` gives one array per argument of `@main`, in order; `reference(*inputs)` gives one
array per result, in order. Scalars are 0-d arrays; `index` is int64; `i1` is bool; f16 is np.float16; bf16 is
float32 holding values exactly representable in bf16 (the reference rounds bf16 results the same way).
Tolerances: f32/f64 rtol = atol = 1e-4; f16/bf16 2e-2; integers and i1 exact.
No imports beyond NumPy and the standard library.
"""


import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

f32, f64, f16 = np.float32, np.float64, np.float16
i8, i32, i64 = np.int8, np.int32, np.int64


@dataclass(frozen=True)
class Program:
    name: str  # file stem
    inputs: Callable[[np.random.Generator], list[np.ndarray]]
    reference: Callable[..., list[np.ndarray]]
    entry: str = "main"
    tags: tuple[str, ...] = ()


PROGRAMS: dict[str, Program] = {}


def program(*tags: str, inputs: Callable[[np.random.Generator], list[np.ndarray]]):
    """Register the decorated reference under its function name (the .mlir file stem)."""

    def wrap(fn):
        PROGRAMS[fn.__name__] = Program(fn.__name__, inputs, fn, tags=tags)
        return fn

    return wrap


# ---------------------------------------------------------------------------------------------- helpers


def normal(rng, shape, scale=1.0, loc=0.0, dtype=f32):
    return (rng.standard_normal(shape) * scale + loc).astype(dtype)


def uniform(rng, shape, lo, hi, dtype=f32):
    return rng.uniform(lo, hi, shape).astype(dtype)


def to_bf16(x) -> np.ndarray:
    """Round float32 values to the nearest bf16 (ties to even); returns float32 holding bf16 values."""
    u = np.asarray(x, dtype=f32).view(np.uint32).astype(np.uint64)
    r = (u + 0x7FFF + ((u >> 16) & 1)) & 0xFFFF0000
    return r.astype(np.uint32).view(f32)


def out_size(n, k, stride, dilation):
    return (n - dilation * (k - 1) - 1) // stride + 1


def windows(x, kh, kw, strides, dilations):
    """For NHWC x: yields (i, j, view) with view[n, oh, ow, c] = x[n, oh*sh + i*dh, ow*sw + j*dw, c]."""
    sh, sw = strides
    dh, dw = dilations
    oh = out_size(x.shape[1], kh, sh, dh)
    ow = out_size(x.shape[2], kw, sw, dw)
    for i in range(kh):
        for j in range(kw):
            h0, w0 = i * dh, j * dw
            yield i, j, x[:, h0 : h0 + sh * (oh - 1) + 1 : sh, w0 : w0 + sw * (ow - 1) + 1 : sw, :]


def conv_nhwc_hwcf(x, f, strides=(1, 1), dilations=(1, 1)):
    x, f = x.astype(f64), f.astype(f64)
    out = 0.0
    for i, j, v in windows(x, f.shape[0], f.shape[1], strides, dilations):
        out = out + v @ f[i, j]
    return out


def depthwise_nhwc_hwc(x, f, strides=(1, 1), dilations=(1, 1)):
    x, f = x.astype(f64), f.astype(f64)
    out = 0.0
    for i, j, v in windows(x, f.shape[0], f.shape[1], strides, dilations):
        out = out + v * f[i, j]
    return out


def pool_nhwc(x, kh, kw, strides, dilations, op):
    out = None
    for _i, _j, v in windows(x.astype(f64), kh, kw, strides, dilations):
        out = v if out is None else op(out, v)
    return out


def nchw_to_nhwc(x):
    return x.transpose(0, 2, 3, 1)


def nhwc_to_nchw(x):
    return x.transpose(0, 3, 1, 2)


def softmax_rows(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def trunc_div(a, b):
    """C (truncating) integer division, as arith.divsi."""
    q = np.abs(a) // np.abs(b)
    return np.where((a < 0) != (b < 0), -q, q).astype(a.dtype)


# ---------------------------------------------------------------------------------------------- models


@program("model", inputs=lambda rng: [normal(rng, (37, 91)), normal(rng, (91, 53), 1 / math.sqrt(91)),
                                      normal(rng, (53,), 0.5)])
def mlp(x, w, b):
    return [np.maximum(x.astype(f64) @ w + b, 0).astype(f32)]


@program("model", inputs=lambda rng: [normal(rng, (37, 16)) for _ in range(3)])
def attention(q, k, v):
    s = (q.astype(f64) @ k.astype(f64).T) * 0.25
    return [(softmax_rows(s) @ v).astype(f32)]


@program("model", inputs=lambda rng: [normal(rng, (1, 13, 11, 3)), normal(rng, (3, 3, 3, 8), 1 / math.sqrt(27)),
                                      normal(rng, (8,), 0.5)])
def conv_bias_relu(x, f, b):
    return [np.maximum(conv_nhwc_hwcf(x, f) + b, 0).astype(f32)]


@program("model", inputs=lambda rng: [normal(rng, (1, 4, 10, 10)), normal(rng, (4, 3, 3), 1 / 3),
                                      normal(rng, (4, 4, 1, 1), 0.5), normal(rng, (4, 4, 3, 3), 1 / 6)])
def nasnet_branches(x, dw, pw, k):
    nhwc = nchw_to_nhwc(x)
    d = depthwise_nhwc_hwc(np.maximum(nhwc, 0), dw.transpose(1, 2, 0))
    a = conv_nhwc_hwcf(d, pw.transpose(2, 3, 1, 0))
    b = pool_nhwc(nhwc, 3, 3, (1, 1), (1, 1), np.add) * f32(0.111111112)
    c = conv_nhwc_hwcf(nhwc, k.transpose(2, 3, 1, 0))
    m = pool_nhwc(nhwc, 3, 3, (1, 1), (1, 1), np.maximum)
    return [nhwc_to_nchw(np.concatenate([a + b, np.maximum(c, 0) + m], axis=3)).astype(f32)]


@program("model", inputs=lambda rng: [normal(rng, (37, 53), 2.0, 0.5), normal(rng, (53,), 0.1, 1.0),
                                      normal(rng, (53,), 0.1)])
def layernorm(x, gamma, beta):
    x = x.astype(f64)
    mean = x.mean(axis=1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=1, keepdims=True)
    return [((x - mean) / np.sqrt(var + 1e-5) * gamma + beta).astype(f32)]


@program("model", inputs=lambda rng: [normal(rng, (3, 37, 19)), normal(rng, (3, 19, 23), 1 / math.sqrt(19))])
def batched_matmul(a, b):
    return [(a.astype(f64) @ b).astype(f32)]


# positive inputs: no cancellation in the big sums
@program("model", inputs=lambda rng: [uniform(rng, (37, 91, 53), 0.5, 1.5)])
def reductions(x):
    xd = x.astype(f64)
    return [xd.sum(axis=2).astype(f32), x.max(axis=0), xd.sum(axis=(0, 2)).astype(f32), x.min(axis=1),
            np.array(xd.sum(), dtype=f32)]


@program("model", inputs=lambda rng: [normal(rng, (7, 16), 0.5), normal(rng, (5, 7, 12)),
                                      normal(rng, (16, 16), 0.8 / 4), normal(rng, (12, 16), 1 / math.sqrt(12)),
                                      normal(rng, (16,), 0.1)])
def rnn_for(h0, xs, w, u, b):
    h = h0.astype(f64)
    hs = []
    for t in range(xs.shape[0]):
        h = np.tanh(h @ w + xs[t].astype(f64) @ u + b)
        hs.append(h)
    return [h.astype(f32), np.stack(hs).astype(f32)]


@program("model", inputs=lambda rng: [normal(rng, (6, 4, 8)), normal(rng, (4, 16), 0.5), normal(rng, (4, 16), 0.5),
                                      normal(rng, (4, 16), 0.5),
                                      normal(rng, (8, 16), 1 / math.sqrt(8)), normal(rng, (16, 16), 0.2),
                                      normal(rng, (16,), 0.1),
                                      normal(rng, (16, 16), 0.25), normal(rng, (16, 16), 0.2), normal(rng, (16,), 0.1),
                                      normal(rng, (16, 16), 0.25), normal(rng, (16, 16), 0.2), normal(rng, (16,), 0.1)])
def stacked_rnn(xs, h0, h1, h2, w0, u0, b0, w1, u1, b1, w2, u2, b2):
    hs = [h.astype(f64) for h in (h0, h1, h2)]
    weights = [(w0, u0, b0), (w1, u1, b1), (w2, u2, b2)]
    ys = []
    for t in range(xs.shape[0]):
        x = xs[t].astype(f64)
        for layer, (w, u, b) in enumerate(weights):
            hs[layer] = np.tanh(x @ w + hs[layer] @ u + b)
            x = hs[layer]
        ys.append(x)
    return [h.astype(f32) for h in hs] + [np.stack(ys).astype(f32)]


@program("model", inputs=lambda rng: [uniform(rng, (37, 53), 0.0, 1.0), np.array(1.0, dtype=f32)])
def while_loop(x, thr):
    t, n = x.astype(f32), 0
    while t.astype(f64).sum() > float(thr):
        t = (t * f32(0.5)).astype(f32)
        n += 1
    return [t, np.array(n, dtype=i32)]


@program("model", inputs=lambda rng: [normal(rng, (37, 53), 1.0, 0.1)])
def if_branch(x):
    def branchy(v):
        v = v.astype(f64)
        return (v * 2 + 1 if v.sum() > 0 else np.exp(v)).astype(f32)

    return [branchy(x), branchy(-x)]


# ---------------------------------------------------------------------------------------------- linalg.generic


@program("construct", inputs=lambda rng: [normal(rng, (37, 53))])
def generic_index(x):
    i, j = np.indices((37, 53))
    y = np.where(j >= i, x, f32(0)) + ((i - j).astype(f32) * f32(0.5)) * f32(0.018867925)
    z = (np.arange(7)[:, None] * 91 + np.arange(91)[None, :] % 3).astype(i32)
    return [y.astype(f32), z]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), normal(rng, (53, 37)), normal(rng, (37,)),
                                          normal(rng, (53,)), normal(rng, (37, 1))])
def generic_maps(a, bt, r, c, k):
    a, bt, r, c, k = (v.astype(f64) for v in (a, bt, r, c, k))
    y = a + bt.T * r[:, None] - c[None, :] * k[:, 0:1]
    return [y.astype(f32), y.max(axis=1).astype(f32), y.sum(axis=1).astype(f32), (2 * y).T.astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (59,)), normal(rng, (7,), 0.4), normal(rng, (101,))])
def generic_conv1d(x, w, y):
    x, w, y = x.astype(f64), w.astype(f64), y.astype(f64)
    r = np.array([x[i : i + 7] @ w for i in range(53)])
    r2 = np.array([y[2 * i : 2 * i + 19 : 3] @ w for i in range(41)])
    return [r.astype(f32), r2.astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (91, 37)), normal(rng, (91, 53), 1 / math.sqrt(91)),
                                          normal(rng, (37, 91)), normal(rng, (53, 91), 1 / math.sqrt(91)),
                                          normal(rng, (2, 7, 13)), normal(rng, (2, 11, 13), 1 / math.sqrt(13))])
def matmul_transposed(at, b, a, bt, p, qt):
    return [(at.astype(f64).T @ b).astype(f32), (a.astype(f64) @ bt.T).astype(f32),
            (p.astype(f64) @ qt.transpose(0, 2, 1)).astype(f32)]


# ---------------------------------------------------------------------------------------------- conv / pooling


@program("construct", inputs=lambda rng: [normal(rng, (2, 17, 15, 3)), normal(rng, (3, 3, 3, 5), 1 / math.sqrt(27))])
def conv_nhwc_strided(x, f):
    return [conv_nhwc_hwcf(x, f, (2, 2), (2, 2)).astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (1, 4, 19, 16)), normal(rng, (5, 4, 3, 2), 1 / math.sqrt(24))])
def conv_nchw_strided(x, f):
    y = conv_nhwc_hwcf(nchw_to_nhwc(x), f.transpose(2, 3, 1, 0), (2, 1), (1, 2))
    return [nhwc_to_nchw(y).astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (1, 15, 13, 6)), normal(rng, (3, 3, 6), 1 / 3)])
def depthwise_nhwc(x, f):
    return [depthwise_nhwc_hwc(x, f, (2, 2), (1, 1)).astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (2, 5, 14, 11)), normal(rng, (5, 3, 3), 1 / 3)])
def depthwise_nchw(x, f):
    y = depthwise_nhwc_hwc(nchw_to_nhwc(x), f.transpose(1, 2, 0), (1, 2), (2, 1))
    return [nhwc_to_nchw(y).astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (2, 17, 15, 3))])
def pooling_nhwc(x):
    mx = pool_nhwc(x, 3, 3, (2, 2), (1, 1), np.maximum)
    sm = pool_nhwc(x, 2, 3, (2, 1), (1, 2), np.add)
    return [mx.astype(f32), sm.astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (1, 4, 16, 13))])
def pooling_nchw_max(x):
    return [nhwc_to_nchw(pool_nhwc(nchw_to_nhwc(x), 3, 2, (2, 2), (1, 1), np.maximum)).astype(f32)]


# ---------------------------------------------------------------------------------------------- named linalg ops


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), normal(rng, (7, 13, 5)), normal(rng, (53,)),
                                          normal(rng, (7, 11))])
def linalg_transpose_broadcast(a, b, r, c):
    return [np.ascontiguousarray(a.T), np.ascontiguousarray(b.transpose(2, 0, 1)),
            np.broadcast_to(r[None, :], (37, 53)).copy(), np.broadcast_to(c[:, None, :], (7, 3, 11)).copy()]


@program("construct", inputs=lambda rng: [normal(rng, (13, 37, 7)), normal(rng, (13, 37, 7)), normal(rng, (91,))])
def linalg_reduce_map(a, b, v):
    a64, b64 = a.astype(f64), b.astype(f64)
    m2 = np.tanh(a64 * b64 - a64)
    return [m2.astype(f32), m2.sum(axis=(0, 2)).astype(f32), np.array(v.max(), dtype=f32),
            (m2 * b64).sum(axis=2).astype(f32), b.max(axis=2)]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), normal(rng, (1,))])
def linalg_fill_copy(a, s):
    big = np.full((41, 53), 2.5, dtype=f32)
    big[2:39] = a
    return [a.copy(), np.full((7, 91), 7, dtype=i32), s.copy(), big]


# ---------------------------------------------------------------------------------------------- tensor ops


@program("construct", inputs=lambda rng: [normal(rng, (37, 53))])
def tensor_slices(x):
    s10 = x[1:36:2, 2:51:3] * f32(10)
    y = x.copy()
    y[0:35:2, 1:50:3] = s10
    return [s10, y, x[5].copy()]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), np.array(rng.standard_normal(), dtype=f32)])
def tensor_extract_insert(x, s):
    v, w = x[3, 5], x[36, 52]
    y = x.copy()
    y[0, 0] = v + w
    y[20, 7] = s
    return [y, (x * v + s).astype(f32), np.array(v * w, dtype=f32)]


@program("construct", inputs=lambda rng: [normal(rng, (91, 11)), normal(rng, (53,))])
def tensor_reshape(x, v):
    y = x.reshape(7, 13, 11) + np.arange(7, dtype=f32)[:, None, None]
    return [y, y.reshape(7, 143), y.reshape(1001), (v * v).reshape(1, 53, 1)]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), normal(rng, (2, 5, 7)),
                                          rng.integers(-100, 100, (7, 3)).astype(i32)])
def tensor_pad(x, y, z):
    return [np.pad(x, ((1, 3), (2, 0)), constant_values=0.5), np.pad(y, ((0, 1), (1, 0), (2, 3)), constant_values=-1.0),
            np.pad(z, ((1, 0), (2, 2)), constant_values=9)]


@program("construct", inputs=lambda rng: [normal(rng, (3, 53)), normal(rng, (7, 53)), normal(rng, (37, 5)),
                                          normal(rng, (37, 11))])
def tensor_concat(a, b, c, d):
    return [np.concatenate([a, b], axis=0), np.concatenate([c, d, c], axis=1)]


# ---------------------------------------------------------------------------------------------- arith / math


def _nonzero_f32(rng, shape):
    return (rng.choice([-1.0, 1.0], shape) * rng.uniform(0.5, 2.0, shape)).astype(f32)


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), _nonzero_f32(rng, (37, 53))])
def arith_float(x, y):
    q = f32(0.25)
    r0 = np.where(x < y, x * y - x / y, -(np.maximum(x, y) + np.minimum(x, y)))
    xt = x * f32(10)
    xi = np.trunc(xt).astype(i32)
    r1 = np.where((x >= q) & (x != y), np.fmod(x, y), np.maximum(x, q) - np.minimum(y, q)) + (xt - xi.astype(f32))
    return [r0.astype(f32), r1.astype(f32), xi]


def _int_inputs(rng):
    a = rng.integers(-1000, 1001, (37, 53)).astype(i32)
    b = rng.integers(1, 1001, (37, 53)).astype(i32) * rng.choice(np.array([-1, 1], dtype=i32), (37, 53))
    c = rng.integers(-(2**40), 2**40, (37, 53)).astype(i64)
    return [a, b.astype(i32), c]


@program("construct", inputs=_int_inputs)
def arith_int(x, y, z):
    u32 = np.uint32
    with np.errstate(over="ignore"):
        sh = y & 7
        shl = x << sh
        sra = x >> sh
        srl = (x.view(u32) >> sh.astype(u32)).view(i32)
        and_, or_ = x & y, x | y
        xor = and_ ^ or_
        s1 = np.where(x < y, x + y, x - y)
        s2 = np.where(x >= 0, shl, sra)
        t5 = ((s1 + s2) ^ xor) + x * y - np.maximum(x, y) + np.minimum(x, y)
        r0 = t5 ^ (srl.view(u32) >> u32(3)).view(i32)
        dv = trunc_div(x, y)
        rm = np.fmod(x, y)
        ux = x & 7
        uy = y | 7
        udv = (x.view(u32) // uy.view(u32)).view(i32)
        urm = (x.view(u32) % uy.view(u32)).view(i32)
        cd = -((-x) // y)
        fd = x // y
        u3 = dv + rm + cd * 3
        u4 = np.where(dv == fd, u3, fd)
        u5 = np.where(rm != 0, u4, ux)
        r1 = u5 + (udv + urm)
        r2 = z * 3 + (z >> 5) - trunc_div(z, np.full_like(z, 5)) + np.fmod(z, 5)
    return [r0.astype(i32), r1.astype(i32), r2.astype(i64)]


@program("construct", inputs=lambda rng: [rng.integers(-128, 128, (37, 53)).astype(i8), normal(rng, (37, 53), 2.0),
                                          rng.integers(-1000, 1001, (37, 53)).astype(i64)])
def arith_casts(q, f, wide):
    sx = q.astype(i32)
    zx = q.view(np.uint8).astype(i32)
    r0 = sx * 1000 + zx
    r1 = (sx * 37).astype(i8)
    r2 = sx.astype(f32) + zx.astype(f32) * f32(0.00390625)
    y100 = f * f32(100)
    r3 = np.trunc(y100).astype(i32) + np.trunc(np.abs(y100)).astype(i32)
    yd = f.astype(f64)
    r4 = yd * 0.3333333333333333 + (yd * 3.0).astype(f32).astype(f64)
    r5 = (wide * 2).astype(i32) + (f.view(np.uint32) >> np.uint32(20)).astype(i32)
    return [r0, r1, r2.astype(f32), r3, r4, r5]


@program("construct", inputs=lambda rng: [uniform(rng, (37, 53), -2.0, 2.0), uniform(rng, (37, 53), 0.1, 2.0)])
def math_ops(a, p):
    x, y = a.astype(f64), p.astype(f64)
    xy = (a * p).astype(f64)  # f32 product, as in the IR, before floor/ceil
    r0 = np.exp(x) * 0.1 + np.log(y) - np.log1p(y) + np.tanh(x)
    r1 = np.sqrt(y) + np.abs(x) + 0.1 / np.sqrt(y) + np.power(y, x) * 0.1
    r2 = np.arctan(x) * y + (np.sin(x) + x + np.cos(y))
    r3 = np.floor(xy) + np.ceil(xy) + np.expm1(x)
    return [r.astype(f32) for r in (r0, r1, r2, r3)]


_erf = np.vectorize(math.erf, otypes=[f64])


@program("construct", inputs=lambda rng: [normal(rng, (37, 53), 1.5), normal(rng, (91,), 1.5, dtype=f64)])
def gelu_erf(x, y):
    return [(0.5 * x * (1 + _erf(x.astype(f64) / math.sqrt(2)))).astype(f32), _erf(y)]


# ------------------------------------------------------------------------------------ control flow / functions


@program("construct", inputs=lambda rng: [normal(rng, (7, 13))])
def scf_nested(x):
    out = np.zeros((7, 13), dtype=f32)
    for i in range(7):
        run = f32(0)
        for j in range(13):
            run = f32(run + x[i, j]) if x[i, j] > 0 else f32(run * f32(0.5))
            out[i, j] = run
    t = np.zeros(7, dtype=f32)
    for k in range(1, 13, 4):
        t = t + (x[:, k] * f32(2) if k > 4 else x[:, k])
    return [out, t.astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), normal(rng, (53, 7), 1 / math.sqrt(53))])
def func_calls(x, w):
    h = np.maximum(x.astype(f64) @ w, 0)
    s, m = h.sum(axis=1), h.max(axis=1)
    p = (s * m).astype(f32)
    return [h.astype(f32), p, m.astype(f32), -p, -p, p]


@program("construct", inputs=lambda rng: [normal(rng, (7, 13)), np.array(0.75, dtype=f32), np.array(5, dtype=i64),
                                          np.array(3, dtype=i32)])
def scalars(x, alpha, n, k):
    y = (x * alpha + k.astype(f32)).astype(f32)
    return [y, np.array(y.astype(f64).sum(), dtype=f32), np.array(2 * n + 3, dtype=i64),
            np.array(k * k + n + 1, dtype=i32)]


# ---------------------------------------------------------------------------------------------- element types


@program("construct", inputs=lambda rng: [normal(rng, (37, 91), dtype=f16),
                                          normal(rng, (91, 53), 1 / math.sqrt(91), dtype=f16)])
def f16_matmul(x, w):
    mm = x.astype(f64) @ w.astype(f64)
    xh = (x * f16(0.5) + f16(1)).astype(f16)
    return [np.maximum(mm, 0).astype(f16), mm.sum(axis=1).astype(f32), xh]


@program("construct", inputs=lambda rng: [to_bf16(normal(rng, (37, 53))), to_bf16(normal(rng, (53,), 0.2, 1.0))])
def bf16_ops(x, g):
    s = x.astype(f64).sum(axis=1)
    mean = s * float(f32(0.018867925))
    y = (x - mean[:, None]) * g
    return [to_bf16(y.astype(f32)), s.astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53), dtype=f64),
                                          normal(rng, (53, 7), 1 / math.sqrt(53), dtype=f64)])
def f64_ops(a, b):
    mm = a @ b
    p = mm * mm + 1
    u = np.exp(mm) - (np.log(p) + np.sqrt(p))
    return [u, u.astype(f32)]


@program("construct", inputs=lambda rng: [normal(rng, (37, 53)), rng.random((37, 53)) < 0.4])
def i1_mask(x, mask):
    return [(x > 0) ^ mask, np.where(mask, x, f32(0)).astype(f32), mask.sum(axis=1).astype(i32)]


@program("construct", inputs=lambda rng: [rng.integers(0, 37, (13,)).astype(i64), normal(rng, (37, 53))])
def index_tensor(idx, table):
    return [table[idx], np.arange(77, dtype=i64).reshape(7, 11), np.argmax(table, axis=1).astype(i64)]


@program("construct", inputs=lambda rng: [normal(rng, (4, 0)), normal(rng, (0, 3)), normal(rng, (3,)),
                                          normal(rng, (0, 5)), normal(rng, (3, 0)), normal(rng, (2, 3)),
                                          normal(rng, (0, 3)), normal(rng, (0, 0))])
def empty_tensors(a, b, bias, e, rows, c, d, t):
    padded = np.full((2, 3), 7, dtype=f32)
    return [(a @ b + bias).astype(f32), np.maximum(e, 0), np.full(3, -np.inf, dtype=f32),
            np.concatenate([c, d]), np.arange(0, dtype=i64), np.asarray(np.trace(t), dtype=f32), padded,
            np.zeros(0, dtype=f32)]


@program("construct", inputs=lambda rng: [normal(rng, (3, 7))])
def tensor_roll(x):
    return [np.roll(x, 2, axis=1), x[1:3, 2:5].copy()]


def _complex(rng, shape, dtype=np.complex64):
    return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)


@program("construct", inputs=lambda rng: [_complex(rng, (5, 7)), _complex(rng, (5, 7)), normal(rng, (5, 7)),
                                          normal(rng, (5, 7)), _complex(rng, (7, 3)),
                                          _complex(rng, (5, 7), np.complex128)])
def complex_ops(a, b, re, im, m, d):
    a, b, m = (x.astype(np.complex128) for x in (a, b, m))
    k = 0.5 - 0.25j
    total = a * b + k + np.conj(np.exp((re + 1j * im) / (2 + 1j) * k))
    return [total.astype(np.complex64), np.abs(total).astype(f32), (total.real - a.imag).astype(f32),
            (a @ m).astype(np.complex64), b.sum(axis=1).astype(np.complex64), np.log(d * d)]
