// Every IRDL constraint and every Python rule of the rtile dialect, one case each.
// RUN: %hm-opt %s --split-input-file --verify-diagnostics

// IRDL (rtile.space): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"rtile.space"() {sym_name = @s, op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'op' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"rtile.space"() {sym_name = "s", op = @linalg, loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'loops' is a dense array, not an array attribute.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = [64, 64, 128],
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'iterators' is an array attribute.
// expected-error@+1 {{expected base attribute 'builtin.array' but got 'builtin.string'}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = "parallel, parallel, reduction", top_k = 1 : i64, candidates = [@k], chosen = @k, policy = "roller", device = "h100"
} : () -> ()

// -----

// IRDL (rtile.space): 'top_k' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1.0 : f32, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'candidates' is an array attribute.
// expected-error@+1 {{expected base attribute 'builtin.array' but got 'builtin.symbol_ref'}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = @k, chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'chosen' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = "k",
  policy = "roller", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'policy' is "naive" or "roller".
// expected-error@+1 {{'"greedy"' does not satisfy the constraint}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "greedy", device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): every attribute is required.
// expected-error@+1 {{'rtile.space' op attribute "policy" is expected but not provided}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  device = "h100"} : () -> ()

// -----

// IRDL (rtile.space): 'device' is required too.
// expected-error@+1 {{'rtile.space' op attribute "device" is expected but not provided}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller"} : () -> ()

// -----

// IRDL (rtile.space): 'device' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = @h100} : () -> ()

// -----

// IRDL (rtile.space): no results.
// expected-error@+1 {{op expects exactly 0 results, but got 1}}
%0 = "rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> i32

// -----

// IRDL (rtile.config): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
"rtile.config"() {sym_name = 0 : i64, block = array<i64: 64, 64>, thread = array<i64: 8, 8>,
  step = array<i64: 32>, pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64,
  threads = 64 : i64, smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64,
  waves = 1 : i64, cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'block' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"rtile.config"() {sym_name = "k", block = [64, 64], thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'thread' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.string'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = "8x8", step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'step' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.integer'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = 32 : i64,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'pad' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.dense_int_or_fp_elements'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = dense<0> : tensor<2xi64>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'mma' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = [], vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'vector_width' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = "4", stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'stages' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2.0 : f64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'threads' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.dense_array'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = array<i64: 64>,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'smem_bytes' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.unit'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = unit, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'regs_per_thread' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.array'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = [64], traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'traffic_bytes' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 2.5e5 : f64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'waves' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = "1",
  cost_us = 1.5 : f64} : () -> ()

// -----

// IRDL (rtile.config): 'cost_us' is a float.
// expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 2 : i64} : () -> ()

// -----

// IRDL (rtile.config): every attribute is required.
// expected-error@+1 {{'rtile.config' op attribute "mma" is expected but not provided}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64, smem_bytes = 32768 : i64,
  regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64, cost_us = 1.5 : f64} : () -> ()

// -----

// 'block', 'thread', 'step', 'pad', 'mma' hold i64.
// expected-error@+1 {{attribute 'block' must be an array of i64, got array<i32: 64, 64>}}
"rtile.config"() {sym_name = "k", block = array<i32: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'thread' sizes must be positive, got [8, 0]}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 0>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'pad' must be non-negative, got [-8, 0]}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: -8, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'block' has 2 sizes but 'thread' has 1}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{thread tile [8, 6] does not divide block tile [64, 64]}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 6>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'threads' must be 64 (block tile / thread tile)}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 128 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'mma' must be empty or [m, n, k]}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64: 16, 8>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'vector_width' must be a power of two, got 3}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 3 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+2 {{'stages' must be at least 1}}
// expected-error@+1 {{'waves' must be at least 1}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 0 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 0 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+3 {{'smem_bytes' must be non-negative}}
// expected-error@+2 {{'regs_per_thread' must be non-negative}}
// expected-error@+1 {{'traffic_bytes' must be non-negative}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = -1 : i64, regs_per_thread = -1 : i64, traffic_bytes = -1 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()

// -----

