// hm-scalar-results-to-tensors: a public function returns each scalar result as a 0-d tensor (made by
// tensor.from_elements before the return), and a call of it extracts the scalar again; tensor results and
// private functions stay as they are.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-scalar-results-to-tensors)' | FileCheck %s

// CHECK-LABEL: func.func @total(%arg0: tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
// CHECK: %[[T:.*]] = tensor.from_elements %{{.*}} : tensor<f32>
// CHECK: return %[[T]], %arg0 : tensor<f32>, tensor<4xf32>
// CHECK-LABEL: func.func @caller
// CHECK: %[[R:.*]]:2 = call @total(%arg0) : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
// CHECK: tensor.extract %[[R]]#0[] : tensor<f32>
// CHECK-LABEL: func.func private @helper(%arg0: f32) -> f32
func.func @total(%a: tensor<4xf32>) -> (f32, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %x = tensor.extract %a[%c0] : tensor<4xf32>
  return %x, %a : f32, tensor<4xf32>
}
func.func @caller(%a: tensor<4xf32>) -> tensor<4xf32> {
  %x, %t = call @total(%a) : (tensor<4xf32>) -> (f32, tensor<4xf32>)
  %y = call @helper(%x) : (f32) -> f32
  %c1 = arith.constant 1 : index
  %r = tensor.insert %y into %t[%c1] : tensor<4xf32>
  return %r : tensor<4xf32>
}
func.func private @helper(%x: f32) -> f32 {
  return %x : f32
}
