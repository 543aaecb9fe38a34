// Construct: i1 tensors: a mask input used by arith.select, a computed comparison mask (cmpf, xori on i1) as a result, and a per-row count of true values (extui i1 -> i32, reduction).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<37x53xf32>, %mask: tensor<37x53xi1>) -> (tensor<37x53xi1>, tensor<37x53xf32>, tensor<37xi32>) {
  %zero = arith.constant 0.0 : f32
  %z32 = arith.constant 0 : i32
  %eb = tensor.empty() : tensor<37x53xi1>
  %ef = tensor.empty() : tensor<37x53xf32>
  %r:2 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mask : tensor<37x53xf32>, tensor<37x53xi1>) outs(%eb, %ef : tensor<37x53xi1>, tensor<37x53xf32>) {
  ^bb0(%v: f32, %m: i1, %o: i1, %o2: f32):
    %pos = arith.cmpf ogt, %v, %zero : f32
    %x1 = arith.xori %pos, %m : i1
    %s = arith.select %m, %v, %zero : f32
    linalg.yield %x1, %s : i1, f32
  } -> (tensor<37x53xi1>, tensor<37x53xf32>)
  %ec = tensor.empty() : tensor<37xi32>
  %c0 = linalg.fill ins(%z32 : i32) outs(%ec : tensor<37xi32>) -> tensor<37xi32>
  %cnt = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%mask : tensor<37x53xi1>) outs(%c0 : tensor<37xi32>) {
  ^bb0(%m: i1, %a: i32):
    %i = arith.extui %m : i1 to i32
    %n = arith.addi %i, %a : i32
    linalg.yield %n : i32
  } -> tensor<37xi32>
  return %r#0, %r#1, %cnt : tensor<37x53xi1>, tensor<37x53xf32>, tensor<37xi32>
}
