// hm-copy-host-reads (GPU targets): a host load of device memory (a gpu.alloc, or an argument: the runtime
// passes device buffers) reads a 0-d copy that a one-thread kernel makes and gpu.memcpy brings back (a host
// sync). A load of host memory (a memref.alloc the host alone uses, a helper's flags) stays a plain load.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-copy-host-reads)' | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK: %[[STAGE:.*]] = gpu.alloc () : memref<i1>
// CHECK: scf.parallel
// CHECK: memref.load %arg0[%{{.*}}] : memref<4xi1>
// CHECK: gpu.memcpy %[[HOST:.*]], %[[STAGE]]
// CHECK: memref.load %[[HOST]][] : memref<i1>
// CHECK: %[[FLAGS:.*]] = memref.alloc() : memref<2xi1>
// CHECK-NOT: gpu.memcpy
// CHECK: memref.load %[[FLAGS]][%{{.*}}] : memref<2xi1>
// CHECK-LABEL: func.func private @helper
// CHECK-NOT: gpu.
// CHECK: return
func.func @main(%cond: memref<4xi1>) -> (i1, i1) {
  %c0 = arith.constant 0 : index
  %true = arith.constant true
  %device = memref.load %cond[%c0] : memref<4xi1>
  %flags = memref.alloc() : memref<2xi1>
  memref.store %true, %flags[%c0] : memref<2xi1>
  %any = memref.cast %flags : memref<2xi1> to memref<?xi1>
  call @helper(%any) : (memref<?xi1>) -> ()
  %host = memref.load %flags[%c0] : memref<2xi1>
  memref.dealloc %flags : memref<2xi1>
  return %device, %host : i1, i1
}
func.func private @helper(%m: memref<?xi1>) {
  %c0 = arith.constant 0 : index
  %x = memref.load %m[%c0] : memref<?xi1>
  %n = arith.xori %x, %x : i1
  memref.store %n, %m[%c0] : memref<?xi1>
  return
}
