// Construct: f16 tensors: matmul as linalg.generic with arith.extf to an f32 accumulator, ReLU and arith.truncf back to f16, an f32 row-sum result, and elementwise arith directly in f16.
#a = affine_map<(m, n, k) -> (m, k)>
#b = affine_map<(m, n, k) -> (k, n)>
#c = affine_map<(m, n, k) -> (m, n)>
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<37x91xf16>, %w: tensor<91x53xf16>) -> (tensor<37x53xf16>, tensor<37xf32>, tensor<37x91xf16>) {
  %zero = arith.constant 0.0 : f32
  %e32 = tensor.empty() : tensor<37x53xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e32 : tensor<37x53xf32>) -> tensor<37x53xf32>
  %mm = linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<37x91xf16>, tensor<91x53xf16>) outs(%acc : tensor<37x53xf32>) {
  ^bb0(%u: f16, %v: f16, %s: f32):
    %uf = arith.extf %u : f16 to f32
    %vf = arith.extf %v : f16 to f32
    %p = arith.mulf %uf, %vf : f32
    %r = arith.addf %s, %p : f32
    linalg.yield %r : f32
  } -> tensor<37x53xf32>
  %e16 = tensor.empty() : tensor<37x53xf16>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm : tensor<37x53xf32>) outs(%e16 : tensor<37x53xf16>) {
  ^bb0(%v: f32, %o: f16):
    %r = arith.maximumf %v, %zero : f32
    %h = arith.truncf %r : f32 to f16
    linalg.yield %h : f16
  } -> tensor<37x53xf16>
  %er = tensor.empty() : tensor<37xf32>
  %z = linalg.fill ins(%zero : f32) outs(%er : tensor<37xf32>) -> tensor<37xf32>
  %rs = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%mm : tensor<37x53xf32>) outs(%z : tensor<37xf32>) {
  ^bb0(%v: f32, %a: f32):
    %r = arith.addf %v, %a : f32
    linalg.yield %r : f32
  } -> tensor<37xf32>
  // x * 0.5 + 1 computed in f16
  %ex = tensor.empty() : tensor<37x91xf16>
  %xh = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x91xf16>) outs(%ex : tensor<37x91xf16>) {
  ^bb0(%v: f16, %o: f16):
    %h = arith.constant 0.5 : f16
    %one = arith.constant 1.0 : f16
    %m = arith.mulf %v, %h : f16
    %r = arith.addf %m, %one : f16
    linalg.yield %r : f16
  } -> tensor<37x91xf16>
  return %y, %rs, %xh : tensor<37x53xf16>, tensor<37xf32>, tensor<37x91xf16>
}
