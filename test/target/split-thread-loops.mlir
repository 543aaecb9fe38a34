// hm-split-thread-loops (cpu target): a Roller kernel's thread loop is split at its gpu.barrier into two
// thread loops, so every thread's store to the shared tile happens before any thread reads another's; the
// register tile (memref.alloca) becomes the thread's row of a [threads x points] buffer; the shared tile
// loses its address space and is allocated once before the kernel and freed once after it (a dealloc
// inside the kernel would free it per block).
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-split-thread-loops)' | FileCheck %s

// CHECK-LABEL: func.func @reverse
// CHECK-SAME: (%[[IN:[^:]*]]: memref<2x64xf32>, %[[OUT:[^:]*]]: memref<2x64xf32>)
// CHECK: %[[ROWS:.*]] = memref.alloc() : memref<64x1xf32>
// CHECK-NEXT: %[[TILE:.*]] = memref.alloc() : memref<64xf32>
// CHECK-NEXT: scf.parallel (%[[B:.*]]) =
// CHECK: scf.parallel (%[[T:.*]]) =
// CHECK-NEXT: %[[X:.*]] = memref.load %[[IN]][%[[B]], %[[T]]]
// CHECK-NEXT: memref.store %[[X]], %[[ROWS]][%[[T]], %{{.*}}] : memref<64x1xf32>
// CHECK-NEXT: memref.store %[[X]], %[[TILE]][%[[T]]] : memref<64xf32>
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: } {hm.threads}
// CHECK-NOT: gpu.barrier
// CHECK: scf.parallel (%[[T2:.*]]) =
// CHECK-NEXT: %[[R:.*]] = arith.subi %{{.*}}, %[[T2]] : index
// CHECK-NEXT: memref.load %[[TILE]][%[[R]]] : memref<64xf32>
// CHECK-NEXT: memref.load %[[ROWS]][%[[T2]], %{{.*}}] : memref<64x1xf32>
// CHECK: } {hm.threads}
// CHECK-NOT: memref.dealloc
// CHECK: } {hm.roller_kernel}
// CHECK-NEXT: memref.dealloc %[[TILE]] : memref<64xf32>
// CHECK-NEXT: memref.dealloc %[[ROWS]] : memref<64x1xf32>
// CHECK-NOT: memref.dealloc
func.func @reverse(%in: memref<2x64xf32>, %out: memref<2x64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c63 = arith.constant 63 : index
  %c64 = arith.constant 64 : index
  scf.parallel (%b) = (%c0) to (%c2) step (%c1) {
    %tile = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
    scf.parallel (%t) = (%c0) to (%c64) step (%c1) {
      %own = memref.alloca() : memref<1xf32>
      %x = memref.load %in[%b, %t] : memref<2x64xf32>
      memref.store %x, %own[%c0] : memref<1xf32>
      memref.store %x, %tile[%t] : memref<64xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %r = arith.subi %c63, %t : index
      %y = memref.load %tile[%r] : memref<64xf32, #gpu.address_space<workgroup>>
      %mine = memref.load %own[%c0] : memref<1xf32>
      %s = arith.addf %y, %mine : f32
      memref.store %s, %out[%b, %t] : memref<2x64xf32>
      scf.reduce
    } {hm.threads}
    memref.dealloc %tile : memref<64xf32, #gpu.address_space<workgroup>>
    scf.reduce
  } {hm.roller_kernel}
  return
}
