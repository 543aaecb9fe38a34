// --verify-each: the stage dialects' Python rules run after every upstream pass (hm passes run them after
// themselves anyway); the IR verifier runs after every pass in any case.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(canonicalize,func.func(cse))' --verify-each --mlir-print-ir-after-all 2>&1 | FileCheck %s
// CHECK: IR Dump After Canonicalizer
// CHECK: IR Dump After hm-verify
// CHECK: IR Dump After CSE
// CHECK: IR Dump After hm-verify

// Without it, a user pipeline runs exactly as written.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(canonicalize)' --mlir-print-ir-after-all 2>&1 | FileCheck %s --check-prefix=PLAIN
// PLAIN: IR Dump After Canonicalizer
// PLAIN-NOT: hm-verify

// The compile pipeline with --verify-each gives the same output as without.
// RUN: %hm-opt %s --target=cpu --verify-each > %t.each.mlir
// RUN: %hm-opt %s --target=cpu > %t.plain.mlir
// RUN: diff %t.each.mlir %t.plain.mlir
func.func @main(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = math.tanh %x : f32
    linalg.yield %y : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
