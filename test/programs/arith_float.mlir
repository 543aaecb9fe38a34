// Construct: f32 arith in linalg.generic bodies: addf, subf, mulf, divf, negf, remf, maximumf, minimumf, maxnumf, minnumf, cmpf (olt, oge, une), select, fptosi, sitofp.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<37x53xf32>, %b: tensor<37x53xf32>) -> (tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xi32>) {
  %e = tensor.empty() : tensor<37x53xf32>
  %ei = tensor.empty() : tensor<37x53xi32>
  %r:3 = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : tensor<37x53xf32>, tensor<37x53xf32>) outs(%e, %e, %ei : tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xi32>) {
  ^bb0(%x: f32, %y: f32, %o0: f32, %o1: f32, %o2: i32):
    %ten = arith.constant 10.0 : f32
    %quarter = arith.constant 0.25 : f32
    %lt = arith.cmpf olt, %x, %y : f32
    %prod = arith.mulf %x, %y : f32
    %quot = arith.divf %x, %y : f32
    %d = arith.subf %prod, %quot : f32
    %mx = arith.maximumf %x, %y : f32
    %mn = arith.minimumf %x, %y : f32
    %s = arith.addf %mx, %mn : f32
    %n = arith.negf %s : f32
    %r0 = arith.select %lt, %d, %n : f32
    %rem = arith.remf %x, %y : f32
    %mxn = arith.maxnumf %x, %quarter : f32
    %mnn = arith.minnumf %y, %quarter : f32
    %ge = arith.cmpf oge, %x, %quarter : f32
    %ne = arith.cmpf une, %x, %y : f32
    %both = arith.andi %ge, %ne : i1
    %alt = arith.subf %mxn, %mnn : f32
    %r1 = arith.select %both, %rem, %alt : f32
    %xt = arith.mulf %x, %ten : f32
    %xi = arith.fptosi %xt : f32 to i32
    %back = arith.sitofp %xi : i32 to f32
    %frac = arith.subf %xt, %back : f32
    %r1b = arith.addf %r1, %frac : f32
    linalg.yield %r0, %r1b, %xi : f32, f32, i32
  } -> (tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xi32>)
  return %r#0, %r#1, %r#2 : tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xi32>
}
