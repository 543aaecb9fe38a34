// Construct: linalg.transpose (2-D and a 3-D permutation [2, 0, 1]) and linalg.broadcast (new leading dim, new middle dim).
func.func @main(%a: tensor<37x53xf32>, %b: tensor<7x13x5xf32>, %r: tensor<53xf32>, %c: tensor<7x11xf32>)
    -> (tensor<53x37xf32>, tensor<5x7x13xf32>, tensor<37x53xf32>, tensor<7x3x11xf32>) {
  %e0 = tensor.empty() : tensor<53x37xf32>
  %t0 = linalg.transpose ins(%a : tensor<37x53xf32>) outs(%e0 : tensor<53x37xf32>) permutation = [1, 0]
  %e1 = tensor.empty() : tensor<5x7x13xf32>
  %t1 = linalg.transpose ins(%b : tensor<7x13x5xf32>) outs(%e1 : tensor<5x7x13xf32>) permutation = [2, 0, 1]
  %e2 = tensor.empty() : tensor<37x53xf32>
  %b0 = linalg.broadcast ins(%r : tensor<53xf32>) outs(%e2 : tensor<37x53xf32>) dimensions = [0]
  %e3 = tensor.empty() : tensor<7x3x11xf32>
  %b1 = linalg.broadcast ins(%c : tensor<7x11xf32>) outs(%e3 : tensor<7x3x11xf32>) dimensions = [1]
  return %t0, %t1, %b0, %b1 : tensor<53x37xf32>, tensor<5x7x13xf32>, tensor<37x53xf32>, tensor<7x3x11xf32>
}
