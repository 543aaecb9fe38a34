// REAL OUTPUT of `hm-opt examples/mlp.mlir --rammer --roller-top-k=1 --stop-after=rtask` (test_docs_ir.py keeps it current):
// Rammer's rProgram of @mlp without Welder: the fill, the matmul and the bias + ReLU, 64 blocks each, one
// program on a vDevice of 64 vEUs (sized to the widest wave); each vEU runs block b of the three kernels in
// turn, and the first task of kernel k on a vEU waits on kernel k-1's counter (wait_kernel). With --welder the
// MLP is one kernel, and a run of one kernel needs no program.
#map = affine_map<(d0, d1) -> ()>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>
module {
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.0035305074626866 : f64, mma = array<i64>, pad = array<i64: 0>, regs_per_thread = 7 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op0_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 8192 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op0_k0], chosen = @mlp_op0_k0, device = "h100", iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "roller", sym_name = "mlp_op0", top_k = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.2994206567164177 : f64, mma = array<i64>, pad = array<i64: 4, 4>, regs_per_thread = 29 : i64, smem_bytes = 1728 : i64, stages = 3 : i64, step = array<i64: 8>, sym_name = "mlp_op1_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 401408 : i64, vector_width = 4 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op1_k0], chosen = @mlp_op1_k0, device = "h100", iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 64, 32, 128>, op = "linalg.generic", policy = "roller", sym_name = "mlp_op1", top_k = 1 : i64} : () -> ()
  "rtile.config"() {block = array<i64: 4, 8>, cost_us = 2.0076914626865672 : f64, mma = array<i64>, pad = array<i64: 0, 0>, regs_per_thread = 10 : i64, smem_bytes = 0 : i64, stages = 1 : i64, step = array<i64>, sym_name = "mlp_op2_k0", thread = array<i64: 1, 1>, threads = 32 : i64, traffic_bytes = 18432 : i64, vector_width = 1 : i64, waves = 1 : i64} : () -> ()
  "rtile.space"() {candidates = [@mlp_op2_k0], chosen = @mlp_op2_k0, device = "h100", iterators = ["parallel", "parallel"], loops = array<i64: 64, 32>, op = "linalg.generic", policy = "roller", sym_name = "mlp_op2", top_k = 1 : i64} : () -> ()
  "rtask.vdevice"() {num_veus = 64 : i64, sms = 64 : i64, sym_name = "mlp_rp_vd", veus_per_sm = 1 : i64} : () -> ()
  "rtask.program"() {cost_us = 2.3106426268656715 : f64, dispatch = "static", follows = array<i64: 1, 0, 2, 0, 2, 1>, function = @mlp, kernel_blocks = array<i64: 64, 64, 64>, kernels = ["mlp_op0_k0", "mlp_op1_k0", "mlp_op2_k0"], launches_us = 6.3106426268656719 : f64, sym_name = "mlp_rp", task_block = array<i64: 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19, 19, 19, 20, 20, 20, 21, 21, 21, 22, 22, 22, 23, 23, 23, 24, 24, 24, 25, 25, 25, 26, 26, 26, 27, 27, 27, 28, 28, 28, 29, 29, 29, 30, 30, 30, 31, 31, 31, 32, 32, 32, 33, 33, 33, 34, 34, 34, 35, 35, 35, 36, 36, 36, 37, 37, 37, 38, 38, 38, 39, 39, 39, 40, 40, 40, 41, 41, 41, 42, 42, 42, 43, 43, 43, 44, 44, 44, 45, 45, 45, 46, 46, 46, 47, 47, 47, 48, 48, 48, 49, 49, 49, 50, 50, 50, 51, 51, 51, 52, 52, 52, 53, 53, 53, 54, 54, 54, 55, 55, 55, 56, 56, 56, 57, 57, 57, 58, 58, 58, 59, 59, 59, 60, 60, 60, 61, 61, 61, 62, 62, 62, 63, 63, 63>, task_kernel = array<i64: 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2>, task_offsets = array<i64: 0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99, 102, 105, 108, 111, 114, 117, 120, 123, 126, 129, 132, 135, 138, 141, 144, 147, 150, 153, 156, 159, 162, 165, 168, 171, 174, 177, 180, 183, 186, 189, 192>, task_wave = array<i64: 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2>, vdevice = @mlp_rp_vd, wait_kernel = array<i64: 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1>, wait_offsets = array<i64: 0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 10, 10, 11, 12, 12, 13, 14, 14, 15, 16, 16, 17, 18, 18, 19, 20, 20, 21, 22, 22, 23, 24, 24, 25, 26, 26, 27, 28, 28, 29, 30, 30, 31, 32, 32, 33, 34, 34, 35, 36, 36, 37, 38, 38, 39, 40, 40, 41, 42, 42, 43, 44, 44, 45, 46, 46, 47, 48, 48, 49, 50, 50, 51, 52, 52, 53, 54, 54, 55, 56, 56, 57, 58, 58, 59, 60, 60, 61, 62, 62, 63, 64, 64, 65, 66, 66, 67, 68, 68, 69, 70, 70, 71, 72, 72, 73, 74, 74, 75, 76, 76, 77, 78, 78, 79, 80, 80, 81, 82, 82, 83, 84, 84, 85, 86, 86, 87, 88, 88, 89, 90, 90, 91, 92, 92, 93, 94, 94, 95, 96, 96, 97, 98, 98, 99, 100, 100, 101, 102, 102, 103, 104, 104, 105, 106, 106, 107, 108, 108, 109, 110, 110, 111, 112, 112, 113, 114, 114, 115, 116, 116, 117, 118, 118, 119, 120, 120, 121, 122, 122, 123, 124, 124, 125, 126, 126, 127, 128>, waves = 3 : i64} : () -> ()
  func.func @mlp(%arg0: memref<64x128xf32>, %arg1: memref<128x32xf32>, %arg2: memref<32xf32>, %arg3: memref<64x32xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst : f32) outs(%arg3 : memref<64x32xf32>) attrs =  {rtask.kernel = 0 : i64, rtask.program = @mlp_rp, rtile.space = @mlp_op0} {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    }
    linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %arg1 : memref<64x128xf32>, memref<128x32xf32>) outs(%arg3 : memref<64x32xf32>) attrs =  {rtask.kernel = 1 : i64, rtask.program = @mlp_rp, rtile.space = @mlp_op1} {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %0 = arith.mulf %in, %in_0 : f32
      %1 = arith.addf %out, %0 : f32
      linalg.yield %1 : f32
    }
    linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg3, %arg2 : memref<64x32xf32>, memref<32xf32>) outs(%arg3 : memref<64x32xf32>) attrs =  {rtask.kernel = 2 : i64, rtask.program = @mlp_rp, rtile.space = @mlp_op2} {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %0 = arith.addf %in, %in_0 : f32
      %1 = arith.maximumf %0, %cst : f32
      linalg.yield %1 : f32
    }
    return
  }
}
