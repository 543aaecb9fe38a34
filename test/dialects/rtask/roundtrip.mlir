// The rProgram of a host function that calls three kernels, after bufferization: a 2-SM x 2-slot vDevice,
// rTasks per vEU, fine-grained waits inside wave 0 and a device-wide barrier before wave 1. Round-trips
// through hm-opt (IRDL + Python rules) and loads in upstream mlir-opt.
// RUN: %hm-opt %s | %hm-opt | FileCheck %s
// RUN: %mlir-opt --irdl-file=%dialects/rtask.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM
// RUN: %mlir-opt --irdl-file=%dialects/hm.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM

// CHECK:      "rtask.vdevice"() {num_veus = 4 : i64, sms = 2 : i64, sym_name = "vd", veus_per_sm = 2 : i64} : () -> ()
// CHECK-NEXT: "rtask.program"() {cost_us = 3.500000e+00 : f64, function = @mlp, sym_name = "mlp_rp", vdevice = @vd,
// CHECK-SAME:   waves = 2 : i64} : () -> ()
// CHECK-NEXT: "rtask.task"() {blocks = array<i64: 0, 2>, cost_us = 1.000000e+00 : f64, kernel = @mlp_k0, order = 0 : i64,
// CHECK-SAME:   program = @mlp_rp, veu = 0 : i64, wave = 0 : i64} : () -> ()
// CHECK-NEXT: "rtask.task"() {blocks = array<i64: 2, 2>, {{.*}}kernel = @mlp_k0, order = 0 : i64, {{.*}}veu = 1 : i64, wave = 0 : i64}
// CHECK-NEXT: "rtask.wait"() {on_veus = array<i64: 0>, order = 0 : i64, program = @mlp_rp, steps = array<i64: 1>, veu = 2 : i64} : () -> ()
// CHECK-NEXT: "rtask.task"() {blocks = array<i64: 0, 1>, {{.*}}kernel = @mlp_k1, order = 0 : i64, {{.*}}veu = 2 : i64, wave = 0 : i64}
// CHECK-NEXT: "rtask.wait"() {on_veus = array<i64: 0, 1>, order = 0 : i64, program = @mlp_rp, steps = array<i64: 1, 1>, veu = 3 : i64}
// CHECK-NEXT: "rtask.task"() {blocks = array<i64: 1, 1>, {{.*}}kernel = @mlp_k1, order = 0 : i64, {{.*}}veu = 3 : i64, wave = 0 : i64}
// CHECK-NEXT: "rtask.barrier"() {program = @mlp_rp, wave = 1 : i64} : () -> ()
// CHECK-NEXT: "rtask.task"() {blocks = array<i64: 0, 4>, {{.*}}kernel = @mlp_k2, order = 1 : i64, {{.*}}veu = 0 : i64, wave = 1 : i64}
// CHECK-LABEL: func.func @mlp(
// CHECK:       call @mlp_k0(
// CHECK:       call @mlp_k1(
// CHECK:       call @mlp_k2(
// CHECK-LABEL: func.func @mlp_k0(
// CHECK-LABEL: func.func @mlp_k1(
// CHECK-LABEL: func.func @mlp_k2(

// UPSTREAM:      "rtask.vdevice"() {num_veus = 4 : i64, sms = 2 : i64, sym_name = "vd", veus_per_sm = 2 : i64}
// UPSTREAM-NEXT: "rtask.program"() {{{.*}}function = @mlp, sym_name = "mlp_rp", vdevice = @vd, waves = 2 : i64}
// UPSTREAM-NEXT: "rtask.task"() {{{.*}}kernel = @mlp_k0, order = 0 : i64, program = @mlp_rp, veu = 0 : i64, wave = 0 : i64}
// UPSTREAM:      "rtask.wait"() {on_veus = array<i64: 0>, order = 0 : i64, program = @mlp_rp, steps = array<i64: 1>, veu = 2 : i64}
// UPSTREAM:      "rtask.barrier"() {program = @mlp_rp, wave = 1 : i64}
// UPSTREAM-NEXT: "rtask.task"() {{{.*}}kernel = @mlp_k2, order = 1 : i64, program = @mlp_rp, veu = 0 : i64, wave = 1 : i64}
// UPSTREAM-LABEL: func.func @mlp(
// UPSTREAM-LABEL: func.func @mlp_k0(
// UPSTREAM-LABEL: func.func @mlp_k1(
// UPSTREAM-LABEL: func.func @mlp_k2(

