"""The prepared GPU check (tools/gpu-check): its device script runs here on cpu libraries at small sizes, with
only the copy of the runner that travels in its folder (importing mlir fails), checks every result and times
every case; a wrong expected output or a wrong kernel is reported as such (the check is not vacuous)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from hm_mlir.gpucheck.bundle import BUNDLED_MODULES, build
from hm_mlir.gpucheck.kernels import kernel_set

CASES = ["program:mlp", "program:reductions", "program:bf16_ops", "program:while_loop", "zoo:mlp", "zoo:skipnet",
         "program:mlp+rammer", "zoo:mlp+welder+rammer", "program:rnn_for+grinder"]
# Run the device script as the device would: from its own folder, where importing MLIR is impossible.
LAUNCH = ("import runpy, sys; sys.modules['mlir'] = None; sys.argv = sys.argv[1:]; "
          "runpy.run_path(sys.argv[0], run_name='__main__')")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gpu-check") / "bundle"
    build(out, target="cpu", scale="small", top_k=2, cases=CASES)
    return out


def _run(folder: Path, out: Path, *flags: str, environment: dict | None = None) -> tuple[int, dict]:
    result = subprocess.run([sys.executable, "-c", LAUNCH, str(folder / "run.py"), "--out", str(out), "--dry-run",
                             "--compile-backend", "eager", *flags], capture_output=True, text=True, timeout=600,
                            env={**os.environ, **(environment or {})})
    assert (out / "results.json").exists(), result.stderr
    return result.returncode, json.loads((out / "results.json").read_text())


def test_the_dry_run_checks_and_times_every_case(folder, tmp_path):
    code, report = _run(folder, tmp_path / "out")
    rows = {row["case"]: row for row in report["rows"]}
    assert code == 0, [row for row in report["rows"] if not row["correct"]]
    assert set(rows) == set(CASES) | {k.name for k in kernel_set("small")} | {"check-bounds:gather"}
    assert all(row["correct"] and (row["hm_ms"] > 0 or row["kind"] == "check") for row in rows.values())
    assert rows["check-bounds:gather"]["reported"] == \
        "<input>:7:10: error: @main: out-of-bounds access (run-time check)"
    assert rows["zoo:mlp"]["eager_ms"] > 0 and isinstance(rows["zoo:mlp"]["compile_ms"], float)
    # Rammer's cases: built with their flags, called 100 times with equal results
    assert rows["program:mlp+rammer"]["repeats_equal"] and rows["zoo:mlp+welder+rammer"]["repeats_equal"]
    assert rows["program:rnn_for+grinder"]["repeats_equal"]  # Grinder's device loop, built with --grinder
    assert rows["zoo:mlp+welder+rammer"]["eager_ms"] > 0
    for kernel in kernel_set("small"):
        row = rows[kernel.name]
        assert row["torch_ms"] > 0 and len(row["variants_ms"]) >= 1 and row["ratio_best"] >= row["ratio_top1"]
    assert report["copy_bandwidth_gbs"] > 0
    table = (tmp_path / "out" / "results.md").read_text()
    assert "| gemm_f32_64 | yes |" in table and "Copy bandwidth" in table


def test_the_folder_carries_what_the_device_imports(folder):
    for relative in BUNDLED_MODULES:
        assert (folder / "hm_mlir" / relative).is_file()
    plan = json.loads((folder / "cases.json").read_text())
    assert plan["target"] == "cpu" and plan["models"] and plan["kernels"]
    for case in plan["models"] + [v for k in plan["kernels"] for v in k["variants"]]:
        for library in case["libraries"].values():
            assert (folder / library / "manifest.json").is_file()


def test_a_wrong_expected_output_fails_the_check(folder, tmp_path):
    broken = tmp_path / "broken"
    subprocess.run(["cp", "-r", str(folder), str(broken)], check=True)
    data = broken / "data" / "program_mlp.npz"
    with np.load(data) as saved:
        arrays = dict(saved)
    arrays["expected0"] = arrays["expected0"] + 1
    np.savez_compressed(data, **arrays)
    plan = json.loads((broken / "cases.json").read_text())
    add = next(k for k in plan["kernels"] if k["op"] == "add")
    relu = next(k for k in plan["kernels"] if k["op"] == "relu")
    add["variants"], add["shapes"] = relu["variants"], relu["shapes"]  # a relu library where an add should be
    (broken / "cases.json").write_text(json.dumps(plan))
    code, report = _run(broken, tmp_path / "out")
    rows = {row["case"]: row for row in report["rows"]}
    assert code == 1
    assert not rows["program:mlp"]["correct"] and rows["program:mlp"]["error"] > 0.1
    assert not rows[add["name"]]["correct"]
    assert rows["program:reductions"]["correct"]


def test_a_check_that_does_not_fire_fails_the_check(folder, tmp_path):
    copy = tmp_path / "bundle"
    shutil.copytree(folder, copy)
    data = copy / "data" / "check_bounds_gather.npz"
    with np.load(data) as arrays:
        saved = dict(arrays)
    saved["argument1"] = np.array([1, 9, 2])  # every index in bounds: the call returns
    np.savez(data, **saved)
    _, report = _run(copy, tmp_path / "out")
    row = next(row for row in report["rows"] if row["case"] == "check-bounds:gather")
    assert not row["correct"] and "did not fire" in row["reported"]


def test_the_smoke_mode_runs_a_few_cases(folder, tmp_path):
    code, report = _run(folder, tmp_path / "out", "--smoke")
    assert code == 0
    names = {row["case"] for row in report["rows"]}
    assert "program:mlp" in names and "gemm_f32_64" in names and "program:bf16_ops" not in names
    assert report["mode"] == "smoke"


def test_a_cpu_folder_refuses_to_run_as_the_gpu_check(folder, tmp_path):
    result = subprocess.run([sys.executable, str(folder / "run.py"), "--out", str(tmp_path)], capture_output=True,
                            text=True)
    assert result.returncode != 0 and "add --dry-run" in result.stderr


def test_a_case_that_kills_the_process_is_reported_and_the_others_still_run(folder, tmp_path):
    code, report = _run(folder, tmp_path / "out", "--smoke", environment={"HM_GPU_CHECK_KILL": "program:reductions"})
    rows = {row["case"]: row for row in report["rows"]}
    assert code == 1
    assert rows["program:reductions"]["failure"].startswith("the process died (exit status -9)")
    assert rows["program:mlp"]["correct"] and rows["zoo:mlp"]["correct"] and rows["gemm_f32_64"]["correct"]


def test_a_kernel_fault_ends_the_worker_so_that_a_fresh_context_runs_the_rest():
    from hm_mlir.gpucheck.device import poisoned

    assert poisoned({"failure": "LibraryRuntimeError: @main failed on the device: cuStreamSynchronize(stream) "
                                "failed: CUDA_ERROR_ILLEGAL_ADDRESS (CUresult 700)"})
    assert not poisoned({"failure": "RuntimeError: argument 0 drawn on this machine differs"})
    assert not poisoned({"correct": False})
