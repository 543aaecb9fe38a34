// Construct: math.erf: exact GELU 0.5 * x * (1 + erf(x / sqrt(2))) on f32, and erf on an f64 vector.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<37x53xf32>, %y: tensor<91xf64>) -> (tensor<37x53xf32>, tensor<91xf64>) {
  %e = tensor.empty() : tensor<37x53xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
  ^bb0(%v: f32, %o: f32):
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %rsqrt2 = arith.constant 0.70710678 : f32
    %s = arith.mulf %v, %rsqrt2 : f32
    %er = math.erf %s : f32
    %p = arith.addf %er, %one : f32
    %h = arith.mulf %v, %half : f32
    %r = arith.mulf %h, %p : f32
    linalg.yield %r : f32
  } -> tensor<37x53xf32>
  %ed = tensor.empty() : tensor<91xf64>
  %d = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%y : tensor<91xf64>) outs(%ed : tensor<91xf64>) {
  ^bb0(%v: f64, %o: f64):
    %r = math.erf %v : f64
    linalg.yield %r : f64
  } -> tensor<91xf64>
  return %g, %d : tensor<37x53xf32>, tensor<91xf64>
}
