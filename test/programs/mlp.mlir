// Model: MLP layer relu(x @ w + b): linalg.fill, linalg.matmul, broadcast-bias linalg.generic, arith.maximumf (37x91 @ 91x53).
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func @main(%x: tensor<37x91xf32>, %w: tensor<91x53xf32>, %b: tensor<53xf32>) -> tensor<37x53xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<37x53xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<37x53xf32>) -> tensor<37x53xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<37x91xf32>, tensor<91x53xf32>) outs(%acc : tensor<37x53xf32>) -> tensor<37x53xf32>
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %b : tensor<37x53xf32>, tensor<53xf32>) outs(%empty : tensor<37x53xf32>) {
  ^bb0(%v: f32, %bv: f32, %out: f32):
    %s = arith.addf %v, %bv : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<37x53xf32>
  return %y : tensor<37x53xf32>
}
