// Model: scf.if on a data-dependent condition (sum of the input via linalg, tensor.extract, arith.cmpf) with tensor results in both branches; a private function called on x and on -x so both branches run.
#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func private @branchy(%x: tensor<37x53xf32>) -> tensor<37x53xf32> {
  %zero = arith.constant 0.0 : f32
  %two = arith.constant 2.0 : f32
  %one = arith.constant 1.0 : f32
  %es = tensor.empty() : tensor<f32>
  %z = linalg.fill ins(%zero : f32) outs(%es : tensor<f32>) -> tensor<f32>
  %s = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%x : tensor<37x53xf32>) outs(%z : tensor<f32>) {
  ^bb0(%v: f32, %a: f32):
    %r = arith.addf %v, %a : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  %sv = tensor.extract %s[] : tensor<f32>
  %pos = arith.cmpf ogt, %sv, %zero : f32
  %e = tensor.empty() : tensor<37x53xf32>
  %y = scf.if %pos -> (tensor<37x53xf32>) {
    %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
    ^bb0(%v: f32, %o: f32):
      %m = arith.mulf %v, %two : f32
      %r = arith.addf %m, %one : f32
      linalg.yield %r : f32
    } -> tensor<37x53xf32>
    scf.yield %a : tensor<37x53xf32>
  } else {
    %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
    ^bb0(%v: f32, %o: f32):
      %r = math.exp %v : f32
      linalg.yield %r : f32
    } -> tensor<37x53xf32>
    scf.yield %b : tensor<37x53xf32>
  }
  return %y : tensor<37x53xf32>
}
func.func @main(%x: tensor<37x53xf32>) -> (tensor<37x53xf32>, tensor<37x53xf32>) {
  %e = tensor.empty() : tensor<37x53xf32>
  %neg = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    linalg.yield %n : f32
  } -> tensor<37x53xf32>
  %a = func.call @branchy(%x) : (tensor<37x53xf32>) -> tensor<37x53xf32>
  %b = func.call @branchy(%neg) : (tensor<37x53xf32>) -> tensor<37x53xf32>
  return %a, %b : tensor<37x53xf32>, tensor<37x53xf32>
}
