// A failing pipeline saves the input of the failing step and prints the command that fails the same way.
// RUN: %not 1 %hm-opt %s --target=cpu 2> %t.err
// RUN: FileCheck %s < %t.err
// CHECK: reproducer.mlir:11:1: error: dynamic shapes are not supported yet: @dynamic has type tensor<?xf32> in its signature
// CHECK: hm-opt: the pipeline failed at step 'hm-check-static-shapes{target=cpu}' (stage rtile); its input is saved in [[FILE:.*\.mlir]]; reproduce with:
// CHECK-NEXT: hm-opt [[FILE]] --pass-pipeline='builtin.module(hm-check-static-shapes{target=cpu})'
// Replaying the printed command fails with the same error.
// RUN: %not 1 %python %S/../Inputs/replay.py %t.err 2>&1 | FileCheck %s --check-prefix=REPLAY
// REPLAY: reproducer.mlir:{{[0-9]+}}:{{[0-9]+}}: error: dynamic shapes are not supported yet: @dynamic has type tensor<?xf32>

func.func @dynamic(%a: tensor<?xf32>) -> tensor<?xf32> {
  %0 = linalg.exp ins(%a : tensor<?xf32>) outs(%a : tensor<?xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
