// hm-grinder-loops (utask stage): the loop of @rnn (4 steps of h <- tanh(h @ w), every h stored in hs[t]) holds one
// Rammer program and views computed from the iteration, so it becomes a device loop: a utask.loop naming the
// program, with the kernel pairs that conflict across iterations at their smallest distance, and the waits on
// the counters of an earlier iteration that order them. The model runs the iterations as one queue of tickets
// (the program's tables become one row, its vDevice the 9 vEUs the modelled queue uses), so only the waits
// order them: h lives in two arena slots picked by the parity of the step; the matmul (kernel 1) reads the slot
// the tanh (kernel 2) wrote one step before (1 waits 2@-1); the fill (kernel 0) overwrites the slot the matmul
// read one step before (0 waits 1@-1) and the copy read two steps before (0 waits 3@-2); the copy follows its own
// previous iteration (every kernel does: 3 waits 3@-1; the others through the waits above). With static tables
// (--rammer-dispatch=static) program order on the vEUs already orders the iterations: no carried wait is needed.
// The loop of @host_read reads a device value on the host every trip: it stays there, and the report says why.
// The loop of @halve holds one kernel, a program of its own with --grinder: its 4 tasks are on 4 vEUs, so even
// static tables need its wait on its own previous iteration.
// RUN: %hm-opt %s --grinder --stop-after=rtask | %hm-opt --pass-pipeline='builtin.module(hm-grinder-loops)' | FileCheck %s
// RUN: %hm-opt %s --grinder --stop-after=utask -o /dev/null --hm-report 2>&1 | FileCheck %s --check-prefix=REPORT
// RUN: %hm-opt %s --grinder --rammer-dispatch=static --stop-after=utask | FileCheck %s --check-prefix=STATIC
// --grinder-host keeps the loops of the functions it names on the host, and the report says so.
// RUN: %hm-opt %s --grinder --grinder-host=rnn,halve --stop-after=utask -o /dev/null --hm-report 2>&1 | FileCheck %s --check-prefix=KEPT
// KEPT:      grinder (utask): device loops
// KEPT-NEXT:   stays on the host: the loop of @rnn_rp in @rnn: kept on the host as asked (--grinder-host)
// KEPT-NEXT:   stays on the host: the loop of @host_read_rp in @host_read: its body holds 'memref.load'
// KEPT-NEXT:   stays on the host: the loop of @halve_rp in @halve: kept on the host as asked (--grinder-host)
// RUN: %not 2 %hm-opt %s --grinder-host=rnn 2>&1 | FileCheck %s --check-prefix=NEEDS
// NEEDS: hm-opt: error: --grinder-host keeps loops of Grinder's on the host: it needs --grinder

// CHECK:      "rtask.vdevice"() {num_veus = 9 : i64, sms = 9 : i64, sym_name = "rnn_rp_vd", veus_per_sm = 1 : i64}
// CHECK-NEXT: "rtask.program"() {{{.*}}dispatch = "queue", {{.*}}task_offsets = array<i64: 0, 13>,
// CHECK:      "utask.loop"() {carried = array<i64: 0, 0, 2, 0, 1, 1, 0, 2, 2, 0, 3, 2, 1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 3, 2,
// CHECK-SAME:   2, 0, 2, 2, 1, 1, 2, 2, 2, 2, 3, 2, 3, 0, 2, 3, 1, 2, 3, 2, 2>,
// CHECK-SAME:   carried_waits = array<i64: 0, 1, 1, 0, 3, 2, 1, 2, 1, 3, 3, 1>, kind = "for", program = @rnn_rp,
// CHECK-SAME:   sym_name = "rnn_rp_loop", trips = 4 : i64}
// CHECK-LABEL: func.func @rnn(
// CHECK:       scf.for %{{.*}} = %c0 to %c4 step %c1 {
// CHECK:         memref.copy {{.*}} {rtask.kernel = 3 : i64, rtask.program = @rnn_rp}
// CHECK-NEXT:  } {utask.loop = @rnn_rp_loop}
// CHECK-LABEL: func.func @host_read(
// CHECK-NOT:   utask.loop
// CHECK:       return
// CHECK:       "utask.loop"() {carried = array<i64: 0, 0, 1>, carried_waits = array<i64: 0, 0, 1>, kind = "for", program = @halve_rp,
// CHECK-LABEL: func.func @halve(
// CHECK:       } {utask.loop = @halve_rp_loop}

