// Every IRDL constraint and every Python rule of the utask dialect, one case each.
// RUN: %hm-opt %s --split-input-file --verify-diagnostics

// IRDL (utask.loop): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"utask.loop"() {sym_name = @L, program = @p, kind = "for", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

// IRDL (utask.loop): 'program' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"utask.loop"() {sym_name = "L", program = "p", kind = "for", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

// IRDL (utask.loop): 'kind' is "for" or "while".
// expected-error@+1 {{'"do_while"' does not satisfy the constraint}}
"utask.loop"() {sym_name = "L", program = @p, kind = "do_while", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

// IRDL (utask.loop): 'trips' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4.0 : f64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

// IRDL (utask.loop): every attribute is required.
// expected-error@+1 {{'utask.loop' op attribute "trips" is expected but not provided}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

// IRDL (utask.branch): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
"utask.branch"() {sym_name = 1 : i64, program = @p} : () -> ()

// -----

// IRDL (utask.branch): 'program' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.array'}}
"utask.branch"() {sym_name = "B", program = [@p]} : () -> ()

// -----

// IRDL (utask.branch): every attribute is required.
// expected-error@+1 {{'utask.branch' op attribute "program" is expected but not provided}}
"utask.branch"() {sym_name = "B"} : () -> ()

// -----

// IRDL (utask.condition): the predicate is an i1.
func.func @f(%go: i32) {
  // expected-error@+1 {{expected 'i1' but got 'i32'}}
  "utask.condition"(%go) {of = @W, cell = "global"} : (i32) -> ()
  return
}

// -----

// IRDL (utask.condition): exactly one predicate.
// expected-error@+1 {{op expects exactly 1 operands, but got 0}}
"utask.condition"() {of = @W, cell = "global"} : () -> ()

// -----

// IRDL (utask.condition): 'of' is a symbol reference.
func.func @f(%go: i1) {
  // expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
  "utask.condition"(%go) {of = "W", cell = "global"} : (i1) -> ()
  return
}

// -----

// IRDL (utask.condition): 'cell' is "global" or "shared".
func.func @f(%go: i1) {
  // expected-error@+1 {{'"register"' does not satisfy the constraint}}
  "utask.condition"(%go) {of = @W, cell = "register"} : (i1) -> ()
  return
}

// -----

// IRDL (utask.condition): every attribute is required.
func.func @f(%go: i1) {
  // expected-error@+1 {{'utask.condition' op attribute "cell" is expected but not provided}}
  "utask.condition"(%go) {of = @W} : (i1) -> ()
  return
}

// -----

// IRDL (utask.stack): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"utask.stack"() {sym_name = @S, program = @p, depth = 8 : i64, frame_bytes = 32 : i64, level = "shared"
} : () -> ()

// -----

// IRDL (utask.stack): 'program' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.unit'}}
"utask.stack"() {sym_name = "S", program = unit, depth = 8 : i64, frame_bytes = 32 : i64, level = "shared"
} : () -> ()

// -----

// IRDL (utask.stack): 'depth' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"utask.stack"() {sym_name = "S", program = @p, depth = "8", frame_bytes = 32 : i64, level = "shared"} : () -> ()

// -----

// IRDL (utask.stack): 'frame_bytes' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.dense_array'}}
"utask.stack"() {sym_name = "S", program = @p, depth = 8 : i64, frame_bytes = array<i64: 32>, level = "shared"
} : () -> ()

// -----

// IRDL (utask.stack): 'level' is "global" or "shared".
// expected-error@+1 {{'"register"' does not satisfy the constraint}}
"utask.stack"() {sym_name = "S", program = @p, depth = 8 : i64, frame_bytes = 32 : i64, level = "register"
} : () -> ()

// -----

// IRDL (utask.stack): every attribute is required.
// expected-error@+1 {{'utask.stack' op attribute "level" is expected but not provided}}
"utask.stack"() {sym_name = "S", program = @p, depth = 8 : i64, frame_bytes = 32 : i64} : () -> ()

// -----

