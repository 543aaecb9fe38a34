// Construct: linalg.conv_2d_nhwc_hwcf with strides = 2 and dilations = 2 (2x17x15x3 * 3x3x3x5 -> 2x7x6x5).
func.func @main(%x: tensor<2x17x15x3xf32>, %f: tensor<3x3x3x5xf32>) -> tensor<2x7x6x5xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x7x6x5xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<2x7x6x5xf32>) -> tensor<2x7x6x5xf32>
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %f : tensor<2x17x15x3xf32>, tensor<3x3x3x5xf32>) outs(%acc : tensor<2x7x6x5xf32>) -> tensor<2x7x6x5xf32>
  return %r : tensor<2x7x6x5xf32>
}
