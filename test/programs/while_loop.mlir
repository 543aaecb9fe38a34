// Model: data-dependent scf.while: halve a 37x53 tensor while its sum (linalg reduction to 0-d, tensor.extract) exceeds a scalar f32 threshold; returns the tensor and the i32 iteration count.
#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func @main(%x: tensor<37x53xf32>, %thr: f32) -> (tensor<37x53xf32>, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %zero = arith.constant 0.0 : f32
  %half = arith.constant 0.5 : f32
  %r:2 = scf.while (%t = %x, %n = %c0) : (tensor<37x53xf32>, i32) -> (tensor<37x53xf32>, i32) {
    %e = tensor.empty() : tensor<f32>
    %z = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
    %s = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
        ins(%t : tensor<37x53xf32>) outs(%z : tensor<f32>) {
    ^bb0(%v: f32, %a: f32):
      %r = arith.addf %v, %a : f32
      linalg.yield %r : f32
    } -> tensor<f32>
    %sv = tensor.extract %s[] : tensor<f32>
    %cond = arith.cmpf ogt, %sv, %thr : f32
    scf.condition(%cond) %t, %n : tensor<37x53xf32>, i32
  } do {
  ^bb0(%t: tensor<37x53xf32>, %n: i32):
    %e = tensor.empty() : tensor<37x53xf32>
    %h = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%t : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
    ^bb0(%v: f32, %o: f32):
      %m = arith.mulf %v, %half : f32
      linalg.yield %m : f32
    } -> tensor<37x53xf32>
    %n1 = arith.addi %n, %c1 : i32
    scf.yield %h, %n1 : tensor<37x53xf32>, i32
  }
  return %r#0, %r#1 : tensor<37x53xf32>, i32
}
