// Model: reductions of a 37x91x53 tensor: linalg.reduce sum (last axis) and max (leading axis), generic sum over axes 0 and 2, generic min over the middle axis, full sum to a 0-d tensor.
func.func @main(%x: tensor<37x91x53xf32>) -> (tensor<37x91xf32>, tensor<91x53xf32>, tensor<91xf32>, tensor<37x53xf32>, tensor<f32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %e0 = tensor.empty() : tensor<37x91xf32>
  %z0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<37x91xf32>) -> tensor<37x91xf32>
  %r0 = linalg.reduce ins(%x : tensor<37x91x53xf32>) outs(%z0 : tensor<37x91xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %e1 = tensor.empty() : tensor<91x53xf32>
  %m1 = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<91x53xf32>) -> tensor<91x53xf32>
  %r1 = linalg.reduce ins(%x : tensor<37x91x53xf32>) outs(%m1 : tensor<91x53xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.maximumf %in, %acc : f32
      linalg.yield %s : f32
    }
  %e2 = tensor.empty() : tensor<91xf32>
  %z2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<91xf32>) -> tensor<91xf32>
  %r2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d1)>],
                        iterator_types = ["reduction", "parallel", "reduction"]}
      ins(%x : tensor<37x91x53xf32>) outs(%z2 : tensor<91xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<91xf32>
  %e3 = tensor.empty() : tensor<37x53xf32>
  %m3 = linalg.fill ins(%pinf : f32) outs(%e3 : tensor<37x53xf32>) -> tensor<37x53xf32>
  %r3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d2)>],
                        iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%x : tensor<37x91x53xf32>) outs(%m3 : tensor<37x53xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.minimumf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<37x53xf32>
  %e4 = tensor.empty() : tensor<f32>
  %z4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<f32>) -> tensor<f32>
  %r4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> ()>],
                        iterator_types = ["reduction", "reduction", "reduction"]}
      ins(%x : tensor<37x91x53xf32>) outs(%z4 : tensor<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %r0, %r1, %r2, %r3, %r4 : tensor<37x91xf32>, tensor<91x53xf32>, tensor<91xf32>, tensor<37x53xf32>, tensor<f32>
}
