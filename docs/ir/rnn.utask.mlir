// An RNN-like program after the utask stage (Grinder, with Welder and Rammer on), written by hand as the
// design prescribes, on memrefs after bufferization. `hm-opt docs/ir/rnn.utask.mlir` accepts it; a test runs
// hm-opt on every docs/ir/*.mlir file. The rtile/tilegraph ops of the earlier stages are left out for brevity.
//
// @rnn:    xw = xs @ wx for all 4 steps at once, then h <- tanh(xw[t] + h @ wh) for t in 0..3 (scf.for).
// @settle: h <- tanh(h @ wh) until no element moves by more than 1e-3 (scf.while, data-dependent).
// With Grinder on, each loop runs inside its program's persistent kernel: the host launches once and never
// reads the loop condition back.

"rtask.vdevice"() {sym_name = "vd8", sms = 8 : i64, veus_per_sm = 1 : i64, num_veus = 8 : i64} : () -> ()

// ---- @rnn: wave 0 = the input projection (kernel 0, 8 blocks, one per vEU), wave 1 = the cell (kernel 1, 2
// blocks, on vEUs 0 and 1), once per iteration. Every block of the cell reads its rows of xw (written by 2 of
// the projection blocks) and all of h: its first task on each vEU waits until the projection's counter has
// all 8 tasks (wait_kernel). Across iterations the counters are Grinder's epochs.
"rtask.program"() {dispatch = "static", sym_name = "rnn_p", function = @rnn, vdevice = @vd8, waves = 2 : i64, cost_us = 0.9 : f64,
  launches_us = 4.5 : f64, kernels = ["rnn_k0", "rnn_k1"], kernel_blocks = array<i64: 8, 2>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2, 4, 5, 6, 7, 8, 9, 10>, task_kernel = array<i64: 0, 1, 0, 1, 0, 0, 0, 0, 0, 0>,
  task_block = array<i64: 0, 0, 1, 1, 2, 3, 4, 5, 6, 7>, task_wave = array<i64: 0, 1, 0, 1, 0, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 0>} : () -> ()
// Across iterations the cell (kernel 1) reads the h its previous iteration wrote: it waits on its own counter
// for the iteration before (distance 1), as does the projection (every kernel follows its own previous
// iteration: what lets a counter say "iteration i is complete").
"utask.loop"() {sym_name = "rnn_steps", program = @rnn_p, kind = "for", trips = 4 : i64, carried = array<i64: 1, 1, 1>,
  carried_waits = array<i64: 0, 0, 1, 1, 1, 1>} : () -> ()

// ---- @settle: wave 0 = the cell (kernel 0, 2 blocks), wave 1 = the convergence test + copy back (kernel 1,
// one block, a full reduction) on vEU 0, after its own cell block: it waits on the cell's counter, which
// covers vEU 1's block.
"rtask.program"() {dispatch = "static", sym_name = "settle_p", function = @settle, vdevice = @vd8, waves = 2 : i64, cost_us = 0.5 : f64,
  launches_us = 4.3 : f64, kernels = ["settle_k0", "settle_k1"], kernel_blocks = array<i64: 2, 1>,
  follows = array<i64: 1, 0>, task_offsets = array<i64: 0, 2, 3, 3, 3, 3, 3, 3, 3>, task_kernel = array<i64: 0, 1, 0>,
  task_block = array<i64: 0, 0, 1>, task_wave = array<i64: 0, 1, 0>, wait_offsets = array<i64: 0, 0, 1, 1>,
  wait_kernel = array<i64: 0>} : () -> ()
"utask.loop"() {sym_name = "settle_loop", program = @settle_p, kind = "while", trips = 0 : i64,
  carried = array<i64: 0, 1, 1>, carried_waits = array<i64: 0, 1, 1, 1, 1, 1>} : () -> ()

