"""An RNN whose hidden state is an scf.for tensor iter_arg initialised from an input: the loop runs on the host,
the kernels inside it, and bufferization must copy the input instead of updating it in place
(test_programs.py has the full corpus)."""

import numpy as np

import hm_mlir


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
    out = hm_mlir.compile(text, target="cpu", opt_level=0).rnn(h, w)
    expected = h_copy
    for _ in range(3):
        expected = np.tanh(expected @ w)
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)
    np.testing.assert_array_equal(h, h_copy)  # inputs are never written
