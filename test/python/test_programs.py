"""Every program of test/programs (representative models and every supported construct) compiles, with the IR
and the stage dialects' rules verified after every pass, and matches its NumPy reference on the CPU target,
leaves its inputs untouched, and gives PTX that ptxas accepts for sm_90 and sm_80. On a machine with a GPU,
the cuda target must match too."""

import importlib.util
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import hm_mlir
from hm_mlir.runtime.cuda import CudaUnavailable, check_driver

PROGRAM_DIR = Path(__file__).resolve().parents[1] / "programs"


def _load_references():
    spec = importlib.util.spec_from_file_location("hm_test_programs", PROGRAM_DIR / "reference.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module.PROGRAMS


PROGRAMS = _load_references()
NAMES = sorted(PROGRAMS)


def _tolerance(element: str) -> float | None:
    if element in ("f16", "bf16"):
        return 2e-2
    if element in ("f32", "f64", "complex<f32>", "complex<f64>"):
        return 1e-4
    return None  # integers and i1: exact


def check_program(name: str, target: str, interleavings=((None, 0),), verify_each: bool = True, **flags) -> None:
    """Compile program `name` once and check it against its reference, once per (policy, seed) of Rammer's CPU
    interleaving (None: the module's default)."""
    program = PROGRAMS[name]
    exe = hm_mlir.compile(PROGRAM_DIR / f"{name}.mlir", target, opt_level=0, verify_each=verify_each, **flags)
    for policy, seed in interleavings:
        if policy is not None:
            exe.interleave(policy, seed)
        _check_run(program, exe)


def _check_run(program, exe) -> None:
    inputs = program.inputs(np.random.default_rng(0))
    saved = [np.array(x, copy=True) for x in inputs]
    function = exe[program.entry]
    got = function(*inputs)
    results = [got] if len(function.spec.results) == 1 else list(got)
    expected = program.reference(*saved)
    assert len(results) == len(expected)
    for i, (spec, value, want) in enumerate(zip(function.spec.results, results, expected)):
        value = np.asarray(value)
        assert value.shape == np.shape(want), f"result {i}"
        tolerance = _tolerance(spec.element)
        if tolerance is None:
            np.testing.assert_array_equal(value, want, err_msg=f"result {i}")
        else:
            wide = np.complex128 if spec.element.startswith("complex") else np.float64  # both parts compared
            np.testing.assert_allclose(value.astype(wide), np.asarray(want, dtype=wide),
                                       rtol=tolerance, atol=tolerance, err_msg=f"result {i}")
    for before, after in zip(saved, inputs):
        np.testing.assert_array_equal(before, after)  # inputs are never written


def test_the_corpus_covers_the_models_and_constructs():
    files = {p.stem for p in PROGRAM_DIR.glob("*.mlir")}
    assert files == set(PROGRAMS)
    assert {"mlp", "attention", "conv_bias_relu", "layernorm", "batched_matmul", "reductions", "rnn_for",
            "while_loop", "if_branch"} <= files


@pytest.mark.parametrize("name", NAMES)
def test_cpu_matches_numpy(name):
    check_program(name, "cpu")


@pytest.mark.parametrize("policy", ["roller", "naive"])
@pytest.mark.parametrize("name", NAMES)
def test_cpu_matches_numpy_with_welder(name, policy):
    check_program(name, "cpu", welder=True, roller_policy=policy)


# Rammer's CPU oracle: three seeds of the random interleaving, and the two orders that run producers last.
INTERLEAVINGS = (("random", 0), ("random", 1), ("random", 2), ("reverse", 0), ("starve", 0))


@pytest.mark.parametrize("welder", [False, True], ids=["rammer", "welder-rammer"])
@pytest.mark.parametrize("name", NAMES)
def test_cpu_matches_numpy_with_rammer(name, welder):
    # verified at every stage's end (the schedule's static check among the rules), not after every pass: the
    # passes before rtask are the ones the tests above verify after every pass
    check_program(name, "cpu", INTERLEAVINGS, verify_each=False, rammer=True, welder=welder)


def _gpu_present() -> bool:
    try:
        check_driver()
        return True
    except CudaUnavailable:
        return False


@pytest.mark.skipif(not _gpu_present(), reason="no CUDA driver or GPU on this machine")
@pytest.mark.parametrize("name", NAMES)
def test_cuda_matches_numpy(name):
    check_program(name, "cuda")


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")
@pytest.mark.parametrize("name", NAMES)
def test_ptx_assembles_for_sm90_and_sm80(name):
    from mlir import ir, passmanager

    from hm_mlir.codegen.ptx import extract_ptx, ptxas_check

    text = (PROGRAM_DIR / f"{name}.mlir").read_text()
    for chip in ("sm_90", "sm_80"):
        with ir.Context() as ctx, ir.Location.unknown():
            hm_mlir.load_dialects(ctx)
            module = ir.Module.parse(text)
            pm = passmanager.PassManager("builtin.module")
            pm.enable_verifier(True)
            hm_mlir.add_stage_pipeline(pm, target="ptx", chip=chip, opt_level=0, verify_each=True)
            pm.run(module.operation)
            kernels = extract_ptx(module)
        assert kernels, "no kernel"
        for kernel, ptx in kernels.items():
            code, errors = ptxas_check(ptx, arch=chip)
            assert code == 0, f"{kernel} ({chip}): {errors}"
