// Construct: linalg.pooling_nhwc_max (3x3 window, stride 2) and linalg.pooling_nhwc_sum (2x3 window, strides [2, 1], dilations [1, 2]); windows given by tensor.empty.
func.func @main(%x: tensor<2x17x15x3xf32>) -> (tensor<2x8x7x3xf32>, tensor<2x8x11x3xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %w0 = tensor.empty() : tensor<3x3xf32>
  %e0 = tensor.empty() : tensor<2x8x7x3xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e0 : tensor<2x8x7x3xf32>) -> tensor<2x8x7x3xf32>
  %r0 = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w0 : tensor<2x17x15x3xf32>, tensor<3x3xf32>) outs(%m0 : tensor<2x8x7x3xf32>) -> tensor<2x8x7x3xf32>
  %w1 = tensor.empty() : tensor<2x3xf32>
  %e1 = tensor.empty() : tensor<2x8x11x3xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<2x8x11x3xf32>) -> tensor<2x8x11x3xf32>
  %r1 = linalg.pooling_nhwc_sum {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<[2, 1]> : tensor<2xi64>}
      ins(%x, %w1 : tensor<2x17x15x3xf32>, tensor<2x3xf32>) outs(%z1 : tensor<2x8x11x3xf32>) -> tensor<2x8x11x3xf32>
  return %r0, %r1 : tensor<2x8x7x3xf32>, tensor<2x8x11x3xf32>
}