// Host functions: upstream scf loops around kernel calls; the loop that runs on the device names its utask.loop.
func.func @rnn(%xs: memref<64x16xf32>, %wx: memref<16x32xf32>, %wh: memref<32x32xf32>, %h: memref<16x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %xw = memref.alloc() : memref<64x32xf32>
  %tmp = memref.alloc() : memref<16x32xf32>
  call @rnn_k0(%xs, %wx, %xw) : (memref<64x16xf32>, memref<16x32xf32>, memref<64x32xf32>) -> ()
  // Ping-pong between %h and %tmp: after an even number of steps the result is back in %h.
  %r:2 = scf.for %t = %c0 to %c4 step %c1 iter_args(%cur = %h, %next = %tmp) -> (memref<16x32xf32>, memref<16x32xf32>) {
    func.call @rnn_k1(%t, %xw, %cur, %wh, %next) : (index, memref<64x32xf32>, memref<16x32xf32>, memref<32x32xf32>, memref<16x32xf32>) -> ()
    scf.yield %next, %cur : memref<16x32xf32>, memref<16x32xf32>
  } {utask.loop = @rnn_steps}
  memref.dealloc %tmp : memref<16x32xf32>
  memref.dealloc %xw : memref<64x32xf32>
  return
}

func.func @settle(%wh: memref<32x32xf32>, %h: memref<16x32xf32>, %moved: memref<i32>) {
  %c0 = arith.constant 0 : i32
  %tmp = memref.alloc() : memref<16x32xf32>
  scf.while : () -> () {
    func.call @settle_k0(%h, %wh, %tmp) : (memref<16x32xf32>, memref<32x32xf32>, memref<16x32xf32>) -> ()
    func.call @settle_k1(%tmp, %h, %moved) : (memref<16x32xf32>, memref<16x32xf32>, memref<i32>) -> ()
    %m = memref.load %moved[] : memref<i32>
    %again = arith.cmpi ne, %m, %c0 : i32
    // Computed on the device, broadcast to every block through a global-memory cell.
    "utask.condition"(%again) {of = @settle_loop, cell = "global"} : (i1) -> ()
    scf.condition(%again)
  } do {
    scf.yield
  } attributes {utask.loop = @settle_loop}
  memref.dealloc %tmp : memref<16x32xf32>
  return
}

// Kernel functions (outlined by the tilegraph stage, bufferized).
#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func private @rnn_k0(%xs: memref<64x16xf32>, %wx: memref<16x32xf32>, %xw: memref<64x32xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%xw : memref<64x32xf32>)
  linalg.matmul ins(%xs, %wx : memref<64x16xf32>, memref<16x32xf32>) outs(%xw : memref<64x32xf32>)
  return
}
func.func private @rnn_k1(%t: index, %xw: memref<64x32xf32>, %h: memref<16x32xf32>, %wh: memref<32x32xf32>, %out: memref<16x32xf32>) {
  %c16 = arith.constant 16 : index
  %row = arith.muli %t, %c16 : index
  %x_t = memref.subview %xw[%row, 0] [16, 32] [1, 1] : memref<64x32xf32> to memref<16x32xf32, strided<[32, 1], offset: ?>>
  linalg.copy ins(%x_t : memref<16x32xf32, strided<[32, 1], offset: ?>>) outs(%out : memref<16x32xf32>)
  linalg.matmul ins(%h, %wh : memref<16x32xf32>, memref<32x32xf32>) outs(%out : memref<16x32xf32>)
  linalg.map { math.tanh } ins(%out : memref<16x32xf32>) outs(%out : memref<16x32xf32>)
  return
}
func.func private @settle_k0(%h: memref<16x32xf32>, %wh: memref<32x32xf32>, %out: memref<16x32xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%out : memref<16x32xf32>)
  linalg.matmul ins(%h, %wh : memref<16x32xf32>, memref<32x32xf32>) outs(%out : memref<16x32xf32>)
  linalg.map { math.tanh } ins(%out : memref<16x32xf32>) outs(%out : memref<16x32xf32>)
  return
}
func.func private @settle_k1(%new: memref<16x32xf32>, %h: memref<16x32xf32>, %moved: memref<i32>) {
  %zero = arith.constant 0 : i32
  %eps = arith.constant 1.0e-3 : f32
  linalg.fill ins(%zero : i32) outs(%moved : memref<i32>)
  linalg.generic {indexing_maps = [#id, #id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%new, %h : memref<16x32xf32>, memref<16x32xf32>) outs(%moved : memref<i32>) {
  ^bb0(%a: f32, %b: f32, %acc: i32):
    %d = arith.subf %a, %b : f32
    %m = math.absf %d : f32
    %big = arith.cmpf ogt, %m, %eps : f32
    %one = arith.extui %big : i1 to i32
    %any = arith.maxui %acc, %one : i32
    linalg.yield %any : i32
  }
  linalg.copy ins(%new : memref<16x32xf32>) outs(%h : memref<16x32xf32>)
  return
}
