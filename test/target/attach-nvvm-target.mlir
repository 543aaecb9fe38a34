// hm-attach-nvvm-target: every gpu.module gets its #nvvm.target (chip, features, O); a module holding a
// Hopper-only op (nvgpu.tma.*, nvgpu.warpgroup.*) compiled for sm_90 gets sm_90a, the others keep sm_90. A
// module with a kernel whose parameters pass 4352 bytes (here 50 descriptors of 4-d memrefs: 50 x 88 bytes)
// asks for PTX ISA 8.1 instead of 8.0.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-attach-nvvm-target{chip=sm_90 features=+ptx80 O=3})' | FileCheck %s
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-attach-nvvm-target{chip=sm_80})' | FileCheck %s --check-prefix=AMPERE

// CHECK: gpu.module @plain [#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80">]
// CHECK: gpu.module @hopper [#nvvm.target<O = 3, chip = "sm_90a", features = "+ptx80">]
// CHECK: gpu.module @wide [#nvvm.target<O = 3, chip = "sm_90", features = "+ptx81">]
// AMPERE: gpu.module @plain [#nvvm.target<chip = "sm_80">]
// AMPERE: gpu.module @hopper [#nvvm.target<chip = "sm_80">]
module attributes {gpu.container_module} {
  gpu.module @plain {
    gpu.func @k() kernel {
      gpu.return
    }
  }
  gpu.module @hopper {
    gpu.func @k(%d: !nvgpu.tensormap.descriptor<tensor = memref<64x16xf16, 3>, swizzle = swizzle_32b, l2promo = none, oob = zero, interleave = none>) kernel {
      nvgpu.tma.prefetch.descriptor %d : !nvgpu.tensormap.descriptor<tensor = memref<64x16xf16, 3>, swizzle = swizzle_32b, l2promo = none, oob = zero, interleave = none>
      gpu.return
    }
  }
  gpu.module @wide {
    gpu.func @k(%a0: memref<1x2x3x4xf32>, %a1: memref<1x2x3x4xf32>, %a2: memref<1x2x3x4xf32>, %a3: memref<1x2x3x4xf32>, %a4: memref<1x2x3x4xf32>, %a5: memref<1x2x3x4xf32>, %a6: memref<1x2x3x4xf32>, %a7: memref<1x2x3x4xf32>, %a8: memref<1x2x3x4xf32>, %a9: memref<1x2x3x4xf32>, %a10: memref<1x2x3x4xf32>, %a11: memref<1x2x3x4xf32>, %a12: memref<1x2x3x4xf32>, %a13: memref<1x2x3x4xf32>, %a14: memref<1x2x3x4xf32>, %a15: memref<1x2x3x4xf32>, %a16: memref<1x2x3x4xf32>, %a17: memref<1x2x3x4xf32>, %a18: memref<1x2x3x4xf32>, %a19: memref<1x2x3x4xf32>, %a20: memref<1x2x3x4xf32>, %a21: memref<1x2x3x4xf32>, %a22: memref<1x2x3x4xf32>, %a23: memref<1x2x3x4xf32>, %a24: memref<1x2x3x4xf32>, %a25: memref<1x2x3x4xf32>, %a26: memref<1x2x3x4xf32>, %a27: memref<1x2x3x4xf32>, %a28: memref<1x2x3x4xf32>, %a29: memref<1x2x3x4xf32>, %a30: memref<1x2x3x4xf32>, %a31: memref<1x2x3x4xf32>, %a32: memref<1x2x3x4xf32>, %a33: memref<1x2x3x4xf32>, %a34: memref<1x2x3x4xf32>, %a35: memref<1x2x3x4xf32>, %a36: memref<1x2x3x4xf32>, %a37: memref<1x2x3x4xf32>, %a38: memref<1x2x3x4xf32>, %a39: memref<1x2x3x4xf32>, %a40: memref<1x2x3x4xf32>, %a41: memref<1x2x3x4xf32>, %a42: memref<1x2x3x4xf32>, %a43: memref<1x2x3x4xf32>, %a44: memref<1x2x3x4xf32>, %a45: memref<1x2x3x4xf32>, %a46: memref<1x2x3x4xf32>, %a47: memref<1x2x3x4xf32>, %a48: memref<1x2x3x4xf32>, %a49: memref<1x2x3x4xf32>) kernel {
      gpu.return
    }
  }
}
