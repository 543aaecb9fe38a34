// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-naive-tiling{block=16 block-rows=4 step=8})' | FileCheck %s

// CHECK-DAG: "rtile.config"() {{{.*}}block = array<i64: 4, 16>, {{.*}}step = array<i64: 8>, sym_name = "mm_op0_k0", thread = array<i64: 1, 1>, threads = 64 : i64
// CHECK-DAG: "rtile.space"() {candidates = [@mm_op0_k0], chosen = @mm_op0_k0, device = "h100", iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 37, 53, 91>, op = "linalg.matmul", policy = "naive", sym_name = "mm_op0", top_k = 1 : i64}
// CHECK-LABEL: func.func @mm
// CHECK: linalg.matmul {rtile.space = @mm_op0}
func.func @mm(%a: tensor<37x91xf32>, %b: tensor<91x53xf32>, %c: tensor<37x53xf32>) -> tensor<37x53xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<37x91xf32>, tensor<91x53xf32>) outs(%c : tensor<37x53xf32>) -> tensor<37x53xf32>
  return %0 : tensor<37x53xf32>
}
