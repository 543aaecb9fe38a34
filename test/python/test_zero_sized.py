"""Zero-sized dimensions (hm-fold-zero-sized): programs whose tensors have a dimension of size 0 compile on
both targets and every stage flag combination, give NumPy's (possibly empty) results, and launch no kernel
for zero work; the command line exchanges empty arrays. test/programs/empty_tensors.mlir is also checked with
every other test program (NumPy, ptxas, libraries, the GPU check)."""

import subprocess
import sys

import numpy as np
import pytest

import hm_mlir
from hm_mlir.pipeline import built_flag_combinations

NO_WORK = """func.func @main(%e: tensor<0x5xf32>, %c: tensor<0x3xf32>, %d: tensor<0x3xf32>)
    -> (tensor<0x5xf32>, tensor<0x3xf32>, tensor<0xi64>) {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<0x5xf32>
  %relu = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
      iterator_types = ["parallel", "parallel"]} ins(%e : tensor<0x5xf32>) outs(%init : tensor<0x5xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  } -> tensor<0x5xf32>
  %joined = tensor.concat dim(0) %c, %d : (tensor<0x3xf32>, tensor<0x3xf32>) -> tensor<0x3xf32>
  %range_init = tensor.empty() : tensor<0xi64>
  %range = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      outs(%range_init : tensor<0xi64>) {
  ^bb0(%o: i64):
    %i = linalg.index 0 : index
    %v = arith.index_cast %i : index to i64
    linalg.yield %v : i64
  } -> tensor<0xi64>
  return %relu, %joined, %range : tensor<0x5xf32>, tensor<0x3xf32>, tensor<0xi64>
}
"""

K_ZERO = """func.func @main(%a: tensor<4x0xf32>, %b: tensor<0x3xf32>) -> tensor<4x3xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<4x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<4x3xf32>) -> tensor<4x3xf32>
  %r = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x3xf32>) outs(%acc : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %r : tensor<4x3xf32>
}
"""


@pytest.mark.parametrize("flags", built_flag_combinations(), ids=str)
def test_no_kernel_runs_for_zero_work(flags):
    exe = hm_mlir.compile(NO_WORK, count_events=True, **flags)
    relu, joined, indices = exe.main(np.zeros((0, 5), np.float32), np.zeros((0, 3), np.float32),
                                     np.zeros((0, 3), np.float32))
    assert relu.shape == (0, 5) and joined.shape == (0, 3) and indices.shape == (0,) and indices.dtype == np.int64
    assert exe.event_counts()["launches"] == 0


def test_a_matmul_with_k_zero_is_its_accumulator_and_only_the_fill_runs():
    exe = hm_mlir.compile(K_ZERO, count_events=True)
    np.testing.assert_array_equal(exe.main(np.zeros((4, 0), np.float32), np.zeros((0, 3), np.float32)),
                                  np.zeros((4, 3), np.float32))
    assert exe.event_counts()["launches"] == 1  # the fill; no matmul kernel for K = 0


def test_ptx_of_zero_sized_programs_compiles():
    for source in (NO_WORK, K_ZERO):
        ctx, module = hm_mlir.lower(source, target="ptx")
        assert module is not None


def test_hm_run_exchanges_empty_arrays(tmp_path):
    (tmp_path / "k0.mlir").write_text(K_ZERO)
    np.save(tmp_path / "a.npy", np.zeros((4, 0), np.float32))
    np.save(tmp_path / "b.npy", np.zeros((0, 3), np.float32))
    (tmp_path / "none.mlir").write_text(NO_WORK)
    np.save(tmp_path / "e.npy", np.zeros((0, 5), np.float32))
    np.save(tmp_path / "c.npy", np.zeros((0, 3), np.float32))
    for program, inputs in (("k0", ["a", "b"]), ("none", ["e", "c", "c"])):
        args = [arg for name in inputs for arg in ("--input", str(tmp_path / f"{name}.npy"))]
        subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_run", str(tmp_path / f"{program}.mlir"), *args,
                        "--output", str(tmp_path / f"{program}.npz")], check=True, capture_output=True)
    with np.load(tmp_path / "k0.npz") as results:
        np.testing.assert_array_equal(results["result0"], np.zeros((4, 3), np.float32))
    with np.load(tmp_path / "none.npz") as results:
        assert [results[f"result{i}"].shape for i in range(3)] == [(0, 5), (0, 3), (0,)]