// expected-error@+1 {{'cost_us' must be non-negative}}
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = -1.0 : f64} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+2 {{'loops' extents must be positive, got [0, 64, 128]}}
// expected-error@+1 {{candidate @k: 'block' [64, 64] exceeds the next power of two of the parallel loop extents [0, 64]}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 0, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{attribute 'loops' must be an array of i64, got array<i32: 64, 64, 128>}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i32: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'iterators' must be an array of "parallel" / "reduction"}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "window"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'iterators' has 2 entries for 3 loops}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel"], top_k = 1 : i64, candidates = [@k], chosen = @k, policy = "roller", device = "h100"
} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'top_k' must be at least 1}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 0 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'candidates' must list at least one rtile.config}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
"rtile.config"() {sym_name = "k2", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{2 candidates exceed top_k = 1}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k, @k2], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// expected-error@+1 {{'candidates' entries must be symbol references, got "k"}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = ["k"], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// expected-error@+1 {{candidate @k is not an rtile.config in the module}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

func.func private @k()
// expected-error@+1 {{candidate @k is not an rtile.config in the module}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
"rtile.config"() {sym_name = "k2", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'chosen' @k2 is not one of the candidates}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k2,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'chosen' @s::@k is not one of the candidates}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @s::@k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64>, thread = array<i64: 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 8 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{candidate @k: 'block' has 1 sizes for 2 parallel loops}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 256>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{candidate @k: 'step' [256] exceeds the reduction loop extents [128]}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// A block tile may overhang its loop up to the next power of two of the extent (48 -> 64), not beyond.
"rtile.config"() {sym_name = "k", block = array<i64: 128, 64>, thread = array<i64: 16, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{candidate @k: 'block' [128, 64] exceeds the next power of two of the parallel loop extents [48, 64]}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 48, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()

// -----

// 'device' names a device description (h100, h200, a100, v100, cpu or a JSON file), whatever the policy.
"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
// expected-error@+1 {{'device' "tpu" is not a known device description}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "naive", device = "tpu"} : () -> ()

// -----

func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error@+1 {{'rtile.space' must be a flat symbol reference, got "s"}}
  %0 = linalg.matmul {rtile.space = "s"}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error@+1 {{'rtile.space' refers to @s, which is not defined in the module}}
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error@+1 {{'rtile.space' refers to @k, a 'rtile.config', expected 'rtile.space'}}
  %0 = linalg.matmul {rtile.space = @k}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 64>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error@+1 {{rtile.space @s describes loops [64, 64, 64] ['parallel', 'parallel', 'reduction'], but this op has loops [64, 64, 128]}}
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "naive", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error@+1 {{chosen config has 3 paddings for 2 inputs}}
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

// Policy "roller" on a linalg op: an unknown device is reported once, with the space (no rule is checked).
"rtile.config"() {sym_name = "k", block = array<i64: 4, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 432 : i64, regs_per_thread = 28 : i64, traffic_bytes = 802816 : i64, waves = 1 : i64,
  cost_us = 2.2582314029850745 : f64} : () -> ()
// expected-error@+1 {{'device' "tpu" is not a known device description}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "tpu"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

// Policy "roller" on a linalg op: every block size is a power of two (the best config of
// hm-roller-tiling{top-k=1} on h100, with block [12, 8] instead of [4, 8]; smem_bytes is the model's).
"rtile.config"() {sym_name = "k", block = array<i64: 12, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 96 : i64,
  smem_bytes = 720 : i64, regs_per_thread = 22 : i64, traffic_bytes = 509952 : i64, waves = 1 : i64,
  cost_us = 2.2582314029850745 : f64} : () -> ()
// expected-error@+1 {{candidate @k breaks a rule of device 'h100': loop 0: block 12 / thread 1 must be powers of two, the thread tile dividing the block tile, the block at most 64 (extent 64)}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

// Policy "roller" on a linalg op: threads per block are a multiple of the warp size (block [2, 8]: 16 threads).
"rtile.config"() {sym_name = "k", block = array<i64: 2, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 16 : i64,
  smem_bytes = 360 : i64, regs_per_thread = 26 : i64, traffic_bytes = 1327104 : i64, waves = 1 : i64,
  cost_us = 2.2582314029850745 : f64} : () -> ()
// expected-error@+1 {{candidate @k breaks a rule of device 'h100': 16 threads per block: must be a multiple of 32 and at most 1024}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

// Policy "roller" on a linalg op: a candidate's smem_bytes is the model's (432 for this config).
"rtile.config"() {sym_name = "k", block = array<i64: 4, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 1024 : i64, regs_per_thread = 22 : i64, traffic_bytes = 802816 : i64, waves = 1 : i64,
  cost_us = 2.2582314029850745 : f64} : () -> ()
// expected-error@+1 {{candidate @k: 'smem_bytes' is 1024 but the model gives 432}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

// Policy "roller" on a linalg op: a candidate's regs_per_thread is the model's (22 for this config).
"rtile.config"() {sym_name = "k", block = array<i64: 4, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 432 : i64, regs_per_thread = 40 : i64, traffic_bytes = 802816 : i64, waves = 1 : i64,
  cost_us = 2.2582314029850745 : f64} : () -> ()
// expected-error@+1 {{candidate @k: 'regs_per_thread' is 40 but the model gives 22}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

// Policy "roller" on a linalg op: candidates are ranked by cost_us, best first (candidates 0 and 2 of
// hm-roller-tiling{top-k=3} on h100, listed in the wrong order).
"rtile.config"() {sym_name = "k0", block = array<i64: 4, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 432 : i64, regs_per_thread = 22 : i64, traffic_bytes = 802816 : i64, waves = 1 : i64,
  cost_us = 2.2582314029850745 : f64} : () -> ()
"rtile.config"() {sym_name = "k2", block = array<i64: 8, 8>, thread = array<i64: 1, 1>, step = array<i64: 8>,
  pad = array<i64: 1, 1>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 576 : i64, regs_per_thread = 21 : i64, traffic_bytes = 540672 : i64, waves = 1 : i64,
  cost_us = 2.2797814207650271 : f64} : () -> ()
// expected-error@+1 {{candidates must be ranked by modelled time (cost_us [2.279781420765027, 2.2582314029850745])}}
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 2 : i64, candidates = [@k2, @k0], chosen = @k2,
  policy = "roller", device = "h100"} : () -> ()
