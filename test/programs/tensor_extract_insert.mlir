// Construct: tensor.extract of scalars (2-D and 0-d), tensor.insert of scalars, and an extracted scalar captured in a linalg.generic body.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<37x53xf32>, %s: tensor<f32>) -> (tensor<37x53xf32>, tensor<37x53xf32>, tensor<f32>) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %c20 = arith.constant 20 : index
  %c36 = arith.constant 36 : index
  %c52 = arith.constant 52 : index
  %v = tensor.extract %x[%c3, %c5] : tensor<37x53xf32>
  %w = tensor.extract %x[%c36, %c52] : tensor<37x53xf32>
  %sv = tensor.extract %s[] : tensor<f32>
  %vw = arith.addf %v, %w : f32
  %y0 = tensor.insert %vw into %x[%c0, %c0] : tensor<37x53xf32>
  %y1 = tensor.insert %sv into %y0[%c20, %c7] : tensor<37x53xf32>
  %e = tensor.empty() : tensor<37x53xf32>
  %z = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %r = arith.addf %m, %sv : f32
    linalg.yield %r : f32
  } -> tensor<37x53xf32>
  %vv = arith.mulf %v, %w : f32
  %t = tensor.insert %vv into %s[] : tensor<f32>
  return %y1, %z, %t : tensor<37x53xf32>, tensor<37x53xf32>, tensor<f32>
}
