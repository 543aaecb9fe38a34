// hm-lower-async-copies (cpu target): each nvgpu.device_async_copy becomes a load and a store where it is
// issued (a vector.maskedload with zeros past srcElements when the copy zero-fills); the groups and waits
// are erased. The numerics of the pipelined kernels that use them are checked by execution (test_programs).
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-lower-async-copies)' | FileCheck %s

// CHECK-LABEL: func.func @copies
// CHECK-SAME: (%[[SRC:[^:]*]]: memref<64xf32>, %[[N:[^:]*]]: index)
// CHECK: %[[TILE:.*]] = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
// CHECK: %[[WHOLE:.*]] = vector.load %[[SRC]][%[[C0:.*]]] : memref<64xf32>, vector<4xf32>
// CHECK-NEXT: vector.store %[[WHOLE]], %[[TILE]][%[[C0]]] : memref<64xf32, #gpu.address_space<workgroup>>, vector<4xf32>
// CHECK-NEXT: %[[MASK:.*]] = vector.create_mask %[[N]] : vector<4xi1>
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<4xf32>
// CHECK-NEXT: %[[PART:.*]] = vector.maskedload %[[SRC]][%[[C8:.*]]], %[[MASK]], %[[ZERO]]
// CHECK-NEXT: vector.store %[[PART]], %[[TILE]][%[[C8]]]
// CHECK-NOT: nvgpu.
// CHECK: return
func.func @copies(%src: memref<64xf32>, %n: index) {
  %tile = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %t = nvgpu.device_async_copy %src[%c0], %tile[%c0], 4 : memref<64xf32> to memref<64xf32, #gpu.address_space<workgroup>>
  %t2 = nvgpu.device_async_copy %src[%c8], %tile[%c8], 4, %n : memref<64xf32> to memref<64xf32, #gpu.address_space<workgroup>>
  %g = nvgpu.device_async_create_group %t, %t2
  nvgpu.device_async_wait %g
  return
}
