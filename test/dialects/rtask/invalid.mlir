// Every IRDL constraint and every Python rule of the rtask dialect, one case each.
// RUN: %hm-opt %s --split-input-file --verify-diagnostics

// IRDL (rtask.vdevice): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"rtask.vdevice"() {sym_name = @vd, sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()

// -----

// IRDL (rtask.vdevice): 'sms' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"rtask.vdevice"() {sym_name = "vd", sms = "2", veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()

// -----

// IRDL (rtask.vdevice): 'veus_per_sm' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2.0 : f32, num_veus = 4 : i64} : () -> ()

// -----

// IRDL (rtask.vdevice): 'num_veus' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.dense_array'}}
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = array<i64: 4>} : () -> ()

// -----

// IRDL (rtask.vdevice): every attribute is required.
// expected-error@+1 {{'rtask.vdevice' op attribute "num_veus" is expected but not provided}}
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64} : () -> ()

// -----

// IRDL (rtask.vdevice): no results.
// expected-error@+1 {{op expects exactly 0 results, but got 1}}
%0 = "rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> i64

// -----

// expected-error@+1 {{'sms' and 'veus_per_sm' must be at least 1}}
"rtask.vdevice"() {sym_name = "vd", sms = 0 : i64, veus_per_sm = 2 : i64, num_veus = 0 : i64} : () -> ()

// -----

// expected-error@+1 {{'num_veus' must be sms x veus_per_sm = 4, got 3}}
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 3 : i64} : () -> ()

// -----

// IRDL (rtask.program): 'sym_name' is a string.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
"rtask.program"() {dispatch = "static", sym_name = 0 : i64, function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'function' is a symbol reference.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = "main", vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'vdevice' is a symbol reference.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.integer'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = 1 : i64, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'kernels' is an array.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.array' but got 'builtin.string'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = "a", kernel_blocks = array<i64: 4, 2, 1>, follows = array<i64: 2, 0, 2,
  1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>,
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'waves' is an integer.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2.0 : f64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'cost_us' is a float.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3 : i64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'launches_us' is a float.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.string'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = "x", kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>, follows = array<i64: 2, 0,
  2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>,
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): 'task_kernel' is a dense array.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = [0, 2],
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// IRDL (rtask.program): every attribute is required.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'rtask.program' op attribute "wait_kernel" is expected but not provided}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>} : () -> ()

// -----

// Python: the function must exist.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'function' refers to @main, which is not defined in the module}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: the vDevice must be an rtask.vdevice.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'vdevice' refers to @main, a 'func.func', expected 'rtask.vdevice'}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @main, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: a table is an array of i64.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{attribute 'task_block' must be an array of i64, got array<i32: 0, 0, 1, 0, 2, 1, 3>}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i32: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: one name per kernel.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'kernels' names 2 kernels but 'kernel_blocks' has 3}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b"], kernel_blocks = array<i64: 4, 2, 1>, follows = array<i64: 2,
  0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>,
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: one row of tasks per vEU.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'task_offsets' must have one row per vEU of the vDevice (4 + 1 entries), got 4}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 7>, task_kernel = array<i64: 0, 2, 0, 1,
  0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: waves.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'waves' must be at least 1 and every task's wave within 0..0}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: follows pairs.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'follows' must be pairs (later, earlier) of kernel indices with earlier < later}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 0, 2>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0,
  1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: offsets rise to the task count.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'task_offsets' must rise from 0 to the 7 tasks}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 6>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: a wait names a kernel.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{a task or a wait names a kernel outside 0..2}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 3>} : () -> ()

// -----

// Python: a block within its kernel.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{task 5: block 2 is outside kernel 1's 2 blocks}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 2, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: every block exactly once.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{block 0 of kernel 1 runs 2 times, not once}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 0, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: waits name earlier kernels.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{task 1 of kernel 2 waits on kernel 2, which is not earlier in program order}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 2>} : () -> ()

// -----

// Python: no deadlock: vEU 0 runs kernel 2 first, waiting on kernel 0, whose block 0 comes after it.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{deadlock: 1 vEU(s) cannot proceed; vEU 0 waits at its task 0 for kernel 0 (3 of 4 tasks done)}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 2, 0, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 1, 0, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 2, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()

