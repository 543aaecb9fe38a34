// The rProgram of a host function that calls three kernels, after bufferization: a 2-SM x 2-slot vDevice and
// the per-vEU task tables. Kernel 0 (4 blocks) and kernel 1 (2 blocks) are independent (wave 0); kernel 2
// (1 block) reads what both wrote (wave 1): its task on vEU 0 waits on both kernels' counters. Round-trips
// through hm-opt (IRDL + Python rules, with the happens-before check) and loads in upstream mlir-opt.
// RUN: %hm-opt %s | %hm-opt | FileCheck %s
// RUN: %mlir-opt --irdl-file=%dialects/rtask.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM
// RUN: %mlir-opt --irdl-file=%dialects/hm.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM

// CHECK:      "rtask.vdevice"() {num_veus = 4 : i64, sms = 2 : i64, sym_name = "vd", veus_per_sm = 2 : i64} : () -> ()
// CHECK-NEXT: "rtask.program"() {cost_us = 3.500000e+00 : f64, dispatch = "static", follows = array<i64: 2, 0, 2, 1>, function = @main,
// CHECK-SAME:   kernel_blocks = array<i64: 4, 2, 1>, kernels = ["main_op0_k0", "main_op1_k0", "main_op2_k0"],
// CHECK-SAME:   launches_us = 7.000000e+00 : f64, sym_name = "main_rp", task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>,
// CHECK-SAME:   task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>, task_offsets = array<i64: 0, 2, 4, 6, 7>,
// CHECK-SAME:   task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>, vdevice = @vd, wait_kernel = array<i64: 0, 1>,
// CHECK-SAME:   wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, waves = 2 : i64} : () -> ()
// Queue dispatch of the same kernels: one row that every vEU takes tickets from, each task waiting on the
// kernels its kernel follows.
// CHECK-NEXT: "rtask.program"() {cost_us = 3.500000e+00 : f64, dispatch = "queue", {{.*}}sym_name = "queued_rp",
// CHECK-SAME:   task_offsets = array<i64: 0, 7>
// CHECK-SAME:   wait_kernel = array<i64: 0, 1>, wait_offsets = array<i64: 0, 0, 0, 0, 0, 0, 0, 2>
// CHECK-LABEL: func.func @main(
// CHECK:       linalg.fill {rtask.kernel = 0 : i64, rtask.program = @main_rp} ins(
// CHECK:       linalg.fill {rtask.kernel = 1 : i64, rtask.program = @main_rp} ins(
// CHECK:       linalg.add {rtask.kernel = 2 : i64, rtask.program = @main_rp} ins(

// UPSTREAM:      "rtask.vdevice"() {num_veus = 4 : i64, sms = 2 : i64, sym_name = "vd", veus_per_sm = 2 : i64}
// UPSTREAM-NEXT: "rtask.program"() {{{.*}}function = @main, kernel_blocks = array<i64: 4, 2, 1>,
// UPSTREAM-LABEL: func.func @main(


"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// vEU 0: kernel 0 block 0, then kernel 2 block 0 (waiting on kernels 0 and 1); vEU 1: kernel 0 block 1, then
// kernel 1 block 0; vEU 2: kernel 0 block 2, then kernel 1 block 1; vEU 3: kernel 0 block 3.
"rtask.program"() {dispatch = "static", sym_name = "main_rp", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["main_op0_k0", "main_op1_k0", "main_op2_k0"],
  kernel_blocks = array<i64: 4, 2, 1>, follows = array<i64: 2, 0, 2, 1>,
  task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>,
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

"rtask.program"() {dispatch = "queue", sym_name = "queued_rp", function = @main, vdevice = @vd, waves = 2 : i64,
  cost_us = 3.5 : f64, launches_us = 7.0 : f64, kernels = ["main_op0_k0", "main_op1_k0", "main_op2_k0"],
  kernel_blocks = array<i64: 4, 2, 1>, follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 7>,
  task_kernel = array<i64: 0, 0, 0, 0, 1, 1, 2>, task_block = array<i64: 0, 1, 2, 3, 0, 1, 0>,
  task_wave = array<i64: 0, 0, 0, 0, 0, 0, 1>, wait_offsets = array<i64: 0, 0, 0, 0, 0, 0, 0, 2>,
  wait_kernel = array<i64: 0, 1>} : () -> ()

func.func @main(%a: memref<64xf32>, %b: memref<32xf32>, %c: memref<32xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  linalg.fill {rtask.program = @main_rp, rtask.kernel = 0 : i64} ins(%zero : f32) outs(%a : memref<64xf32>)
  linalg.fill {rtask.program = @main_rp, rtask.kernel = 1 : i64} ins(%one : f32) outs(%b : memref<32xf32>)
  %head = memref.subview %a[0] [32] [1] : memref<64xf32> to memref<32xf32, strided<[1]>>
  linalg.add {rtask.program = @main_rp, rtask.kernel = 2 : i64} ins(%head, %b : memref<32xf32, strided<[1]>>, memref<32xf32>)
      outs(%c : memref<32xf32>)
  return
}
