// hm-count-device-events (hm-bench, CPU target): a launch adds 1 to counter 0 and its kernel-boundary bytes to
// counter 2 (16 B read from %a, 16 B written to %b); a host read of a device buffer adds 1 to counter 1.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-count-device-events)' | FileCheck %s

// CHECK: memref.global "private" @hm_event_counters_storage : memref<3xi64> = dense<0>
// CHECK-LABEL: func.func @f
// CHECK: %[[C:.*]] = memref.get_global @hm_event_counters_storage
// CHECK: arith.constant 1 : i64
// CHECK: arith.constant 32 : i64
// CHECK: scf.parallel
// CHECK: memref.get_global @hm_event_counters_storage
// CHECK: arith.constant 1 : i64
// CHECK: memref.load %arg1
// CHECK-LABEL: func.func @hm_event_counters(%{{.*}}: memref<3xi64>)
// CHECK: memref.copy
func.func @f(%a: memref<4xf32>, %b: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    %v = memref.load %a[%i] : memref<4xf32>
    memref.store %v, %b[%i] : memref<4xf32>
  }
  %w = memref.load %b[%c0] : memref<4xf32>
  return %w : f32
}
