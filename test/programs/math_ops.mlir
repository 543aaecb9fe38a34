// Construct: math dialect on f32 tensors: exp, log, log1p, tanh, sqrt, rsqrt, powf, absf, sin, cos, floor, ceil, atan, fma, expm1 (math.erf is in gelu_erf.mlir).
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<37x53xf32>, %p: tensor<37x53xf32>) -> (tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>) {
  %e = tensor.empty() : tensor<37x53xf32>
  // a in [-2, 2]; p in [0.1, 2] (positive)
  %r:4 = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %p : tensor<37x53xf32>, tensor<37x53xf32>) outs(%e, %e, %e, %e : tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>) {
  ^bb0(%x: f32, %y: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32):
    %tenth = arith.constant 0.1 : f32
    %ex = math.exp %x : f32
    %lg = math.log %y : f32
    %l1 = math.log1p %y : f32
    %th = math.tanh %x : f32
    %r0a = arith.mulf %ex, %tenth : f32
    %r0b = arith.addf %r0a, %lg : f32
    %r0c = arith.subf %r0b, %l1 : f32
    %r0 = arith.addf %r0c, %th : f32
    %sq = math.sqrt %y : f32
    %rs = math.rsqrt %y : f32
    %pw = math.powf %y, %x : f32
    %ab = math.absf %x : f32
    %r1a = arith.addf %sq, %ab : f32
    %r1b = arith.mulf %rs, %tenth : f32
    %r1c = arith.addf %r1a, %r1b : f32
    %pw10 = arith.mulf %pw, %tenth : f32
    %r1 = arith.addf %r1c, %pw10 : f32
    %sn = math.sin %x : f32
    %cs = math.cos %y : f32
    %at = math.atan %x : f32
    %r2a = arith.addf %sn, %x : f32
    %r2b = arith.addf %r2a, %cs : f32
    %r2 = math.fma %at, %y, %r2b : f32
    %x3 = arith.mulf %x, %y : f32
    %fl = math.floor %x3 : f32
    %ce = math.ceil %x3 : f32
    %em = math.expm1 %x : f32
    %r3a = arith.addf %fl, %ce : f32
    %r3 = arith.addf %r3a, %em : f32
    linalg.yield %r0, %r1, %r2, %r3 : f32, f32, f32, f32
  } -> (tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>)
  return %r#0, %r#1, %r#2, %r#3 : tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>, tensor<37x53xf32>
}
