// Construct: linalg.pooling_nchw_max (3x2 window from tensor.empty, stride 2) on 1x4x16x13 -> 1x4x7x6.
func.func @main(%x: tensor<1x4x16x13xf32>) -> tensor<1x4x7x6xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %w = tensor.empty() : tensor<3x2xf32>
  %e = tensor.empty() : tensor<1x4x7x6xf32>
  %m = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x4x7x6xf32>) -> tensor<1x4x7x6xf32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<1x4x16x13xf32>, tensor<3x2xf32>) outs(%m : tensor<1x4x7x6xf32>) -> tensor<1x4x7x6xf32>
  return %r : tensor<1x4x7x6xf32>
}