// expected-error@+1 {{'program' refers to @p, which is not defined in the module}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{'program' refers to @vd, a 'rtask.vdevice', expected 'rtask.program'}}
"utask.branch"() {sym_name = "B", program = @vd} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{'program' must be a flat symbol reference, got @p::@S}}
"utask.stack"() {sym_name = "S", program = @p::@S, depth = 8 : i64, frame_bytes = 32 : i64, level = "shared"
} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{'trips' must be non-negative (0: data-dependent)}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = -1 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{a 'while' loop is data-dependent: 'trips' must be 0}}
"utask.loop"() {sym_name = "W", program = @p, kind = "while", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{'depth' and 'frame_bytes' must be at least 1}}
"utask.stack"() {sym_name = "S", program = @p, depth = 0 : i64, frame_bytes = 32 : i64, level = "shared"
} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{'depth' and 'frame_bytes' must be at least 1}}
"utask.stack"() {sym_name = "S", program = @p, depth = 8 : i64, frame_bytes = 0 : i64, level = "shared"
} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'utask.loop' refers to @L, which is not defined in the module}}
  scf.for %i = %c0 to %n step %c1 {
  } {utask.loop = @L}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.branch"() {sym_name = "B", program = @p} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'utask.loop' refers to @B, a 'utask.branch', expected 'utask.loop'}}
  scf.for %i = %c0 to %n step %c1 {
  } {utask.loop = @B}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'utask.loop' must be a flat symbol reference, got "L"}}
  scf.for %i = %c0 to %n step %c1 {
  } {utask.loop = "L"}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.loop"() {sym_name = "W", program = @p, kind = "while", trips = 0 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'scf.for' cannot run a utask.loop of kind "while"}}
  scf.for %i = %c0 to %n step %c1 {
  } {utask.loop = @W}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'scf.while' cannot run a utask.loop of kind "for"}}
  %r = scf.while (%i = %c0) : (index) -> index {
    %go = arith.cmpi ult, %i, %n : index
    "utask.condition"(%go) {of = @L, cell = "global"} : (i1) -> ()
    scf.condition(%go) %i : index
  } do {
  ^bb0(%i: index):
    %next = arith.addi %i, %c1 : index
    scf.yield %next : index
  } attributes {utask.loop = @L}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()
func.func @f(%go: i1) {
  // expected-error@+1 {{'scf.if' cannot run a utask.loop of kind "for"}}
  scf.if %go {
  } {utask.loop = @L}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
func.func @f(%go: i1) {
  // expected-error@+1 {{'utask.branch' refers to @B, which is not defined in the module}}
  scf.if %go {
  } {utask.branch = @B}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.branch"() {sym_name = "B", program = @p} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'utask.branch' belongs on scf.if, not 'scf.for'}}
  scf.for %i = %c0 to %n step %c1 {
  } {utask.branch = @B}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
"utask.loop"() {sym_name = "W", program = @p, kind = "while", trips = 0 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()
"utask.stack"() {sym_name = "S", program = @p, depth = 8 : i64, frame_bytes = 32 : i64, level = "shared"
} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.while (%i = %c0) : (index) -> index {
    %go = arith.cmpi ult, %i, %n : index
    // expected-error@+1 {{'of' refers to @S, a 'utask.stack', expected 'utask.loop' or 'utask.branch'}}
    "utask.condition"(%go) {of = @S, cell = "global"} : (i1) -> ()
    scf.condition(%go) %i : index
  } do {
  ^bb0(%i: index):
    %next = arith.addi %i, %c1 : index
    scf.yield %next : index
  } attributes {utask.loop = @W}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{'utask.loop' refers to @W, which is not defined in the module}}
  %r = scf.while (%i = %c0) : (index) -> index {
    %go = arith.cmpi ult, %i, %n : index
    // expected-error@+1 {{'of' refers to @W, which is not defined in the module}}
    "utask.condition"(%go) {of = @W, cell = "global"} : (i1) -> ()
    scf.condition(%go) %i : index
  } do {
  ^bb0(%i: index):
    %next = arith.addi %i, %c1 : index
    scf.yield %next : index
  } attributes {utask.loop = @W}
  return
}

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
// expected-error@+1 {{unknown stage attribute 'utask.unroll' (known: rtile.space, tilegraph.node, rtask.program, rtask.kernel, utask.loop, utask.branch)}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, utask.unroll = 2 : i64, carried = array<i64>, carried_waits = array<i64>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 1 : i64, num_veus = 1 : i64} : () -> ()
"rtask.program"() {dispatch = "static", sym_name = "p", function = @main, vdevice = @vd, waves = 1 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = [], kernel_blocks = array<i64>, follows = array<i64>,
  task_offsets = array<i64: 0, 0>, task_kernel = array<i64>, task_block = array<i64>, task_wave = array<i64>,
  wait_offsets = array<i64: 0>, wait_kernel = array<i64>} : () -> ()
func.func @f() {
  // expected-error@+1 {{'utask.stack' must be directly inside a module}}
  "utask.stack"() {sym_name = "S", program = @p, depth = 8 : i64, frame_bytes = 32 : i64, level = "shared"
  } : () -> ()
  return
}

// -----

// A device loop whose kernel 0 overwrites what kernel 1 of the iteration before read, with no wait for it.
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 2 : i64, num_veus = 2 : i64} : () -> ()
// two kernels, kernel 1 follows kernel 0 in an iteration; a queue: only the waits order its tasks
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = ["a", "b"], kernel_blocks = array<i64: 1, 1>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2>, task_kernel = array<i64: 0, 1>, task_block = array<i64: 0, 0>,
  task_wave = array<i64: 0, 1>, wait_offsets = array<i64: 0, 0, 1>, wait_kernel = array<i64: 0>} : () -> ()
