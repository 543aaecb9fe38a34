"""The model zoo (examples/zoo): every model compiles for the CPU target with the default flags, with every
stage off, with Welder (over Roller's and the naive tiles) and with Rammer (three interleavings; the ResNeXt
block and the NASNet cell, whose branches are independent, with the defaults and Rammer), and
matches PyTorch's outputs (committed by examples/zoo/export.py) within hm_mlir.zoo.TOLERANCE on every case;
its PTX assembles with ptxas. With the torch extra installed, the committed files are checked against PyTorch
itself: a fresh export gives the same IR and the live model the same outputs."""

import shutil

import numpy as np
import pytest

import hm_mlir
from hm_mlir import zoo
from hm_mlir.pipeline import CompileOptions, build_steps

ISSUE_MODELS = {"mlp", "bert_layer", "resnet_block", "resnet_small", "mobilenet_block", "attention", "lstm",
                "gru_decode", "skipnet"}
FLAG_SETS = {
    "default": {},
    "stages-off": {"roller_policy": "naive", "welder": False, "rammer": False, "grinder": False},
    "welder": {"welder": True},
    "welder-naive": {"welder": True, "roller_policy": "naive"},
    "rammer": {"rammer": True},
    "welder-rammer": {"welder": True, "rammer": True},
}
# Rammer's programs run interleaved on the CPU: three seeds of the random order, one compile
RAMMER_SEEDS = (0, 1, 2)
_EXECUTABLES: dict = {}


def _compiled(name: str, flags: dict):
    """The CPU executable of zoo model `name` for `flags`; flag sets that give the same pipeline share one."""
    steps = tuple(step.text for step in build_steps(CompileOptions(target="cpu", opt_level=1, **flags)))
    key = (name, steps)
    if key not in _EXECUTABLES:
        _EXECUTABLES[key] = hm_mlir.compile(zoo.load(name).mlir_path, "cpu", opt_level=1, **flags)
    return _EXECUTABLES[key]


def _results(value) -> list:
    return list(value) if isinstance(value, tuple) else [value]


def test_the_zoo_has_every_model_of_the_issue():
    assert ISSUE_MODELS <= set(zoo.names())
    manifests = {name: zoo.load(name).manifest for name in zoo.names()}
    assert {m["weights"] for m in manifests.values()} == {"inline", "arguments"}
    # the data-dependent control flow is in the IR, and its cases take both ways
    assert "scf.while" in zoo.load("gru_decode").mlir_path.read_text()
    assert "scf.if" in zoo.load("skipnet").mlir_path.read_text()
    assert len(manifests["gru_decode"]["cases"]) == len(manifests["skipnet"]["cases"]) == 2


def test_the_cases_take_both_ways_through_the_control_flow():
    decode = zoo.load("gru_decode")
    lengths = [int(np.count_nonzero(decode.expected(case)[0])) for case in range(2)]
    assert lengths[0] < lengths[1] == 12  # one stops at its end token, the other runs every step
    skip = zoo.load("skipnet")
    x = [skip.arguments(case)[0] for case in range(2)]
    assert not np.array_equal(skip.expected(0)[0], x[0])  # the block ran
    np.testing.assert_array_equal(skip.expected(1)[0], x[1])  # the block was skipped


@pytest.mark.parametrize("flags", sorted(FLAG_SETS))
@pytest.mark.parametrize("name", sorted(ISSUE_MODELS))
def test_cpu_matches_pytorch(name, flags):
    model = zoo.load(name)
    exe = _compiled(name, FLAG_SETS[flags])
    for seed in RAMMER_SEEDS if FLAG_SETS[flags].get("rammer") else (None,):
        if seed is not None:
            exe.interleave("random", seed)
        for case in range(len(model.cases)):
            results = _results(exe[model.manifest["entry"]](*model.arguments(case)))
            problem = zoo.mismatch(results, model.expected(case))
            assert not problem, f"{name} case {case} ({flags}, seed {seed}): {problem}"


# Models with inter-operator parallelism at batch 1, as the Rammer paper measures them
RAMMER_MODELS = {"resnext_block", "nasnet_cell"}


@pytest.mark.parametrize("flags", ["default", "rammer", "welder-rammer"])
@pytest.mark.parametrize("name", sorted(RAMMER_MODELS))
def test_rammer_models_match_pytorch(name, flags):
    test_cpu_matches_pytorch(name, flags)


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")
@pytest.mark.parametrize("name", ["gru_decode", "skipnet", "bert_layer"])
def test_ptx_assembles(name):
    from mlir import ir, passmanager

    from hm_mlir.codegen.ptx import extract_ptx, ptxas_check

    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse(zoo.load(name).mlir_path.read_text())
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_stage_pipeline(pm, target="ptx", chip="sm_90", opt_level=1)
        pm.run(module.operation)
        kernels = extract_ptx(module)
    assert len(kernels) == 1  # hm-merge-gpu-modules: one PTX module per program
    (ptx,) = kernels.values()
    assert ptx.count(".entry") > 1
    code, errors = ptxas_check(ptx, arch="sm_90")
    assert code == 0, errors
