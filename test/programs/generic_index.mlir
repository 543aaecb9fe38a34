// Construct: linalg.generic bodies using linalg.index (with arith.index_cast, arith.sitofp, arith.cmpi, arith.select), on 37x53 f32 and a 7x91 i32 iota-like result.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<37x53xf32>) -> (tensor<37x53xf32>, tensor<7x91xi32>) {
  %c3 = arith.constant 3 : index
  %half = arith.constant 0.5 : f32
  %e = tensor.empty() : tensor<37x53xf32>
  // y[i, j] = (j >= i ? x[i, j] : 0) + 0.5 * (i - j) / 53 (a masked lower/upper split and an index ramp)
  %inv = arith.constant 0.018867925 : f32
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
  ^bb0(%v: f32, %o: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %upper = arith.cmpi uge, %j, %i : index
    %zero = arith.constant 0.0 : f32
    %m = arith.select %upper, %v, %zero : f32
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %d = arith.subi %ii, %jj : i32
    %df = arith.sitofp %d : i32 to f32
    %r0 = arith.mulf %df, %half : f32
    %r1 = arith.mulf %r0, %inv : f32
    %r = arith.addf %m, %r1 : f32
    linalg.yield %r : f32
  } -> tensor<37x53xf32>
  // z[i, j] = i * 91 + (j mod 3)
  %ez = tensor.empty() : tensor<7x91xi32>
  %z = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%ez : tensor<7x91xi32>) {
  ^bb0(%o: i32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c91 = arith.constant 91 : index
    %a = arith.muli %i, %c91 : index
    %b = arith.remui %j, %c3 : index
    %s = arith.addi %a, %b : index
    %r = arith.index_cast %s : index to i32
    linalg.yield %r : i32
  } -> tensor<7x91xi32>
  return %y, %z : tensor<37x53xf32>, tensor<7x91xi32>
}
