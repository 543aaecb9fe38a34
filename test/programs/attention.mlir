// Model: single-head attention softmax(q @ k^T / sqrt(d)) @ v, seq 37, d 16; k^T via linalg.matmul indexing_maps, softmax as linalg.generic reductions (max, sub+exp, sum, div).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%q: tensor<37x16xf32>, %k: tensor<37x16xf32>, %v: tensor<37x16xf32>) -> tensor<37x16xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %scale = arith.constant 0.25 : f32
  %e_ss = tensor.empty() : tensor<37x37xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e_ss : tensor<37x37xf32>) -> tensor<37x37xf32>
  %scores = linalg.matmul indexing_maps = [
      affine_map<(m, n, k) -> (m, k)>,
      affine_map<(m, n, k) -> (n, k)>,
      affine_map<(m, n, k) -> (m, n)>]
      ins(%q, %k : tensor<37x16xf32>, tensor<37x16xf32>) outs(%acc : tensor<37x37xf32>) -> tensor<37x37xf32>
  %scaled = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%scores : tensor<37x37xf32>) outs(%e_ss : tensor<37x37xf32>) {
  ^bb0(%s: f32, %o: f32):
    %m = arith.mulf %s, %scale : f32
    linalg.yield %m : f32
  } -> tensor<37x37xf32>
  %e_r = tensor.empty() : tensor<37xf32>
  %max_init = linalg.fill ins(%ninf : f32) outs(%e_r : tensor<37xf32>) -> tensor<37xf32>
  %rmax = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%scaled : tensor<37x37xf32>) outs(%max_init : tensor<37xf32>) {
  ^bb0(%s: f32, %m: f32):
    %r = arith.maximumf %s, %m : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  %ex = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%scaled, %rmax : tensor<37x37xf32>, tensor<37xf32>) outs(%e_ss : tensor<37x37xf32>) {
  ^bb0(%s: f32, %m: f32, %o: f32):
    %d = arith.subf %s, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<37x37xf32>
  %sum_init = linalg.fill ins(%zero : f32) outs(%e_r : tensor<37xf32>) -> tensor<37xf32>
  %rsum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<37x37xf32>) outs(%sum_init : tensor<37xf32>) {
  ^bb0(%e: f32, %a: f32):
    %r = arith.addf %e, %a : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  %p = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %rsum : tensor<37x37xf32>, tensor<37xf32>) outs(%e_ss : tensor<37x37xf32>) {
  ^bb0(%e: f32, %s: f32, %o: f32):
    %d = arith.divf %e, %s : f32
    linalg.yield %d : f32
  } -> tensor<37x37xf32>
  %e_o = tensor.empty() : tensor<37x16xf32>
  %acc2 = linalg.fill ins(%zero : f32) outs(%e_o : tensor<37x16xf32>) -> tensor<37x16xf32>
  %out = linalg.matmul ins(%p, %v : tensor<37x37xf32>, tensor<37x16xf32>) outs(%acc2 : tensor<37x16xf32>) -> tensor<37x16xf32>
  return %out : tensor<37x16xf32>
}
