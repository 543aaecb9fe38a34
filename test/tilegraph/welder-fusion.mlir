// hm-welder-fusion: a transposed weight, a fill, a matmul, a broadcast bias and the add of it become one
// group, outlined into @f_k0 and called where the add was; its members keep their spaces and gain their node
// index; the kernel names the fused operator's space (the matmul's loops); every edge is register-level.
// RUN: %hm-opt %s --welder --roller-top-k=1 --stop-after=tilegraph | FileCheck %s
// RUN: %hm-opt %s --welder --roller-policy=naive --stop-after=tilegraph | FileCheck %s --check-prefix=NAIVE
// RUN: %hm-opt %s --welder --stop-after=tilegraph --hm-report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT
// RUN: %not 2 %hm-opt %s --stop-after=tilegraph --hm-report 2>&1 | FileCheck %s --check-prefix=USAGE

// CHECK: "rtile.space"() {{.*}}loops = array<i64: 64, 32, 128>, op = "tilegraph.kernel", {{.*}}sym_name = "f_g0_fused"
// CHECK: "tilegraph.kernel"() {{{.*}}function = @f_k0, {{.*}}nodes = 5 : i64, {{.*}}space = @f_g0_fused, sym_name = "f_g0"
// CHECK: "tilegraph.node"() {index = 0 : i64, kernel = @f_g0, op = "linalg.generic", space = @f_op0, tile = array<i64: 128, 8>}
// CHECK: "tilegraph.node"() {index = 2 : i64, kernel = @f_g0, {{.*}}space = @f_op2, tile = array<i64: 4, 8, 128>}
// CHECK: "tilegraph.edge"() {consumer = 2 : i64, kernel = @f_g0, level = "register", operand = 1 : i64, producer = 0 : i64
// CHECK: "tilegraph.edge"() {consumer = 2 : i64, kernel = @f_g0, level = "register", operand = 2 : i64, producer = 1 : i64
// CHECK-LABEL: func.func @f(
// CHECK-NOT:   linalg.
// CHECK:       call @f_k0(%arg1, %arg0, %arg2)
// CHECK-LABEL: func.func private @f_k0(
// CHECK-COUNT-5: tilegraph.node =

// NAIVE: "rtile.space"() {{.*}}op = "tilegraph.kernel", policy = "naive"
// NAIVE: "tilegraph.kernel"() {block = array<i64: 256>, {{.*}}grid = array<i64: 8, 1>, nodes = 5 : i64

// REPORT: @f: 1 fused group(s), 0 operator(s) on their own, 0 merge(s) rejected
// REPORT: kernel @f_g0 (function @f_k0): f_op0, f_op1, f_op2, f_op3, f_op4
// REPORT: anchor f_op2
// REPORT: edge f_op0 -> f_op2 (operand 1): register

// USAGE: hm-opt: error: --hm-report lists what Welder, Rammer and Grinder decided: it needs --welder, --rammer or --grinder

func.func @f(%x: tensor<64x128xf32>, %w: tensor<32x128xf32>, %b: tensor<32xf32>) -> tensor<64x32xf32> {
  %z = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<128x32xf32>
  %wt = linalg.transpose ins(%w : tensor<32x128xf32>) outs(%et : tensor<128x32xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<64x32xf32>
  %c = linalg.fill ins(%z : f32) outs(%e : tensor<64x32xf32>) -> tensor<64x32xf32>
  %m = linalg.matmul ins(%x, %wt : tensor<64x128xf32>, tensor<128x32xf32>) outs(%c : tensor<64x32xf32>) -> tensor<64x32xf32>
  %eb = tensor.empty() : tensor<64x32xf32>
  %bb = linalg.broadcast ins(%b : tensor<32xf32>) outs(%eb : tensor<64x32xf32>) dimensions = [0]
  %s = linalg.add ins(%m, %bb : tensor<64x32xf32>, tensor<64x32xf32>) outs(%e : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %s : tensor<64x32xf32>
}
