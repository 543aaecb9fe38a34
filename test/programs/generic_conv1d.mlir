// Construct: linalg.generic with an affine-sum input map (d0,d1)->(d0+d1) (a 1-D valid correlation 59*7 -> 53) and a strided/dilated map (d0,d1)->(2*d0+3*d1).
func.func @main(%x: tensor<59xf32>, %w: tensor<7xf32>, %y: tensor<101xf32>) -> (tensor<53xf32>, tensor<41xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<53xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<53xf32>) -> tensor<53xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 + d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>],
                       iterator_types = ["parallel", "reduction"]}
      ins(%x, %w : tensor<59xf32>, tensor<7xf32>) outs(%acc : tensor<53xf32>) {
  ^bb0(%vx: f32, %vw: f32, %a: f32):
    %p = arith.mulf %vx, %vw : f32
    %s = arith.addf %p, %a : f32
    linalg.yield %s : f32
  } -> tensor<53xf32>
  // out[i] = sum_k y[2 i + 3 k] * w[k], i < 41 (max index 2*40 + 3*6 = 98 < 101)
  %e2 = tensor.empty() : tensor<41xf32>
  %acc2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<41xf32>) -> tensor<41xf32>
  %r2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 * 2 + d1 * 3)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>],
                       iterator_types = ["parallel", "reduction"]}
      ins(%y, %w : tensor<101xf32>, tensor<7xf32>) outs(%acc2 : tensor<41xf32>) {
  ^bb0(%vx: f32, %vw: f32, %a: f32):
    %p = arith.mulf %vx, %vw : f32
    %s = arith.addf %p, %a : f32
    linalg.yield %s : f32
  } -> tensor<41xf32>
  return %r, %r2 : tensor<53xf32>, tensor<41xf32>
}