func.func @mm(%a: tensor<64x128xf32>, %b: tensor<128x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = linalg.matmul {rtile.space = @s}
         ins(%a, %b : tensor<64x128xf32>, tensor<128x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}

// -----

"rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
  smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
  cost_us = 1.5 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 64, 64, 128>,
  iterators = ["parallel", "parallel", "reduction"], top_k = 1 : i64, candidates = [@k], chosen = @k,
  policy = "roller", device = "h100"} : () -> ()
// expected-error@+1 {{'rtile.space' belongs on a linalg op, not 'func.func'}}
func.func private @f() attributes {rtile.space = @s}

// -----

// expected-error@+1 {{unknown stage attribute 'rtile.tile' (known: rtile.space, tilegraph.node, rtask.program, rtask.kernel, utask.loop, utask.branch)}}
func.func private @f() attributes {rtile.tile = @k}

// -----

func.func @f() {
  // expected-error@+1 {{'rtile.config' must be directly inside a module}}
  "rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>, step = array<i64: 32>,
    pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64, threads = 64 : i64,
    smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64, waves = 1 : i64,
    cost_us = 1.5 : f64} : () -> ()
  return
}

// -----

module {
  module {
    // expected-error@+1 {{'rtile.config' must be directly inside the top-level module, not a nested one}}
    "rtile.config"() {sym_name = "k", block = array<i64: 64, 64>, thread = array<i64: 8, 8>,
      step = array<i64: 32>, pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 4 : i64, stages = 2 : i64,
      threads = 64 : i64, smem_bytes = 32768 : i64, regs_per_thread = 64 : i64, traffic_bytes = 262144 : i64,
      waves = 1 : i64, cost_us = 1.5 : f64} : () -> ()
  }
}
