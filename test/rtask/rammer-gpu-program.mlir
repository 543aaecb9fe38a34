// hm-rammer-gpu-program (GPU targets, --rammer): the two launches of program @p (tagged rtask.kernel=p/N)
// become one persistent gpu.launch of 2 blocks (the vEUs) x 64 threads (the larger kernel's block), named
// @p_rammer. Each block walks its rows of the constant tables; before a task, thread 0 spins (bounded by the
// global timer) until every awaited kernel's counter reaches kernel_blocks x epoch, then fences, and the block
// syncs (acquire); the task is a switch into its kernel's block loop (kernel 0: blocks b and b + 2); after it
// the block syncs and thread 0 fences, then adds one to its kernel's counter (release). Kernel 1 has 32 of the
// 64 threads: the others skip it, its barrier becomes named barrier 1 for 32 threads, and its shared tile a
// view of the program's one shared buffer. The host adds one to the epoch before the launch.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-rammer-gpu-program)' | FileCheck %s

// CHECK-DAG: memref.global "private" constant @__hm_p_task_offsets : memref<3xi32> = dense<[0, 2, 4]>
// CHECK-DAG: memref.global "private" @__hm_p_counters : memref<2xi32> = dense<0>
// CHECK-DAG: memref.global @__hm_p_error : memref<2xi32> = dense<0>
// CHECK-DAG: memref.global "private" @__hm_p_epoch : memref<1xi32> = dense<0>
// CHECK-LABEL: func.func @main
// CHECK:       %[[CELL:.*]] = memref.get_global @__hm_p_epoch
// CHECK:       %[[OLD:.*]] = memref.load %[[CELL]]
// CHECK:       %[[EPOCH:.*]] = arith.addi %[[OLD]], %c1_i32
// CHECK:       memref.store %[[EPOCH]], %[[CELL]]
// CHECK:       gpu.launch blocks({{.*}}) in ({{.*}} = %c2{{.*}}, {{.*}} = %c1{{.*}}, {{.*}} = %c1{{.*}}) threads({{.*}}) in ({{.*}} = %c64{{.*}}) function(@p_rammer)
// CHECK:         %[[FLAG:.*]] = memref.alloc() : memref<1xi32, #gpu.address_space<workgroup>>
// CHECK:         %[[SHARED:.*]] = memref.alloc() : memref<128xi8, #gpu.address_space<workgroup>>
// CHECK:         %[[COUNTERS:.*]] = memref.get_global @__hm_p_counters
// CHECK:         gpu.barrier
// CHECK:         scf.for %[[TASK:.*]] = {{.*}} {
//                  acquire
// CHECK:           scf.if
// CHECK:             scf.for
// CHECK:               arith.muli {{.*}}, %[[EPOCH]] : i32
// CHECK:               nvvm.read.ptx.sreg.globaltimer
// CHECK:               scf.while
// CHECK:                 memref.atomic_rmw addi %c0_i32{{.*}}, %[[COUNTERS]]
// CHECK:                 arith.cmpi sge
// CHECK:                 nvvm.read.ptx.sreg.globaltimer
// CHECK:                 scf.condition
// CHECK:             llvm.fence syncscope("device") acq_rel
// CHECK:           gpu.barrier
// CHECK:           memref.load %[[FLAG]]
// CHECK:           scf.index_switch
// CHECK:           case 0 {
// CHECK:             scf.for {{.*}} to %c4{{.*}} step %c2
// CHECK:               arith.mulf
// CHECK-NOT:           scf.if
// CHECK:           case 1 {
// CHECK:             scf.for {{.*}} to %c2{{.*}} step %c2
// CHECK:               arith.cmpi ult, %{{.*}}, %c32
// CHECK:               scf.if
// CHECK:                 memref.view %[[SHARED]]
// CHECK:                 nvvm.barrier id = %{{.*}} number_of_threads = %{{.*}}
// CHECK:                 arith.addf
//                  release
// CHECK:           gpu.barrier
// CHECK:           scf.if
// CHECK-NEXT:        llvm.fence syncscope("device") acq_rel
// CHECK:             memref.atomic_rmw addi %c1_i32{{.*}}, %[[COUNTERS]]
// CHECK:         gpu.terminator
// CHECK-NOT:   gpu.launch
// CHECK:       return

"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 1 : i64, num_veus = 2 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64,
  launches_us = 6.0 : f64, kernels = ["double", "shift"], kernel_blocks = array<i64: 2, 2>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2, 4>, task_kernel = array<i64: 0, 1, 0, 1>, task_block = array<i64: 0, 0, 1, 1>,
  task_wave = array<i64: 0, 1, 0, 1>, wait_offsets = array<i64: 0, 0, 1, 1, 2>, wait_kernel = array<i64: 0, 0>
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
