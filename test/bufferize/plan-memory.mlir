// hm-plan-memory: intermediates become views of one arena (a trailing memref<Nxi8> argument) at offsets laid
// out at compile time; buffers whose lifetimes do not overlap share bytes; a buffer an scf.for hands to its
// next trip gets two slots, used in turn; a planned function passes its callee a window of its arena past its
// own buffers; a recursive function keeps its allocs.
// RUN: %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-plan-memory)' | FileCheck %s

// %a dies before %c is made: they share offset 0; %b lives across both.
// CHECK: module attributes {hm.arena_bytes = 2048 : i64, hm.arena_functions = ["chain"], hm.arena_planned_bytes = 3072 : i64}
// CHECK-LABEL: func.func @chain(%arg0: memref<256xf32>, %arg1: memref<256xf32>, %arg2: memref<2048xi8>)
// CHECK-NOT: memref.alloc
// CHECK: memref.view %arg2[%{{.*}}][] : memref<2048xi8> to memref<256xf32>
#id = affine_map<(d0) -> (d0)>
func.func @chain(%x: memref<256xf32>, %out: memref<256xf32>) {
  %a = memref.alloc() : memref<256xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : memref<256xf32>) outs(%a : memref<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    linalg.yield %v : f32
  }
  %b = memref.alloc() : memref<256xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : memref<256xf32>) outs(%b : memref<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    linalg.yield %v : f32
  }
  %c = memref.alloc() : memref<256xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%b : memref<256xf32>) outs(%c : memref<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    linalg.yield %v : f32
  }
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]} ins(%b, %c : memref<256xf32>, memref<256xf32>) outs(%out : memref<256xf32>) {
  ^bb0(%v: f32, %w: f32, %o: f32):
    %s = arith.addf %v, %w : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func @loop(%arg0: memref<64xf32>, %arg1: memref<64xf32>, %arg2: memref<512xi8>)
// CHECK: scf.for %[[I:.*]] = %{{.*}} to
// CHECK-DAG: %[[EVEN:.*]] = memref.view %arg2[%{{.*}}][] : memref<512xi8> to memref<64xf32>
// CHECK-DAG: %[[ODD:.*]] = memref.view %arg2[%{{.*}}][] : memref<512xi8> to memref<64xf32>
// CHECK: arith.select %{{.*}}, %[[ODD]], %[[EVEN]] : memref<64xf32>
#id = affine_map<(d0) -> (d0)>
func.func @loop(%x: memref<64xf32>, %out: memref<64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%h = %x) -> (memref<64xf32>) {
    %n = memref.alloc() : memref<64xf32>
    linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%h : memref<64xf32>) outs(%n : memref<64xf32>) {
    ^bb0(%v: f32, %o: f32):
      %d = arith.addf %v, %v : f32
      linalg.yield %d : f32
    }
    scf.yield %n : memref<64xf32>
  }
  memref.copy %r, %out : memref<64xf32> to memref<64xf32>
  return
}

// -----

// CHECK: hm.arena_bytes = 512
// CHECK-LABEL: func.func private @helper(%arg0: memref<64xf32>, %arg1: memref<256xi8>)
// CHECK: memref.view %arg1[
// CHECK-LABEL: func.func @caller(%arg0: memref<64xf32>, %arg1: memref<512xi8>)
// CHECK: %[[WINDOW:.*]] = memref.view %arg1[%c256][] : memref<512xi8> to memref<256xi8>
// CHECK: call @helper(%{{.*}}, %[[WINDOW]])
func.func private @helper(%x: memref<64xf32>) {
  %t = memref.alloc() : memref<64xf32>
  memref.copy %x, %t : memref<64xf32> to memref<64xf32>
  memref.copy %t, %x : memref<64xf32> to memref<64xf32>
  return
}
func.func @caller(%x: memref<64xf32>) {
  %t = memref.alloc() : memref<64xf32>
  memref.copy %x, %t : memref<64xf32> to memref<64xf32>
  call @helper(%t) : (memref<64xf32>) -> ()
  memref.copy %t, %x : memref<64xf32> to memref<64xf32>
  return
}

// -----

// CHECK-LABEL: func.func @recursive(%arg0: memref<4xf32>)
// CHECK: memref.alloc
func.func @recursive(%x: memref<4xf32>) {
  %t = memref.alloc() : memref<4xf32>
  memref.copy %x, %t : memref<4xf32> to memref<4xf32>
  call @recursive(%t) : (memref<4xf32>) -> ()
  return
}
