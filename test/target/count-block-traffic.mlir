// hm-count-block-traffic: a Roller-form kernel gets one load shadow and one store shadow per outside buffer
// (an i32 per element, filled with -1 before the launch, freed after), and every access to an element not
// yet seen by the current block adds its bytes to the kernel's counter; a shared-memory tile is not counted.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-count-block-traffic)' | FileCheck %s

// CHECK: module attributes {hm.traffic_kernels = ["f_op0_k0"], hm.traffic_model = array<i64: 256, 256>}
// CHECK: memref.global "private" @hm_block_traffic_storage : memref<3xi64> = dense<0>
// CHECK-LABEL: func.func @f(
// CHECK:       memref.alloc() : memref<64xi32>
// CHECK:       scf.for
// CHECK:       memref.alloc() : memref<64xi32>
// CHECK:       scf.parallel (%[[BLOCK:.*]]) =
// CHECK:         arith.index_cast %[[BLOCK]] : index to i32
// CHECK:         arith.cmpi ne
// CHECK:         scf.if
// CHECK:         memref.load %arg0
// CHECK-NOT:     arith.cmpi ne
// CHECK:         memref.store {{.*}}, %alloc_
// CHECK:         memref.load %alloc_
// CHECK:         arith.cmpi ne
// CHECK:         memref.store {{.*}}, %arg1
// CHECK:       } {hm.model_traffic = array<i64: 256, 256>, hm.roller_kernel}
// CHECK-COUNT-2: memref.dealloc
// CHECK-LABEL: func.func @hm_block_traffic(%arg0: memref<3xi64>)

func.func @f(%x: memref<64xf32>, %y: memref<64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  scf.parallel (%b) = (%c0) to (%c4) step (%c1) {
    %tile = memref.alloc() : memref<16xf32, #gpu.address_space<workgroup>>
    scf.parallel (%t) = (%c0) to (%c16) step (%c1) {
      %base = arith.muli %b, %c16 : index
      %i = arith.addi %base, %t : index
      %v = memref.load %x[%i] : memref<64xf32>
      memref.store %v, %tile[%t] : memref<16xf32, #gpu.address_space<workgroup>>
      %w = memref.load %tile[%t] : memref<16xf32, #gpu.address_space<workgroup>>
      memref.store %w, %y[%i] : memref<64xf32>
      scf.reduce
    } {hm.threads}
    scf.reduce
  } {hm.roller_kernel, hm.model_traffic = array<i64: 256, 256>} loc(#kernel)
  return
}
#kernel = loc("rtile.kernel=f_op0_k0"("x.mlir":1:1))
