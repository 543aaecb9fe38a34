// A matmul + ReLU after the rtile stage: each linalg op names its search space, each space lists its ranked
// candidate tiles. Round-trips through hm-opt (IRDL + Python rules) and loads in upstream mlir-opt.
// RUN: %hm-opt %s | %hm-opt | FileCheck %s
// RUN: %mlir-opt --irdl-file=%dialects/rtile.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM
// RUN: %mlir-opt --irdl-file=%dialects/hm.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM

// CHECK:      "rtile.config"() {block = array<i64: 64, 64>, cost_us = 1.250000e+00 : f64, mma = array<i64>,
// CHECK-SAME:   pad = array<i64: 4, 4>, regs_per_thread = 164 : i64, smem_bytes = 35840 : i64, stages = 2 : i64,
// CHECK-SAME:   step = array<i64: 32>, sym_name = "mm_k0", thread = array<i64: 8, 8>, threads = 64 : i64,
// CHECK-SAME:   traffic_bytes = 262144 : i64, vector_width = 4 : i64, waves = 1 : i64} : () -> ()
// CHECK:      "rtile.config"() {{{.*}}sym_name = "mm_k1"
// CHECK:      "rtile.space"() {candidates = [@mm_k0, @mm_k1], chosen = @mm_k0, device = "h100",
// CHECK-SAME:   iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 64, 128>,
// CHECK-SAME:   op = "linalg.matmul", policy = "roller", sym_name = "mm", top_k = 2 : i64} : () -> ()
// CHECK:      "rtile.config"() {block = array<i64: 16, 64>, {{.*}}mma = array<i64>, pad = array<i64: 0>,
// CHECK-SAME:   step = array<i64>, sym_name = "relu_k0", thread = array<i64: 1, 4>, threads = 256 : i64
// CHECK:      "rtile.space"() {candidates = [@relu_k0], chosen = @relu_k0, device = "h100",
// CHECK-SAME:   iterators = ["parallel", "parallel"], loops = array<i64: 64, 64>, op = "linalg.generic",
// CHECK-SAME:   policy = "naive", sym_name = "relu", top_k = 1 : i64}
// CHECK-LABEL: func.func @mlp
// CHECK:       linalg.matmul {rtile.space = @mm}
// CHECK:       linalg.generic {{.*}}rtile.space = @relu

// UPSTREAM: "rtile.config"() {{{.*}}sym_name = "mm_k0"
// UPSTREAM: "rtile.config"() {{{.*}}sym_name = "mm_k1"
// UPSTREAM: "rtile.space"() {candidates = [@mm_k0, @mm_k1], chosen = @mm_k0,
// UPSTREAM: "rtile.config"() {{{.*}}sym_name = "relu_k0"
// UPSTREAM: "rtile.space"() {candidates = [@relu_k0], chosen = @relu_k0,
// UPSTREAM-LABEL: func.func @mlp
// UPSTREAM:       linalg.matmul {rtile.space = @mm}
// UPSTREAM:       linalg.generic {{.*}}rtile.space = @relu

"rtile.config"() {
  sym_name = "mm_k0", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 4, 4>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64,
  threads = 64 : i64, smem_bytes = 35840 : i64, regs_per_thread = 164 : i64, traffic_bytes = 262144 : i64,
  waves = 1 : i64, cost_us = 1.25 : f64
} : () -> ()
"rtile.config"() {
  sym_name = "mm_k1", block = array<i64: 32, 64>, thread = array<i64: 4, 8>, step = array<i64: 64>,
  pad = array<i64: 2, 2>, mma = array<i64>, vector_width = 2 : i64, stages = 1 : i64,
  threads = 64 : i64, smem_bytes = 25344 : i64, regs_per_thread = 84 : i64, traffic_bytes = 393216 : i64,
  waves = 1 : i64, cost_us = 2.5 : f64
} : () -> ()
"rtile.space"() {
  sym_name = "mm", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 2 : i64, candidates = [@mm_k0, @mm_k1],
  chosen = @mm_k0, policy = "roller", device = "h100"
} : () -> ()

"rtile.config"() {
  sym_name = "relu_k0", block = array<i64: 16, 64>, thread = array<i64: 1, 4>, step = array<i64>,
  pad = array<i64: 0>, mma = array<i64>, vector_width = 4 : i64, stages = 1 : i64,
  threads = 256 : i64, smem_bytes = 0 : i64, regs_per_thread = 16 : i64, traffic_bytes = 32768 : i64,
  waves = 1 : i64, cost_us = 0.5 : f64
} : () -> ()
"rtile.space"() {
  sym_name = "relu", op = "linalg.generic", loops = array<i64: 64, 64>, iterators = ["parallel", "parallel"],
  top_k = 1 : i64, candidates = [@relu_k0], chosen = @relu_k0, policy = "naive", device = "h100"
} : () -> ()

#id = affine_map<(i, j) -> (i, j)>
func.func @mlp(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @mm}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  %zero = arith.constant 0.0 : f32
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"], rtile.space = @relu}
         ins(%0 : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) {
  ^bb0(%x: f32, %out: f32):
    %r = arith.maximumf %x, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x64xf32>
  return %1 : tensor<64x64xf32>
}
