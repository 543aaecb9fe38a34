// Constant i1 tensors become i1 memref.globals; hm-widen-i1-memrefs widens them to i8 with their values
// (before, the get_global was widened but not the global: "memref<4xi8> vs memref<4xi1>", exit 1).
// RUN: %hm-run %s | FileCheck %s
// RUN: %hm-opt %s --target=ptx -o /dev/null
// CHECK:      result0: bool[2, 3]
// CHECK-NEXT: {{\[\[}} True False  True]
// CHECK-NEXT:  [False False  True]]
// CHECK-NEXT: result1: bool[4]
// CHECK-NEXT: [ True  True  True  True]
func.func @main() -> (tensor<2x3xi1>, tensor<4xi1>) {
  %c = arith.constant dense<[[true, false, true], [false, false, true]]> : tensor<2x3xi1>
  %s = arith.constant dense<true> : tensor<4xi1>
  return %c, %s : tensor<2x3xi1>, tensor<4xi1>
}
