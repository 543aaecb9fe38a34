// Construct: linalg.fill (f32 and i32, a 1-element tensor) and linalg.copy (into a fresh tensor and into a filled tensor's slice via insert_slice).
func.func @main(%a: tensor<37x53xf32>, %s: tensor<1xf32>) -> (tensor<37x53xf32>, tensor<7x91xi32>, tensor<1xf32>, tensor<41x53xf32>) {
  %c7 = arith.constant 7 : i32
  %cf = arith.constant 2.5 : f32
  %e = tensor.empty() : tensor<37x53xf32>
  %cp = linalg.copy ins(%a : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) -> tensor<37x53xf32>
  %ei = tensor.empty() : tensor<7x91xi32>
  %fi = linalg.fill ins(%c7 : i32) outs(%ei : tensor<7x91xi32>) -> tensor<7x91xi32>
  %e1 = tensor.empty() : tensor<1xf32>
  %s1 = linalg.copy ins(%s : tensor<1xf32>) outs(%e1 : tensor<1xf32>) -> tensor<1xf32>
  %eb = tensor.empty() : tensor<41x53xf32>
  %big = linalg.fill ins(%cf : f32) outs(%eb : tensor<41x53xf32>) -> tensor<41x53xf32>
  %slot = tensor.extract_slice %big[2, 0] [37, 53] [1, 1] : tensor<41x53xf32> to tensor<37x53xf32>
  %cp2 = linalg.copy ins(%a : tensor<37x53xf32>) outs(%slot : tensor<37x53xf32>) -> tensor<37x53xf32>
  %big2 = tensor.insert_slice %cp2 into %big[2, 0] [37, 53] [1, 1] : tensor<37x53xf32> into tensor<41x53xf32>
  return %cp, %fi, %s1, %big2 : tensor<37x53xf32>, tensor<7x91xi32>, tensor<1xf32>, tensor<41x53xf32>
}
