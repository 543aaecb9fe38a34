// hm-rammer-gpu-program with queue dispatch (test/rtask/rammer-gpu-program.mlir has the static tables): the
// persistent launch has the vDevice's 2 blocks (the queue is one row), and each block loops taking tickets:
// thread 0 adds one to @__hm_p_head, less (4 tasks + 2 vEUs) x (epoch - 1), and shares it through shared
// memory; the block runs the task while the ticket is below 4 and no block aborted, with the same acquire and
// release as the static tables'.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-rammer-gpu-program)' | FileCheck %s

// CHECK-DAG: memref.global "private" @__hm_p_head : memref<1xi32> = dense<0>
// CHECK-DAG: memref.global "private" constant @__hm_p_task_offsets : memref<2xi32> = dense<[0, 4]>
// CHECK-LABEL: func.func @main
// CHECK:       %[[EPOCH:.*]] = arith.addi
// CHECK:       gpu.launch blocks({{.*}}) in ({{.*}} = %c2{{.*}}, {{.*}}) threads({{.*}}) in ({{.*}} = %c64{{.*}}) function(@p_rammer)
// CHECK:         %[[FLAG:.*]] = memref.alloc() : memref<1xi32, #gpu.address_space<workgroup>>
// CHECK:         %[[SLOT:.*]] = memref.alloc() : memref<1xi32, #gpu.address_space<workgroup>>
// CHECK:         %[[HEAD:.*]] = memref.get_global @__hm_p_head
// CHECK:         %[[PREVIOUS:.*]] = arith.subi %[[EPOCH]], %c1_i32
// CHECK:         %[[BASE:.*]] = arith.muli %c6_i32, %[[PREVIOUS]]
// CHECK:         scf.while : () -> i32 {
// CHECK:           scf.if
// CHECK:             %[[TAKEN:.*]] = memref.atomic_rmw addi %c1_i32{{.*}}, %[[HEAD]]
// CHECK:             %[[TICKET:.*]] = arith.subi %[[TAKEN]], %[[BASE]]
// CHECK:             memref.store %[[TICKET]], %[[SLOT]]
// CHECK:           gpu.barrier
// CHECK:           %[[MINE:.*]] = memref.load %[[SLOT]]
// CHECK:           arith.cmpi slt, %[[MINE]], %c4_i32
// CHECK:           scf.condition
// CHECK:         } do {
// CHECK:           nvvm.read.ptx.sreg.globaltimer
// CHECK:           llvm.fence syncscope("device") acq_rel
// CHECK:           scf.index_switch
// CHECK:           gpu.barrier
// CHECK:           llvm.fence syncscope("device") acq_rel
// CHECK:           memref.atomic_rmw addi %c1_i32
// CHECK:       return

"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 1 : i64, num_veus = 2 : i64} : () -> ()
// The queue: both blocks of kernel 0, then both of kernel 1, each waiting on kernel 0.
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64,
  launches_us = 6.0 : f64, kernels = ["double", "shift"], kernel_blocks = array<i64: 2, 2>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 4>, task_kernel = array<i64: 0, 0, 1, 1>, task_block = array<i64: 0, 1, 0, 1>,
  task_wave = array<i64: 0, 0, 1, 1>, wait_offsets = array<i64: 0, 0, 0, 1, 2>, wait_kernel = array<i64: 0, 0>
} : () -> ()

func.func @main(%a: memref<256xf32>, %b: memref<256xf32>, %c: memref<64xf32>) {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c2 = arith.constant 2 : index
  %c64 = arith.constant 64 : index
  %c32 = arith.constant 32 : index
  // four blocks of 64 threads: b = 2 a
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c4, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c64, %sy = %c1, %sz = %c1) {
    %two = arith.constant 2.0 : f32
    %base = arith.muli %bx, %c64 : index
    %i = arith.addi %base, %tx : index
    %x = memref.load %a[%i] : memref<256xf32>
    %y = arith.mulf %x, %two : f32
    memref.store %y, %b[%i] : memref<256xf32>
    gpu.terminator
  } loc("rtask.kernel=p/0"("k.mlir":1:1))
  // two blocks of 32 threads, through a shared tile: c[i] = b[i] + b[i + 32]
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c2, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %tile = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>
    %base = arith.muli %bx, %c32 : index
    %i = arith.addi %base, %tx : index
    %x = memref.load %b[%i] : memref<256xf32>
    memref.store %x, %tile[%tx] : memref<32xf32, #gpu.address_space<workgroup>>
    gpu.barrier
    %j = arith.addi %i, %c32 : index
    %y = memref.load %b[%j] : memref<256xf32>
    %t = memref.load %tile[%tx] : memref<32xf32, #gpu.address_space<workgroup>>
    %z = arith.addf %t, %y : f32
    memref.store %z, %c[%i] : memref<64xf32>
    gpu.terminator
  } loc("rtask.kernel=p/1"("k.mlir":2:1))
  return
}
