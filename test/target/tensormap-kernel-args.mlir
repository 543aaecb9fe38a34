// hm-tensormap-kernel-args (GPU targets): a kernel's !nvgpu.tensormap.descriptor arguments become !llvm.ptr,
// cast back to the descriptor at the kernel's entry, and every launch passes the descriptor cast to
// !llvm.ptr (convert-gpu-to-nvvm cannot convert a descriptor-typed kernel signature; after
// convert-nvgpu-to-nvvm the casts cancel). Other arguments are left alone.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-tensormap-kernel-args)' | FileCheck %s

// CHECK-LABEL: gpu.func @k
// CHECK-SAME: (%[[PTR:[^:]*]]: !llvm.ptr, %[[OUT:[^:]*]]: memref<4xf32>) kernel
// CHECK-NEXT: %[[DESC:.*]] = builtin.unrealized_conversion_cast %[[PTR]] : !llvm.ptr to !nvgpu.tensormap.descriptor<tensor = memref<64x64xf16, #gpu.address_space<workgroup>>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>
// CHECK-NEXT: nvgpu.tma.prefetch.descriptor %[[DESC]]
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[HOST:[^:]*]]: !nvgpu.tensormap.descriptor
// CHECK: %[[PASSED:.*]] = builtin.unrealized_conversion_cast %[[HOST]] : !nvgpu.tensormap.descriptor<{{.*}}> to !llvm.ptr
// CHECK-NEXT: gpu.launch_func @kernels::@k {{.*}} args(%[[PASSED]] : !llvm.ptr, %{{.*}} : memref<4xf32>)
!desc = !nvgpu.tensormap.descriptor<tensor = memref<64x64xf16, #gpu.address_space<workgroup>>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @k(%d: !desc, %out: memref<4xf32>) kernel {
      nvgpu.tma.prefetch.descriptor %d : !desc
      gpu.return
    }
  }
  func.func @main(%d: !desc, %out: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @kernels::@k blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%d : !desc, %out : memref<4xf32>)
    return
  }
}
