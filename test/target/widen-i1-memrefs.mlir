// hm-widen-i1-memrefs: i1 buffers become i8 (upstream's memref-to-llvm asserts on sub-byte loads and stores
// and aborts): a load is followed by an arith.trunci to i1, a store preceded by an arith.extui to i8, and the
// function's signature changes with them.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-widen-i1-memrefs)' | FileCheck %s

// CHECK-LABEL: func.func @masks
// CHECK-SAME: (%[[M:[^:]*]]: memref<4xi8>, %[[I:[^:]*]]: index) -> i1
// CHECK-NEXT: %[[BYTE:.*]] = memref.load %[[M]][%[[I]]] : memref<4xi8>
// CHECK-NEXT: %[[BIT:.*]] = arith.trunci %[[BYTE]] : i8 to i1
// CHECK-NEXT: %[[FLIP:.*]] = arith.xori %[[BIT]], %[[BIT]] : i1
// CHECK-NEXT: %[[WIDE:.*]] = arith.extui %[[FLIP]] : i1 to i8
// CHECK-NEXT: memref.store %[[WIDE]], %[[M]][%[[I]]] : memref<4xi8>
// CHECK-NEXT: return %[[BIT]] : i1
func.func @masks(%m: memref<4xi1>, %i: index) -> i1 {
  %v = memref.load %m[%i] : memref<4xi1>
  %n = arith.xori %v, %v : i1
  memref.store %n, %m[%i] : memref<4xi1>
  return %v : i1
}
