"""hm-count-device-events and hm-bench: launches, host syncs and kernel-boundary bytes are counted as the CPU
target runs (so they follow loops and branches), the instrumented program still computes the same results,
and hm-bench writes its section and chart."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import hm_mlir
from hm_mlir.pipeline import OptionsError

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"

ELEMENTWISE = """
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %one : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}
"""


def _counted(exe, *arguments):
    before = exe.event_counts()
    results = exe.main(*arguments)
    after = exe.event_counts()
    return results, {key: after[key] - before[key] for key in after}


def test_one_elementwise_kernel_reads_and_writes_its_buffers_once():
    exe = hm_mlir.compile(ELEMENTWISE, "cpu", opt_level=0, count_events=True)
    x = np.arange(32, dtype=np.float32).reshape(4, 8)
    y, events = _counted(exe, x)
    np.testing.assert_array_equal(y, x + 1)
    assert events == {"launches": 1, "host_syncs": 0, "kernel_bytes": 2 * 4 * 8 * 4, "allocations": 0,
                      "allocated_bytes": 0}  # the kernel writes the caller's buffer
    _, again = _counted(exe, x)
    assert again == events  # the counters accumulate; each call adds the same


def test_counts_follow_a_data_dependent_loop():
    exe = hm_mlir.compile(PROGRAMS / "while_loop.mlir", "cpu", opt_level=0, count_events=True)
    x = np.ones((37, 53), dtype=np.float32)
    runs = []
    for threshold in (1000.0, 100.0, 10.0):  # sum 1961 halves until under the threshold
        (y, trips), events = _counted(exe, x, np.float32(threshold))
        np.testing.assert_allclose(y, x * 0.5 ** int(trips))
        runs.append((int(trips), events))
    (t1, e1), (t2, e2), (t3, e3) = runs
    assert t1 < t2 < t3
    per_trip = {key: (e2[key] - e1[key]) / (t2 - t1) for key in e1}
    for key in e1:  # every count is affine in the trip count
        assert (e3[key] - e2[key]) == per_trip[key] * (t3 - t2), key
    assert per_trip["host_syncs"] == 1  # the loop condition is read back once per trip
    assert per_trip["launches"] >= 2  # the reduction and the halving kernel, at least
    assert per_trip["kernel_bytes"] >= 3 * 37 * 53 * 4  # the halving reads and writes, the sum reads


def test_counting_is_cpu_only_and_must_be_asked_for():
    with pytest.raises(OptionsError, match="CPU target only"):
        hm_mlir.stage_pipeline(target="ptx", count_events=True)
    exe = hm_mlir.compile(ELEMENTWISE, "cpu", opt_level=0)
    with pytest.raises(RuntimeError, match="count_events=True"):
        exe.event_counts()


def test_hm_bench_writes_its_section_and_keeps_the_rest(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    report.write_text("# Benchmarks\n\nhand-written notes\n")
    chart = tmp_path / "chart.png"
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_bench", "--models", "mlp", "--repeat", "1",
                           "--no-iree", "--no-live", "--output", str(report), "--chart", str(chart)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "[1/" in done.stderr  # progress
    text = report.read_text()
    assert "hand-written notes" in text
    row = next(line for line in text.splitlines() if line.startswith("| mlp | (defaults)"))
    assert "| ok |" in row and "| 14 | 0 |" in row  # numerics, launches (a fill per matmul), host syncs
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert "matplotlib is not installed" in done.stderr
    else:
        assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_bench", "--models", "mlp", "--repeat", "1",
                           "--no-iree", "--no-live", "--output", str(report), "--chart", str(chart)],
                          capture_output=True, text=True, timeout=600)
    assert report.read_text().count("hm-bench:begin") == 1  # replaced, not appended
    written = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_bench", "--models", "mlp", "--repeat", "1",
                           "--no-iree", "--no-live"], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0 and "| mlp | (defaults)" in done.stdout  # printed
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == written  # nothing written without a flag


def test_hm_bench_rejects_unknown_models():
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_bench", "--models", "nope"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "unknown zoo model(s) nope" in done.stderr


def test_the_report_has_gpu_ratios_when_a_gpu_was_timed():
    from hm_mlir.bench import measure, report

    row = measure.Measurement("mlp", {}, 0.4, 0.8, events={"launches": 13, "host_syncs": 0, "kernel_bytes": 10**6},
                              gpu={"hm": 1e-3, "torch_eager": 2e-3, "torch_compile": 5e-4, "iree": 1.5e-3})
    text = report.markdown([row], ["- machine: test"], gpu=True)
    assert "| mlp | (defaults) | 0.40 | 0.80 | 0.50 | ok | 13 | 0 | 1.00 |" in text
    assert "| mlp | (defaults) | 1.000 | 2.000 | 0.500 | 1.500 | 2.00 | 0.50 | 1.50 |" in text
    assert "hm cuda ms" not in report.markdown([row], ["- machine: test"], gpu=False)


def _program_inputs(name):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_programs import PROGRAMS as REFERENCES

    program = REFERENCES[name]
    return program.entry, program.inputs(np.random.default_rng(0))


# program: (gpu.launch_func ops in its host code at --target=gpu, kernels it launches and host syncs it makes
# in one call with test_programs' inputs; a copy kernel counts). Upstream's buffer deallocation adds ownership
# flags and a dealloc_helper to the programs with loops; that bookkeeping is host memory and host code, so it
# adds neither launches nor syncs (before: rnn_for had 15 launches in its code and 2 syncs per call).
HOST_CODE = {
    "rnn_for": (6, 26, 0),
    "scf_nested": (7, 12, 0),
    "func_calls": (10, 10, 0),
    "while_loop": (6, 34, 11),  # a data-dependent loop: its condition is read back once per trip
}


@pytest.mark.parametrize("name", sorted(HOST_CODE))
def test_bookkeeping_stays_on_the_host(name):
    from hm_mlir.ir_walk import walk

    static, launches, syncs = HOST_CODE[name]
    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="gpu")
    with ctx:
        ops = [op.name for op in walk(module.operation)]
    assert ops.count("gpu.launch_func") == static
    exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", opt_level=0, count_events=True)
    entry, inputs = _program_inputs(name)
    before = exe.event_counts()
    exe[entry](*inputs)
    after = exe.event_counts()
    assert (after["launches"] - before["launches"], after["host_syncs"] - before["host_syncs"]) == (launches, syncs)


def test_counting_works_on_every_test_program_and_zoo_model():
    """Criterion 2 of the default-path issue: every program compiles with the counters and counts a call
    (that no call allocates a device buffer is test_memory_plan's)."""
    from hm_mlir import zoo

    names = sorted(p.stem for p in PROGRAMS.glob("*.mlir"))
    launching = 0
    for name in names:
        exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", opt_level=0, count_events=True)
        entry, inputs = _program_inputs(name)
        before = exe.event_counts()
        exe[entry](*inputs)
        counts = {key: value - before[key] for key, value in exe.event_counts().items()}
        assert all(value >= 0 for value in counts.values()), name
        assert counts["allocated_bytes"] >= counts["allocations"], name
        launching += counts["launches"] > 0
    assert launching >= len(names) - 2  # tensor_concat's copies fold into constants
    for name in zoo.names():
        model = zoo.load(name)
        exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=0, count_events=True)
        exe[model.manifest["entry"]](*model.arguments(0))
        assert exe.event_counts()["launches"] >= 1, name
