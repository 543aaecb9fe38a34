// Construct: linalg.matmul with indexing_maps for A^T (A given as 91x37) and B^T (B given as 53x91), plus a batch_matmul with a transposed B through indexing_maps.
func.func @main(%at: tensor<91x37xf32>, %b: tensor<91x53xf32>, %a: tensor<37x91xf32>, %bt: tensor<53x91xf32>,
                %p: tensor<2x7x13xf32>, %qt: tensor<2x11x13xf32>)
    -> (tensor<37x53xf32>, tensor<37x53xf32>, tensor<2x7x11xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<37x53xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<37x53xf32>) -> tensor<37x53xf32>
  %r0 = linalg.matmul indexing_maps = [
      affine_map<(m, n, k) -> (k, m)>,
      affine_map<(m, n, k) -> (k, n)>,
      affine_map<(m, n, k) -> (m, n)>]
      ins(%at, %b : tensor<91x37xf32>, tensor<91x53xf32>) outs(%acc : tensor<37x53xf32>) -> tensor<37x53xf32>
  %r1 = linalg.matmul indexing_maps = [
      affine_map<(m, n, k) -> (m, k)>,
      affine_map<(m, n, k) -> (n, k)>,
      affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %bt : tensor<37x91xf32>, tensor<53x91xf32>) outs(%acc : tensor<37x53xf32>) -> tensor<37x53xf32>
  %eb = tensor.empty() : tensor<2x7x11xf32>
  %accb = linalg.fill ins(%zero : f32) outs(%eb : tensor<2x7x11xf32>) -> tensor<2x7x11xf32>
  %r2 = linalg.batch_matmul indexing_maps = [
      affine_map<(b, m, n, k) -> (b, m, k)>,
      affine_map<(b, m, n, k) -> (b, n, k)>,
      affine_map<(b, m, n, k) -> (b, m, n)>]
      ins(%p, %qt : tensor<2x7x13xf32>, tensor<2x11x13xf32>) outs(%accb : tensor<2x7x11xf32>) -> tensor<2x7x11xf32>
  return %r0, %r1, %r2 : tensor<37x53xf32>, tensor<37x53xf32>, tensor<2x7x11xf32>
}
