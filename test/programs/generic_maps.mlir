// Construct: linalg.generic with non-identity maps: transposed input (d0,d1)->(d1,d0), row/column broadcasts, a constant-0 map (d0,d1)->(d0,0) on a 37x1 tensor, mixed parallel/reduction iterators, and a two-result generic (row max and row sum).
#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
#row0 = affine_map<(d0, d1) -> (d0, 0)>
func.func @main(%a: tensor<37x53xf32>, %bt: tensor<53x37xf32>, %r: tensor<37xf32>, %c: tensor<53xf32>, %k: tensor<37x1xf32>)
    -> (tensor<37x53xf32>, tensor<37xf32>, tensor<37xf32>, tensor<53x37xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<37x53xf32>
  // y = a + bt^T * r[:, None] - c[None, :] * k[:, 0:1]
  %y = linalg.generic {indexing_maps = [#id, #tr, #row, #col, #row0, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %bt, %r, %c, %k : tensor<37x53xf32>, tensor<53x37xf32>, tensor<37xf32>, tensor<53xf32>, tensor<37x1xf32>)
      outs(%e : tensor<37x53xf32>) {
  ^bb0(%va: f32, %vb: f32, %vr: f32, %vc: f32, %vk: f32, %o: f32):
    %p = arith.mulf %vb, %vr : f32
    %q = arith.mulf %vc, %vk : f32
    %s = arith.addf %va, %p : f32
    %t = arith.subf %s, %q : f32
    linalg.yield %t : f32
  } -> tensor<37x53xf32>
  // two results, one reduction loop: row max and row sum of y
  %er = tensor.empty() : tensor<37xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%er : tensor<37xf32>) -> tensor<37xf32>
  %s0 = linalg.fill ins(%zero : f32) outs(%er : tensor<37xf32>) -> tensor<37xf32>
  %red:2 = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%y : tensor<37x53xf32>) outs(%m0, %s0 : tensor<37xf32>, tensor<37xf32>) {
  ^bb0(%v: f32, %m: f32, %s: f32):
    %mx = arith.maximumf %v, %m : f32
    %sm = arith.addf %v, %s : f32
    linalg.yield %mx, %sm : f32, f32
  } -> (tensor<37xf32>, tensor<37xf32>)
  // output written through a transposed map: z[j, i] = y[i, j] * 2
  %ez = tensor.empty() : tensor<53x37xf32>
  %z = linalg.generic {indexing_maps = [#id, #tr], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<37x53xf32>) outs(%ez : tensor<53x37xf32>) {
  ^bb0(%v: f32, %o: f32):
    %d = arith.addf %v, %v : f32
    linalg.yield %d : f32
  } -> tensor<53x37xf32>
  return %y, %red#0, %red#1, %z : tensor<37x53xf32>, tensor<37xf32>, tensor<37xf32>, tensor<53x37xf32>
}
