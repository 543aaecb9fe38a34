// hm-attach-nvvm-target: every gpu.module gets its #nvvm.target (chip, features, O); a module holding a
// Hopper-only op (nvgpu.tma.*, nvgpu.warpgroup.*) compiled for sm_90 gets sm_90a, the others keep sm_90.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-attach-nvvm-target{chip=sm_90 features=+ptx80 O=3})' | FileCheck %s
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-attach-nvvm-target{chip=sm_80})' | FileCheck %s --check-prefix=AMPERE

// CHECK: gpu.module @plain [#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80">]
// CHECK: gpu.module @hopper [#nvvm.target<O = 3, chip = "sm_90a", features = "+ptx80">]
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
}
