// Every IRDL constraint and every Python rule of the tilegraph dialect, one case each.
// RUN: %hm-opt %s --split-input-file --verify-diagnostics

// IRDL (tilegraph.kernel): 'sym_name' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"tilegraph.kernel"() {sym_name = @g, function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'function' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"tilegraph.kernel"() {sym_name = "g", function = "f", space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'nodes' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.array'}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = [0, 1], grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'grid' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.integer'}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = 4 : i64, block = array<i64: 64>,
  smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'block' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>, block = [64],
  smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'smem_bytes' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0.0 : f32, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'traffic_bytes' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = "2 KiB", cost_us = 0.2 : f64} : () -> ()

// -----

// IRDL (tilegraph.kernel): 'cost_us' is a float.
// expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 1 : i64} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
// IRDL (tilegraph.kernel): every attribute is required.
// expected-error@+1 {{'tilegraph.kernel' op attribute "grid" is expected but not provided}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, block = array<i64: 64>,
  smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
// IRDL (tilegraph.kernel): no operands.
func.func @h(%n: i64) {
  // expected-error@+1 {{op expects exactly 0 operands, but got 1}}
  "tilegraph.kernel"(%n) {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
    block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : (i64) -> ()
  return
}

// -----

// IRDL (tilegraph.node): 'kernel' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"tilegraph.node"() {kernel = "g", index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @s
} : () -> ()

// -----

// IRDL (tilegraph.node): 'index' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
"tilegraph.node"() {kernel = @g, index = 0.0 : f64, op = "linalg.generic", tile = array<i64: 64>, space = @s
} : () -> ()

// -----

// IRDL (tilegraph.node): 'op' is a string.
// expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.symbol_ref'}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = @linalg, tile = array<i64: 64>, space = @s} : () -> ()

// -----

// IRDL (tilegraph.node): 'tile' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = [64], space = @s} : () -> ()

// -----

// IRDL (tilegraph.node): 'space' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.string'}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = "s"
} : () -> ()

// -----

// IRDL (tilegraph.node): every attribute is required.
// expected-error@+1 {{'tilegraph.node' op attribute "space" is expected but not provided}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>} : () -> ()

// -----

// IRDL (tilegraph.edge): 'kernel' is a symbol reference.
// expected-error@+1 {{expected base attribute 'builtin.symbol_ref' but got 'builtin.integer'}}
"tilegraph.edge"() {kernel = 0 : i64, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "register"} : () -> ()

// -----

// IRDL (tilegraph.edge): 'producer' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.symbol_ref'}}
"tilegraph.edge"() {kernel = @g, producer = @mm, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 64>,
  level = "register"} : () -> ()

// -----

// IRDL (tilegraph.edge): 'consumer' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = "1", operand = 0 : i64, tile = array<i64: 64>,
  level = "register"} : () -> ()

// -----

// IRDL (tilegraph.edge): 'operand' is an integer.
// expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.unit'}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = unit, tile = array<i64: 64>,
  level = "register"} : () -> ()

// -----

// IRDL (tilegraph.edge): 'tile' is a dense array.
// expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.dense_int_or_fp_elements'}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64,
  tile = dense<64> : tensor<1xi64>, level = "register"} : () -> ()

// -----

// IRDL (tilegraph.edge): 'level' is "register", "shared" or "global".
// expected-error@+1 {{'"local"' does not satisfy the constraint}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "local"} : () -> ()

// -----

