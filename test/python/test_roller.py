"""Roller (stage rtile): the construction's configs obey the alignment and resource rules of every device
description, the ranking follows the micro performance model, and every top-K config of random shapes
(primes, 1, tiny; f32 and f16) compiles to kernels that match NumPy on the CPU target."""

import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import hm_mlir
from hm_mlir import hardware
from hm_mlir.roller import construct, invariants, model
from hm_mlir.roller.spec import Access, OpSpec

SIZES = (1, 2, 3, 5, 7, 13, 31, 64, 97, 128, 1000, 4096)
PROGRAM_DIR = Path(__file__).resolve().parents[1] / "programs"


def matmul(m, n, k, elem=4):
    a = Access(((1, 0, 0), (0, 0, 1)), (0, 0), (m, k), elem)
    b = Access(((0, 0, 1), (0, 1, 0)), (0, 0), (k, n), elem)
    c = Access(((1, 0, 0), (0, 1, 0)), (0, 0), (m, n), elem)
    return OpSpec("matmul", (m, n, k), 2, (a, b), (c,), 2)


def tensor_core_matmul(m, n, k):
    """f16 x f16 -> f32: eligible for mma.sync on sm_80+."""
    a = Access(((1, 0, 0), (0, 0, 1)), (0, 0), (m, k), 2)
    b = Access(((0, 0, 1), (0, 1, 0)), (0, 0), (k, n), 2)
    c = Access(((1, 0, 0), (0, 1, 0)), (0, 0), (m, n), 4)
    return OpSpec("matmul", (m, n, k), 2, (a, b), (c,), 2, "f16")


def conv_nhwc(n, h, w, c, f, kh, kw, stride, elem=4):
    """Loops n, oh, ow, f | kh, kw, c."""
    oh, ow = (h - kh) // stride + 1, (w - kw) // stride + 1
    x = Access(((1, 0, 0, 0, 0, 0, 0), (0, stride, 0, 0, 1, 0, 0), (0, 0, stride, 0, 0, 1, 0),
                (0, 0, 0, 0, 0, 0, 1)), (0, 0, 0, 0), (n, h, w, c), elem)
    wt = Access(((0, 0, 0, 0, 1, 0, 0), (0, 0, 0, 0, 0, 1, 0), (0, 0, 0, 0, 0, 0, 1), (0, 0, 0, 1, 0, 0, 0)),
                (0, 0, 0, 0), (kh, kw, c, f), elem)
    y = Access(((1, 0, 0, 0, 0, 0, 0), (0, 1, 0, 0, 0, 0, 0), (0, 0, 1, 0, 0, 0, 0), (0, 0, 0, 1, 0, 0, 0)),
               (0, 0, 0, 0), (n, oh, ow, f), elem)
    return OpSpec("conv", (n, oh, ow, f, kh, kw, c), 4, (x, wt), (y,), 2)


def row_sum(m, k, elem=4):
    x = Access(((1, 0), (0, 1)), (0, 0), (m, k), elem)
    y = Access(((1, 0),), (0,), (m,), elem)
    return OpSpec("sum", (m, k), 1, (x,), (y,), 1)


def transpose_add(m, n, elem=4):
    a = Access(((0, 1), (1, 0)), (0, 0), (n, m), elem)
    b = Access(((0, 1),), (0,), (n,), elem)  # broadcast along rows
    c = Access(((1, 0), (0, 1)), (0, 0), (m, n), elem)
    return OpSpec("transpose_add", (m, n), 2, (a, b), (c,), 1)


