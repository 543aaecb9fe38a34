// Construct: linalg.conv_2d_nchw_fchw with strides = [2, 1] and dilations = [1, 2] (1x4x19x16 * 5x4x3x2 -> 1x5x9x14).
func.func @main(%x: tensor<1x4x19x16xf32>, %f: tensor<5x4x3x2xf32>) -> tensor<1x5x9x14xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x5x9x14xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x5x9x14xf32>) -> tensor<1x5x9x14xf32>
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<[2, 1]> : tensor<2xi64>}
      ins(%x, %f : tensor<1x4x19x16xf32>, tensor<5x4x3x2xf32>) outs(%acc : tensor<1x5x9x14xf32>) -> tensor<1x5x9x14xf32>
  return %r : tensor<1x5x9x14xf32>
}
