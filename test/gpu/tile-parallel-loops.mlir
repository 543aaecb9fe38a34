// hm-tile-parallel-loops: every outermost scf.parallel becomes a block loop (step = the block tile) around a
// thread loop over one block's points, with an scf.if guard where the tile does not divide the loop. The
// tile is the `block` of the rtile.config the loop's location names (hm-tag-loop-configs), and the location
// tag is removed; a loop without one (a copy bufferization added) gets the naive policy's tile (32 here).
// RUN: %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-tile-parallel-loops)' --mlir-print-debuginfo | FileCheck %s

// CHECK-LABEL: func.func @untagged
// CHECK: %[[TILE:.*]] = arith.constant 32 : index
// CHECK: scf.parallel (%[[B:.*]]) = (%{{.*}}) to (%{{.*}}) step (%[[TILE]]) {
// CHECK: %[[THREADS:.*]] = arith.constant 32 : index
// CHECK: scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%[[THREADS]]) step
// CHECK-NEXT: %[[I:.*]] = arith.addi %[[B]], %[[T]] : index
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[I]], %{{.*}} : index
// CHECK-NEXT: scf.if %[[IN]] {
// CHECK-NEXT: memref.load %{{.*}}[%[[I]]]
func.func @untagged(%in: memref<100xf32>, %out: memref<100xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %two = arith.constant 2.0 : f32
  scf.parallel (%i) = (%c0) to (%c100) step (%c1) {
    %x = memref.load %in[%i] : memref<100xf32>
    %y = arith.mulf %x, %two : f32
    memref.store %y, %out[%i] : memref<100xf32>
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @tagged
// CHECK: %[[TILE16:.*]] = arith.constant 16 : index
// CHECK: scf.parallel (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%[[TILE16]]) {
// CHECK-NOT: rtile.config=
"rtile.config"() {sym_name = "s_k0", block = array<i64: 16>, thread = array<i64: 1>, step = array<i64>, pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 16 : i64, smem_bytes = 0 : i64, regs_per_thread = 16 : i64, traffic_bytes = 800 : i64, waves = 1 : i64, cost_us = 1.0 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 100>, iterators = ["parallel"], top_k = 1 : i64, candidates = [@s_k0], chosen = @s_k0, policy = "naive", device = "h100"} : () -> ()
func.func @tagged(%in: memref<100xf32>, %out: memref<100xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  scf.parallel (%i) = (%c0) to (%c100) step (%c1) {
    %x = memref.load %in[%i] : memref<100xf32>
    memref.store %x, %out[%i] : memref<100xf32>
    scf.reduce
  } loc("rtile.config=s_k0"("tagged.mlir":1:1))
  return
}