"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "mlp_rp", function = @mlp, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64} : () -> ()
// Wave 0: the matmul's 4 blocks on vEUs 0 and 1; the ReLU's 2 blocks on vEUs 2 and 3, each after its producers.
"rtask.task"() {program = @mlp_rp, kernel = @mlp_k0, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
                blocks = array<i64: 0, 2>, cost_us = 1.0 : f64} : () -> ()
"rtask.task"() {program = @mlp_rp, kernel = @mlp_k0, veu = 1 : i64, order = 0 : i64, wave = 0 : i64,
                blocks = array<i64: 2, 2>, cost_us = 1.0 : f64} : () -> ()
"rtask.wait"() {program = @mlp_rp, veu = 2 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i64: 1>} : () -> ()
"rtask.task"() {program = @mlp_rp, kernel = @mlp_k1, veu = 2 : i64, order = 0 : i64, wave = 0 : i64,
                blocks = array<i64: 0, 1>, cost_us = 0.25 : f64} : () -> ()
"rtask.wait"() {program = @mlp_rp, veu = 3 : i64, order = 0 : i64, on_veus = array<i64: 0, 1>,
                steps = array<i64: 1, 1>} : () -> ()
"rtask.task"() {program = @mlp_rp, kernel = @mlp_k1, veu = 3 : i64, order = 0 : i64, wave = 0 : i64,
                blocks = array<i64: 1, 1>, cost_us = 0.25 : f64} : () -> ()
// Wave 1, after a device-wide barrier: the row sum, all 4 blocks on vEU 0.
"rtask.barrier"() {program = @mlp_rp, wave = 1 : i64} : () -> ()
"rtask.task"() {program = @mlp_rp, kernel = @mlp_k2, veu = 0 : i64, order = 1 : i64, wave = 1 : i64,
                blocks = array<i64: 0, 4>, cost_us = 2.0 : f64} : () -> ()

func.func @mlp(%a: memref<64x128xf32>, %b: memref<128x64xf32>, %t: memref<64x64xf32>, %s: memref<64xf32>) {
  call @mlp_k0(%a, %b, %t) : (memref<64x128xf32>, memref<128x64xf32>, memref<64x64xf32>) -> ()
  call @mlp_k1(%t) : (memref<64x64xf32>) -> ()
  call @mlp_k2(%t, %s) : (memref<64x64xf32>, memref<64xf32>) -> ()
  return
}

func.func @mlp_k0(%a: memref<64x128xf32>, %b: memref<128x64xf32>, %c: memref<64x64xf32>) {
  linalg.matmul ins(%a, %b : memref<64x128xf32>, memref<128x64xf32>) outs(%c : memref<64x64xf32>)
  return
}

func.func @mlp_k1(%t: memref<64x64xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      outs(%t : memref<64x64xf32>) {
  ^bb0(%x: f32):
    %r = arith.maximumf %x, %zero : f32
    linalg.yield %r : f32
  }
  return
}

func.func @mlp_k2(%t: memref<64x64xf32>, %s: memref<64xf32>) {
  linalg.reduce ins(%t : memref<64x64xf32>) outs(%s : memref<64xf32>) dimensions = [1]
    (%x: f32, %acc: f32) {
      %sum = arith.addf %x, %acc : f32
      linalg.yield %sum : f32
    }
  return
}
