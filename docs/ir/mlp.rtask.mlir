// The MLP layer after the rtask stage (Rammer, with Welder on), written by hand as the design prescribes, on
// top of the bufferized MLP (docs/ir/mlp.bufferized.mlir shows the real one, with Roller's tiles). `hm-opt docs/ir/mlp.rtask.mlir` accepts it; a test runs hm-opt on every
// docs/ir/*.mlir file. Waits and barriers appear in docs/ir/rnn.utask.mlir, where dependencies cross vEUs.
#map = affine_map<(d0, d1) -> ()>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>

"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.0048907462686567163 : f64, mma = array<i64>, pad = array<i64: 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op0_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 16384 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_op0_k0], chosen = @mlp_op0_k0, iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "naive", device = "h100", sym_name = "mlp_op0", top_k = 1 : i64} : () -> ()
"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.019562985074626865 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64: 16>, sym_name = "mlp_op1_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 65536 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_op1_k0], chosen = @mlp_op1_k0, iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "linalg.generic", policy = "naive", device = "h100", sym_name = "mlp_op1", top_k = 1 : i64} : () -> ()
"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.007374328358208955 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op2_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 24704 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_op2_k0], chosen = @mlp_op2_k0, iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "naive", device = "h100", sym_name = "mlp_op2", top_k = 1 : i64} : () -> ()
"rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.0517 : f64, mma = array<i64>, pad = array<i64: 0, 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64: 16>, sym_name = "mlp_g0_fused_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 173056 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
"rtile.space"() {candidates = [@mlp_g0_fused_k0], chosen = @mlp_g0_fused_k0, iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "tilegraph.kernel", policy = "naive", device = "h100", sym_name = "mlp_g0_fused", top_k = 1 : i64} : () -> ()
"tilegraph.kernel"() {block = array<i64: 256>, cost_us = 5.170000e-02 : f64, function = @mlp_k0, space = @mlp_g0_fused, grid = array<i64: 8, 1>, nodes = 3 : i64, smem_bytes = 0 : i64, sym_name = "mlp_g0", traffic_bytes = 173056 : i64} : () -> ()
"tilegraph.node"() {index = 0 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op0, tile = array<i64: 8, 32>} : () -> ()
"tilegraph.node"() {index = 1 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op1, tile = array<i64: 8, 32, 128>} : () -> ()
"tilegraph.node"() {index = 2 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op2, tile = array<i64: 8, 32>} : () -> ()
"tilegraph.edge"() {consumer = 1 : i64, kernel = @mlp_g0, level = "register", operand = 2 : i64, producer = 0 : i64, tile = array<i64: 8, 32>} : () -> ()
"tilegraph.edge"() {consumer = 2 : i64, kernel = @mlp_g0, level = "register", operand = 0 : i64, producer = 1 : i64, tile = array<i64: 8, 32>} : () -> ()

// Stage 3 (rtask): the rProgram of @mlp. The vDevice is sized to the program (8 SMs x 1 resident block):
// a persistent kernel needs every block resident. With Welder on, @mlp is one kernel of 8 blocks, so the
// program is one wave: block i of @mlp_k0 is the only rTask of vEU i; nothing waits.
"rtask.vdevice"() {sym_name = "mlp_vd", sms = 8 : i64, veus_per_sm = 1 : i64, num_veus = 8 : i64} : () -> ()
"rtask.program"() {sym_name = "mlp_p", function = @mlp, vdevice = @mlp_vd, waves = 1 : i64, cost_us = 0.0517 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 0 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 0, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 1 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 1, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 2 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 2, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 3 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 3, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 4 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 4, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 5 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 5, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 6 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 6, 1>, cost_us = 0.0065 : f64} : () -> ()
"rtask.task"() {program = @mlp_p, kernel = @mlp_k0, veu = 7 : i64, order = 0 : i64, wave = 0 : i64, blocks = array<i64: 7, 1>, cost_us = 0.0065 : f64} : () -> ()

// The host function: the kernel writes the result buffer directly (today's bufferization still goes through
// an alloc + copy here; see "Known gaps").
func.func @mlp(%arg0: memref<64x128xf32>, %arg1: memref<128x32xf32>, %arg2: memref<32xf32>, %arg3: memref<64x32xf32>) {
  call @mlp_k0(%arg0, %arg1, %arg2, %arg3) : (memref<64x128xf32>, memref<128x32xf32>, memref<32xf32>, memref<64x32xf32>) -> ()
  return
}
func.func private @mlp_k0(%arg0: memref<64x128xf32>, %arg1: memref<128x32xf32>, %arg2: memref<32xf32>, %arg3: memref<64x32xf32>) {
  %cst = arith.constant 0.000000e+00 : f32
  linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst : f32) outs(%arg3 : memref<64x32xf32>) attrs =  {rtile.space = @mlp_op0, tilegraph.node = 0 : i64} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %arg1 : memref<64x128xf32>, memref<128x32xf32>) outs(%arg3 : memref<64x32xf32>) attrs =  {rtile.space = @mlp_op1, tilegraph.node = 1 : i64} {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.mulf %in, %in_0 : f32
    %1 = arith.addf %out, %0 : f32
    linalg.yield %1 : f32
  }
  linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg3, %arg2 : memref<64x32xf32>, memref<32xf32>) outs(%arg3 : memref<64x32xf32>) attrs =  {rtile.space = @mlp_op2, tilegraph.node = 2 : i64} {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %0 = arith.addf %in, %in_0 : f32
    %1 = arith.maximumf %0, %cst : f32
    linalg.yield %1 : f32
  }
  return
}
