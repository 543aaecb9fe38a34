// hm-rammer-gpu-program on a Grinder device loop (--grinder --target=gpu): the host's scf.for of @rnn (4 steps,
// one Rammer program) becomes one launch of the persistent kernel, which runs the loop itself, iteration i in
// epoch base + 1 + i: the host adds the 4 trips to the epoch before the launch. Each task computes the values it
// reads from its iteration (the task functions take it as their first argument). After the launch the host
// reads h of the last step from the arena slot the last (odd) step wrote: the final copy is a launch of its own.
// With static tables (STATIC) every block walks its row once per iteration; program order on the vEUs orders the
// iterations, so there are no carried waits. With the model's queue (QUEUE) the blocks take tickets over every
// iteration (ticket = iteration x 13 + task; the host keeps the tickets' base, adding 4 x 13 tasks + one past
// the end for each of the 9 vEUs), and a task also waits on its kernel's carried waits (the tables
// carried_offsets / carried_kernel / carried_distance: until kernel carried_kernel[w]'s counter reaches its blocks
// x (epoch - carried_distance[w])).
// RUN: %hm-opt %s --grinder --rammer-dispatch=static --target=gpu | FileCheck %s --check-prefix=STATIC
// RUN: %hm-opt %s --grinder --target=gpu | FileCheck %s --check-prefix=QUEUE

// STATIC-LABEL: func.func @rnn(
// STATIC-NOT:   scf.for
// STATIC:       %[[BASE:.*]] = memref.load %{{.*}}[%c0] : memref<1xi32>
// STATIC:       %[[EPOCH:.*]] = arith.addi %[[BASE]], %c1_i32 : i32
// STATIC:       %[[NEXT:.*]] = arith.addi %[[BASE]], %c4_i32 : i32
// STATIC:       memref.store %[[NEXT]]
// STATIC-NEXT:  gpu.launch_func @kernels::@rnn_rp_rammer blocks in (%c4, %c1, %c1) threads in (%c128, %c1, %c1) args(%[[EPOCH]] : i32, {{.*}}, %c4 : index)
// STATIC-NEXT:  %[[LAST:.*]] = memref.view %{{.*}}[%c512][] : memref<1024xi8> to memref<8x16xf32>
// STATIC-NEXT:  gpu.launch_func @kernels::@rnn_kernel {{.*}} args(%[[LAST]] : memref<8x16xf32>
// STATIC-NEXT:  return
// STATIC:       gpu.func @rnn_rp_rammer(%[[E:[^:]*]]: i32, {{.*}}, %[[TRIPS:[^:]*]]: index)
// STATIC-NOT:     carried
// STATIC:         scf.for %[[I:.*]] = %c0 to %[[TRIPS]] step %c1 {
// STATIC:           func.call @rnn_rp_rammer_k0(%[[I]],
// STATIC:           func.call @rnn_rp_rammer_k3(%[[I]],

// QUEUE-DAG:   memref.global "private" constant @__hm_rnn_rp_carried_offsets : memref<5xi32> = dense<[0, 2, 3, 3, 4]>
// QUEUE-DAG:   memref.global "private" constant @__hm_rnn_rp_carried_kernel : memref<4xi32> = dense<[1, 3, 2, 3]>
// QUEUE-DAG:   memref.global "private" constant @__hm_rnn_rp_carried_distance : memref<4xi32> = dense<[1, 2, 1, 1]>
// QUEUE-LABEL: func.func @rnn(
// QUEUE:       %[[TICKETS:.*]] = memref.get_global @__hm_rnn_rp_tickets : memref<1xi32>
// QUEUE-NEXT:  %[[TBASE:.*]] = memref.load %[[TICKETS]][%c0] : memref<1xi32>
// QUEUE-NEXT:  %[[TNEXT:.*]] = arith.addi %[[TBASE]], %c61_i32 : i32
// QUEUE-NEXT:  memref.store %[[TNEXT]], %[[TICKETS]][%c0] : memref<1xi32>
// QUEUE-NEXT:  gpu.launch_func @kernels::@rnn_rp_rammer blocks in (%c9, %c1, %c1) threads in (%c128, %c1, %c1) args(%c4 : index, %[[TBASE]] : i32
// QUEUE:       gpu.func @rnn_rp_rammer(
// QUEUE:         memref.get_global @__hm_rnn_rp_carried_offsets
// QUEUE:         scf.while
// QUEUE:           %[[ITERATION:.*]] = arith.divui %{{.*}}, %c13 : index
// QUEUE:           arith.remui %{{.*}}, %c13 : index
// QUEUE:           func.call @rnn_rp_rammer_k0(%[[ITERATION]],

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
