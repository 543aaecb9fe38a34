// hm-extern-dynamic-shared: the internal `__dynamic_shmem__N` global convert-gpu-to-nvvm makes of a kernel's
// gpu.dynamic_shared_memory becomes external and 1024-aligned (PTX `.extern .shared .align 1024 .b8 ...[]`,
// the launch's dynamic window, which static buffers cannot follow); other shared globals stay as they are.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-extern-dynamic-shared)' | FileCheck %s

// CHECK-LABEL: gpu.module @kernels
// CHECK: llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 1024 : i64} : !llvm.array<0 x i8>
// CHECK: llvm.mlir.global internal @tile() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x f32>
module attributes {gpu.container_module} {
  gpu.module @kernels {
    llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    llvm.mlir.global internal @tile() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x f32>
  }
}
