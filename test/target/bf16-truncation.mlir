// The cpu target lowers f32 -> bf16 as integer arithmetic rounding to nearest even (arith-expand's bf16
// patterns), not as LLVM's fptrunc, which flushes subnormals to zero on hosts with AVX512-BF16 and keeps them
// elsewhere. test_runtime.py checks the bits against the runtime's own rounding, subnormals included.
// RUN: %hm-opt %s --target=cpu | FileCheck %s
// CHECK-LABEL: llvm.func @main
// CHECK-NOT: llvm.fptrunc {{.*}} to bf16
// CHECK: llvm.lshr
// CHECK-NOT: llvm.fptrunc {{.*}} to bf16
func.func @main(%a: tensor<8xf32>) -> tensor<8xbf16> {
  %e = tensor.empty() : tensor<8xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      ins(%a : tensor<8xf32>) outs(%e : tensor<8xbf16>) {
  ^bb0(%v: f32, %o: bf16):
    %y = arith.truncf %v : f32 to bf16
    linalg.yield %y : bf16
  } -> tensor<8xbf16>
  return %r : tensor<8xbf16>
}
