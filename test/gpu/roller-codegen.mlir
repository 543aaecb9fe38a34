// hm-roller-codegen: each Roller-configured linalg op becomes one kernel in the form both targets share: a
// block loop (hm.roller_kernel, with the model's distinct loaded and stored bytes) around a thread loop
// (hm.threads). The fill stores its scalar; the matmul stages both inputs in padded workgroup tiles with
// cp.async over 3 stages, accumulates a register tile step by step between barriers, and stores it once.
// RUN: %hm-opt %s --roller-top-k=1 --stop-after=bufferize \
// RUN:   | %hm-opt --pass-pipeline='builtin.module(hm-roller-codegen)' | FileCheck %s

// CHECK-LABEL: func.func @mm(
// CHECK-NOT:   linalg.
// CHECK:       scf.parallel
// CHECK:         scf.parallel
// CHECK:           memref.store %cst, %arg2
// CHECK:         } {hm.threads}
// CHECK:       } {hm.model_traffic = array<i64: 0, 8192>, hm.roller_kernel}
// CHECK:       scf.parallel
// CHECK:         memref.alloc() : memref<3x4x12xf32, #gpu.address_space<workgroup>>
// CHECK:         memref.alloc() : memref<3x8x12xf32, #gpu.address_space<workgroup>>
// CHECK:         scf.parallel
// CHECK:           memref.alloca() : memref<1xf32>
// CHECK:           nvgpu.device_async_copy %arg0
// CHECK:           nvgpu.device_async_copy %arg1
// CHECK:           scf.for
// CHECK:             nvgpu.device_async_wait
// CHECK:             gpu.barrier
// CHECK:             scf.for
// CHECK:               arith.mulf
// CHECK:               arith.addf
// CHECK:             gpu.barrier
// CHECK:           memref.store {{.*}}, %arg2
// CHECK:         } {hm.threads}
// CHECK:       } {hm.model_traffic = array<i64: 401408, 8192>, hm.roller_kernel}
// CHECK-NOT:   linalg.

func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x32xf32>) -> tensor<64x32xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x32xf32>
  %c = linalg.fill ins(%z : f32) outs(%e : tensor<64x32xf32>) -> tensor<64x32xf32>
  %m = linalg.matmul ins(%a, %b : tensor<64x128xf32>, tensor<128x32xf32>) outs(%c : tensor<64x32xf32>)
      -> tensor<64x32xf32>
  return %m : tensor<64x32xf32>
}
