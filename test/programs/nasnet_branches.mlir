// Model: the hidden branches of a NASNet-style cell on 1x4x10x10 (NCHW), combined pairwise and concatenated:
// h1 = pointwise(depthwise3x3(relu(x))) + avgpool3x3(x), h2 = relu(conv3x3(x)) + maxpool3x3(x), out = concat(h1, h2)
// along channels (1x8x8x8). Four independent branches, then two adds, then the concat: Rammer's test of
// inter-operator parallelism at batch 1 in a few kernels.
#id = affine_map<(n, c, h, w) -> (n, c, h, w)>
func.func @main(%x: tensor<1x4x10x10xf32>, %dw: tensor<4x3x3xf32>, %pw: tensor<4x4x1x1xf32>,
                %k: tensor<4x4x3x3xf32>) -> tensor<1x8x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %ninth = arith.constant 0.111111112 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %window = tensor.empty() : tensor<3x3xf32>
  // branch A: relu, depthwise 3x3, pointwise 1x1
  %ex = tensor.empty() : tensor<1x4x10x10xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x4x10x10xf32>) outs(%ex : tensor<1x4x10x10xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x4x10x10xf32>
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %z0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %d = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%relu, %dw : tensor<1x4x10x10xf32>, tensor<4x3x3xf32>) outs(%z0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %a = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%d, %pw : tensor<1x4x8x8xf32>, tensor<4x4x1x1xf32>) outs(%z1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  // branch B: average pool 3x3
  %z2 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %sum = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %window : tensor<1x4x10x10xf32>, tensor<3x3xf32>) outs(%z2 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  // branch C: conv 3x3
  %z3 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %k : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%z3 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  // branch D: max pool 3x3
  %m0 = linalg.fill ins(%ninf : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %mx = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %window : tensor<1x4x10x10xf32>, tensor<3x3xf32>) outs(%m0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  // combine: h1 = A + B / 9, h2 = relu(C) + D, concatenated
  %h1 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%a, %sum : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %avg = arith.mulf %q, %ninth : f32
    %r = arith.addf %p, %avg : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  %h2 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %mx : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %rc = arith.maximumf %p, %zero : f32
    %r = arith.addf %rc, %q : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  %out = tensor.concat dim(1) %h1, %h2 : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x8x8x8xf32>
  return %out : tensor<1x8x8x8xf32>
}
