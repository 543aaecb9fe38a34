// hm-merge-gpu-modules: the kernels outlining put in one gpu.module each (all named @f_kernel) move into one
// gpu.module @kernels under their old modules' names, and every launch follows them. Kernels that are the
// same but for their names are kept once, and their launches retargeted to the one kept.
// RUN: %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-merge-gpu-modules)' | FileCheck %s

// CHECK-LABEL: func.func @f
// CHECK: gpu.launch_func  @kernels::@f_kernel blocks
// CHECK: gpu.launch_func  @kernels::@f_kernel_0 blocks
// CHECK: gpu.module @kernels {
// CHECK-NEXT: gpu.func @f_kernel(
// CHECK: gpu.func @f_kernel_0(
// CHECK-NOT: gpu.module
module attributes {gpu.container_module} {
  func.func @f(%a: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @f_kernel::@f_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    gpu.launch_func @f_kernel_0::@f_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    return
  }
  gpu.module @f_kernel {
    gpu.func @f_kernel(%a: memref<4xf32>) kernel {
      gpu.return
    }
  }
  gpu.module @f_kernel_0 {
    gpu.func @f_kernel(%a: memref<4xf32>) kernel {
      %c0 = arith.constant 0 : index
      %x = memref.load %a[%c0] : memref<4xf32>
      memref.store %x, %a[%c0] : memref<4xf32>
      gpu.return
    }
  }
}

// -----

// Three launches of two distinct kernels: the third module's kernel repeats the first one's (another name, the
// same body), so it is dropped and its launch goes to @g_kernel. The first module's kernels keep their names.
// CHECK-LABEL: func.func @g
// CHECK: gpu.launch_func  @kernels::@g_kernel blocks
// CHECK: gpu.launch_func  @kernels::@g_kernel_0 blocks
// CHECK: gpu.launch_func  @kernels::@g_kernel blocks
// CHECK: gpu.module @kernels {
// CHECK-NEXT: gpu.func @g_kernel(
// CHECK: gpu.func @g_kernel_0(
// CHECK-NOT: gpu.func
// CHECK-NOT: gpu.module
module attributes {gpu.container_module} {
  func.func @g(%a: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @g_kernel::@g_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    gpu.launch_func @g_kernel_0::@g_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    gpu.launch_func @g_kernel_1::@g_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    return
  }
  gpu.module @g_kernel {
    gpu.func @g_kernel(%a: memref<4xf32>) kernel {
      %c0 = arith.constant 0 : index
      %x = memref.load %a[%c0] : memref<4xf32>
      %y = arith.addf %x, %x : f32
      memref.store %y, %a[%c0] : memref<4xf32>
      gpu.return
    }
  }
  gpu.module @g_kernel_0 {
    gpu.func @g_kernel(%a: memref<4xf32>) kernel {
      gpu.return
    }
  }
  gpu.module @g_kernel_1 {
    gpu.func @g_kernel(%b: memref<4xf32>) kernel {
      %c0 = arith.constant 0 : index
      %v = memref.load %b[%c0] : memref<4xf32>
      %w = arith.addf %v, %v : f32
      memref.store %w, %b[%c0] : memref<4xf32>
      gpu.return
    }
  }
}