// REPORT:      grinder (utask): device loops
// REPORT-NEXT:   loop rnn_rp_loop in @rnn: program @rnn_rp (4 kernels) x 4 iterations, one launch
// REPORT-NEXT:     dispatch: queue (modelled over 4 iterations: static tables {{[0-9.]+}} us, a queue on 9 vEUs {{[0-9.]+}} us)
// REPORT-NEXT:     conflicts across iterations (kernel <- kernel @ distance): 0<-0@2, 0<-1@1,
// REPORT-NEXT:     carried waits on the counters: 0 waits 1@-1, 0 waits 3@-2, 1 waits 2@-1, 3 waits 3@-1
// REPORT-NEXT:   loop halve_rp_loop in @halve: program @halve_rp (1 kernels) x 3 iterations, one launch
// REPORT-NEXT:     dispatch: static (modelled over 3 iterations: static tables {{[0-9.]+}} us, a queue on 4 vEUs {{[0-9.]+}} us)
// REPORT-NEXT:     conflicts across iterations (kernel <- kernel @ distance): 0<-0@1
// REPORT-NEXT:     carried waits on the counters: 0 waits 0@-1
// REPORT-NEXT:   stays on the host: the loop of @host_read_rp in @host_read: its body holds 'memref.load' at loc({{.*}}grinder-loops.mlir":{{[0-9]+}}:{{[0-9]+}})

// STATIC:      "rtask.program"() {{{.*}}dispatch = "static"
// STATIC-NEXT: "utask.loop"() {{{.*}}carried_waits = array<i64>, kind = "for", program = @rnn_rp,

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

func.func @host_read(%x: tensor<8x16xf32>) -> (tensor<8x16xf32>, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %zero = arith.constant 0.0 : f32
  %r:2 = scf.for %t = %c0 to %c3 step %c1 iter_args(%a = %x, %s = %zero) -> (tensor<8x16xf32>, f32) {
    %e = tensor.empty() : tensor<8x16xf32>
    %d = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%a : tensor<8x16xf32>) outs(%e : tensor<8x16xf32>) {
    ^bb0(%v: f32, %o: f32):
      %m = arith.addf %v, %v : f32
      linalg.yield %m : f32
    } -> tensor<8x16xf32>
    %n = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%d : tensor<8x16xf32>) outs(%e : tensor<8x16xf32>) {
    ^bb0(%v: f32, %o: f32):
      %m = math.tanh %v : f32
      linalg.yield %m : f32
    } -> tensor<8x16xf32>
    %v = tensor.extract %n[%c0, %c0] : tensor<8x16xf32>
    %s1 = arith.addf %s, %v : f32
    scf.yield %n, %s1 : tensor<8x16xf32>, f32
  }
  return %r#0, %r#1 : tensor<8x16xf32>, f32
}

// A lone kernel in a loop body is a program of its own with --grinder (hm-rammer-schedule{loop-bodies=true}),
// so its loop runs on the device too.
func.func @halve(%x: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %half = arith.constant 0.5 : f32
  %r = scf.for %t = %c0 to %c3 step %c1 iter_args(%a = %x) -> (tensor<8x16xf32>) {
    %e = tensor.empty() : tensor<8x16xf32>
    %h = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%a : tensor<8x16xf32>) outs(%e : tensor<8x16xf32>) {
    ^bb0(%v: f32, %o: f32):
      %m = arith.mulf %v, %half : f32
      linalg.yield %m : f32
    } -> tensor<8x16xf32>
    scf.yield %h : tensor<8x16xf32>
  }
  return %r : tensor<8x16xf32>
}
