// Model: linalg.batch_matmul 3x37x19 @ 3x19x23 on a filled accumulator.
func.func @main(%a: tensor<3x37x19xf32>, %b: tensor<3x19x23xf32>) -> tensor<3x37x23xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x37x23xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<3x37x23xf32>) -> tensor<3x37x23xf32>
  %r = linalg.batch_matmul ins(%a, %b : tensor<3x37x19xf32>, tensor<3x19x23xf32>) outs(%acc : tensor<3x37x23xf32>) -> tensor<3x37x23xf32>
  return %r : tensor<3x37x23xf32>
}