// IRDL (tilegraph.edge): every attribute is required.
// expected-error@+1 {{'tilegraph.edge' op attribute "level" is expected but not provided}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 64>
} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'function' refers to @f, which is not defined in the module}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'function' refers to @s, a 'rtile.space', expected 'func.func'}}
"tilegraph.kernel"() {sym_name = "g", function = @s, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
// expected-error@+1 {{'nodes' must be at least 1}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 0 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
// expected-error@+2 {{'grid' must be non-empty and positive, got []}}
// expected-error@+1 {{'block' must be non-empty and positive, got [64, 0]}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64>,
  block = array<i64: 64, 0>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
// expected-error@+1 {{attribute 'grid' must be an array of i64, got array<i32: 4>}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i32: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
// expected-error@+2 {{'smem_bytes' must be non-negative}}
// expected-error@+1 {{'traffic_bytes' must be non-negative}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = -1 : i64, traffic_bytes = -2048 : i64, cost_us = 0.2 : f64} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'kernel' refers to @s, a 'rtile.space', expected 'tilegraph.kernel'}}
"tilegraph.node"() {kernel = @s, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @s
} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'kernel' must be a flat symbol reference, got @g::@f}}
"tilegraph.node"() {kernel = @g::@f, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @s
} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'index' = 2 is not a node of kernel @g (2 nodes)}}
"tilegraph.node"() {kernel = @g, index = 2 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @s
} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{'space' refers to @missing, which is not defined in the module}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @missing
} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'space' refers to @c, a 'rtile.config', expected 'rtile.space'}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @c
} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{'tile' must be positive, got [0]}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i64: 0>, space = @s
} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
// expected-error@+1 {{attribute 'tile' must be an array of i64, got array<i32: 64>}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i32: 64>, space = @s
} : () -> ()

// -----

func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
"rtile.config"() {sym_name = "c", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@c], chosen = @c, policy = "naive", device = "h100"} : () -> ()
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", tile = array<i64: 64>, space = @s
} : () -> ()
// expected-error@+1 {{node 0 of kernel @g is described twice}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.matmul", tile = array<i64: 64>, space = @s
} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{'kernel' refers to @h, which is not defined in the module}}
"tilegraph.edge"() {kernel = @h, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "register"} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{'producer' = -1 is not a node of kernel @g (2 nodes)}}
"tilegraph.edge"() {kernel = @g, producer = -1 : i64, consumer = 1 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "register"} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{'consumer' = 2 is not a node of kernel @g (2 nodes)}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 2 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "register"} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{an edge must join two different nodes}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 0 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "register"} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{'operand' must be non-negative}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = -1 : i64,
  tile = array<i64: 64>, level = "register"} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{'tile' must be positive, got [4, -1]}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 4, -1>,
  level = "register"} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
func.func @f(%x: tensor<256xf32>, %y: tensor<256xf32>) -> tensor<256xf32> {
  // expected-error@+1 {{'tilegraph.node' must be an integer (the node's index in its kernel)}}
  %0 = linalg.copy {tilegraph.node = "0"} ins(%x : tensor<256xf32>) outs(%y : tensor<256xf32>) -> tensor<256xf32>
  return %0 : tensor<256xf32>
}

// -----

func.func @f(%x: tensor<256xf32>, %y: tensor<256xf32>) -> tensor<256xf32> {
  // expected-error@+1 {{'tilegraph.node' marks a member of a kernel, but the enclosing function is not named by any tilegraph.kernel}}
  %0 = linalg.copy {tilegraph.node = 0 : i64} ins(%x : tensor<256xf32>) outs(%y : tensor<256xf32>) -> tensor<256xf32>
  return %0 : tensor<256xf32>
}

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
func.func @f(%x: tensor<256xf32>, %y: tensor<256xf32>) -> tensor<256xf32> {
  // expected-error@+1 {{'tilegraph.node' = 2 is not a node of kernel @g (2 nodes)}}
  %0 = linalg.copy {tilegraph.node = 2 : i64} ins(%x : tensor<256xf32>) outs(%y : tensor<256xf32>) -> tensor<256xf32>
  return %0 : tensor<256xf32>
}

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
// expected-error@+1 {{unknown stage attribute 'tilegraph.fused' (known: rtile.space, tilegraph.node, rtask.program, rtask.kernel, utask.loop, utask.branch)}}
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64,
  tilegraph.fused = true} : () -> ()

// -----
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func @f() {
  // expected-error@+1 {{'tilegraph.kernel' must be directly inside a module}}
  "tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
    block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
  return
}

// -----

