// Model: conv_2d_nhwc_hwcf (stride 1, 1x13x11x3 * 3x3x3x8) + per-channel bias + ReLU.
#id4 = affine_map<(n, h, w, c) -> (n, h, w, c)>
#ch = affine_map<(n, h, w, c) -> (c)>
func.func @main(%x: tensor<1x13x11x3xf32>, %f: tensor<3x3x3x8xf32>, %b: tensor<8xf32>) -> tensor<1x11x9x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x11x9x8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x11x9x8xf32>) -> tensor<1x11x9x8xf32>
  %conv = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %f : tensor<1x13x11x3xf32>, tensor<3x3x3x8xf32>) outs(%acc : tensor<1x11x9x8xf32>) -> tensor<1x11x9x8xf32>
  %y = linalg.generic {indexing_maps = [#id4, #ch, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%conv, %b : tensor<1x11x9x8xf32>, tensor<8xf32>) outs(%e : tensor<1x11x9x8xf32>) {
  ^bb0(%v: f32, %bv: f32, %o: f32):
    %s = arith.addf %v, %bv : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x11x9x8xf32>
  return %y : tensor<1x11x9x8xf32>
}
