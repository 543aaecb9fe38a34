// Construct: i32 and i64 integer arith: addi, subi, muli, divsi, remsi, divui, remui, ceildivsi, floordivsi, shli, shrsi, shrui, andi, ori, xori, maxsi, minsi, cmpi (slt, sge, eq, ne), select.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<37x53xi32>, %b: tensor<37x53xi32>, %c: tensor<37x53xi64>) -> (tensor<37x53xi32>, tensor<37x53xi32>, tensor<37x53xi64>) {
  %e = tensor.empty() : tensor<37x53xi32>
  %e64 = tensor.empty() : tensor<37x53xi64>
  %r:3 = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b, %c : tensor<37x53xi32>, tensor<37x53xi32>, tensor<37x53xi64>)
      outs(%e, %e, %e64 : tensor<37x53xi32>, tensor<37x53xi32>, tensor<37x53xi64>) {
  ^bb0(%x: i32, %y: i32, %z: i64, %o0: i32, %o1: i32, %o2: i64):
    %c7 = arith.constant 7 : i32
    %c3 = arith.constant 3 : i32
    %c0 = arith.constant 0 : i32
    // r0: bit ops, shifts, min/max, compares
    %sum = arith.addi %x, %y : i32
    %dif = arith.subi %x, %y : i32
    %prd = arith.muli %x, %y : i32
    %sh = arith.andi %y, %c7 : i32
    %shl = arith.shli %x, %sh : i32
    %sra = arith.shrsi %x, %sh : i32
    %srl = arith.shrui %x, %sh : i32
    %and = arith.andi %x, %y : i32
    %or = arith.ori %x, %y : i32
    %xor = arith.xori %and, %or : i32
    %mx = arith.maxsi %x, %y : i32
    %mn = arith.minsi %x, %y : i32
    %lt = arith.cmpi slt, %x, %y : i32
    %ge0 = arith.cmpi sge, %x, %c0 : i32
    %s1 = arith.select %lt, %sum, %dif : i32
    %s2 = arith.select %ge0, %shl, %sra : i32
    %t1 = arith.addi %s1, %s2 : i32
    %t2 = arith.xori %t1, %xor : i32
    %t3 = arith.addi %t2, %prd : i32
    %t4 = arith.subi %t3, %mx : i32
    %t5 = arith.addi %t4, %mn : i32
    %srl3 = arith.shrui %srl, %c3 : i32
    %r0 = arith.xori %t5, %srl3 : i32
    // r1: divisions (y != 0, |x|, |y| <= 1000)
    %dv = arith.divsi %x, %y : i32
    %rm = arith.remsi %x, %y : i32
    %ux = arith.andi %x, %c7 : i32
    %uy = arith.ori %y, %c7 : i32
    %udv = arith.divui %x, %uy : i32
    %urm = arith.remui %x, %uy : i32
    %cd = arith.ceildivsi %x, %y : i32
    %fd = arith.floordivsi %x, %y : i32
    %eq = arith.cmpi eq, %dv, %fd : i32
    %ne = arith.cmpi ne, %rm, %c0 : i32
    %u1 = arith.addi %dv, %rm : i32
    %u2 = arith.muli %cd, %c3 : i32
    %u3 = arith.addi %u1, %u2 : i32
    %u4 = arith.select %eq, %u3, %fd : i32
    %u5 = arith.select %ne, %u4, %ux : i32
    %u6 = arith.addi %udv, %urm : i32
    %r1 = arith.addi %u5, %u6 : i32
    // r2: i64 (|z| <= 2^40)
    %k3 = arith.constant 3 : i64
    %k5 = arith.constant 5 : i64
    %z3 = arith.muli %z, %k3 : i64
    %zs = arith.shrsi %z, %k5 : i64
    %zd = arith.divsi %z, %k5 : i64
    %zr = arith.remsi %z, %k5 : i64
    %w1 = arith.addi %z3, %zs : i64
    %w2 = arith.subi %w1, %zd : i64
    %r2 = arith.addi %w2, %zr : i64
    linalg.yield %r0, %r1, %r2 : i32, i32, i64
  } -> (tensor<37x53xi32>, tensor<37x53xi32>, tensor<37x53xi64>)
  return %r#0, %r#1, %r#2 : tensor<37x53xi32>, tensor<37x53xi32>, tensor<37x53xi64>
}
