// The MLP layer after bufferization: REAL output of the bufferize stage run on the hand-written tilegraph IR,
//   hm-opt docs/ir/mlp.tilegraph.mlir --pass-pipeline='builtin.module(hm-mark-args-readonly,
//     one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map
//     allow-return-allocs-from-loops},canonicalize,buffer-results-to-out-params{modify-public-functions
//     hoist-static-allocs},hm-forward-copies,hm-plan-memory,buffer-deallocation-pipeline,
//     convert-bufferization-to-memref,hm-verify)'
// (the steps `hm-opt --stop-after=bufferize` runs). A test runs hm-opt on every docs/ir/*.mlir file.
#map = affine_map<(d0, d1) -> ()>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>
module {
  "rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.0048907462686567163 : f64, mma = array<i64>, pad = array<i64: 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op0_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 16384 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op0_k0], chosen = @mlp_op0_k0, device = "h100", iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "naive", sym_name = "mlp_op0", top_k = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.019562985074626865 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64: 16>, sym_name = "mlp_op1_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 65536 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op1_k0], chosen = @mlp_op1_k0, device = "h100", iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "linalg.generic", policy = "naive", sym_name = "mlp_op1", top_k = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 8, 32>, cost_us = 0.007374328358208955 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op2_k0", thread = array<i64: 1, 1>, threads = 256 : i64, traffic_bytes = 24704 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op2_k0], chosen = @mlp_op2_k0, device = "h100", iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "naive", sym_name = "mlp_op2", top_k = 1 : i64} : () -> ()
  "tilegraph.kernel"() {block = array<i64: 256>, cost_us = 5.170000e-02 : f64, function = @mlp_k0, grid = array<i64: 8, 1>, nodes = 3 : i64, smem_bytes = 0 : i64, sym_name = "mlp_g0", traffic_bytes = 173056 : i64} : () -> ()
  "tilegraph.node"() {index = 0 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op0, tile = array<i64: 8, 32>} : () -> ()
  "tilegraph.node"() {index = 1 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op1, tile = array<i64: 8, 32>} : () -> ()
  "tilegraph.node"() {index = 2 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op2, tile = array<i64: 8, 32>} : () -> ()
  "tilegraph.edge"() {consumer = 1 : i64, kernel = @mlp_g0, level = "register", operand = 2 : i64, producer = 0 : i64, tile = array<i64: 8, 32>} : () -> ()
  "tilegraph.edge"() {consumer = 2 : i64, kernel = @mlp_g0, level = "register", operand = 0 : i64, producer = 1 : i64, tile = array<i64: 8, 32>} : () -> ()
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
}