// -----

// Python: happens-before: kernel 2 reads what kernel 1 writes and does not wait for it.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{kernel 2 may run before kernel 1 has finished, and they share a buffer (vEU 0, task 1)}}
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 1, 1, 1, 1, 1, 1>, wait_kernel = array<i64: 0>} : () -> ()

// -----

// Python: a kernel op names a program.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main(%a: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  // expected-error@+1 {{'rtask.program' names @vd, which is not an rtask.program}}
  linalg.fill {rtask.program = @vd, rtask.kernel = 0 : i64} ins(%zero : f32) outs(%a : memref<4xf32>)
  return
}

// -----

// Python: a kernel index within the program.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main(%a: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  // expected-error@+1 {{'rtask.kernel' 3 is outside @p's 3 kernels}}
  linalg.fill {rtask.program = @p, rtask.kernel = 3 : i64} ins(%zero : f32) outs(%a : memref<4xf32>)
  return
}

// -----

// Python: both attributes.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main(%a: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  // expected-error@+1 {{a kernel of an rProgram needs 'rtask.program' (a symbol) and 'rtask.kernel' (an integer)}}
  linalg.fill {rtask.program = @p} ins(%zero : f32) outs(%a : memref<4xf32>)
  return
}

// -----

// Python: each kernel index once.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0,
  1, 0, 1, 0>, task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main(%a: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill {rtask.program = @p, rtask.kernel = 0 : i64} ins(%zero : f32) outs(%a : memref<4xf32>)
  // expected-error@+1 {{kernel 0 of @p is marked twice}}
  linalg.fill {rtask.program = @p, rtask.kernel = 0 : i64} ins(%zero : f32) outs(%a : memref<4xf32>)
  return
}

// -----

// Python: a dispatch mode that exists.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'dispatch' must be "static" or "queue", got "dynamic"}}
"rtask.program"() {dispatch = "dynamic", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>,
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main() {
  return
}

// -----

// Python: a queue is one row.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{a queue is one row of tasks, not 4}}
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 2, 4, 6, 7>, task_kernel = array<i64: 0, 2, 0, 1, 0, 1, 0>,
  task_block = array<i64: 0, 0, 1, 0, 2, 1, 3>, task_wave = array<i64: 0, 1, 0, 0, 0, 0, 0>,
  wait_offsets = array<i64: 0, 0, 2, 2, 2, 2, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main() {
  return
}

// -----

// Python: in a queue nothing but the waits orders tasks: the task of c waits for a only, though it reads what b wrote.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{kernel 2 may run before kernel 1 has finished, and they share a buffer (a task of it in the queue does not wait for it)}}
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 7>, task_kernel = array<i64: 0, 0, 0, 0, 1, 1, 2>,
  task_block = array<i64: 0, 1, 2, 3, 0, 1, 0>, task_wave = array<i64: 0, 0, 0, 0, 0, 0, 1>,
  wait_offsets = array<i64: 0, 0, 0, 0, 0, 0, 0, 1>, wait_kernel = array<i64: 0>} : () -> ()
func.func @main() {
  return
}

// -----

// Python: a queued task waits only on kernels all of whose tasks are before it: c waits for b, whose second task comes after it.
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{deadlock: 1 vEU(s) cannot proceed; vEU 0 waits at its task 5 for kernel 1 (1 of 2 tasks done)}}
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.5 : f64,
  launches_us = 7.0 : f64, kernels = ["a", "b", "c"], kernel_blocks = array<i64: 4, 2, 1>,
  follows = array<i64: 2, 0, 2, 1>, task_offsets = array<i64: 0, 7>, task_kernel = array<i64: 0, 0, 0, 0, 1, 2, 1>,
  task_block = array<i64: 0, 1, 2, 3, 0, 0, 1>, task_wave = array<i64: 0, 0, 0, 0, 0, 1, 0>,
  wait_offsets = array<i64: 0, 0, 0, 0, 0, 0, 2, 2>, wait_kernel = array<i64: 0, 1>} : () -> ()
func.func @main() {
  return
}
