// A matmul + ReLU fused by the tilegraph stage into one kernel function: the kernel's schedule, one node per
// member operator (linked to its rtile.space) and the register-level edge between them. Round-trips through
// hm-opt (IRDL + Python rules) and loads in upstream mlir-opt.
// RUN: %hm-opt %s | %hm-opt | FileCheck %s
// The rtile ops of stage 1 are still here: with tilegraph's file alone upstream sees them as unregistered.
// RUN: %mlir-opt --irdl-file=%dialects/tilegraph.irdl.mlir --allow-unregistered-dialect %s \
// RUN:   | FileCheck %s --check-prefix=UPSTREAM
// RUN: %mlir-opt --irdl-file=%dialects/hm.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM

// CHECK:      "tilegraph.kernel"() {block = array<i64: 128>, cost_us = 2.500000e+00 : f64, function = @mlp_k0,
// CHECK-SAME:   grid = array<i64: 2, 2>, nodes = 2 : i64, smem_bytes = 40960 : i64, space = @mlp_g0_fused,
// CHECK-SAME:   sym_name = "mlp_g0", traffic_bytes = 81920 : i64} : () -> ()
// CHECK:      "tilegraph.node"() {index = 0 : i64, kernel = @mlp_g0, op = "linalg.matmul", space = @mm,
// CHECK-SAME:   tile = array<i64: 32, 32, 128>} : () -> ()
// CHECK:      "tilegraph.node"() {index = 1 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @relu,
// CHECK-SAME:   tile = array<i64: 32, 32>} : () -> ()
// CHECK:      "tilegraph.edge"() {consumer = 1 : i64, kernel = @mlp_g0, level = "register", operand = 0 : i64,
// CHECK-SAME:   producer = 0 : i64, tile = array<i64: 32, 32>} : () -> ()
// CHECK-LABEL: func.func @mlp(
// CHECK:       call @mlp_k0(
// CHECK-LABEL: func.func @mlp_k0(
// CHECK:       linalg.matmul {rtile.space = @mm, tilegraph.node = 0 : i64}
// CHECK:       linalg.generic {{.*}}rtile.space = @relu, tilegraph.node = 1 : i64

// UPSTREAM: "tilegraph.kernel"() {{{.*}}function = @mlp_k0, grid = array<i64: 2, 2>, nodes = 2 : i64
// UPSTREAM: "tilegraph.node"() {index = 0 : i64, kernel = @mlp_g0,
// UPSTREAM: "tilegraph.node"() {index = 1 : i64, kernel = @mlp_g0,
// UPSTREAM: "tilegraph.edge"() {consumer = 1 : i64, kernel = @mlp_g0, level = "register",
// UPSTREAM-LABEL: func.func @mlp(
// UPSTREAM:       call @mlp_k0(
// UPSTREAM-LABEL: func.func @mlp_k0(
// UPSTREAM:       linalg.matmul {rtile.space = @mm, tilegraph.node = 0 : i64}
// UPSTREAM:       linalg.generic {{.*}}rtile.space = @relu, tilegraph.node = 1 : i64

// Stage 1 (rtile): one search space per operator.
"rtile.config"() {
  sym_name = "mm_k0", block = array<i64: 32, 32>, thread = array<i64: 4, 2>, step = array<i64: 32>,
  pad = array<i64: 4, 4>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 128 : i64,
  smem_bytes = 18432 : i64, regs_per_thread = 43 : i64, traffic_bytes = 65536 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64
} : () -> ()
"rtile.space"() {
  sym_name = "mm", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@mm_k0], chosen = @mm_k0,
  policy = "roller", device = "h100"
} : () -> ()
"rtile.config"() {
  sym_name = "relu_k0", block = array<i64: 32, 32>, thread = array<i64: 4, 2>, step = array<i64>,
  pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 128 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 19 : i64, traffic_bytes = 32768 : i64, waves = 1 : i64,
  cost_us = 0.5 : f64
} : () -> ()
"rtile.space"() {
  sym_name = "relu", op = "linalg.generic", loops = array<i64: 64, 64>, iterators = ["parallel", "parallel"],
  top_k = 1 : i64, candidates = [@relu_k0], chosen = @relu_k0, policy = "roller", device = "h100"
} : () -> ()

// Stage 2 (tilegraph): the fused operator's search space, the fused kernel, its two members and the edge
// between them. The matmul's tile holds its whole reduction (128): a block needs all of it.
"rtile.config"() {
  sym_name = "mlp_g0_fused_k0", block = array<i64: 32, 32>, thread = array<i64: 4, 2>, step = array<i64: 32>,
  pad = array<i64: 4, 4>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 128 : i64,
  smem_bytes = 18432 : i64, regs_per_thread = 45 : i64, traffic_bytes = 49152 : i64, waves = 1 : i64,
  cost_us = 2.5 : f64
} : () -> ()
"rtile.space"() {
  sym_name = "mlp_g0_fused", op = "tilegraph.kernel", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@mlp_g0_fused_k0],
  chosen = @mlp_g0_fused_k0, policy = "roller", device = "h100"
} : () -> ()
"tilegraph.kernel"() {
  sym_name = "mlp_g0", function = @mlp_k0, space = @mlp_g0_fused, nodes = 2 : i64, grid = array<i64: 2, 2>, block = array<i64: 128>,
  smem_bytes = 40960 : i64, traffic_bytes = 81920 : i64, cost_us = 2.5 : f64
} : () -> ()
"tilegraph.node"() {kernel = @mlp_g0, index = 0 : i64, op = "linalg.matmul", tile = array<i64: 32, 32, 128>, space = @mm} : () -> ()
"tilegraph.node"() {kernel = @mlp_g0, index = 1 : i64, op = "linalg.generic", tile = array<i64: 32, 32>, space = @relu} : () -> ()
"tilegraph.edge"() {
  kernel = @mlp_g0, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 32, 32>,
  level = "register"
} : () -> ()

func.func @mlp(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = func.call @mlp_k0(%a, %b, %c) : (tensor<64x128xf32>, tensor<128x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

#id = affine_map<(i, j) -> (i, j)>
func.func @mlp_k0(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @mm, tilegraph.node = 0 : i64}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  %zero = arith.constant 0.0 : f32
  %1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"],
                       rtile.space = @relu, tilegraph.node = 1 : i64}
         ins(%0 : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) {
  ^bb0(%x: f32, %out: f32):
    %r = arith.maximumf %x, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x64xf32>
  return %1 : tensor<64x64xf32>
}