// expected-error@+1 {{kernel 0 of an iteration is not ordered after kernel 1 of the iteration 1 before, which it conflicts with}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64: 0, 1, 1>,
  carried_waits = array<i64: 0, 0, 1, 1, 1, 1>} : () -> ()

// -----

// Every kernel must follow its own previous iteration: the counters' reading of "iteration i is complete".
func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 2 : i64, num_veus = 2 : i64} : () -> ()
// two kernels, kernel 1 follows kernel 0 in an iteration; a queue: only the waits order its tasks
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = ["a", "b"], kernel_blocks = array<i64: 1, 1>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2>, task_kernel = array<i64: 0, 1>, task_block = array<i64: 0, 0>,
  task_wave = array<i64: 0, 1>, wait_offsets = array<i64: 0, 0, 1>, wait_kernel = array<i64: 0>} : () -> ()
// expected-error@+1 {{kernel 1 of an iteration is not ordered after its own previous iteration (the counters' invariant)}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>,
  carried_waits = array<i64: 0, 0, 1>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 2 : i64, num_veus = 2 : i64} : () -> ()
// two kernels, kernel 1 follows kernel 0 in an iteration; a queue: only the waits order its tasks
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = ["a", "b"], kernel_blocks = array<i64: 1, 1>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2>, task_kernel = array<i64: 0, 1>, task_block = array<i64: 0, 0>,
  task_wave = array<i64: 0, 1>, wait_offsets = array<i64: 0, 0, 1>, wait_kernel = array<i64: 0>} : () -> ()
// expected-error@+1 {{'carried_waits' must be an array of i64 triples (a, b, distance)}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>,
  carried_waits = array<i64: 1, 0>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 2 : i64, num_veus = 2 : i64} : () -> ()
// two kernels, kernel 1 follows kernel 0 in an iteration; a queue: only the waits order its tasks
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = ["a", "b"], kernel_blocks = array<i64: 1, 1>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2>, task_kernel = array<i64: 0, 1>, task_block = array<i64: 0, 0>,
  task_wave = array<i64: 0, 1>, wait_offsets = array<i64: 0, 0, 1>, wait_kernel = array<i64: 0>} : () -> ()
// expected-error@+1 {{carried wait (1, 2, 1) names a kernel outside 0..1 or a distance below 1}}
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>,
  carried_waits = array<i64: 1, 2, 1>} : () -> ()

// -----

func.func private @main()
"rtask.vdevice"() {sym_name = "vd", sms = 1 : i64, veus_per_sm = 2 : i64, num_veus = 2 : i64} : () -> ()
// two kernels, kernel 1 follows kernel 0 in an iteration; a queue: only the waits order its tasks
"rtask.program"() {dispatch = "queue", sym_name = "p", function = @main, vdevice = @vd, waves = 2 : i64, cost_us = 1.0 : f64,
  launches_us = 1.0 : f64, kernels = ["a", "b"], kernel_blocks = array<i64: 1, 1>, follows = array<i64: 1, 0>,
  task_offsets = array<i64: 0, 2>, task_kernel = array<i64: 0, 1>, task_block = array<i64: 0, 0>,
  task_wave = array<i64: 0, 1>, wait_offsets = array<i64: 0, 0, 1>, wait_kernel = array<i64: 0>} : () -> ()
"utask.loop"() {sym_name = "L", program = @p, kind = "for", trips = 4 : i64, carried = array<i64>,
  carried_waits = array<i64: 0, 0, 1, 1, 1, 1>} : () -> ()
func.func @f() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  // expected-error@+1 {{runs utask.loop @L of 4 trips, but its bounds give 5}}
  scf.for %i = %c0 to %c5 step %c1 {
  } {utask.loop = @L}
  return
}
