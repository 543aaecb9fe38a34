"""--roller-measure on the CPU target: the top-K of every operator is compiled and timed, the fastest is
compiled, the winner is cached on disk by operator, device and compiler version, and a second compile reads
the cache without measuring. (On a GPU target the same code times on the GPU; without one it is refused.)"""

import json
import subprocess
import sys

import numpy as np
import pytest
from test_roller import rtile_stage

import hm_mlir
from hm_mlir.roller import measure

MATMUL = """
func.func @main(%a: tensor<48x40xf32>, %b: tensor<40x24xf32>) -> tensor<48x24xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<48x24xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<48x24xf32>) -> tensor<48x24xf32>
  %r = linalg.matmul ins(%a, %b : tensor<48x40xf32>, tensor<40x24xf32>) outs(%f : tensor<48x24xf32>)
    -> tensor<48x24xf32>
  return %r : tensor<48x24xf32>
}
"""


def _chosen(text: str, **options) -> str:
    return rtile_stage(text, target="cpu", **options)[0][-1]["chosen"]["name"]


def test_measure_picks_the_fastest_caches_it_and_the_second_compile_reads_the_cache(tmp_path, monkeypatch):
    cache = tmp_path / "roller.json"
    monkeypatch.setenv("HM_MLIR_CACHE", str(cache))
    chosen = _chosen(MATMUL, roller_measure=True, roller_top_k=4)
    entries = json.loads(cache.read_text())
    assert len(entries) == 2  # the linalg.fill and the matmul
    (key, entry), = [(k, e) for k, e in entries.items() if k.startswith("linalg.generic|(48, 24, 40)|")]
    assert "|h100|top-4|cpu|hm-mlir " in key and len(entry["times_us"]) == 4
    best = min(range(4), key=entry["times_us"].__getitem__)
    assert entry["best"] == best and chosen.endswith(f"_k{best}")

    def no_compile(*args, **kwargs):
        raise AssertionError("a cached operator was measured again")

    monkeypatch.setattr("hm_mlir.runtime.executable.compile", no_compile)
    assert _chosen(MATMUL, roller_measure=True, roller_top_k=4) == chosen
    monkeypatch.undo()
    # The measured choice compiles and runs correctly.
    monkeypatch.setenv("HM_MLIR_CACHE", str(cache))
    exe = hm_mlir.compile(MATMUL, "cpu", roller_measure=True, roller_top_k=4, opt_level=0)
    a, b = np.ones((48, 40), np.float32), np.full((40, 24), 0.5, np.float32)
    np.testing.assert_allclose(exe.main(a, b), a @ b)


def test_the_cache_key_names_the_operator_device_and_compiler_version():
    key = measure.cache_key("sig", "a100", 8, "cuda")
    assert key.startswith("sig|a100|top-8|cuda|hm-mlir ") and "mlir bindings" in key


def test_measuring_for_a_gpu_target_without_a_gpu_is_a_usage_error(tmp_path):
    from hm_mlir.runtime.cuda import CudaUnavailable, check_driver

    try:
        check_driver()
        pytest.skip("this machine has a GPU: the GPU target measures there")
    except CudaUnavailable:
        pass
    source = tmp_path / "mm.mlir"
    source.write_text(MATMUL)
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_opt", "--roller-measure", "--target=ptx",
                           str(source)], capture_output=True, text=True)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "--roller-measure times the candidates on the GPU" in done.stderr and "--target=cpu" in done.stderr
