// Construct: linalg.depthwise_conv_2d_nhwc_hwc with strides = 2 (1x15x13x6 * 3x3x6 -> 1x7x6x6).
func.func @main(%x: tensor<1x15x13x6xf32>, %f: tensor<3x3x6xf32>) -> tensor<1x7x6x6xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x7x6x6xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x7x6x6xf32>) -> tensor<1x7x6x6xf32>
  %r = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %f : tensor<1x15x13x6xf32>, tensor<3x3x6xf32>) outs(%acc : tensor<1x7x6x6xf32>) -> tensor<1x7x6x6xf32>
  return %r : tensor<1x7x6x6xf32>
}
