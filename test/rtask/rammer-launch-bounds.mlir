// hm-rammer-launch-bounds: the persistent kernel of program @p (the gpu.func @p_rammer) gets nvvm.minctasm, the
// vDevice's blocks per SM; its known_block_size becomes .maxntid in convert-gpu-to-nvvm. Other kernels keep
// their attributes.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-rammer-launch-bounds)' | FileCheck %s

// CHECK-LABEL: gpu.func @p_rammer
// CHECK-SAME:  nvvm.minctasm = 3 : i32
// CHECK-LABEL: gpu.func @other
// CHECK-NOT:   nvvm.minctasm
module attributes {gpu.container_module} {
  "rtask.vdevice"() {sym_name = "vd", sms = 4 : i64, veus_per_sm = 3 : i64, num_veus = 12 : i64} : () -> ()
  "rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
    launches_us = 2.0 : f64, kernels = ["k"], kernel_blocks = array<i64: 12>, follows = array<i64>,
    task_offsets = array<i64: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12>,
    task_kernel = array<i64: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>,
    task_block = array<i64: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11>,
    task_wave = array<i64: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>,
    wait_offsets = array<i64: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>, wait_kernel = array<i64>} : () -> ()
  gpu.module @kernels {
    gpu.func @p_rammer() kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      gpu.return
    }
    gpu.func @other() kernel attributes {known_block_size = array<i32: 64, 1, 1>} {
      gpu.return
    }
  }
  func.func @main() {
    return
  }
}
