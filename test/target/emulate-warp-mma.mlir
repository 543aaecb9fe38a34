// hm-emulate-warp-mma (cpu target): each nvgpu.mma.sync m16n8k16 becomes what a warp does. Every lane writes
// its A fragment (8 halves) and B fragment (4 halves) to its row of exchange buffers in shared memory and its
// accumulators to a per-thread buffer; after a barrier each lane computes its 4 result elements as sums over
// k = 0..15 of A * B read from the lanes of its warp that hold them (in f32); after a second barrier it reads
// them back as the mma's value. The lane-to-element mapping is checked by execution (test_programs'
// f16_matmul on the cpu target); this test shows the shape.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-emulate-warp-mma)' | FileCheck %s

// CHECK-LABEL: func.func @warp
// CHECK: %[[A:.*]] = memref.alloc() : memref<32x8xf16, #gpu.address_space<workgroup>>
// CHECK-NEXT: %[[B:.*]] = memref.alloc() : memref<32x4xf16, #gpu.address_space<workgroup>>
// CHECK: scf.parallel (%[[LANE:.*]]) =
// CHECK: %[[ACC:.*]] = memref.alloca() : memref<4xf32>
// CHECK-COUNT-8: memref.store %{{.*}}, %[[A]][%[[LANE]], %{{.*}}] : memref<32x8xf16, #gpu.address_space<workgroup>>
// CHECK-COUNT-4: memref.store %{{.*}}, %[[B]][%[[LANE]], %{{.*}}] : memref<32x4xf16, #gpu.address_space<workgroup>>
// CHECK-COUNT-4: memref.store %{{.*}}, %[[ACC]][%{{.*}}] : memref<4xf32>
// CHECK-NEXT: gpu.barrier
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[K:.*]] step
// CHECK: memref.load %[[A]]
// CHECK: memref.load %[[B]]
// CHECK: arith.extf
// CHECK: arith.extf
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: gpu.barrier
// CHECK-NOT: gpu.barrier
// CHECK-NOT: nvgpu.mma.sync
// CHECK: vector.transfer_write
func.func @warp(%a: memref<32x4x2xf16>, %b: memref<32x2x2xf16>, %c: memref<32x2x2xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %pad = arith.constant 0.0 : f16
  %padf = arith.constant 0.0 : f32
  scf.parallel (%blk) = (%c0) to (%c1) step (%c1) {
    scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
      %fa = vector.transfer_read %a[%t, %c0, %c0], %pad {in_bounds = [true, true]} : memref<32x4x2xf16>, vector<4x2xf16>
      %fb = vector.transfer_read %b[%t, %c0, %c0], %pad {in_bounds = [true, true]} : memref<32x2x2xf16>, vector<2x2xf16>
      %fc = vector.transfer_read %c[%t, %c0, %c0], %padf {in_bounds = [true, true]} : memref<32x2x2xf32>, vector<2x2xf32>
      %d = nvgpu.mma.sync (%fa, %fb, %fc) {mmaShape = [16, 8, 16]} : (vector<4x2xf16>, vector<2x2xf16>, vector<2x2xf32>) -> vector<2x2xf32>
      vector.transfer_write %d, %c[%t, %c0, %c0] {in_bounds = [true, true]} : vector<2x2xf32>, memref<32x2x2xf32>
      scf.reduce
    } {hm.threads}
    scf.reduce
  } {hm.roller_kernel}
  return
}
