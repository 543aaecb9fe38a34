// An operation the plain path cannot lower is an error at its location (exit 1), never an output that
// cannot run: upstream conversions are partial and would leave it in place.
// RUN: %not 1 %hm-opt %s --target=ptx 2>&1 | FileCheck %s
// RUN: %not 1 %hm-opt %s --target=cpu 2>&1 | FileCheck %s --check-prefix=CPU
// CHECK: unsupported.mlir:[[# @LINE + 6]]:8: error: 'linalg.softmax' is not supported by the ptx lowering of the plain path yet
// CPU: unsupported.mlir:[[# @LINE + 5]]:8: error: 'linalg.softmax' is not supported by the cpu lowering of the plain path yet
// CHECK-NOT: Traceback

func.func @main(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.softmax dimension(1) ins(%a : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
