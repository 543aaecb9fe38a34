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

// IRDL (rtask.program): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
"rtask.program"() {sym_name = 0 : i64, function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()

// -----

// IRDL (rtask.program): 'function' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"rtask.program"() {sym_name = "p", function = "main", vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()

// -----

// IRDL (rtask.program): 'vdevice' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.unit'}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = unit, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()

// -----

// IRDL (rtask.program): 'waves' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.array'}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = [2], cost_us = 3.0 : f64} : () -> ()

// -----

// IRDL (rtask.program): 'cost_us' is a float.
// expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3 : i64} : () -> ()

// -----

// IRDL (rtask.program): every attribute is required.
// expected-error@+1 {{'rtask.program' op attribute "vdevice" is expected but not provided}}
"rtask.program"() {sym_name = "p", function = @main, waves = 2 : i64, cost_us = 3.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'program' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"rtask.task"() {program = "p", kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'kernel' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.array'}}
"rtask.task"() {program = @p, kernel = [@k], veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'veu' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtask.task"() {program = @p, kernel = @k, veu = 0.0 : f64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'order' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = "first", wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'wave' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.symbol_ref'}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = @w, blocks = array<i64: 0, 4>,
  cost_us = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'blocks' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64, blocks = [0, 4],
  cost_us = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.task): 'cost_us' is a float.
// expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.string'}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = "1us"} : () -> ()

// -----

// IRDL (rtask.task): every attribute is required.
// expected-error@+1 {{'rtask.task' op attribute "blocks" is expected but not provided}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64, cost_us = 1.0 : f64
} : () -> ()

// -----

// IRDL (rtask.wait): 'program' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.integer'}}
"rtask.wait"() {program = 0 : i64, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i64: 1>
} : () -> ()

// -----

// IRDL (rtask.wait): 'veu' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.dense_array'}}
"rtask.wait"() {program = @p, veu = array<i64: 1>, order = 0 : i64, on_veus = array<i64: 0>,
  steps = array<i64: 1>} : () -> ()

// -----

// IRDL (rtask.wait): 'order' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0.0 : f32, on_veus = array<i64: 0>, steps = array<i64: 1>
} : () -> ()

// -----

// IRDL (rtask.wait): 'on_veus' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = [0], steps = array<i64: 1>} : () -> ()

// -----

// IRDL (rtask.wait): 'steps' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.integer'}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = 1 : i64} : () -> ()

// -----

// IRDL (rtask.wait): every attribute is required.
// expected-error@+1 {{'rtask.wait' op attribute "steps" is expected but not provided}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>} : () -> ()

// -----

// IRDL (rtask.barrier): 'program' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"rtask.barrier"() {program = "p", wave = 1 : i64} : () -> ()

// -----

// IRDL (rtask.barrier): 'wave' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtask.barrier"() {program = @p, wave = 1.0 : f64} : () -> ()

// -----

// IRDL (rtask.barrier): every attribute is required.
// expected-error@+1 {{'rtask.barrier' op attribute "wave" is expected but not provided}}
"rtask.barrier"() {program = @p} : () -> ()

// -----

// expected-error@+1 {{'sms' and 'veus_per_sm' must be at least 1}}
"rtask.vdevice"() {sym_name = "vd", sms = 0 : i64, veus_per_sm = 2 : i64, num_veus = 0 : i64} : () -> ()

// -----

// expected-error@+1 {{'num_veus' must be sms x veus_per_sm = 4, got 3}}
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 3 : i64} : () -> ()

// -----

"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'function' refers to @main, which is not defined in the module}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()

// -----

func.func private @main()
// expected-error@+1 {{'vdevice' refers to @main, a 'func.func', expected 'rtask.vdevice'}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = @main, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'waves' must be at least 1}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 0 : i64, cost_us = 3.0 : f64
} : () -> ()

// -----

func.func private @main()
func.func private @k()
// expected-error@+1 {{'program' refers to @p, which is not defined in the module}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{'program' refers to @vd, a 'rtask.vdevice', expected 'rtask.program'}}
"rtask.wait"() {program = @vd, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i64: 1>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'program' must be a flat symbol reference, got @p::@q}}
"rtask.barrier"() {program = @p::@q, wave = 1 : i64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{wave 2 is outside the program's 2 waves}}
"rtask.barrier"() {program = @p, wave = 2 : i64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{wave -1 is outside the program's 2 waves}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = -1 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'veu' 4 is outside the vDevice (vEUs 0..3)}}
"rtask.task"() {program = @p, kernel = @k, veu = 4 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'order' must be non-negative}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = -1 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'kernel' refers to @vd, a 'rtask.vdevice', expected 'func.func' or 'gpu.func'}}
"rtask.task"() {program = @p, kernel = @vd, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{attribute 'blocks' must be an array of i64, got array<i32: 0, 4>}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i32: 0, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'blocks' must be [first, count] with first >= 0, count >= 1, got [0, 0]}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 0>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'blocks' must be [first, count] with first >= 0, count >= 1, got [0, 2, 2]}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 2, 2>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 0, 4>, cost_us = 1.0 : f64} : () -> ()
// expected-error@+1 {{vEU 0 already has a task at order 0}}
"rtask.task"() {program = @p, kernel = @k, veu = 0 : i64, order = 0 : i64, wave = 0 : i64,
  blocks = array<i64: 4, 4>, cost_us = 1.0 : f64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'veu' -1 is outside the vDevice (vEUs 0..3)}}
"rtask.wait"() {program = @p, veu = -1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i64: 1>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'order' must be non-negative}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = -1 : i64, on_veus = array<i64: 0>, steps = array<i64: 1>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{attribute 'steps' must be an array of i64, got array<i8: 1>}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i8: 1>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'on_veus' and 'steps' must be non-empty and of equal length}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i64: 1, 1>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'on_veus' and 'steps' must be non-empty and of equal length}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64>, steps = array<i64>} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{waited-on vEU 7 is outside the vDevice (vEUs 0..3)}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 7>, steps = array<i64: 1>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
// expected-error@+1 {{'steps' must be at least 1}}
"rtask.wait"() {program = @p, veu = 1 : i64, order = 0 : i64, on_veus = array<i64: 0>, steps = array<i64: 0>
} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
// expected-error@+1 {{unknown stage attribute 'rtask.stream' (known: rtile.space, tilegraph.node, utask.loop, utask.branch)}}
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64,
  rtask.stream = 0 : i64} : () -> ()

// -----

func.func private @main()
func.func private @k()
"rtask.vdevice"() {sym_name = "vd", sms = 2 : i64, veus_per_sm = 2 : i64, num_veus = 4 : i64} : () -> ()
"rtask.program"() {sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 3.0 : f64
} : () -> ()
func.func @main2() {
  // expected-error@+1 {{'rtask.barrier' must be directly inside a module}}
  "rtask.barrier"() {program = @p, wave = 1 : i64} : () -> ()
  return
}
