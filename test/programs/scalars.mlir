// Construct: scalar arguments (f32, index, i32) and scalar results (f32, index, i32) next to a tensor result; a private function returning a scalar; f32 captured in a linalg body.
#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func private @total(%x: tensor<7x13xf32>) -> f32 {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %s = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%x : tensor<7x13xf32>) outs(%z : tensor<f32>) {
  ^bb0(%v: f32, %a: f32):
    %r = arith.addf %v, %a : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  %sv = tensor.extract %s[] : tensor<f32>
  return %sv : f32
}
func.func @main(%x: tensor<7x13xf32>, %alpha: f32, %n: index, %k: i32) -> (tensor<7x13xf32>, f32, index, i32) {
  %e = tensor.empty() : tensor<7x13xf32>
  %kf = arith.sitofp %k : i32 to f32
  // y = x * alpha + k
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<7x13xf32>) outs(%e : tensor<7x13xf32>) {
  ^bb0(%v: f32, %o: f32):
    %m = arith.mulf %v, %alpha : f32
    %r = arith.addf %m, %kf : f32
    linalg.yield %r : f32
  } -> tensor<7x13xf32>
  %s = func.call @total(%y) : (tensor<7x13xf32>) -> f32
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %n2 = arith.muli %n, %c2 : index
  %n3 = arith.addi %n2, %c3 : index
  %c1 = arith.constant 1 : i32
  %kk = arith.muli %k, %k : i32
  %ni = arith.index_cast %n : index to i32
  %k2 = arith.addi %kk, %ni : i32
  %k3 = arith.addi %k2, %c1 : i32
  return %y, %s, %n3, %k3 : tensor<7x13xf32>, f32, index, i32
}
