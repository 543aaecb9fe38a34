// Construct: casts on i8/i32/i64/f32/f64 tensors: extsi, extui, trunci, sitofp, uitofp, fptosi, fptoui, extf f32->f64, truncf f64->f32, index_cast i64<->index, bitcast f32->i32.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%q: tensor<37x53xi8>, %f: tensor<37x53xf32>, %l: tensor<37x53xi64>)
    -> (tensor<37x53xi32>, tensor<37x53xi8>, tensor<37x53xf32>, tensor<37x53xi32>, tensor<37x53xf64>, tensor<37x53xi32>) {
  %ei = tensor.empty() : tensor<37x53xi32>
  %e8 = tensor.empty() : tensor<37x53xi8>
  %ef = tensor.empty() : tensor<37x53xf32>
  %ed = tensor.empty() : tensor<37x53xf64>
  %r:6 = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%q, %f, %l : tensor<37x53xi8>, tensor<37x53xf32>, tensor<37x53xi64>)
      outs(%ei, %e8, %ef, %ei, %ed, %ei : tensor<37x53xi32>, tensor<37x53xi8>, tensor<37x53xf32>, tensor<37x53xi32>, tensor<37x53xf64>, tensor<37x53xi32>) {
  ^bb0(%x: i8, %y: f32, %z: i64, %o0: i32, %o1: i8, %o2: f32, %o3: i32, %o4: f64, %o5: i32):
    %c1000 = arith.constant 1000 : i32
    %c37 = arith.constant 37 : i32
    %hundred = arith.constant 100.0 : f32
    %third = arith.constant 0.3333333333333333 : f64
    // r0 = sext(x) * 1000 + zext(x)
    %sx = arith.extsi %x : i8 to i32
    %zx = arith.extui %x : i8 to i32
    %m = arith.muli %sx, %c1000 : i32
    %r0 = arith.addi %m, %zx : i32
    // r1 = trunc(sext(x) * 37) (wraps to i8)
    %p = arith.muli %sx, %c37 : i32
    %r1 = arith.trunci %p : i32 to i8
    // r2 = sitofp(x) + uitofp(x) / 256
    %fs = arith.sitofp %x : i8 to f32
    %fu = arith.uitofp %x : i8 to f32
    %k = arith.constant 0.00390625 : f32
    %fu2 = arith.mulf %fu, %k : f32
    %r2 = arith.addf %fs, %fu2 : f32
    // r3 = fptosi(y * 100) + fptoui(|y| * 100) (truncation toward zero)
    %y100 = arith.mulf %y, %hundred : f32
    %i1 = arith.fptosi %y100 : f32 to i32
    %ay = math.absf %y100 : f32
    %i2 = arith.fptoui %ay : f32 to i32
    %r3 = arith.addi %i1, %i2 : i32
    // r4 = f64(y) / 3 + f64(f32(f64(y) * 3))
    %yd = arith.extf %y : f32 to f64
    %yd3 = arith.mulf %yd, %third : f64
    %c3d = arith.constant 3.0 : f64
    %yt = arith.mulf %yd, %c3d : f64
    %yt32 = arith.truncf %yt : f64 to f32
    %yt64 = arith.extf %yt32 : f32 to f64
    %r4 = arith.addf %yd3, %yt64 : f64
    // r5 = index_cast(index_cast(z)) + (bitcast(y) >> 20)
    %zi = arith.index_cast %z : i64 to index
    %c2 = arith.constant 2 : index
    %zi2 = arith.muli %zi, %c2 : index
    %z32 = arith.index_cast %zi2 : index to i32
    %bits = arith.bitcast %y : f32 to i32
    %c20 = arith.constant 20 : i32
    %hi = arith.shrui %bits, %c20 : i32
    %r5 = arith.addi %z32, %hi : i32
    linalg.yield %r0, %r1, %r2, %r3, %r4, %r5 : i32, i8, f32, i32, f64, i32
  } -> (tensor<37x53xi32>, tensor<37x53xi8>, tensor<37x53xf32>, tensor<37x53xi32>, tensor<37x53xf64>, tensor<37x53xi32>)
  return %r#0, %r#1, %r#2, %r#3, %r#4, %r#5 : tensor<37x53xi32>, tensor<37x53xi8>, tensor<37x53xf32>, tensor<37x53xi32>, tensor<37x53xf64>, tensor<37x53xi32>
}
