// hm-empty-per-use (bufferize stage, --rammer): the two independent operators that share one tensor.empty as
// their destination each get their own, so bufferization gives them two buffers and Rammer may run them side by
// side; a tensor.empty with one use is left as it is.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-empty-per-use)' | FileCheck %s
// RUN: %hm-opt %s --rammer --stop-after=bufferize --target=cpu | FileCheck %s --check-prefix=BUFFERS

// CHECK-LABEL: func.func @main
// CHECK:       %[[E1:.*]] = tensor.empty() : tensor<64xf32>
// CHECK-NEXT:  linalg.exp ins(%{{.*}} : tensor<64xf32>) outs(%[[E1]] : tensor<64xf32>)
// CHECK:       linalg.abs
// CHECK-NEXT:  %[[E2:.*]] = tensor.empty() : tensor<64xf32>
// CHECK-NEXT:  linalg.negf ins(%{{.*}} : tensor<64xf32>) outs(%[[E2]] : tensor<64xf32>)

// The exp's buffer is dead once the abs has read it; with one destination bufferization would write the
// negation there, after the abs: two independent operators ordered. Here each has its own buffer.
// BUFFERS-LABEL: func.func @main
// BUFFERS:       linalg.generic {{.*}} outs(%[[A:[^ ]*]] :
// BUFFERS:       linalg.generic {{.*}} ins(%[[A]] :
// BUFFERS-NOT:   outs(%[[A]] :
// BUFFERS:       return

func.func @main(%x: tensor<64xf32>) -> (tensor<64xf32>, tensor<64xf32>) {
  %e = tensor.empty() : tensor<64xf32>
  %a = linalg.exp ins(%x : tensor<64xf32>) outs(%e : tensor<64xf32>) -> tensor<64xf32>
  %f = tensor.empty() : tensor<64xf32>
  %s = linalg.abs ins(%a : tensor<64xf32>) outs(%f : tensor<64xf32>) -> tensor<64xf32>
  %b = linalg.negf ins(%x : tensor<64xf32>) outs(%e : tensor<64xf32>) -> tensor<64xf32>
  return %s, %b : tensor<64xf32>, tensor<64xf32>
}
