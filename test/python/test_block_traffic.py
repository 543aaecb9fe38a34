"""Traffic is measured, not only modelled: the CPU target counts the distinct global bytes each block of a
Roller or Welder kernel loads and stores (hm-count-block-traffic), and for every such kernel of the test
programs and the zoo, with and without --welder, the model's figure computed from the config
(hm_mlir.roller.model.block_traffic) agrees with the count within 5%. The counter is checked by mutation:
counting per launch instead of per block, or a model that forgets how staged copies move whole tiles, fails."""

from pathlib import Path

import numpy as np
import pytest
from test_programs import PROGRAMS

import hm_mlir
from hm_mlir import zoo

PROGRAM_DIR = Path(__file__).resolve().parents[1] / "programs"

TOLERANCE = 0.05
FLAG_SETS = {"default": {}, "welder": {"welder": True}}


def _misses(exe) -> tuple[int, list]:
    """(kernels compared, the ones whose count per launch is off the model's by more than TOLERANCE)."""
    compared, misses = 0, []
    for kernel in exe.block_traffic():
        if not kernel["launches"] or kernel["model_loaded"] is None:  # not run, or a gather
            continue
        compared += 1
        measured = (kernel["loaded"] + kernel["stored"]) / kernel["launches"]
        modelled = kernel["model_loaded"] + kernel["model_stored"]
        if abs(measured - modelled) > TOLERANCE * max(modelled, 1):
            misses.append(kernel)
    return compared, misses


def _program(name: str, **flags):
    program = PROGRAMS[name]
    exe = hm_mlir.compile(PROGRAM_DIR / f"{name}.mlir", "cpu", opt_level=0, count_traffic=True, **flags)
    exe[program.entry](*program.inputs(np.random.default_rng(0)))
    return exe


@pytest.mark.parametrize("flags", sorted(FLAG_SETS))
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_the_model_traffic_of_every_kernel_of_the_test_programs_is_the_count(name, flags):
    compared, misses = _misses(_program(name, **FLAG_SETS[flags]))
    assert not misses, misses
    if name in ("mlp", "conv_bias_relu", "conv_nhwc_strided", "attention", "layernorm", "batched_matmul"):
        assert compared > 0


@pytest.mark.parametrize("flags", sorted(FLAG_SETS))
@pytest.mark.parametrize("name", zoo.names())
def test_the_model_traffic_of_every_kernel_of_the_zoo_is_the_count(name, flags):
    model = zoo.load(name)
    exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=1, count_traffic=True, **FLAG_SETS[flags])
    exe[model.manifest["entry"]](*model.arguments(0))
    compared, misses = _misses(exe)
    assert compared > 0 and not misses, misses


def test_a_fused_kernel_moves_less_than_its_members_apart():
    apart = sum(k["loaded"] + k["stored"] for k in _program("mlp").block_traffic())
    fused = sum(k["loaded"] + k["stored"] for k in _program("mlp", welder=True).block_traffic())
    assert fused < apart


def test_mutation_counting_per_launch_instead_of_per_block_is_caught(monkeypatch):
    """With every block stamped 0, an element two blocks read counts once per launch: the matmul's staged
    inputs are read by several blocks, so the count falls below the model's."""
    from hm_mlir.passes.target import count_block_traffic

    original = count_block_traffic.arith.IndexCastOp

    def one_stamp(type_, value, **kwargs):
        return original(type_, count_block_traffic.index_constant(0), **kwargs)
    monkeypatch.setattr(count_block_traffic.arith, "IndexCastOp", one_stamp)
    _, misses = _misses(_program("mlp"))
    assert any(k["loaded"] < k["model_loaded"] for k in misses)


def test_mutation_a_model_that_copies_whole_windows_is_caught(monkeypatch):
    """A strided, dilated convolution's staged input: its steps copy boxes with gaps between them. A model that
    counted the whole window box instead overestimates, and the comparison fails."""
    from hm_mlir.roller import model

    def whole_box(row, offset, starts, config, spec, dim):
        low = offset + sum(c * s for c, s in zip(row, starts))
        tile = tuple(config.block) + tuple(spec.reduction)
        return max(0, min(1 + sum(c * (t - 1) for c, t in zip(row, tile)), dim - low))
    monkeypatch.setattr(model, "_staged_indices", whole_box)
    _, misses = _misses(_program("conv_nhwc_strided"))
    assert misses and all(k["loaded"] < k["model_loaded"] for k in misses)
