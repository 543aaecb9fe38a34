// hm-rammer-cpu-program on a Grinder device loop (--grinder --target=cpu): the host's scf.for of @rnn (4 steps,
// one Rammer program) becomes the program's scheduler, run once for every iteration. With static tables
// (STATIC) a vEU that ends its row starts its next iteration's (its own iteration counter): 13 tasks x 4 trips
// steps. With the model's queue (QUEUE) a vEU takes ticket = iteration x 13 + task: 2 x 13 x 4 steps (each
// ticket is taken, then run). A wait is met when the awaited counter reaches blocks x (iteration + 1), a carried
// wait at distance d when it reaches blocks x (iteration + 1 - d). After the scheduler the host reads h of the
// last step from the arena slot the last (odd) step wrote; no host loop is left.
// RUN: %hm-opt %s --grinder --rammer-dispatch=static --target=cpu --stop-after=gpu --mlir-print-debuginfo | %hm-opt --pass-pipeline='builtin.module(hm-emulate-warpgroup-mma,hm-emulate-warp-mma,hm-lower-async-copies,hm-split-thread-loops,hm-rammer-cpu-program)' | FileCheck %s --check-prefixes=CHECK,STATIC
// RUN: %hm-opt %s --grinder --target=cpu --stop-after=gpu --mlir-print-debuginfo | %hm-opt --pass-pipeline='builtin.module(hm-emulate-warpgroup-mma,hm-emulate-warp-mma,hm-lower-async-copies,hm-split-thread-loops,hm-rammer-cpu-program)' | FileCheck %s --check-prefixes=CHECK,QUEUE

// CHECK-LABEL:  func.func @rnn(
// CHECK:        %[[ITERATION:.*]] = memref.alloca() : memref<{{[0-9]+}}xi64>
// STATIC:       %[[STEPS:.*]] = arith.muli %c13, %{{.*}} : index
// QUEUE:        %[[STEPS:.*]] = arith.muli %c26, %{{.*}} : index
// CHECK:        scf.for %{{.*}} = %c0{{.*}} to %[[STEPS]] step %c1
// QUEUE:          arith.remsi %{{.*}}, %c13_i64{{.*}} : i64
// QUEUE:          arith.divsi %{{.*}}, %c13_i64{{.*}} : i64
// CHECK:          scf.index_switch
// CHECK:        memref.view %{{.*}}[%c512][] : memref<1024xi8> to memref<8x16xf32>
// CHECK-NOT:    scf.for {{.*}} to %c4 step %c1 {
// CHECK:        return
// STATIC-NOT:   carried
// QUEUE-DAG:    memref.global "private" constant @__hm_rnn_rp_carried_offsets : memref<5xi64> = dense<[0, 2, 3, 3, 4]>
// QUEUE-DAG:    memref.global "private" constant @__hm_rnn_rp_carried_distance : memref<4xi64> = dense<[1, 2, 1, 1]>

#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @rnn(%h0: tensor<8x16xf32>, %w: tensor<16x16xf32>) -> (tensor<8x16xf32>, tensor<4x8x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %hs0 = tensor.empty() : tensor<4x8x16xf32>
  %r:2 = scf.for %t = %c0 to %c4 step %c1 iter_args(%h = %h0, %hs = %hs0) -> (tensor<8x16xf32>, tensor<4x8x16xf32>) {
    %e = tensor.empty() : tensor<8x16xf32>
    %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<8x16xf32>) -> tensor<8x16xf32>
    %hw = linalg.matmul ins(%h, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%acc : tensor<8x16xf32>) -> tensor<8x16xf32>
    %hn = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%hw : tensor<8x16xf32>) outs(%e : tensor<8x16xf32>) {
    ^bb0(%v: f32, %o: f32):
      %th = math.tanh %v : f32
      linalg.yield %th : f32
    } -> tensor<8x16xf32>
    %hs1 = tensor.insert_slice %hn into %hs[%t, 0, 0] [1, 8, 16] [1, 1, 1] : tensor<8x16xf32> into tensor<4x8x16xf32>
    scf.yield %hn, %hs1 : tensor<8x16xf32>, tensor<4x8x16xf32>
  }
  return %r#0, %r#1 : tensor<8x16xf32>, tensor<4x8x16xf32>
}
