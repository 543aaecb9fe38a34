// REAL OUTPUT of `hm-opt examples/mlp.mlir --welder --roller-top-k=2 --stop-after=tilegraph` (test_docs_ir.py keeps it
// current): Welder fused the fill, the matmul and the bias + ReLU into one kernel function, @mlp_k0.
#map = affine_map<(d0, d1) -> ()>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>
module {
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.4287465074626864 : f64, mma = array<i64>, pad = array<i64: 4, 4, 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 1728 : i64, stages = 3 : i64, step = array<i64: 8>, sym_name = "mlp_g0_fused_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 403456 : i64, vector_width = 4 : i64, waves = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.4287465074626864 : f64, mma = array<i64>, pad = array<i64: 4, 4, 0, 0>, regs_per_thread = 32 : i64, smem_bytes = 3264 : i64, stages = 3 : i64, step = array<i64: 16>, sym_name = "mlp_g0_fused_k1", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 403456 : i64, vector_width = 4 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_g0_fused_k0, @mlp_g0_fused_k1], chosen = @mlp_g0_fused_k0, device = "h100", iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "tilegraph.kernel", policy = "roller", sym_name = "mlp_g0_fused", top_k = 2 : i64} : () -> ()
  "tilegraph.kernel"() {block = array<i64: 32>, cost_us = 2.4287465074626864 : f64, function = @mlp_k0, grid = array<i64: 16, 4>, nodes = 3 : i64, smem_bytes = 1728 : i64, space = @mlp_g0_fused, sym_name = "mlp_g0", traffic_bytes = 403456 : i64} : () -> ()
  "tilegraph.node"() {index = 0 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op0, tile = array<i64: 4, 8>} : () -> ()
  "tilegraph.node"() {index = 1 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op1, tile = array<i64: 4, 8, 128>} : () -> ()
  "tilegraph.node"() {index = 2 : i64, kernel = @mlp_g0, op = "linalg.generic", space = @mlp_op2, tile = array<i64: 4, 8>} : () -> ()
  "tilegraph.edge"() {consumer = 1 : i64, kernel = @mlp_g0, level = "register", operand = 2 : i64, producer = 0 : i64, tile = array<i64: 4, 8>} : () -> ()
  "tilegraph.edge"() {consumer = 2 : i64, kernel = @mlp_g0, level = "register", operand = 0 : i64, producer = 1 : i64, tile = array<i64: 4, 8>} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.0035305074626866 : f64, mma = array<i64>, pad = array<i64: 0>, regs_per_thread = 7 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op0_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 8192 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 8, 8>, cost_us = 2.0060522985074627 : f64, mma = array<i64>, pad = array<i64: 0>, regs_per_thread = 7 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op0_k1", thread = array<i64: 1, 1>, threads = 64 : i64, traffic_bytes = 8192 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op0_k0, @mlp_op0_k1], chosen = @mlp_op0_k0, device = "h100", iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "roller", sym_name = "mlp_op0", top_k = 2 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.2994206567164177 : f64, mma = array<i64>, pad = array<i64: 4, 4>, regs_per_thread = 29 : i64, smem_bytes = 1728 : i64, stages = 3 : i64, step = array<i64: 8>, sym_name = "mlp_op1_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 401408 : i64, vector_width = 4 : i64, waves = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.2994206567164177 : f64, mma = array<i64>, pad = array<i64: 4, 4>, regs_per_thread = 29 : i64, smem_bytes = 3264 : i64, stages = 3 : i64, step = array<i64: 16>, sym_name = "mlp_op1_k1", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 401408 : i64, vector_width = 4 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op1_k0, @mlp_op1_k1], chosen = @mlp_op1_k0, device = "h100", iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "linalg.generic", policy = "roller", sym_name = "mlp_op1", top_k = 2 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.0076914626865672 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 10 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op2_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 18432 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 8, 8>, cost_us = 2.0127350447761194 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 10 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op2_k1", thread = array<i64: 1, 1>, threads = 64 : i64, traffic_bytes = 17408 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op2_k0, @mlp_op2_k1], chosen = @mlp_op2_k0, device = "h100", iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "roller", sym_name = "mlp_op2", top_k = 2 : i64} : () -> ()
  func.func @mlp(%arg0: tensor<64x128xf32>, %arg1: tensor<128x32xf32>, %arg2: tensor<32xf32>) -> tensor<64x32xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<64x32xf32>
    %1 = call @mlp_k0(%arg0, %arg1, %arg2) : (tensor<64x128xf32>, tensor<128x32xf32>, tensor<32xf32>) -> tensor<64x32xf32>
    return %1 : tensor<64x32xf32>
  }
  func.func private @mlp_k0(%arg0: tensor<64x128xf32>, %arg1: tensor<128x32xf32>, %arg2: tensor<32xf32>) -> tensor<64x32xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<64x32xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst : f32) outs(%0 : tensor<64x32xf32>) attrs =  {rtile.space = @mlp_op0, tilegraph.node = 0 : i64} {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %arg1 : tensor<64x128xf32>, tensor<128x32xf32>) outs(%1 : tensor<64x32xf32>) attrs =  {rtile.space = @mlp_op1, tilegraph.node = 1 : i64} {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %4 = arith.mulf %in, %in_0 : f32
      %5 = arith.addf %out, %4 : f32
      linalg.yield %5 : f32
    } -> tensor<64x32xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel"]} ins(%2, %arg2 : tensor<64x32xf32>, tensor<32xf32>) outs(%0 : tensor<64x32xf32>) attrs =  {rtile.space = @mlp_op2, tilegraph.node = 2 : i64} {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %4 = arith.addf %in, %in_0 : f32
      %5 = arith.maximumf %4, %cst : f32
      linalg.yield %5 : f32
    } -> tensor<64x32xf32>
    return %3 : tensor<64x32xf32>
  }
}
