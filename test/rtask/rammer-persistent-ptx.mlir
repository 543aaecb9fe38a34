// Rammer's persistent kernel in PTX (--rammer --emit-ptx): one entry for the program, with the launch bounds
// that keep its grid resident (.maxntid from its block size, .minnctapersm the vDevice's blocks per SM), and the
// two orderings the counters need. Acquire: thread 0 spins on relaxed atomic reads of the error cell and the
// awaited counter under a %globaltimer bound, then `fence.acq_rel.gpu`, then the block barrier. Release (the
// block barrier before it is in the IR test, test/rtask/rammer-gpu-program.mlir): `fence.acq_rel.gpu`, then the
// atomic add. A timed-out wait stores the awaited kernel, then fences and sets the error cell. The matmul's
// barriers count all 32 threads (bar.sync 0); the one-thread reduction's become warp barriers of its lane.
// Each kernel's block body is a device function the task switch calls.
// REQUIRES: ptxas
// RUN: %hm-opt %s --rammer --emit-ptx | FileCheck %s
// RUN: %hm-opt %s --rammer --emit-ptx > %t.sm90.ptx && %ptxas -arch=sm_90 %t.sm90.ptx -o %t.sm90.cubin
// RUN: %hm-opt %s --rammer --emit-ptx --chip=sm_80 > %t.sm80.ptx && %ptxas -arch=sm_80 %t.sm80.ptx -o %t.sm80.cubin
// RUN: FileCheck %s --check-prefix=SM80 < %t.sm80.ptx

// CHECK-LABEL: .visible .entry main_rp_rammer(
// CHECK:       .maxntid 32, 1, 1
// CHECK-NEXT:  .minnctapersm 1
// CHECK:       mov.u64 {{.*}}, %globaltimer;
// CHECK:       atom.global.or.b32 {{.*}}, [__hm_main_rp_error], 0;
// CHECK-NEXT:  atom.global.or.b32 {{.*}}, 0;
// CHECK:       mov.u64 {{.*}}, %globaltimer;
// CHECK:       st.global.b32 [__hm_main_rp_error+4],
// CHECK-NEXT:  fence.acq_rel.gpu;
// CHECK-NEXT:  atom.global.add.u32 {{.*}}, [__hm_main_rp_error], 1;
// CHECK:       fence.acq_rel.gpu;
// CHECK-NEXT:  $L__BB
// CHECK-NEXT:  bar.sync 0;
// CHECK:       call.uni main_rp_rammer_k{{[0-9]+}},
// CHECK:       fence.acq_rel.gpu;
// CHECK-NEXT:  atom.global.add.u32 {{.*}}, 1;
// CHECK-NOT:   .entry
// The kernels' bodies are device functions the switch calls (hm-rammer-task-functions); the reduction's
// barriers are warp barriers of its one lane.
// CHECK:       .func main_rp_rammer_k{{[0-9]+}}(
// CHECK:       bar.warp.sync 1;
// SM80: .target sm_80
// SM80: .visible .entry main_rp_rammer(
// SM80: fence.acq_rel.gpu;
// SM80-NEXT: atom.global.add.u32

func.func @main(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>, %v: tensor<91xf32>) -> (tensor<64x32xf32>, tensor<f32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x32xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<64x32xf32>) -> tensor<64x32xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<64x128xf32>, tensor<128x32xf32>) outs(%acc : tensor<64x32xf32>) -> tensor<64x32xf32>
  %s0 = tensor.empty() : tensor<f32>
  %s1 = linalg.fill ins(%zero : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %s = linalg.reduce ins(%v : tensor<91xf32>) outs(%s1 : tensor<f32>) dimensions = [0]
    (%in: f32, %out: f32) {
      %t = arith.addf %in, %out : f32
      linalg.yield %t : f32
    }
  return %mm, %s : tensor<64x32xf32>, tensor<f32>
}
