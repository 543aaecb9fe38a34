// Construct: tensor.concat along dim 0 (3x53 ++ 7x53) and along dim 1 of three operands (37x5 ++ 37x11 ++ 37x5).
func.func @main(%a: tensor<3x53xf32>, %b: tensor<7x53xf32>, %c: tensor<37x5xf32>, %d: tensor<37x11xf32>) -> (tensor<10x53xf32>, tensor<37x21xf32>) {
  %r0 = tensor.concat dim(0) %a, %b : (tensor<3x53xf32>, tensor<7x53xf32>) -> tensor<10x53xf32>
  %r1 = tensor.concat dim(1) %c, %d, %c : (tensor<37x5xf32>, tensor<37x11xf32>, tensor<37x5xf32>) -> tensor<37x21xf32>
  return %r0, %r1 : tensor<10x53xf32>, tensor<37x21xf32>
}
