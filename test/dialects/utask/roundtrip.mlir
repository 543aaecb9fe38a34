// Device-side control flow of an rProgram (Grinder): a counted loop, a data-dependent loop whose predicate is
// computed on the device, a branch on a device-computed flag and an explicit stack for recursion. The
// rtask ops of stage 3 name the program. Round-trips through hm-opt (IRDL + Python rules) and loads in
// upstream mlir-opt.
// RUN: %hm-opt %s | %hm-opt | FileCheck %s
// With utask's file alone upstream sees the rtask ops of stage 3 as unregistered.
// RUN: %mlir-opt --irdl-file=%dialects/utask.irdl.mlir --allow-unregistered-dialect %s \
// RUN:   | FileCheck %s --check-prefix=UPSTREAM
// RUN: %mlir-opt --irdl-file=%dialects/hm.irdl.mlir %s | FileCheck %s --check-prefix=UPSTREAM

// CHECK:      "utask.loop"() {carried = array<i64: 0, 0, 1>, carried_waits = array<i64: 0, 0, 1, 1, 1, 1>, kind = "for", program = @solve_rp, sym_name = "sweeps", trips = 8 : i64} : () -> ()
// CHECK-NEXT: "utask.loop"() {carried = array<i64>, carried_waits = array<i64: 0, 0, 1, 1, 1, 1>, kind = "while", program = @solve_rp, sym_name = "converge", trips = 0 : i64} : () -> ()
// CHECK-NEXT: "utask.branch"() {program = @solve_rp, sym_name = "refine"} : () -> ()
// CHECK-NEXT: "utask.stack"() {depth = 16 : i64, frame_bytes = 64 : i64, level = "global", program = @solve_rp,
// CHECK-SAME:   sym_name = "frames"} : () -> ()
// CHECK-LABEL: func.func @solve(
// CHECK:       scf.for
// CHECK:         call @sweep(
// CHECK:       } {utask.loop = @sweeps}
// CHECK:       scf.while
// CHECK:         %[[GO:.*]] = arith.cmpf ogt
// CHECK-NEXT:    "utask.condition"(%[[GO]]) {cell = "global", of = @converge} : (i1) -> ()
// CHECK-NEXT:    scf.condition(%[[GO]])
// CHECK:       } attributes {utask.loop = @converge}
// CHECK:       %[[BIG:.*]] = arith.cmpi ugt
// CHECK-NEXT:  "utask.condition"(%[[BIG]]) {cell = "shared", of = @refine} : (i1) -> ()
// CHECK-NEXT:  scf.if %[[BIG]] {
// CHECK:       } {utask.branch = @refine}

// UPSTREAM:      "utask.loop"() {carried = array<i64: 0, 0, 1>, carried_waits = array<i64: 0, 0, 1, 1, 1, 1>, kind = "for", program = @solve_rp, sym_name = "sweeps", trips = 8 : i64}
// UPSTREAM-NEXT: "utask.loop"() {carried = array<i64>, carried_waits = array<i64: 0, 0, 1, 1, 1, 1>, kind = "while", program = @solve_rp, sym_name = "converge", trips = 0 : i64}
// UPSTREAM-NEXT: "utask.branch"() {program = @solve_rp, sym_name = "refine"}
// UPSTREAM-NEXT: "utask.stack"() {depth = 16 : i64, frame_bytes = 64 : i64, level = "global", program = @solve_rp,
// UPSTREAM-LABEL: func.func @solve(
// UPSTREAM:       } {utask.loop = @sweeps}
// UPSTREAM:       "utask.condition"(%{{.*}}) {cell = "global", of = @converge} : (i1) -> ()
// UPSTREAM:       } attributes {utask.loop = @converge}
// UPSTREAM:       "utask.condition"(%{{.*}}) {cell = "shared", of = @refine} : (i1) -> ()
// UPSTREAM:       } {utask.branch = @refine}

// Stage 3 (rtask): the persistent program of @solve.
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 2 : i64, num_veus = 2 : i64} : () -> ()
// Kernel 0 (@sweep) on vEU 0 and kernel 1 (@residual) on vEU 1, one block each, independent.
"rtask.program"() {dispatch = "static", sym_name = "solve_rp", function = @solve, vdevice = @vd, waves = 1 : i64, cost_us = 40.0 : f64,
  launches_us = 44.0 : f64, kernels = ["sweep", "residual"], kernel_blocks = array<i64: 1, 1>, follows = array<i64>,
  task_offsets = array<i64: 0, 1, 2>, task_kernel = array<i64: 0, 1>, task_block = array<i64: 0, 0>,
  task_wave = array<i64: 0, 0>, wait_offsets = array<i64: 0, 0, 0>, wait_kernel = array<i64>} : () -> ()

// Stage 4 (utask): the device-side loops, branch and stack of that program.
// Across iterations: each kernel after its own previous iteration (the counters' invariant).
"utask.loop"() {sym_name = "sweeps", program = @solve_rp, kind = "for", trips = 8 : i64, carried = array<i64: 0, 0, 1>,
  carried_waits = array<i64: 0, 0, 1, 1, 1, 1>} : () -> ()
"utask.loop"() {sym_name = "converge", program = @solve_rp, kind = "while", trips = 0 : i64, carried = array<i64>,
  carried_waits = array<i64: 0, 0, 1, 1, 1, 1>} : () -> ()
"utask.branch"() {sym_name = "refine", program = @solve_rp} : () -> ()
"utask.stack"() {sym_name = "frames", program = @solve_rp, depth = 16 : i64, frame_bytes = 64 : i64, level = "global"} : () -> ()

func.func @solve(%x: memref<64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %tol = arith.constant 1.0e-03 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    func.call @sweep(%x) : (memref<64xf32>) -> ()
  } {utask.loop = @sweeps}
  %iters = scf.while (%it = %c0) : (index) -> index {
    %err = func.call @residual(%x) : (memref<64xf32>) -> f32
    %go = arith.cmpf ogt, %err, %tol : f32
    "utask.condition"(%go) {of = @converge, cell = "global"} : (i1) -> ()
    scf.condition(%go) %it : index
  } do {
  ^bb0(%it: index):
    func.call @sweep(%x) : (memref<64xf32>) -> ()
    %next = arith.addi %it, %c1 : index
    scf.yield %next : index
  } attributes {utask.loop = @converge}
  %big = arith.cmpi ugt, %iters, %c8 : index
  "utask.condition"(%big) {of = @refine, cell = "shared"} : (i1) -> ()
  scf.if %big {
    func.call @sweep(%x) : (memref<64xf32>) -> ()
  } {utask.branch = @refine}
  return
}

func.func @sweep(%x: memref<64xf32>) {
  %half = arith.constant 0.5 : f32
  linalg.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} outs(%x : memref<64xf32>) {
  ^bb0(%v: f32):
    %r = arith.mulf %v, %half : f32
    linalg.yield %r : f32
  }
  return
}

func.func @residual(%x: memref<64xf32>) -> f32 {
  %acc = memref.alloca() : memref<f32>
  %zero = arith.constant 0.0 : f32
  memref.store %zero, %acc[] : memref<f32>
  linalg.reduce ins(%x : memref<64xf32>) outs(%acc : memref<f32>) dimensions = [0]
    (%v: f32, %a: f32) {
      %s = arith.addf %v, %a : f32
      linalg.yield %s : f32
    }
  %r = memref.load %acc[] : memref<f32>
  return %r : f32
}
