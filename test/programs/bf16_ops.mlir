// Construct: bf16 tensors: row mean with arith.extf to an f32 accumulator, centering and scaling by a bf16 vector with arith.truncf to a bf16 result, plus the f32 row sums.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @main(%x: tensor<37x53xbf16>, %g: tensor<53xbf16>) -> (tensor<37x53xbf16>, tensor<37xf32>) {
  %zero = arith.constant 0.0 : f32
  %inv = arith.constant 0.018867925 : f32
  %er = tensor.empty() : tensor<37xf32>
  %z = linalg.fill ins(%zero : f32) outs(%er : tensor<37xf32>) -> tensor<37xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<37x53xbf16>) outs(%z : tensor<37xf32>) {
  ^bb0(%v: bf16, %a: f32):
    %vf = arith.extf %v : bf16 to f32
    %r = arith.addf %vf, %a : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  %e = tensor.empty() : tensor<37x53xbf16>
  %y = linalg.generic {indexing_maps = [#id, #row, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %sum, %g : tensor<37x53xbf16>, tensor<37xf32>, tensor<53xbf16>) outs(%e : tensor<37x53xbf16>) {
  ^bb0(%v: bf16, %s: f32, %gv: bf16, %o: bf16):
    %vf = arith.extf %v : bf16 to f32
    %gf = arith.extf %gv : bf16 to f32
    %m = arith.mulf %s, %inv : f32
    %c = arith.subf %vf, %m : f32
    %r = arith.mulf %c, %gf : f32
    %t = arith.truncf %r : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<37x53xbf16>
  return %y, %sum : tensor<37x53xbf16>, tensor<37xf32>
}
