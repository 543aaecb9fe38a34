// hm-emulate-warpgroup-mma (cpu target): a Hopper warpgroup kernel (TMA loads, mbarriers, wgmma) as one thread
// at a time can run it. Each TMA load is a copy at issue by the issuing thread (zeros past the tensor's end),
// an mbarrier wait is a gpu.barrier, the warpgroup accumulator is each thread's 64 * 64 / 128 = 32 values in
// a buffer, and wgmma updates them in PTX's accumulator layout from the shared tiles; the fragment store
// writes the same positions. Every warpgroup config is checked against NumPy by execution
// (test_roller.py::test_every_warpgroup_config_matches_numpy); this test shows the shape. The input is the
// IR before this pass for a 64x64x64 f16 x f16 -> f32 matmul with Roller's config main_op1_k94 (block
// 64x64, wgmma 64x64x16, 2 stages), without its fill kernel and rtile ops.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-emulate-warpgroup-mma)' | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK: scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%c128) step
// CHECK: %[[ISSUER:.*]] = arith.cmpi eq, %[[T]], %{{.*}} : index
// CHECK: scf.if %[[ISSUER]] {
// CHECK: scf.for
// CHECK: scf.for
// CHECK: %[[FRAGMENT:.*]] = memref.alloca() : memref<32xf32>
// CHECK: scf.for %[[STEP:.*]] = %{{.*}} to %{{.*}} step
// CHECK: gpu.barrier
// CHECK: memref.load %[[FRAGMENT]]
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: memref.store %{{.*}}, %[[FRAGMENT]]
// CHECK: memref.load %[[FRAGMENT]][%{{.*}}] : memref<32xf32>
// CHECK-NEXT: memref.store %{{.*}} : memref<64x64xf32, #gpu.address_space<workgroup>>
// CHECK-NOT: nvgpu.
// CHECK: return
module {
  func.func @main(%arg0: memref<64x64xf16>, %arg1: memref<64x64xf16>, %arg2: memref<64x64xf32>) {
    %c4096 = arith.constant 4096 : index
    %c10000000 = arith.constant 10000000 : index
    %c8192 = arith.constant 8192 : index
    %c16384 = arith.constant 16384 : index
    %c128 = arith.constant 128 : index
    %c1024 = arith.constant 1024 : index
    %c2 = arith.constant 2 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cast = memref.cast %arg0 : memref<64x64xf16> to memref<*xf16>
    %0 = nvgpu.tma.create.descriptor %cast box[%c64, %c64] : memref<*xf16> -> <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>
    %cast_0 = memref.cast %arg1 : memref<64x64xf16> to memref<*xf16>
    %1 = nvgpu.tma.create.descriptor %cast_0 box[%c64, %c64] : memref<*xf16> -> <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>
    scf.parallel (%arg3) = (%c0) to (%c1) step (%c1) {
      %alloc = memref.alloc() {hm.dynamic_shared} : memref<33792xi8, #gpu.address_space<workgroup>>
      %intptr = memref.extract_aligned_pointer_as_index %alloc : memref<33792xi8, #gpu.address_space<workgroup>> -> index
      %2 = arith.remui %intptr, %c1024 : index
      %3 = arith.subi %c1024, %2 : index
      %4 = arith.remui %3, %c1024 : index
      scf.parallel (%arg4) = (%c0) to (%c128) step (%c1) {
        %5 = arith.cmpi eq, %arg4, %c0 : index
        %6 = nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2>
        nvgpu.mbarrier.init %6[%c0], %c1, predicate = %5 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2>
        nvgpu.mbarrier.init %6[%c1], %c1, predicate = %5 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2>
        gpu.barrier
        nvgpu.mbarrier.arrive.expect_tx %6[%c0], %c16384, predicate = %5 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2>
        %view = memref.view %alloc[%4][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf16, #gpu.address_space<workgroup>>
        nvgpu.tma.async.load %0[%c0, %c0], %6[%c0] to %view, predicate = %5 : <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>, <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2> -> memref<64x64xf16, #gpu.address_space<workgroup>>
        %7 = arith.addi %4, %c8192 : index
        %view_1 = memref.view %alloc[%7][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf16, #gpu.address_space<workgroup>>
        nvgpu.tma.async.load %1[%c0, %c0], %6[%c0] to %view_1, predicate = %5 : <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>, <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2> -> memref<64x64xf16, #gpu.address_space<workgroup>>
        %8 = nvgpu.warpgroup.mma.init.accumulator -> <fragmented = vector<64x64xf32>>
        %9 = scf.for %arg5 = %c0 to %c1 step %c1 iter_args(%arg6 = %8) -> (!nvgpu.warpgroup.accumulator<fragmented = vector<64x64xf32>>) {
          %10 = arith.remui %arg5, %c2 : index
          %11 = arith.divui %arg5, %c2 : index
          %12 = arith.remui %11, %c2 : index
          %13 = arith.cmpi ne, %12, %c0 : index
          nvgpu.mbarrier.try_wait.parity %6[%10], %13, %c10000000 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2>
          %14 = arith.muli %10, %c16384 : index
          %15 = arith.addi %4, %14 : index
          %view_4 = memref.view %alloc[%15][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf16, #gpu.address_space<workgroup>>
          %16 = arith.muli %10, %c16384 : index
          %17 = arith.addi %16, %c8192 : index
          %18 = arith.addi %4, %17 : index
          %view_5 = memref.view %alloc[%18][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf16, #gpu.address_space<workgroup>>
          %19 = nvgpu.warpgroup.generate.descriptor %view_4, %0 : memref<64x64xf16, #gpu.address_space<workgroup>>, <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none> -> <tensor = memref<64x64xf16, #gpu.address_space<workgroup>>>
          %20 = nvgpu.warpgroup.generate.descriptor %view_5, %1 : memref<64x64xf16, #gpu.address_space<workgroup>>, <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none> -> <tensor = memref<64x64xf16, #gpu.address_space<workgroup>>>
          %21 = nvgpu.warpgroup.mma %19, %20, %arg6 {transposeB} : <tensor = memref<64x64xf16, #gpu.address_space<workgroup>>>, <tensor = memref<64x64xf16, #gpu.address_space<workgroup>>>, <fragmented = vector<64x64xf32>> -> <fragmented = vector<64x64xf32>>
          gpu.barrier
          %22 = arith.addi %arg5, %c1 : index
          %23 = arith.cmpi ult, %22, %c1 : index
          %24 = arith.andi %5, %23 : i1
          %25 = arith.remui %22, %c2 : index
          nvgpu.mbarrier.arrive.expect_tx %6[%25], %c16384, predicate = %24 : <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2>
          %26 = arith.muli %22, %c64 : index
          %27 = arith.muli %25, %c16384 : index
          %28 = arith.addi %4, %27 : index
          %view_6 = memref.view %alloc[%28][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf16, #gpu.address_space<workgroup>>
          nvgpu.tma.async.load %0[%26, %c0], %6[%25] to %view_6, predicate = %24 : <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>, <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2> -> memref<64x64xf16, #gpu.address_space<workgroup>>
          %29 = arith.muli %25, %c16384 : index
          %30 = arith.addi %29, %c8192 : index
          %31 = arith.addi %4, %30 : index
          %view_7 = memref.view %alloc[%31][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf16, #gpu.address_space<workgroup>>
          nvgpu.tma.async.load %1[%c0, %26], %6[%25] to %view_7, predicate = %24 : <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>, <memorySpace = #gpu.address_space<workgroup>, num_barriers = 2> -> memref<64x64xf16, #gpu.address_space<workgroup>>
          scf.yield %21 : !nvgpu.warpgroup.accumulator<fragmented = vector<64x64xf32>>
        }
        nvvm.wgmma.wait.group.sync.aligned 0
        gpu.barrier
        %view_2 = memref.view %alloc[%4][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf32, #gpu.address_space<workgroup>>
        nvgpu.warpgroup.mma.store %9, %view_2 : <fragmented = vector<64x64xf32>> to memref<64x64xf32, #gpu.address_space<workgroup>>
        gpu.barrier
        %view_3 = memref.view %alloc[%4][] : memref<33792xi8, #gpu.address_space<workgroup>> to memref<64x64xf32, #gpu.address_space<workgroup>>
        scf.for %arg5 = %arg4 to %c4096 step %c128 {
          %10 = arith.divui %arg5, %c64 : index
          %11 = arith.remui %arg5, %c64 : index
          %12 = memref.load %arg2[%10, %11] : memref<64x64xf32>
          %13 = memref.load %view_3[%10, %11] : memref<64x64xf32, #gpu.address_space<workgroup>>
          %14 = arith.addf %12, %13 : f32
          memref.store %14, %arg2[%10, %11] : memref<64x64xf32>
        }
        scf.reduce 
      } {hm.threads, mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
      scf.reduce 
    } {hm.model_traffic = array<i64: 32768, 16384>, hm.roller_kernel, mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
    return
  }
}

