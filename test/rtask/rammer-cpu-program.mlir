// hm-rammer-cpu-program (cpu target, --rammer): the two kernels of program @p (block loops tagged
// rtask.kernel=p/N) become one scheduler over the program's 2 vEUs: the tables are constant globals; each of
// the 4 steps scans the vEUs for the best one whose next task's waits are met (the policy comes from
// @hm_rammer_config), runs that task through a switch into its kernel's block body (block b of a loop with
// more blocks than the table's runs b, b + 2, ...) and adds one to its kernel's counter; a step that finds no
// vEU records a deadlock. @hm_rammer_configure and @hm_rammer_status set the policy and read the outcome.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-rammer-cpu-program)' | FileCheck %s

// CHECK: memref.global "private" @hm_rammer_config : memref<4xi64> = dense<0>
// CHECK-LABEL: func.func @main
// CHECK-DAG:   memref.get_global @__hm_p_task_offsets : memref<3xi64>
// CHECK-DAG:   memref.get_global @__hm_p_wait_kernel : memref<2xi64>
// CHECK-DAG:   %[[CONFIG:.*]] = memref.get_global @hm_rammer_config : memref<4xi64>
// CHECK:       %[[DONE:.*]] = memref.alloca() : memref<2xi64>
// CHECK:       scf.for %{{.*}} = %{{.*}} to %c4{{.*}} step
// CHECK:         scf.for {{.*}} iter_args
// CHECK:           scf.for {{.*}} iter_args
// CHECK:             memref.load %[[DONE]]
// CHECK:         scf.index_switch
// CHECK:         case 0 {
// CHECK:           arith.subi %c2, %c0
// CHECK:           scf.for {{.*}} step %c2
// CHECK:             arith.mulf
// CHECK:         case 1 {
// CHECK:           arith.subi %c4, %c0
// CHECK:           scf.for {{.*}} step %c2
// CHECK:             arith.addf
// CHECK:         memref.store %{{.*}}, %[[DONE]]
// CHECK-NOT:   scf.parallel
// CHECK:       return
// CHECK-LABEL: func.func @hm_rammer_configure(
// CHECK-LABEL: func.func @hm_rammer_status(

"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 1 : i64, num_veus = 2 : i64} : () -> ()
// vEU v runs block v of kernel 0, then block v of kernel 1 (which waits for all of kernel 0: it reads b[i+2]).
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64,
  launches_us = 6.0 : f64, kernels = ["double", "shift"], kernel_blocks = array<i64: 2, 2>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2, 4>, task_kernel = array<i64: 0, 1, 0, 1>, task_block = array<i64: 0, 0, 1, 1>,
  task_wave = array<i64: 0, 1, 0, 1>, wait_offsets = array<i64: 0, 0, 1, 1, 2>, wait_kernel = array<i64: 0, 0>
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
