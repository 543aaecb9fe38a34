// Construct: linalg.depthwise_conv_2d_nchw_chw with strides = [1, 2] and dilations = [2, 1] (2x5x14x11 * 5x3x3 -> 2x5x10x5).
func.func @main(%x: tensor<2x5x14x11xf32>, %f: tensor<5x3x3xf32>) -> tensor<2x5x10x5xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x5x10x5xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<2x5x10x5xf32>) -> tensor<2x5x10x5xf32>
  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<[2, 1]> : tensor<2xi64>, strides = dense<[1, 2]> : tensor<2xi64>}
      ins(%x, %f : tensor<2x5x14x11xf32>, tensor<5x3x3xf32>) outs(%acc : tensor<2x5x10x5xf32>) -> tensor<2x5x10x5xf32>
  return %r : tensor<2x5x10x5xf32>
}
