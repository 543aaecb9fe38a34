"""The plain compile path (naive tiling -> bufferize -> loops -> LLVM) computes the right numbers on the CPU.

A first end-to-end check of the foundation's pipeline; the full matrix of constructs belongs to the
end-to-end issue.
"""

from pathlib import Path

import numpy as np
from mlir import ir, passmanager

import hm_mlir
from hm_mlir.codegen.cpu_runtime import cpu_engine, cpu_invoke

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _compile_cpu(text: str):
    ctx = ir.Context()
    hm_mlir.load_dialects(ctx)
    with ctx, ir.Location.unknown():
        module = ir.Module.parse(text)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_stage_pipeline(pm, target="cpu")
        pm.run(module.operation)
        return ctx, module, cpu_engine(module, opt_level=0)


def test_mlp_layer_matches_numpy():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((64, 128), dtype=np.float32) / 8
    w = rng.standard_normal((128, 32), dtype=np.float32) / 8
    b = rng.standard_normal(32, dtype=np.float32)
    out = np.full((64, 32), np.nan, dtype=np.float32)
    _ctx, _module, engine = _compile_cpu((EXAMPLES / "mlp.mlir").read_text())
    cpu_invoke(engine, "mlp", [x, w, b, out])
    np.testing.assert_allclose(out, np.maximum(x @ w + b, 0), rtol=1e-4, atol=1e-4)


def test_scf_for_with_tensor_iter_args_and_non_divisible_shapes():
    text = """
    func.func @rnn(%h0: tensor<37x53xf32>, %w: tensor<53x53xf32>) -> tensor<37x53xf32> {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c3 = arith.constant 3 : index
      %zero = arith.constant 0.0 : f32
      %r = scf.for %i = %c0 to %c3 step %c1 iter_args(%h = %h0) -> (tensor<37x53xf32>) {
        %e = tensor.empty() : tensor<37x53xf32>
        %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<37x53xf32>) -> tensor<37x53xf32>
        %mm = linalg.matmul ins(%h, %w : tensor<37x53xf32>, tensor<53x53xf32>) outs(%acc : tensor<37x53xf32>)
            -> tensor<37x53xf32>
        %t = linalg.tanh ins(%mm : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) -> tensor<37x53xf32>
        scf.yield %t : tensor<37x53xf32>
      }
      return %r : tensor<37x53xf32>
    }
    """
    rng = np.random.default_rng(1)
    h = rng.standard_normal((37, 53), dtype=np.float32)
    w = rng.standard_normal((53, 53), dtype=np.float32) / 8
    h_copy = h.copy()
    out = np.zeros((37, 53), dtype=np.float32)
    _ctx, _module, engine = _compile_cpu(text)
    cpu_invoke(engine, "rnn", [h, w, out])
    expected = h_copy
    for _ in range(3):
        expected = np.tanh(expected @ w)
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)
    np.testing.assert_array_equal(h, h_copy)  # inputs are never written