// A global edge is a kernel boundary, and shared-memory edges are part 2's.
"rtile.config"() {sym_name = "sc", block = array<i64: 64>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 64 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 8 : i64, traffic_bytes = 512 : i64, waves = 1 : i64,
  cost_us = 0.1 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
func.func private @f()
"tilegraph.kernel"() {sym_name = "g", function = @f, space = @s, nodes = 2 : i64, grid = array<i64: 4>,
  block = array<i64: 64>, smem_bytes = 0 : i64, traffic_bytes = 2048 : i64, cost_us = 0.2 : f64} : () -> ()
// expected-error@+1 {{a global edge is a kernel boundary: it cannot join two members of one kernel}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "global"} : () -> ()
// expected-error@+1 {{shared-memory edges are not built yet (Welder part 2)}}
"tilegraph.edge"() {kernel = @g, producer = 1 : i64, consumer = 0 : i64, operand = 0 : i64,
  tile = array<i64: 64>, level = "shared"} : () -> ()

// -----

// Python (groups): a producer's tile is the propagation of its consumer's.
#map = affine_map<(d0) -> (d0)>
"rtile.config"() {sym_name = "sc", block = array<i64: 32>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 10 : i64, traffic_bytes = 3072 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "roller", device = "h100"} : () -> ()
"rtile.space"() {sym_name = "add", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
"rtile.config"() {sym_name = "sc1", block = array<i64: 32>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 7 : i64, traffic_bytes = 2048 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "exp", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc1], chosen = @sc1, policy = "naive", device = "h100"} : () -> ()
"tilegraph.kernel"() {sym_name = "g", function = @k, space = @s, nodes = 2 : i64, grid = array<i64: 8>,
  block = array<i64: 32>, smem_bytes = 0 : i64, traffic_bytes = 3072 : i64, cost_us = 2.0 : f64} : () -> ()
// expected-error@+1 {{tile [16] of node 0 is not the propagation of its consumers' tiles ([32])}}
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", space = @add, tile = array<i64: 16>} : () -> ()
"tilegraph.node"() {kernel = @g, index = 1 : i64, op = "linalg.generic", space = @exp, tile = array<i64: 32>} : () -> ()
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 32>, level = "register"} : () -> ()
func.func private @k(%x: tensor<256xf32>, %y: tensor<256xf32>) -> tensor<256xf32> {
  %e = tensor.empty() : tensor<256xf32>
  %1 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel"]} ins(%x, %y : tensor<256xf32>, tensor<256xf32>) outs(%e : tensor<256xf32>) attrs = {rtile.space = @add, tilegraph.node = 0 : i64} {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<256xf32>
  %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%1 : tensor<256xf32>) outs(%e : tensor<256xf32>) attrs = {rtile.space = @exp, tilegraph.node = 1 : i64} {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<256xf32>
  return %2 : tensor<256xf32>
}

// -----

// Python (groups): an edge names the value its producer hands to its consumer.
#map = affine_map<(d0) -> (d0)>
"rtile.config"() {sym_name = "sc", block = array<i64: 32>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 10 : i64, traffic_bytes = 3072 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "roller", device = "h100"} : () -> ()
"rtile.space"() {sym_name = "add", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
"rtile.config"() {sym_name = "sc1", block = array<i64: 32>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 7 : i64, traffic_bytes = 2048 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "exp", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc1], chosen = @sc1, policy = "naive", device = "h100"} : () -> ()
"tilegraph.kernel"() {sym_name = "g", function = @k, space = @s, nodes = 2 : i64, grid = array<i64: 8>,
  block = array<i64: 32>, smem_bytes = 0 : i64, traffic_bytes = 3072 : i64, cost_us = 2.0 : f64} : () -> ()
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", space = @add, tile = array<i64: 32>} : () -> ()
"tilegraph.node"() {kernel = @g, index = 1 : i64, op = "linalg.generic", space = @exp, tile = array<i64: 32>} : () -> ()
// expected-error@+1 {{operand 1 of node 1 is not the result of node 0}}
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 1 : i64, tile = array<i64: 32>, level = "register"} : () -> ()
func.func private @k(%x: tensor<256xf32>, %y: tensor<256xf32>) -> tensor<256xf32> {
  %e = tensor.empty() : tensor<256xf32>
  %1 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel"]} ins(%x, %y : tensor<256xf32>, tensor<256xf32>) outs(%e : tensor<256xf32>) attrs = {rtile.space = @add, tilegraph.node = 0 : i64} {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<256xf32>
  %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%1 : tensor<256xf32>) outs(%e : tensor<256xf32>) attrs = {rtile.space = @exp, tilegraph.node = 1 : i64} {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<256xf32>
  return %2 : tensor<256xf32>
}

// -----

