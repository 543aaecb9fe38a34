// Construct: several functions per module: private helpers taking and returning tensors, a helper with two results, a helper calling a helper, a public non-entry function, multiple results from @main, and the same tensor returned twice (from a helper and from @main).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func private @relu(%x: tensor<37x7xf32>) -> tensor<37x7xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<37x7xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x7xf32>) outs(%e : tensor<37x7xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<37x7xf32>
  return %y : tensor<37x7xf32>
}
func.func private @dense_relu(%x: tensor<37x53xf32>, %w: tensor<53x7xf32>) -> tensor<37x7xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<37x7xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<37x7xf32>) -> tensor<37x7xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<37x53xf32>, tensor<53x7xf32>) outs(%acc : tensor<37x7xf32>) -> tensor<37x7xf32>
  %r = func.call @relu(%mm) : (tensor<37x7xf32>) -> tensor<37x7xf32>
  return %r : tensor<37x7xf32>
}
func.func private @row_stats(%x: tensor<37x7xf32>) -> (tensor<37xf32>, tensor<37xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<37xf32>
  %s0 = linalg.fill ins(%zero : f32) outs(%e : tensor<37xf32>) -> tensor<37xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e : tensor<37xf32>) -> tensor<37xf32>
  %r:2 = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<37x7xf32>) outs(%s0, %m0 : tensor<37xf32>, tensor<37xf32>) {
  ^bb0(%v: f32, %s: f32, %m: f32):
    %a = arith.addf %v, %s : f32
    %b = arith.maximumf %v, %m : f32
    linalg.yield %a, %b : f32, f32
  } -> (tensor<37xf32>, tensor<37xf32>)
  return %r#0, %r#1 : tensor<37xf32>, tensor<37xf32>
}
func.func @scale(%x: tensor<37xf32>, %y: tensor<37xf32>) -> tensor<37xf32> {
  %e = tensor.empty() : tensor<37xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%x, %y : tensor<37xf32>, tensor<37xf32>) outs(%e : tensor<37xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<37xf32>
  return %r : tensor<37xf32>
}
func.func private @negate_twice(%x: tensor<37xf32>) -> (tensor<37xf32>, tensor<37xf32>) {
  %e = tensor.empty() : tensor<37xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%x : tensor<37xf32>) outs(%e : tensor<37xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<37xf32>
  return %r, %r : tensor<37xf32>, tensor<37xf32>
}
func.func @main(%x: tensor<37x53xf32>, %w: tensor<53x7xf32>) -> (tensor<37x7xf32>, tensor<37xf32>, tensor<37xf32>,
    tensor<37xf32>, tensor<37xf32>, tensor<37xf32>) {
  %h = func.call @dense_relu(%x, %w) : (tensor<37x53xf32>, tensor<53x7xf32>) -> tensor<37x7xf32>
  %s:2 = func.call @row_stats(%h) : (tensor<37x7xf32>) -> (tensor<37xf32>, tensor<37xf32>)
  %p = func.call @scale(%s#0, %s#1) : (tensor<37xf32>, tensor<37xf32>) -> tensor<37xf32>
  %n:2 = func.call @negate_twice(%p) : (tensor<37xf32>) -> (tensor<37xf32>, tensor<37xf32>)
  return %h, %p, %s#1, %n#0, %n#1, %p
      : tensor<37x7xf32>, tensor<37xf32>, tensor<37xf32>, tensor<37xf32>, tensor<37xf32>, tensor<37xf32>
}
