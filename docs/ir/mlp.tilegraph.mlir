// The MLP layer after the tilegraph stage (Welder), written by hand as the design prescribes: the three
// operators form one fused group, outlined into the kernel function @mlp_k0 that the host function calls.
// `hm-opt docs/ir/mlp.tilegraph.mlir` accepts it (IRDL + the Python rules); a test runs hm-opt on every
// docs/ir/*.mlir file.

// Stage 1 (rtile): unchanged from `hm-opt examples/mlp.mlir --stop-after=rtile`.
"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.0048907462686567163 : f64, mma = array<i64>, pad = array<i64: 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op0_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 16384 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_op0_k0], chosen = @mlp_op0_k0, iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "naive", device = "h100", sym_name = "mlp_op0", top_k = 1 : i64} : () -> ()
"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.019562985074626865 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64: 16>, sym_name = "mlp_op1_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 65536 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_op1_k0], chosen = @mlp_op1_k0, iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "linalg.generic", policy = "naive", device = "h100", sym_name = "mlp_op1", top_k = 1 : i64} : () -> ()
"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.007374328358208955 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op2_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 24704 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_op2_k0], chosen = @mlp_op2_k0, iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "naive", device = "h100", sym_name = "mlp_op2", top_k = 1 : i64} : () -> ()

// Stage 2 (tilegraph): one kernel (8 x 1 blocks of 256 threads, one 8x32 output tile each), its three member
// operators with their operator-tiles, and the edges fill -> matmul (the accumulator, operand 2) and
// matmul -> bias+ReLU (operand 0), both kept in registers. Only the group's inputs and output touch DRAM.
"tilegraph.kernel"() {sym_name = "mlp_g0", function = @mlp_k0, nodes = 3 : i64, grid = array<i64: 8, 1>, block = array<i64: 256>, smem_bytes = 0 : i64, traffic_bytes = 173056 : i64, cost_us = 0.0517 : f64} : () -> ()
"tilegraph.node"() {kernel = @mlp_g0, index = 0 : i64, op = "linalg.generic", tile = array<i64: 8, 32>, space = @mlp_op0} : () -> ()
"tilegraph.node"() {kernel = @mlp_g0, index = 1 : i64, op = "linalg.generic", tile = array<i64: 8, 32>, space = @mlp_op1} : () -> ()
"tilegraph.node"() {kernel = @mlp_g0, index = 2 : i64, op = "linalg.generic", tile = array<i64: 8, 32>, space = @mlp_op2} : () -> ()
"tilegraph.edge"() {kernel = @mlp_g0, producer = 0 : i64, consumer = 1 : i64, operand = 2 : i64, tile = array<i64: 8, 32>, level = "register"} : () -> ()
"tilegraph.edge"() {kernel = @mlp_g0, producer = 1 : i64, consumer = 2 : i64, operand = 0 : i64, tile = array<i64: 8, 32>, level = "register"} : () -> ()

// The host function: one call per fused group.
func.func @mlp(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>, %b: tensor<32xf32>) -> tensor<64x32xf32> {
  %y = func.call @mlp_k0(%x, %w, %b) : (tensor<64x128xf32>, tensor<128x32xf32>, tensor<32xf32>) -> tensor<64x32xf32>
  return %y : tensor<64x32xf32>
}

// The outlined kernel: the members keep their rtile.space link and gain their node index.
#fill_in = affine_map<(d0, d1) -> ()>
#id = affine_map<(d0, d1) -> (d0, d1)>
#mm_a = affine_map<(d0, d1, d2) -> (d0, d2)>
#mm_b = affine_map<(d0, d1, d2) -> (d2, d1)>
#mm_c = affine_map<(d0, d1, d2) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func private @mlp_k0(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>, %b: tensor<32xf32>) -> tensor<64x32xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %0 = tensor.empty() : tensor<64x32xf32>
  %1 = linalg.generic {indexing_maps = [#fill_in, #id], iterator_types = ["parallel", "parallel"]} ins(%cst : f32) outs(%0 : tensor<64x32xf32>) attrs = {rtile.space = @mlp_op0, tilegraph.node = 0 : i64} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<64x32xf32>
  %2 = linalg.generic {indexing_maps = [#mm_a, #mm_b, #mm_c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<64x128xf32>, tensor<128x32xf32>) outs(%1 : tensor<64x32xf32>) attrs = {rtile.space = @mlp_op1, tilegraph.node = 1 : i64} {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %4 = arith.mulf %in, %in_0 : f32
    %5 = arith.addf %out, %4 : f32
    linalg.yield %5 : f32
  } -> tensor<64x32xf32>
  %3 = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]} ins(%2, %b : tensor<64x32xf32>, tensor<32xf32>) outs(%0 : tensor<64x32xf32>) attrs = {rtile.space = @mlp_op2, tilegraph.node = 2 : i64} {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %4 = arith.addf %in, %in_0 : f32
    %5 = arith.maximumf %4, %cst : f32
    linalg.yield %5 : f32
  } -> tensor<64x32xf32>
  return %3 : tensor<64x32xf32>
}
