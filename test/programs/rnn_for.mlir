// Model: RNN h = tanh(h @ W + x_t @ U + b) over scf.for (5 steps) with tensor iter_args; x_t by rank-reducing tensor.extract_slice, every h stored with tensor.insert_slice.
#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @main(%h0: tensor<7x16xf32>, %xs: tensor<5x7x12xf32>, %w: tensor<16x16xf32>, %u: tensor<12x16xf32>, %b: tensor<16xf32>)
    -> (tensor<7x16xf32>, tensor<5x7x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %zero = arith.constant 0.0 : f32
  %hs0 = tensor.empty() : tensor<5x7x16xf32>
  %r:2 = scf.for %t = %c0 to %c5 step %c1 iter_args(%h = %h0, %hs = %hs0) -> (tensor<7x16xf32>, tensor<5x7x16xf32>) {
    %xt = tensor.extract_slice %xs[%t, 0, 0] [1, 7, 12] [1, 1, 1] : tensor<5x7x12xf32> to tensor<7x12xf32>
    %e = tensor.empty() : tensor<7x16xf32>
    %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<7x16xf32>) -> tensor<7x16xf32>
    %hw = linalg.matmul ins(%h, %w : tensor<7x16xf32>, tensor<16x16xf32>) outs(%acc : tensor<7x16xf32>) -> tensor<7x16xf32>
    %xu = linalg.matmul ins(%xt, %u : tensor<7x12xf32>, tensor<12x16xf32>) outs(%hw : tensor<7x16xf32>) -> tensor<7x16xf32>
    %hn = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%xu, %b : tensor<7x16xf32>, tensor<16xf32>) outs(%e : tensor<7x16xf32>) {
    ^bb0(%v: f32, %bv: f32, %o: f32):
      %s = arith.addf %v, %bv : f32
      %th = math.tanh %s : f32
      linalg.yield %th : f32
    } -> tensor<7x16xf32>
    %hs1 = tensor.insert_slice %hn into %hs[%t, 0, 0] [1, 7, 16] [1, 1, 1] : tensor<7x16xf32> into tensor<5x7x16xf32>
    scf.yield %hn, %hs1 : tensor<7x16xf32>, tensor<5x7x16xf32>
  }
  return %r#0, %r#1 : tensor<7x16xf32>, tensor<5x7x16xf32>
}