// Python (groups): every operator of a kernel function is a member.
#map = affine_map<(d0) -> (d0)>
"rtile.config"() {sym_name = "sc", block = array<i64: 32>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64: 0, 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 10 : i64, traffic_bytes = 3072 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "roller", device = "h100"} : () -> ()
"rtile.space"() {sym_name = "add", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive", device = "h100"} : () -> ()
"rtile.config"() {sym_name = "sc1", block = array<i64: 32>, thread = array<i64: 1>, step = array<i64>,
  pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 32 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 7 : i64, traffic_bytes = 2048 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "exp", op = "linalg.generic", loops = array<i64: 256>, iterators = ["parallel"],
  top_k = 1 : i64, candidates = [@sc1], chosen = @sc1, policy = "naive", device = "h100"} : () -> ()
"tilegraph.kernel"() {sym_name = "g", function = @k, space = @s, nodes = 2 : i64, grid = array<i64: 8>,
  block = array<i64: 32>, smem_bytes = 0 : i64, traffic_bytes = 3072 : i64, cost_us = 2.0 : f64} : () -> ()
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", space = @add, tile = array<i64: 32>} : () -> ()
"tilegraph.node"() {kernel = @g, index = 1 : i64, op = "linalg.generic", space = @exp, tile = array<i64: 32>} : () -> ()
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 32>, level = "register"} : () -> ()
func.func private @k(%x: tensor<256xf32>, %y: tensor<256xf32>) -> tensor<256xf32> {
  %e = tensor.empty() : tensor<256xf32>
  // expected-error@+1 {{every operator of kernel function @k is a member of kernel @g: this one lacks 'tilegraph.node'}}
  %1 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel"]} ins(%x, %y : tensor<256xf32>, tensor<256xf32>) outs(%e : tensor<256xf32>) attrs = {rtile.space = @add} {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<256xf32>
  %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%1 : tensor<256xf32>) outs(%e : tensor<256xf32>) attrs = {rtile.space = @exp, tilegraph.node = 1 : i64} {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<256xf32>
  return %2 : tensor<256xf32>
}

// -----

// Python (groups): a register edge joins members whose threads consume exactly the points they produce: the
// reduction's row d0 + 1 is another thread's.
"rtile.config"() {sym_name = "sc", block = array<i64: 8>, thread = array<i64: 1>, step = array<i64: 8>,
  pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 8 : i64,
  smem_bytes = 0 : i64, regs_per_thread = 10 : i64, traffic_bytes = 3072 : i64, waves = 1 : i64,
  cost_us = 2.0 : f64} : () -> ()
"rtile.space"() {sym_name = "s", op = "tilegraph.kernel", loops = array<i64: 8, 8>,
  iterators = ["parallel", "reduction"], top_k = 1 : i64, candidates = [@sc], chosen = @sc, policy = "naive",
  device = "h100"} : () -> ()
// expected-error@+1 {{kernel @g is not register-level: node 1 is not a register-level neighbour of node 0: its map of the shared tensor is not a permutation}}
"tilegraph.kernel"() {sym_name = "g", function = @k, space = @s, nodes = 2 : i64, grid = array<i64: 1>,
  block = array<i64: 8>, smem_bytes = 0 : i64, traffic_bytes = 3072 : i64, cost_us = 2.0 : f64} : () -> ()
"tilegraph.node"() {kernel = @g, index = 0 : i64, op = "linalg.generic", space = @s, tile = array<i64: 8, 8>} : () -> ()
"tilegraph.node"() {kernel = @g, index = 1 : i64, op = "linalg.generic", space = @s, tile = array<i64: 8>} : () -> ()
"tilegraph.edge"() {kernel = @g, producer = 0 : i64, consumer = 1 : i64, operand = 0 : i64, tile = array<i64: 8>, level = "register"} : () -> ()
func.func private @k(%x: tensor<9x8xf32>, %acc: tensor<9xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
      iterator_types = ["parallel", "reduction"]} ins(%x : tensor<9x8xf32>) outs(%acc : tensor<9xf32>)
      attrs = {tilegraph.node = 0 : i64} {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  } -> tensor<9xf32>
  %2 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0 + 1)>, affine_map<(d0) -> (d0)>],
      iterator_types = ["parallel"]} ins(%1 : tensor<9xf32>) outs(%e : tensor<8xf32>)
      attrs = {tilegraph.node = 1 : i64} {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %2 : tensor<8xf32>
}
