// Model: layer normalization over the last dim of 37x53: mean and variance reductions, math.rsqrt, gamma/beta.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @main(%x: tensor<37x53xf32>, %gamma: tensor<53xf32>, %beta: tensor<53xf32>) -> tensor<37x53xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 53.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %er = tensor.empty() : tensor<37xf32>
  %e = tensor.empty() : tensor<37x53xf32>
  %z = linalg.fill ins(%zero : f32) outs(%er : tensor<37xf32>) -> tensor<37xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<37x53xf32>) outs(%z : tensor<37xf32>) {
  ^bb0(%v: f32, %a: f32):
    %r = arith.addf %v, %a : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  %mean = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%sum : tensor<37xf32>) outs(%er : tensor<37xf32>) {
  ^bb0(%s: f32, %o: f32):
    %m = arith.divf %s, %n : f32
    linalg.yield %m : f32
  } -> tensor<37xf32>
  %cent = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mean : tensor<37x53xf32>, tensor<37xf32>) outs(%e : tensor<37x53xf32>) {
  ^bb0(%v: f32, %m: f32, %o: f32):
    %d = arith.subf %v, %m : f32
    linalg.yield %d : f32
  } -> tensor<37x53xf32>
  %sq = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%cent : tensor<37x53xf32>) outs(%z : tensor<37xf32>) {
  ^bb0(%v: f32, %a: f32):
    %p = arith.mulf %v, %v : f32
    %r = arith.addf %p, %a : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  %inv = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%sq : tensor<37xf32>) outs(%er : tensor<37xf32>) {
  ^bb0(%s: f32, %o: f32):
    %var = arith.divf %s, %n : f32
    %ve = arith.addf %var, %eps : f32
    %r = math.rsqrt %ve : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #col, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%cent, %inv, %gamma, %beta : tensor<37x53xf32>, tensor<37xf32>, tensor<53xf32>, tensor<53xf32>)
      outs(%e : tensor<37x53xf32>) {
  ^bb0(%c: f32, %i: f32, %g: f32, %bt: f32, %o: f32):
    %t = arith.mulf %c, %i : f32
    %u = arith.mulf %t, %g : f32
    %r = arith.addf %u, %bt : f32
    linalg.yield %r : f32
  } -> tensor<37x53xf32>
  return %y : tensor<37x53xf32>
}
