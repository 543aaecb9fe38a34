// hm-rammer-cpu-program with queue dispatch (test/rtask/rammer-cpu-program.mlir has the static tables): the
// scheduler keeps per vEU the ticket it holds (-1: none) and the next ticket; each of its 8 steps (a take and a
// run per task) scans the 2 vEUs for the best one that can take a ticket or whose held task's waits are met,
// and either gives it the next ticket or runs its task (the switch into the kernel's block body) and clears it.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-rammer-cpu-program)' | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK-DAG:   memref.get_global @__hm_p_task_offsets : memref<2xi64>
// CHECK:       %[[HELD:.*]] = memref.alloca() : memref<2xi64>
// CHECK:       %[[DONE:.*]] = memref.alloca() : memref<2xi64>
// CHECK:       %[[TICKET:.*]] = memref.alloca() : memref<1xi64>
// CHECK:       memref.store %c-1_i64, %[[HELD]][
// CHECK:       scf.for %{{.*}} = %{{.*}} to %c8{{.*}} step
// CHECK:         scf.for {{.*}} iter_args
// CHECK:           memref.load %[[HELD]][
// CHECK:           memref.load %[[TICKET]][
// CHECK:         scf.if
// CHECK:           %[[MINE:.*]] = memref.load %[[HELD]][
// CHECK:           arith.cmpi slt, %[[MINE]], %c0_i64{{.*}} : i64
// CHECK:           scf.if
// CHECK:             %[[NEXT:.*]] = memref.load %[[TICKET]][
// CHECK:             memref.store %[[NEXT]], %[[HELD]][
// CHECK:           } else {
// CHECK:             scf.index_switch
// CHECK:             memref.store %{{.*}}, %[[DONE]][
// CHECK:             memref.store %c-1_i64{{.*}}, %[[HELD]][
// CHECK-NOT:   scf.parallel
// CHECK:       return

// The queue: both blocks of kernel 0, then both of kernel 1, each waiting on kernel 0.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 1 : i64, num_veus = 2 : i64} : () -> ()
// kernel 1 waits for all of kernel 0 (it reads b[i+2]).
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64,
  launches_us = 6.0 : f64, kernels = ["double", "shift"], kernel_blocks = array<i64: 2, 2>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 4>, task_kernel = array<i64: 0, 0, 1, 1>, task_block = array<i64: 0, 1, 0, 1>,
  task_wave = array<i64: 0, 0, 1, 1>, wait_offsets = array<i64: 0, 0, 0, 1, 2>, wait_kernel = array<i64: 0, 0>
} : () -> ()

func.func @main(%a: memref<4xf32>, %b: memref<6xf32>, %c: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  scf.parallel (%i) = (%c0) to (%c2) step (%c1) {
    %two = arith.constant 2.0 : f32
    %x = memref.load %a[%i] : memref<4xf32>
    %y = arith.mulf %x, %two : f32
    memref.store %y, %b[%i] : memref<6xf32>
    scf.reduce
  } loc("rtask.kernel=p/0"("k.mlir":1:1))
  // four blocks, two tasks: task b runs blocks b and b + 2
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    %j = arith.addi %i, %c2 : index
    %x = memref.load %b[%i] : memref<6xf32>
    %y = memref.load %a[%i] : memref<4xf32>
    %z = arith.addf %x, %y : f32
    memref.store %z, %c[%i] : memref<4xf32>
    scf.reduce
  } loc("rtask.kernel=p/1"("k.mlir":2:1))
  return
}
