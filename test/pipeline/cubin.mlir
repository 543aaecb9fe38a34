// --target=cubin serializes every kernel to an ELF cubin through ptxas (from the CUDA toolkit).
// REQUIRES: ptxas
// RUN: %hm-opt %s --target=cubin | FileCheck %s
// CHECK: gpu.binary @kernels  [#gpu.object<#nvvm.target<chip = "sm_90", features = "+ptx80">, {{.*}}bin = "\7FELF
// RUN: %hm-opt %s --target=cubin --chip=sm_80 | FileCheck %s --check-prefix=SM80
// SM80: gpu.binary @kernels  [#gpu.object<#nvvm.target<chip = "sm_80", features = "+ptx80">, {{.*}}bin = "\7FELF

func.func @scale(%a: tensor<37x53xf16>) -> tensor<37x53xf16> {
  %e = tensor.empty() : tensor<37x53xf16>
  %r = linalg.mul ins(%a, %a : tensor<37x53xf16>, tensor<37x53xf16>) outs(%e : tensor<37x53xf16>) -> tensor<37x53xf16>
  return %r : tensor<37x53xf16>
}
