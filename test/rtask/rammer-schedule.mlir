// hm-rammer-schedule (rtask stage): the three kernels of @main form one run; the two fills are independent
// (wave 0) and the add reads both (wave 1), so the add's first task on each vEU waits on both counters; the
// vDevice is sized to the widest wave. A host read between kernels ends a run: @split has two runs, of which
// only the one with two kernels becomes a program. In @branch the first kernel reads a buffer a branch chose,
// which may be any buffer: the kernel after it, which writes, must follow it although it reads other data.
// The dispatch is the static tables: the waves are even, the queue would win nothing.
// RUN: %hm-opt --target=cpu --stop-after=bufferize %s | %hm-opt --pass-pipeline='builtin.module(hm-rammer-schedule)' | FileCheck %s
// RUN: %hm-opt %s --rammer --stop-after=rtask -o /dev/null --hm-report 2>&1 | FileCheck %s --check-prefix=REPORT

// REPORT:      Rammer report (device h100)
// REPORT-NEXT: @main: program @main_rp, 3 kernels in 2 wave(s) on 16 vEUs (16 SMs x 1)
// REPORT-NEXT:   modelled: {{[0-9.]+}} us as one persistent kernel, {{[0-9.]+}} us as one launch per kernel
// REPORT-NEXT:   dispatch: static (durations +-30%, 3 seeds: static tables {{[0-9.]+}} us, queue {{[0-9.]+}} us)
// REPORT-NEXT:   durations +-30% (5 seeds): the static schedule {{[0-9.]+}} us, event-driven dispatch {{[0-9.]+}} us
// REPORT-NEXT:   k0 main_op0_k0: 8 task(s) of {{[0-9.]+}} us, wave 0, follows nothing
// REPORT-NEXT:   k1 main_op1_k0: 8 task(s) of {{[0-9.]+}} us, wave 0, follows nothing
// REPORT-NEXT:   k2 main_op2_k0: 8 task(s) of {{[0-9.]+}} us, wave 1, follows k0, k1
// REPORT:        vEU {{[0-9]+}}: k{{[01]}}.{{[0-9]}}, k2.{{[0-9]}} (wait k0 k1)
// REPORT:      @split: program @split_rp, 2 kernels in 2 wave(s)

// CHECK:      "rtask.vdevice"() {num_veus = 16 : i64, sms = 16 : i64, sym_name = "main_rp_vd", veus_per_sm = 1 : i64}
// CHECK-NEXT: "rtask.program"() {cost_us = {{.*}}, dispatch = "static", follows = array<i64: 2, 0, 2, 1>, function = @main,
// CHECK-SAME:   kernel_blocks = array<i64: 8, 8, 8>, kernels = ["main_op0_k0", "main_op1_k0", "main_op2_k0"],
// CHECK-SAME:   vdevice = @main_rp_vd, wait_kernel = array<i64: 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1>,
// CHECK-SAME:   waves = 2 : i64}
// CHECK-LABEL: func.func @main(
// CHECK:       linalg.generic {{.*}} attrs =  {rtask.kernel = 0 : i64, rtask.program = @main_rp, rtile.space = @main_op0}
// CHECK:       linalg.generic {{.*}} attrs =  {rtask.kernel = 1 : i64, rtask.program = @main_rp, rtile.space = @main_op1}
// CHECK:       linalg.generic {{.*}} attrs =  {rtask.kernel = 2 : i64, rtask.program = @main_rp, rtile.space = @main_op2}
// CHECK:      "rtask.program"() {{{.*}}follows = array<i64: 1, 0>, function = @split, kernel_blocks = array<i64: 8, 8>,
// CHECK-SAME:   sym_name = "split_rp"
// CHECK-LABEL: func.func @split(
// CHECK:       linalg.generic {{.*}} attrs =  {rtile.space = @main_op0}
// CHECK:       memref.load
// CHECK:       linalg.generic {{.*}} attrs =  {rtask.kernel = 0 : i64, rtask.program = @split_rp, rtile.space = @split_op1}
// CHECK:       linalg.generic {{.*}} attrs =  {rtask.kernel = 1 : i64, rtask.program = @split_rp, rtile.space = @split_op2}
// CHECK:      "rtask.program"() {{{.*}}follows = array<i64: 1, 0>, function = @branch,
// CHECK-NOT:   "rtask.program"

#id = affine_map<(d0) -> (d0)>
func.func @main(%x: tensor<256xf32>) -> tensor<256xf32> {
  %e = tensor.empty() : tensor<256xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.sin %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  %c = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%a, %b : tensor<256xf32>, tensor<256xf32>) outs(%e : tensor<256xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %r = arith.addf %u, %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  return %c : tensor<256xf32>
}

func.func @split(%x: tensor<256xf32>) -> (tensor<256xf32>, f32) {
  %e = tensor.empty() : tensor<256xf32>
  %c0 = arith.constant 0 : index
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  %first = tensor.extract %a[%c0] : tensor<256xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.mulf %v, %first : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  %c = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%b : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.sin %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  return %c, %first : tensor<256xf32>, f32
}

func.func @branch(%c: i1, %x: tensor<256xf32>, %y: tensor<256xf32>) -> (tensor<256xf32>, tensor<256xf32>) {
  %e = tensor.empty() : tensor<256xf32>
  %s = scf.if %c -> tensor<256xf32> {
    %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<256xf32>)
        outs(%e : tensor<256xf32>) {
    ^bb0(%v: f32, %o: f32):
      %r = math.exp %v : f32
      linalg.yield %r : f32
    } -> tensor<256xf32>
    scf.yield %ex : tensor<256xf32>
  } else {
    scf.yield %y : tensor<256xf32>
  }
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%s : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.sin %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : tensor<256xf32>)
      outs(%e : tensor<256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.cos %v : f32
    linalg.yield %r : f32
  } -> tensor<256xf32>
  return %a, %b : tensor<256xf32>, tensor<256xf32>
}