def pool(n, h, w, c, k, elem=4):
    """Max pooling NHWC, window k, stride k: loops n, oh, ow, c | kh, kw."""
    x = Access(((1, 0, 0, 0, 0, 0), (0, k, 0, 0, 1, 0), (0, 0, k, 0, 0, 1), (0, 0, 0, 1, 0, 0)),
               (0, 0, 0, 0), (n, h, w, c), elem)
    y = Access(((1, 0, 0, 0, 0, 0), (0, 1, 0, 0, 0, 0), (0, 0, 1, 0, 0, 0), (0, 0, 0, 1, 0, 0)),
               (0, 0, 0, 0), (n, h // k, w // k, c), elem)
    return OpSpec("pool", (n, h // k, w // k, c, k, k), 4, (x,), (y,), 1)


def transposed_b_matmul(m, n, k):
    """f16 x f16 -> f32 with B stored [n][k]: mma.sync only."""
    a = Access(((1, 0, 0), (0, 0, 1)), (0, 0), (m, k), 2)
    b = Access(((0, 1, 0), (0, 0, 1)), (0, 0), (n, k), 2)
    c = Access(((1, 0, 0), (0, 1, 0)), (0, 0), (m, n), 4)
    return OpSpec("matmul", (m, n, k), 2, (a, b), (c,), 2, "f16")


def fill(shape, elem=4, zero=True):
    """linalg.fill of a scalar into a tensor of `shape` (all loops parallel)."""
    rank = len(shape)
    out = Access(tuple(tuple(int(r == d) for d in range(rank)) for r in range(rank)), (0,) * rank, shape, elem)
    return OpSpec("fill", shape, rank, (Access((), (), (), elem, scalar=True, zero=zero),), (out,), 1)


def full_sum(m, k, elem=4):
    """A reduction with no parallel loop: the sum of an m x k tensor into a 0-d one."""
    x = Access(((1, 0), (0, 1)), (0, 0), (m, k), elem)
    return OpSpec("full_sum", (m, k), 0, (x,), (Access((), (), (), elem),), 1)


def scalar_map(elem=1):
    """A 0-d elementwise op (an i1 `and` of two 0-d tensors, written over the first): no loop at all."""
    x, y, out = (Access((), (), (), elem) for _ in range(3))
    return OpSpec("scalar_map", (), 0, (x, y), (replace(out, read=False),), 1, outputs_in_place=1)


def random_specs(rng: random.Random, count: int):
    for _ in range(count):
        elem = rng.choice((2, 4))
        kind = rng.choice(("matmul", "tensor_core_matmul", "conv", "sum", "transpose_add", "pool", "fill",
                           "full_sum", "scalar_map"))
        size = lambda: rng.choice(SIZES)  # noqa: E731
        if kind == "matmul":
            yield matmul(size(), size(), size(), elem)
        elif kind == "tensor_core_matmul":
            yield tensor_core_matmul(size(), size(), size())
        elif kind == "conv":
            kh = rng.choice((1, 3))
            yield conv_nhwc(rng.choice((1, 2)), rng.choice((7, 14, 31)), rng.choice((7, 14, 31)),
                            rng.choice((3, 16, 64)), rng.choice((1, 8, 64)), kh, kh, rng.choice((1, 2)), elem)
        elif kind == "sum":
            yield row_sum(size(), size(), elem)
        elif kind == "transpose_add":
            yield transpose_add(size(), size(), elem)
        elif kind == "fill":
            yield fill(tuple(size() for _ in range(rng.choice((0, 1, 2, 3)))), elem, rng.random() < 0.5)
        elif kind == "full_sum":
            yield full_sum(size(), size(), elem)
        elif kind == "scalar_map":
            yield scalar_map(rng.choice((1, 2, 4)))
        else:
            yield pool(1, rng.choice((8, 16, 30)), rng.choice((8, 16)), rng.choice((3, 32)), 2, elem)


@pytest.mark.parametrize("device_name", sorted(hardware.DEVICES))
def test_every_constructed_config_obeys_the_device_rules(device_name):
    device = hardware.get(device_name)
    rng = random.Random(f"roller-{device_name}")
    kinds = set()
    for spec in random_specs(rng, 60):
        ranked = construct.top_k(spec, device, 8)
        kinds |= {("mma" if c.config.mma else "cuda cores", c.config.stages > 1) for c in ranked}
        assert 1 <= len(ranked) <= 8, spec
        costs = [c.estimate.cost_us for c in ranked]
        assert costs == sorted(costs)
        assert len({c.config for c in ranked}) == len(ranked), "duplicate candidates"
        for candidate in ranked:
            assert invariants.violations(spec, candidate.config, device) == [], (spec, candidate.config)
            assert candidate.estimate == model.evaluate(spec, candidate.config, device)
            assert candidate.estimate.resident_blocks >= 1 and candidate.estimate.waves >= 1
    # Tensor cores and pipelining appear exactly where the device has them (m16n8k16 and cp.async: sm_80+).
    assert any(k[0] == "mma" for k in kinds) == device.async_copy
    assert any(k[1] for k in kinds) == device.async_copy


@pytest.mark.parametrize("device_name", sorted(hardware.DEVICES))
def test_every_warpgroup_config_obeys_the_device_rules(device_name):
    """wgmma + TMA configs (mma = [64, n, 16]) exist exactly for eligible matmuls on sm_90 devices, and every
    one of them, ranked or not, obeys the rules (one warpgroup, k steps of 64, 2+ stages, no padding, shared
    memory within the opt-in limit)."""
    device = hardware.get(device_name)
    rng = random.Random(f"wgmma-{device_name}")
    found = 0
    for _ in range(40):
        m, n, k = (rng.choice(SIZES + (8, 16, 136, 200)) for _ in range(3))
        spec = tensor_core_matmul(m, n, k)
        configs = construct.wgmma_candidates(spec, device)
        eligible = device.sm >= 90 and n % 8 == 0 and k % 8 == 0
        assert bool(configs) == eligible, (spec, device.name)
        for config in configs:
            assert invariants.violations(spec, config, device) == [], config
            assert model.is_warpgroup(config) and config.threads == 128
        found += len(configs)
    assert (found > 0) == (device.sm >= 90)
    transposed = transposed_b_matmul(256, 256, 256)
    assert construct.wgmma_candidates(transposed, device) == []  # B must be [k][n] row-major


def test_the_rules_catch_broken_configs():
    device = hardware.get("h100")
    spec = matmul(256, 256, 256)
    good = construct.top_k(spec, device, 1)[0].config
    from dataclasses import replace

    assert invariants.violations(spec, good, device) == []
    assert any("powers of two" in v for v in invariants.violations(spec, replace(good, block=(48, 64)), device))
    assert any("padding" in v for v in invariants.violations(spec, replace(good, pad=(0, 0)), device))
    assert any("threads per block" in v
               for v in invariants.violations(spec, replace(good, thread=good.block), device))
    small_step = replace(good, step=(1,))
    assert any("transaction" in v for v in invariants.violations(spec, small_step, device))


def test_scale_up_grows_the_tile_of_a_big_matmul_and_shrink_fills_the_sms():
    device = hardware.get("h100")
    big = construct.top_k(matmul(4096, 4096, 4096), device, 1)[0]
    assert np.prod(big.config.block) >= 128 * 64 and np.prod(big.config.thread) >= 16
    small = construct.top_k(matmul(128, 128, 128), device, 1)[0]
    assert small.estimate.blocks >= device.sms // 2  # shrunk so the grid covers the GPU
    # The model prefers the reuse of a larger tile on the big GEMM: less traffic than a 32x32 tile.
    tiny_tiles = model.Config((32, 32), (1, 1), (8,), (1, 1), (True, True))
    assert big.estimate.traffic_bytes < model.evaluate(matmul(4096, 4096, 4096), tiny_tiles, device).traffic_bytes


def test_padding_makes_shared_rows_an_odd_number_of_bank_words_or_vectors():
    device = hardware.get("a100")
    widths = set()
    for spec in random_specs(random.Random(7), 40):
        for candidate in construct.top_k(spec, device, 4):
            config = candidate.config
            for i, (access, staged) in enumerate(zip(spec.inputs, config.staged)):
                if not staged:
                    assert config.pad[i] == 0
                    continue
                tile = model.smem_tile(access, config, spec, i)[-access_rank(access):]
                width = model.copy_width(spec, config, i)
                widths.add(width)
                if np.prod(tile[:-1]) > 1:
                    unit = max(access.elem_bytes * width, device.bank_bytes)
                    row = tile[-1] * access.elem_bytes
                    assert row % unit or (row // unit) % 2 == 1
    assert widths > {1}  # vectorized copies were among them


def access_rank(access) -> int:
    return len(access.shape)


# -- every top-K config runs correctly on the CPU target --------------------------------------------------

MATMUL = """
func.func @main(%a: tensor<{m}x{k}x{t}>, %b: tensor<{k}x{n}x{t}>) -> tensor<{m}x{n}x{t}> {{
  %z = arith.constant 0.0 : {t}
  %e = tensor.empty() : tensor<{m}x{n}x{t}>
  %f = linalg.fill ins(%z : {t}) outs(%e : tensor<{m}x{n}x{t}>) -> tensor<{m}x{n}x{t}>
  %r = linalg.matmul ins(%a, %b : tensor<{m}x{k}x{t}>, tensor<{k}x{n}x{t}>) outs(%f : tensor<{m}x{n}x{t}>)
    -> tensor<{m}x{n}x{t}>
  return %r : tensor<{m}x{n}x{t}>
}}
"""

CONV = """
func.func @main(%x: tensor<1x{h}x{w}x{c}xf32>, %k: tensor<3x3x{c}x{f}xf32>) -> tensor<1x{oh}x{ow}x{f}xf32> {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x{oh}x{ow}x{f}xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x{oh}x{ow}x{f}xf32>) -> tensor<1x{oh}x{ow}x{f}xf32>
  %r = linalg.conv_2d_nhwc_hwcf {{dilations = dense<1> : tensor<2xi64>, strides = dense<{s}> : tensor<2xi64>}}
    ins(%x, %k : tensor<1x{h}x{w}x{c}xf32>, tensor<3x3x{c}x{f}xf32>) outs(%i : tensor<1x{oh}x{ow}x{f}xf32>)
    -> tensor<1x{oh}x{ow}x{f}xf32>
  return %r : tensor<1x{oh}x{ow}x{f}xf32>
}}
"""

SOFTMAX_ROWS = """
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
func.func @main(%x: tensor<{m}x{n}xf32>) -> tensor<{m}xf32> {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<{m}xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<{m}xf32>) -> tensor<{m}xf32>
  %s = linalg.generic {{indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}}
      ins(%x : tensor<{m}x{n}xf32>) outs(%i : tensor<{m}xf32>) {{
    ^bb0(%v: f32, %acc: f32):
      %ex = math.exp %v : f32
      %r = arith.addf %acc, %ex : f32
      linalg.yield %r : f32
  }} -> tensor<{m}xf32>
  return %s : tensor<{m}xf32>
}}
"""

FULL_MAX_AND_FILLS = """
#all = affine_map<(i, j) -> (i, j)>
#none = affine_map<(i, j) -> ()>
func.func @main(%x: tensor<{m}x{n}xf32>, %c: f32) -> (tensor<f32>, tensor<{m}x{n}xf32>, tensor<{n}xi32>) {{
  %ninf = arith.constant 0xFF800000 : f32
  %seven = arith.constant 7 : i32
  %e0 = tensor.empty() : tensor<f32>
  %i0 = linalg.fill ins(%ninf : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.generic {{indexing_maps = [#all, #none], iterator_types = ["reduction", "reduction"]}}
      ins(%x : tensor<{m}x{n}xf32>) outs(%i0 : tensor<f32>) {{
    ^bb0(%v: f32, %acc: f32):
      %a = math.absf %v : f32
      %s = arith.maximumf %acc, %a : f32
      linalg.yield %s : f32
  }} -> tensor<f32>
  %e1 = tensor.empty() : tensor<{m}x{n}xf32>
  %f1 = linalg.fill ins(%c : f32) outs(%e1 : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
  %e2 = tensor.empty() : tensor<{n}xi32>
  %f2 = linalg.fill ins(%seven : i32) outs(%e2 : tensor<{n}xi32>) -> tensor<{n}xi32>
  return %r, %f1, %f2 : tensor<f32>, tensor<{m}x{n}xf32>, tensor<{n}xi32>
}}
"""


def rtile_stage(text: str, **options) -> tuple[list[dict], list[dict]]:
    """(Roller spaces in program order, every rtile.config) of `text` at --stop-after=rtile, as plain data. A
    config is {"name", "block", "thread", "step", "mma", "stages", "vector_width"}; a space is {"chosen": its
    config, "candidates": its configs, best first}. (In the matmul texts here the last space is the matmul's,
    after its linalg.fill's.)"""
    from mlir import ir, passmanager

    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse(text)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_stage_pipeline(pm, stop_after="rtile", **options)
        pm.run(module.operation)
        configs = {}
        for op in module.body.operations:
            if op.name == "rtile.config":
                attrs = op.attributes
                configs[attrs["sym_name"].value] = {
                    "name": attrs["sym_name"].value,
                    **{a: list(attrs[a]) for a in ("block", "thread", "step", "mma")},
                    **{a: attrs[a].value for a in ("stages", "vector_width")}}
        spaces = [{"chosen": configs[op.attributes["chosen"].value],
                   "candidates": [configs[c.value] for c in op.attributes["candidates"]]}
                  for op in module.body.operations
                  if op.name == "rtile.space" and op.attributes["policy"].value == "roller"]
        return spaces, list(configs.values())


def _every_candidate(text: str, inputs, expected, tolerance: float, k: int = 8) -> int:
    """Compile and run every candidate of the top-K of the op with the most; each must match `expected`."""
    count = max(len(space["candidates"]) for space in rtile_stage(text, roller_top_k=k)[0])
    for choose in range(count):
        exe = hm_mlir.compile(text, "cpu", roller_choose=choose, roller_top_k=k, opt_level=0)
        got = exe.main(*inputs)
        np.testing.assert_allclose(np.asarray(got, dtype=np.float64), expected, rtol=tolerance, atol=tolerance,
                                   err_msg=f"candidate {choose}")
    return count


@pytest.mark.parametrize("m,n,k,element", [(1, 1, 1, "f32"), (7, 13, 5, "f32"), (97, 31, 61, "f32"),
                                           (64, 128, 96, "f32"), (37, 53, 29, "f16"), (3, 128, 2, "f16")])
def test_every_top_k_matmul_config_matches_numpy(m, n, k, element):
    rng = np.random.default_rng(m * 1000 + n)
    dtype = np.float16 if element == "f16" else np.float32
    a = rng.uniform(-1, 1, (m, k)).astype(dtype)
    b = rng.uniform(-1, 1, (k, n)).astype(dtype)
    expected = a.astype(np.float64) @ b.astype(np.float64)
    tolerance = 3e-2 if element == "f16" else 1e-4
    count = _every_candidate(MATMUL.format(m=m, n=n, k=k, t=element), (a, b), expected, tolerance)
    assert count == 8 or m * n * k < 10_000  # only a tiny operator has fewer candidates than K


MIXED_MATMUL = """
func.func @main(%a: tensor<{m}x{k}xf16>, %b: tensor<{k}x{n}xf16>) -> tensor<{m}x{n}xf32> {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<{m}x{n}xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
  %r = linalg.matmul ins(%a, %b : tensor<{m}x{k}xf16>, tensor<{k}x{n}xf16>) outs(%f : tensor<{m}x{n}xf32>)
    -> tensor<{m}x{n}xf32>
  return %r : tensor<{m}x{n}xf32>
}}
"""

TRANSPOSED_B_MATMUL = """
func.func @main(%a: tensor<{m}x{k}xf16>, %b: tensor<{n}x{k}xf16>) -> tensor<{m}x{n}xf32> {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<{m}x{n}xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(i, j, l) -> (i, l)>, affine_map<(i, j, l) -> (j, l)>,
                                      affine_map<(i, j, l) -> (i, j)>]
    ins(%a, %b : tensor<{m}x{k}xf16>, tensor<{n}x{k}xf16>) outs(%f : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
  return %r : tensor<{m}x{n}xf32>
}}
"""


@pytest.mark.parametrize("m,n,k,template", [(37, 53, 29, MIXED_MATMUL), (3, 128, 2, MIXED_MATMUL),
                                            (64, 128, 96, MIXED_MATMUL), (33, 40, 72, TRANSPOSED_B_MATMUL)])
def test_every_top_k_tensor_core_config_matches_numpy(m, n, k, template):
    """f16 x f16 -> f32 matmuls: the top-K holds mma.sync configs (emulated per lane on the CPU target) and
    every candidate matches NumPy; ragged m, n and k (zero-filled past its end) included."""
    rng = np.random.default_rng(m * 7 + k)
    a = rng.uniform(-1, 1, (m, k)).astype(np.float16)
    transposed = template is TRANSPOSED_B_MATMUL
    b = rng.uniform(-1, 1, (n, k) if transposed else (k, n)).astype(np.float16)
    expected = a.astype(np.float64) @ (b.T if transposed else b).astype(np.float64)
    text = template.format(m=m, n=n, k=k)
    kinds = rtile_stage(text)[0][-1]["candidates"]
    assert any(c["mma"] == [16, 8, 16] for c in kinds)
    _every_candidate(text, (a, b), expected, 1e-3)


@pytest.mark.parametrize("m,n,k", [(128, 128, 64), (100, 136, 200)])
def test_every_warpgroup_config_matches_numpy(m, n, k):
    """sm_90's warpgroup configs (TMA boxes, mbarrier phases, wgmma; emulated per lane on the CPU target):
    every one of them for an f16 x f16 -> f32 matmul matches NumPy, ragged m, n and k (TMA's zero fill and
    the epilogue's guards) included. They rank below the top 8 at these sizes, so they are picked by index."""
    rng = np.random.default_rng(m + n + k)
    a = rng.uniform(-1, 1, (m, k)).astype(np.float16)
    b = rng.uniform(-1, 1, (k, n)).astype(np.float16)
    expected = a.astype(np.float64) @ b.astype(np.float64)
    text = MIXED_MATMUL.format(m=m, n=n, k=k)
    candidates = rtile_stage(text, roller_top_k=1000)[0][-1]["candidates"]
    chosen = [i for i, c in enumerate(candidates) if c["mma"][:1] == [64]]
    shapes = {(tuple(candidates[i]["block"]), candidates[i]["stages"]) for i in chosen}
    assert ((64, 64), 2) in shapes and ((128, 128), 2) in shapes, shapes
    for i in chosen:
        exe = hm_mlir.compile(text, "cpu", roller_choose=i, roller_top_k=1000, opt_level=0)
        np.testing.assert_allclose(np.asarray(exe.main(a, b), dtype=np.float64), expected, rtol=1e-3, atol=1e-3,
                                   err_msg=str(candidates[i]))


def test_the_top_k_pipelines_and_vectorizes_where_the_device_allows():
    text = MATMUL.format(m=256, n=256, k=256, t="f32")
    on_hopper = rtile_stage(text)[0][-1]["candidates"]
    assert any(c["stages"] > 1 for c in on_hopper) and any(c["vector_width"] == 4 for c in on_hopper)
    # V100 (sm_70) has no cp.async and no m16n8k16.
    _, configs = rtile_stage(MIXED_MATMUL.format(m=256, n=256, k=256), target="cpu", device="v100")
    assert configs and all(c["stages"] == 1 and c["mma"] == [] for c in configs)


@pytest.mark.parametrize("h,w,c,f,s", [(7, 9, 3, 5, 1), (11, 8, 16, 32, 2)])
def test_every_top_k_conv_config_matches_numpy(h, w, c, f, s):
    rng = np.random.default_rng(h * w)
    x = rng.uniform(-1, 1, (1, h, w, c)).astype(np.float32)
    kernel = rng.uniform(-1, 1, (3, 3, c, f)).astype(np.float32)
    oh, ow = (h - 3) // s + 1, (w - 3) // s + 1
    expected = np.zeros((1, oh, ow, f))
    for i in range(3):
        for j in range(3):
            patch = x[:, i:i + s * (oh - 1) + 1:s, j:j + s * (ow - 1) + 1:s, :]
            expected += np.einsum("nhwc,cf->nhwf", patch, kernel[i, j])
    assert _every_candidate(CONV.format(h=h, w=w, c=c, f=f, s=s, oh=oh, ow=ow), (x, kernel), expected, 1e-4) >= 4


@pytest.mark.parametrize("m,n", [(1, 1), (5, 300), (131, 17)])
def test_every_top_k_reduction_config_matches_numpy(m, n):
    x = np.random.default_rng(n).uniform(-1, 1, (m, n)).astype(np.float32)
    _every_candidate(SOFTMAX_ROWS.format(m=m, n=n), (x,), np.exp(x.astype(np.float64)).sum(axis=1), 1e-4)


@pytest.mark.parametrize("m,n", [(1, 1), (5, 300), (131, 17)])
def test_every_top_k_config_of_fills_and_a_full_reduction_matches_numpy(m, n):
    """Ops without a parallel loop (a full reduction, the 0-d fill) and fills of a constant or of an argument
    get Roller configs too, and every one of them computes what NumPy does."""
    x = np.random.default_rng(m + n).uniform(-1, 1, (m, n)).astype(np.float32)
    text = FULL_MAX_AND_FILLS.format(m=m, n=n)
    spaces, _ = rtile_stage(text, roller_top_k=8)
    assert len(spaces) == 4  # the 0-d fill, the full reduction, the two fills
    assert spaces[1]["chosen"]["block"] == [] and spaces[1]["chosen"]["step"]
    count = max(len(space["candidates"]) for space in spaces)
    for choose in range(count):
        exe = hm_mlir.compile(text, "cpu", roller_choose=choose, opt_level=0)
        got_max, got_fill, got_sevens = exe.main(x, np.float32(2.5))
        assert float(got_max) == np.abs(x).max(), f"candidate {choose}"
        np.testing.assert_array_equal(got_fill, np.full((m, n), 2.5, np.float32), err_msg=f"candidate {choose}")
        np.testing.assert_array_equal(got_sevens, np.full((n,), 7, np.int32), err_msg=f"candidate {choose}")


def test_every_linalg_op_of_the_test_programs_takes_rollers_policy():
    """Criterion 1 of Roller: no op the compiler accepts falls back to the naive tiling under --roller."""
    from hm_mlir.ir_walk import walk

    total = 0
    for path in sorted(PROGRAM_DIR.glob("*.mlir")):
        ctx, module = hm_mlir.lower(path.read_text(), target="gpu", stop_after="rtile")
        with ctx:
            spaces = {op.attributes["sym_name"].value: op.attributes["policy"].value
                      for op in module.body.operations if op.name == "rtile.space"}
            linalg = [op for op in walk(module.operation) if "indexing_maps" in op.attributes]
            policies = [spaces[op.attributes["rtile.space"].value] for op in linalg]
        assert policies == ["roller"] * len(linalg), (path.stem, policies)
        total += len(linalg)
    assert total > 100  # fills, full reductions, pooling, convolutions, matmuls, maps, reductions


def test_the_chosen_candidate_is_the_models_best_unless_asked():
    text = MATMUL.format(m=256, n=256, k=256, t="f32")
    spaces, _ = rtile_stage(text, roller_top_k=5, roller_choose=2)
    assert len(spaces) == 2  # the linalg.fill, then the matmul
    for space in spaces:
        candidates = [c["name"] for c in space["candidates"]]
        assert len(candidates) == 5 and space["chosen"]["name"] == candidates[2]


IN_PLACE_CHAIN = """
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<8x8xf32>) -> (tensor<8x8xf32>, tensor<8x8xf32>) {
  %e = tensor.empty() : tensor<8x8xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<8x8xf32>) outs(%e : tensor<8x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<8x8xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<8x8xf32>) outs(%e : tensor<8x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.negf %v : f32
    linalg.yield %r : f32
  } -> tensor<8x8xf32>
  %c = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b : tensor<8x8xf32>) outs(%e : tensor<8x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.addf %v, %v : f32
    linalg.yield %r : f32
  } -> tensor<8x8xf32>
  return %a, %c : tensor<8x8xf32>, tensor<8x8xf32>
}
"""


def _outputs_in_place(text: str, stage: str) -> dict[str, int]:
    """Roller space -> OpSpec.outputs_in_place of its op, read at the end of `stage`."""
    from hm_mlir.ir_walk import walk
    from hm_mlir.roller import spec as opspec

    ctx, module = hm_mlir.lower(text, target="gpu", chip="sm_90", stop_after=stage)
    with ctx:
        return {str(op.attributes["rtile.space"]): spec.outputs_in_place
                for op in walk(module.operation)
                if op.name.startswith("linalg.") and "rtile.space" in op.attributes
                and (spec := opspec.from_linalg(op)) is not None}


def test_the_model_knows_which_outputs_bufferization_writes_over_an_input():
    """outputs_in_place on tensors (Roller's registers) predicts what one-shot bufferization does: on memrefs
    the output is then the input's buffer. %b may not overwrite %a (returned later); %c may overwrite %b."""
    texts = {path.stem: path.read_text() for path in sorted(PROGRAM_DIR.glob("*.mlir"))}
    texts["in_place_chain"] = IN_PLACE_CHAIN
    in_place = []
    for name, text in texts.items():
        predicted, bufferized = _outputs_in_place(text, "rtile"), _outputs_in_place(text, "bufferize")
        assert predicted == bufferized, name
        in_place += [(name, space) for space, count in predicted.items() if count]
    assert len(in_place) >= 9
    assert [space for name, space in in_place if name == "in_place_chain"] == ["@main_op2"]


def test_identical_operators_share_one_space_constructed_once(monkeypatch):
    """Criterion 3 of the compile-time issue: the unrolled LSTM repeats its cell at every step; each distinct
    operator is constructed once, and every op of a space is the operator the space was built for."""
    from hm_mlir.ir_walk import walk
    from hm_mlir.roller import spec as opspec

    constructed = []
    real_top_k = construct.top_k

    def counting_top_k(spec, device, k=construct.DEFAULT_TOP_K):
        constructed.append(spec)
        return real_top_k(spec, device, k)

    monkeypatch.setattr(construct, "top_k", counting_top_k)
    lstm = Path(__file__).resolve().parents[2] / "examples" / "zoo" / "lstm" / "model.mlir"
    ctx, module = hm_mlir.lower(lstm.read_text(), target="gpu", stop_after="rtile")
    with ctx:
        linalg = [op for op in walk(module.operation) if "rtile.space" in op.attributes]
        specs_by_space: dict[str, set] = {}
        for op in linalg:
            specs_by_space.setdefault(op.attributes["rtile.space"].value, set()).add(opspec.from_linalg(op))
    assert len(constructed) == len(set(constructed)) == len(specs_by_space)
    assert len(linalg) > 3 * len(specs_by_space)  # 134 ops, 21 distinct operators
    assert all(len(specs) == 1 for specs in specs_by_space.values())
