// hm-wrap-serial-host-loops: a host loop nest over device memory (a full reduction into the caller's
// buffer) becomes a one-thread kernel (a 1x1 scf.parallel); a 0-d store and the loads and arithmetic that
// only feed it move into a kernel too. Loops over host memory stay host loops: here the flags a private
// helper receives from a host buffer (upstream's dealloc_helper does this).
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-wrap-serial-host-loops)' | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK: scf.parallel
// CHECK-NEXT: scf.for
// CHECK: scf.reduce
// CHECK: scf.parallel
// CHECK-NEXT: memref.load %arg1[]
// CHECK-NEXT: math.sqrt
// CHECK-NEXT: memref.store
// CHECK: %[[FLAGS:.*]] = memref.alloc() : memref<2xi1>
// CHECK-NOT: scf.parallel
// CHECK: call @helper
// CHECK-LABEL: func.func private @helper
// CHECK-NOT: scf.parallel
// CHECK: scf.for
// CHECK-NOT: scf.parallel
// CHECK: return
func.func @main(%a: memref<8xf32>, %sum: memref<f32>, %root: memref<f32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %true = arith.constant true
  scf.for %i = %c0 to %c8 step %c1 {
    %x = memref.load %a[%i] : memref<8xf32>
    %s = memref.load %sum[] : memref<f32>
    %t = arith.addf %s, %x : f32
    memref.store %t, %sum[] : memref<f32>
  }
  %v = memref.load %sum[] : memref<f32>
  %r = math.sqrt %v : f32
  memref.store %r, %root[] : memref<f32>
  %flags = memref.alloc() : memref<2xi1>
  memref.store %true, %flags[%c0] : memref<2xi1>
  %any = memref.cast %flags : memref<2xi1> to memref<?xi1>
  call @helper(%any) : (memref<?xi1>) -> ()
  memref.dealloc %flags : memref<2xi1>
  return
}
func.func private @helper(%m: memref<?xi1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %false = arith.constant false
  %n = memref.dim %m, %c0 : memref<?xi1>
  scf.for %i = %c0 to %n step %c1 {
    memref.store %false, %m[%i] : memref<?xi1>
  }
  return
}
