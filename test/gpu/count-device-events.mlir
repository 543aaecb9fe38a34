// hm-count-device-events (hm-bench, CPU target): a launch adds 1 to counter 0 and its kernel-boundary bytes to
// counter 2 (16 B read from %a, 16 B written to %b); a host read of a device buffer adds 1 to counter 1; a
// device buffer the host allocates adds 1 to counter 3 and its bytes to counter 4. Host memory (the flags a
// private helper only loads and stores, through a call) is neither a sync nor a device allocation.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-count-device-events)' | FileCheck %s

// CHECK: memref.global "private" @hm_event_counters_storage : memref<5xi64> = dense<0>
// CHECK-LABEL: func.func @f
// CHECK: memref.get_global @hm_event_counters_storage
// CHECK: arith.constant 3 : index
// CHECK: arith.constant 1 : i64
// CHECK: arith.constant 4 : index
// CHECK: arith.constant 16 : i64
// CHECK: %[[TMP:.*]] = memref.alloc() : memref<4xf32>
// CHECK: arith.constant 1 : i64
// CHECK: arith.constant 32 : i64
// CHECK: scf.parallel
// CHECK: %[[FLAGS:.*]] = memref.alloc() : memref<2xi1>
// CHECK-NOT: hm_event_counters_storage
// CHECK: call @helper
// CHECK-NOT: hm_event_counters_storage
// CHECK: memref.load %[[FLAGS]]
// CHECK: memref.get_global @hm_event_counters_storage
// CHECK: arith.constant 1 : index
// CHECK: memref.load %[[TMP]]
// CHECK-LABEL: func.func private @helper
// CHECK-NOT: hm_event_counters_storage
// CHECK-LABEL: func.func @hm_event_counters(%{{.*}}: memref<5xi64>)
// CHECK: memref.copy
func.func @f(%a: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %true = arith.constant true
  %b = memref.alloc() : memref<4xf32>
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    %v = memref.load %a[%i] : memref<4xf32>
    memref.store %v, %b[%i] : memref<4xf32>
  }
  %flags = memref.alloc() : memref<2xi1>
  memref.store %true, %flags[%c0] : memref<2xi1>
  %any = memref.cast %flags : memref<2xi1> to memref<?xi1>
  call @helper(%any) : (memref<?xi1>) -> ()
  %keep = memref.load %flags[%c1] : memref<2xi1>
  %w = memref.load %b[%c0] : memref<4xf32>
  memref.dealloc %flags : memref<2xi1>
  memref.dealloc %b : memref<4xf32>
  return %w : f32
}
func.func private @helper(%m: memref<?xi1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %m, %c0 : memref<?xi1>
  scf.for %i = %c0 to %n step %c1 {
    %x = memref.load %m[%i] : memref<?xi1>
    memref.store %x, %m[%c1] : memref<?xi1>
  }
  return
}
