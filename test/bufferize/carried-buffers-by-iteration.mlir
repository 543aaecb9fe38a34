// hm-carried-buffers-by-iteration (bufferize stage, with --grinder): in @parity the loop carries h, which is one
// of two arena slots picked by the step's parity. It is computed from the step instead: init at step 0, else the
// slot of the step before, the value after the loop the slot of the last step (init if the loop runs none), and
// the loop carries nothing. In @swap the carried buffers swap: each depends on the other, so they stay carried.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-carried-buffers-by-iteration,canonicalize)' | FileCheck %s
// (canonicalize folds the index arithmetic: 5 steps, so the last is even and h after the loop is the slot at 0)

// CHECK-LABEL: func.func @parity(
// CHECK-SAME:    %[[INIT:[^:]*]]: memref<4xf32>, %[[ARENA:[^:]*]]: memref<32xi8>, %[[OUT:[^:]*]]: memref<4xf32>)
// CHECK:       scf.for %[[T:.*]] = %c0 to %c5 step %c1 {
// CHECK-NEXT:    %[[FIRST:.*]] = arith.cmpi eq, %[[T]], %c0 : index
// CHECK-NEXT:    %[[AT_LEAST_1:.*]] = arith.maxui %[[T]], %c1 : index
// CHECK-NEXT:    %[[BEFORE:.*]] = arith.subi %[[AT_LEAST_1]], %c1 : index
// CHECK-NEXT:    %[[PARITY:.*]] = arith.andi %[[BEFORE]], %c1 : index
// CHECK:         %[[PREVIOUS:.*]] = arith.select {{.*}} : memref<4xf32>
// CHECK-NEXT:    %[[H:.*]] = arith.select %[[FIRST]], %[[INIT]], %[[PREVIOUS]] : memref<4xf32>
// CHECK:         %[[NEXT:.*]] = arith.select {{.*}} : memref<4xf32>
// CHECK-NEXT:    linalg.copy ins(%[[H]] : memref<4xf32>) outs(%[[NEXT]] : memref<4xf32>)
// CHECK-NEXT:  }
// CHECK-NEXT:  %[[FINAL:.*]] = memref.view %[[ARENA]][%c0][] : memref<32xi8> to memref<4xf32>
// CHECK-NEXT:  memref.copy %[[FINAL]], %[[OUT]]

// CHECK-LABEL: func.func @swap(
// CHECK:       scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}) -> (memref<4xf32>, memref<4xf32>)

func.func @parity(%init: memref<4xf32>, %arena: memref<32xi8>, %out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %c16 = arith.constant 16 : index
  %r = scf.for %t = %c0 to %c5 step %c1 iter_args(%h = %init) -> (memref<4xf32>) {
    %a = memref.view %arena[%c0][] : memref<32xi8> to memref<4xf32>
    %b = memref.view %arena[%c16][] : memref<32xi8> to memref<4xf32>
    %odd = arith.andi %t, %c1 : index
    %is_odd = arith.cmpi ne, %odd, %c0 : index
    %next = arith.select %is_odd, %b, %a : memref<4xf32>
    linalg.copy ins(%h : memref<4xf32>) outs(%next : memref<4xf32>)
    scf.yield %next : memref<4xf32>
  }
  memref.copy %r, %out : memref<4xf32> to memref<4xf32>
  return
}

func.func @swap(%x: memref<4xf32>, %y: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %r:2 = scf.for %t = %c0 to %c5 step %c1 iter_args(%a = %x, %b = %y) -> (memref<4xf32>, memref<4xf32>) {
    linalg.copy ins(%a : memref<4xf32>) outs(%b : memref<4xf32>)
    scf.yield %b, %a : memref<4xf32>, memref<4xf32>
  }
  return
}
