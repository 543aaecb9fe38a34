// hm-forward-copies (after bufferization, before the deallocation pipeline): a fresh buffer that ops fill and
// then copy into its destination becomes those writes into the destination (a call's out-parameter here, and
// a static slice of a buffer made later, whose alloc and subview move up); a fresh copy of a read-only
// argument that a loop only reads is the argument itself; a copy a program needs stays.
// RUN: %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-forward-copies)' | FileCheck %s

// CHECK-LABEL: func.func @into_out_parameter
// CHECK-NOT: memref.alloc
// CHECK: call @fill(%arg1)
// CHECK-NOT: memref.copy
func.func @into_out_parameter(%a: memref<4xf32>, %out: memref<4xf32>) {
  %t = memref.alloc() : memref<4xf32>
  call @fill(%t) : (memref<4xf32>) -> ()
  memref.copy %t, %out : memref<4xf32> to memref<4xf32>
  return
}
func.func private @fill(%m: memref<4xf32>)

// -----

// The slices' buffer is itself copied into the out-parameter: every write goes there.
// CHECK-LABEL: func.func @into_slices
// CHECK-NOT: memref.alloc
// CHECK: %[[ROW0:.*]] = memref.subview %arg1[0, 0] [1, 4] [1, 1]
// CHECK: linalg.generic {{.*}} ins(%arg0 : memref<1x4xf32>) outs(%[[ROW0]] :
// CHECK: %[[ROW1:.*]] = memref.subview %arg1[1, 0] [1, 4] [1, 1]
// CHECK: linalg.generic {{.*}} ins(%[[ROW0]] : {{.*}}) outs(%[[ROW1]] :
// CHECK-NOT: memref.copy
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @into_slices(%a: memref<1x4xf32>, %out: memref<2x4xf32>) {
  %t0 = memref.alloc() : memref<1x4xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<1x4xf32>) outs(%t0 : memref<1x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.negf %x : f32
    linalg.yield %y : f32
  }
  %t1 = memref.alloc() : memref<1x4xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t0 : memref<1x4xf32>) outs(%t1 : memref<1x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.negf %x : f32
    linalg.yield %y : f32
  }
  %all = memref.alloc() : memref<2x4xf32>
  %row0 = memref.subview %all[0, 0] [1, 4] [1, 1] : memref<2x4xf32> to memref<1x4xf32, strided<[4, 1]>>
  memref.copy %t0, %row0 : memref<1x4xf32> to memref<1x4xf32, strided<[4, 1]>>
  %row1 = memref.subview %all[1, 0] [1, 4] [1, 1] : memref<2x4xf32> to memref<1x4xf32, strided<[4, 1], offset: 4>>
  memref.copy %t1, %row1 : memref<1x4xf32> to memref<1x4xf32, strided<[4, 1], offset: 4>>
  memref.copy %all, %out : memref<2x4xf32> to memref<2x4xf32>
  return
}

// -----

// CHECK-LABEL: func.func @seeded_loop
// CHECK-NOT: memref.copy %arg0
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %arg0)
// CHECK: memref.copy %{{.*}}, %arg1
func.func @seeded_loop(%a: memref<4xf32>, %out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %seed = memref.alloc() : memref<4xf32>
  memref.copy %a, %seed : memref<4xf32> to memref<4xf32>
  %r = scf.for %i = %c0 to %c3 step %c1 iter_args(%h = %seed) -> (memref<4xf32>) {
    %n = memref.alloc() : memref<4xf32>
    linalg.add ins(%h, %h : memref<4xf32>, memref<4xf32>) outs(%n : memref<4xf32>)
    scf.yield %n : memref<4xf32>
  }
  memref.copy %r, %out : memref<4xf32> to memref<4xf32>
  return
}

// -----

// The same slice is read in between: the copy stays.
// CHECK-LABEL: func.func @overlap
// CHECK: memref.copy %{{.*}}, %arg1
func.func @overlap(%a: memref<4xf32>, %out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %t = memref.alloc() : memref<4xf32>
  linalg.add ins(%a, %a : memref<4xf32>, memref<4xf32>) outs(%t : memref<4xf32>)
  %seen = memref.load %out[%c0] : memref<4xf32>
  memref.store %seen, %t[%c0] : memref<4xf32>
  memref.copy %t, %out : memref<4xf32> to memref<4xf32>
  return
}

// -----

// A copy that only feeds a call of a function that only reads that parameter (a Welder kernel function
// reducing a loop's tensor in an scf.while's before region) is the source itself; a callee that writes its
// parameter keeps the copy.
// CHECK-LABEL: func.func @read_by_a_call
// CHECK-NOT:   memref.copy
// CHECK:       call @reads(%arg0, %arg1)
// CHECK-LABEL: func.func @written_by_a_call
// CHECK:       memref.copy %arg0
// CHECK:       call @writes(%alloc)
func.func private @reads(%x: memref<8xf32>, %sum: memref<f32>) {
  %c0 = arith.constant 0 : index
  %v = memref.load %x[%c0] : memref<8xf32>
  memref.store %v, %sum[] : memref<f32>
  return
}
func.func private @writes(%x: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %z = arith.constant 0.0 : f32
  memref.store %z, %x[%c0] : memref<8xf32>
  return
}
func.func @read_by_a_call(%a: memref<8xf32>, %s: memref<f32>) {
  %t = memref.alloc() : memref<8xf32>
  memref.copy %a, %t : memref<8xf32> to memref<8xf32>
  call @reads(%t, %s) : (memref<8xf32>, memref<f32>) -> ()
  return
}
func.func @written_by_a_call(%a: memref<8xf32>) {
  %t = memref.alloc() : memref<8xf32>
  memref.copy %a, %t : memref<8xf32> to memref<8xf32>
  call @writes(%t) : (memref<8xf32>) -> ()
  return
}
