"""hm-bench's compile-time split (hm_mlir.bench.timing) reads hm-opt's real pass-timing report correctly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hm_mlir.bench.timing import CompileSplit, median_split, split, top_level_passes

ROOT = Path(__file__).resolve().parents[2]

REPORT = """===-------------------------------------------------------------------------===
                         ... Execution time report ...
===-------------------------------------------------------------------------===
  Total Execution Time: 0.5000 seconds

  ----Wall Time----  ----Name----
    0.1000 ( 20.0%)  hm-roller-tiling
    0.0500 ( 10.0%)  'func.func' Pipeline
    0.0500 ( 10.0%)    ConvertLinalgToParallelLoopsPass
    0.0200 (  4.0%)  hm-verify
    0.0300 (  6.0%)  hm-verify
    0.2000 ( 40.0%)  GpuModuleToBinaryPass
    0.1000 ( 20.0%)  Canonicalizer
    0.0000 (  0.0%)    (A) DominanceInfo
    0.5000 (100.0%)  Total
"""


def test_nested_entries_count_once_and_repeated_passes_add_up():
    assert [name for name, _ in top_level_passes(REPORT)] == [
        "hm-roller-tiling", "'func.func' Pipeline", "hm-verify", "hm-verify", "GpuModuleToBinaryPass",
        "Canonicalizer"]
    parts = split(REPORT, wall=0.8)
    assert parts.hm == {"hm-roller-tiling": 0.1, "hm-verify": 0.05}
    assert abs(parts.upstream - 0.15) < 1e-9 and parts.serialization == 0.2
    assert abs(parts.startup - 0.3) < 1e-9
    assert abs(parts.hm_total + parts.upstream + parts.serialization - 0.5) < 1e-9


def test_median_split_takes_each_part_on_its_own():
    runs = [CompileSplit(1.0, 0.2, {"hm-a": 0.1}), CompileSplit(3.0, 0.4, {"hm-a": 0.3, "hm-b": 0.2}),
            CompileSplit(2.0, 0.9, {"hm-a": 0.2})]
    middle = median_split(runs)
    assert (middle.wall, middle.startup, middle.hm) == (2.0, 0.4, {"hm-a": 0.2, "hm-b": 0.0})


def test_a_real_compile_splits_into_parts_that_add_up_to_its_passes():
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_opt", "examples/mlp.mlir", "--target=ptx",
                           "--mlir-timing", "-o", "/dev/null"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    parts = split(done.stderr, wall=10.0)
    assert {"hm-roller-tiling", "hm-roller-codegen", "hm-verify"} <= set(parts.hm)
    assert parts.serialization > 0 and parts.upstream > 0
    total = float(done.stderr.split("Total Execution Time: ")[1].split()[0])
    assert abs(parts.hm_total + parts.upstream + parts.serialization - total) < 0.002 * len(parts.hm) + 0.01


USER_AND_WALL = """===-------------------------------------------------------------------------===
                         ... Execution time report ...
===-------------------------------------------------------------------------===
  Total Execution Time: 0.2000 seconds

  ----User Time----  ----Wall Time----  ----Name----
    0.1500 ( 60.0%)    0.1000 ( 50.0%)  hm-welder-fusion
    0.0600 ( 24.0%)    0.0500 ( 25.0%)  'func.func' Pipeline
    0.0600 ( 24.0%)    0.0500 ( 25.0%)    LinalgGeneralizeNamedOpsPass
    0.0400 ( 16.0%)    0.0500 ( 25.0%)  GpuModuleToBinaryPass
    0.2500 (100.0%)    0.2000 (100.0%)  Total
"""


def test_a_report_with_a_user_time_column_is_read_by_its_wall_time():
    """MLIR adds the user-time column when a nested pipeline ran on threads (several functions: --welder's
    kernel functions); the split reads the wall time."""
    parts = split(USER_AND_WALL, wall=0.3)
    assert parts.hm == {"hm-welder-fusion": 0.1}
    assert abs(parts.upstream - 0.05) < 1e-9 and abs(parts.serialization - 0.05) < 1e-9
