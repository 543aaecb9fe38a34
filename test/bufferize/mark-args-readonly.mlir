// hm-mark-args-readonly: every tensor argument of a function with a body is marked read-only for one-shot
// bufferization (which then copies instead of writing into a caller's input); scalars and declarations are
// left alone.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-mark-args-readonly)' | FileCheck %s

// CHECK-LABEL: func.func @main(%arg0: tensor<4xf32> {bufferization.writable = false}, %arg1: f32, %arg2: tensor<2x2xi32> {bufferization.writable = false})
// CHECK-LABEL: func.func private @external(tensor<4xf32>)
func.func @main(%a: tensor<4xf32>, %s: f32, %b: tensor<2x2xi32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}
func.func private @external(tensor<4xf32>)
