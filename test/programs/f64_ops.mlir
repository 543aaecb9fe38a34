// Construct: f64 tensors: linalg.matmul on f64, math.exp/log/sqrt in f64, and an f64 -> f32 arith.truncf result.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<37x53xf64>, %b: tensor<53x7xf64>) -> (tensor<37x7xf64>, tensor<37x7xf32>) {
  %zero = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<37x7xf64>
  %acc = linalg.fill ins(%zero : f64) outs(%e : tensor<37x7xf64>) -> tensor<37x7xf64>
  %mm = linalg.matmul ins(%a, %b : tensor<37x53xf64>, tensor<53x7xf64>) outs(%acc : tensor<37x7xf64>) -> tensor<37x7xf64>
  %e32 = tensor.empty() : tensor<37x7xf32>
  %r:2 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm : tensor<37x7xf64>) outs(%e, %e32 : tensor<37x7xf64>, tensor<37x7xf32>) {
  ^bb0(%v: f64, %o: f64, %o2: f32):
    %one = arith.constant 1.0 : f64
    %sq = arith.mulf %v, %v : f64
    %p = arith.addf %sq, %one : f64
    %l = math.log %p : f64
    %s = math.sqrt %p : f64
    %x = math.exp %v : f64
    %t = arith.addf %l, %s : f64
    %u = arith.subf %x, %t : f64
    %f = arith.truncf %u : f64 to f32
    linalg.yield %u, %f : f64, f32
  } -> (tensor<37x7xf64>, tensor<37x7xf32>)
  return %r#0, %r#1 : tensor<37x7xf64>, tensor<37x7xf32>
}
