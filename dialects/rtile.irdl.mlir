// rtile: Roller's decisions for one operator (stage 1 of hm-mlir).
//
// A linalg op that has been tiled carries `rtile.space = @S` (a discardable attribute of this dialect, checked
// by hm_mlir.verifier.rtile). @S is an `rtile.space` op at module level that lists the top-K candidate
// `rtile.config` ops, best first, and names the chosen one. Every size below is in elements.
//
// Each attribute has its own constraint value: an IRDL constraint value binds the first attribute it
// matches, so sharing one between two attributes would force them to be equal.
irdl.dialect @rtile {
  // The search space of one operator: its loop nest, the ranked candidates and the device they are for.
  irdl.operation @space {
    %name = irdl.base "#builtin.string"
    %op = irdl.base "#builtin.string"
    %loops = irdl.base "#builtin.dense_array"
    %iterators = irdl.base "#builtin.array"
    %top_k = irdl.base "#builtin.integer"
    %candidates = irdl.base "#builtin.array"
    %chosen = irdl.base "#builtin.symbol_ref"
    %naive = irdl.is "naive"
    %roller = irdl.is "roller"
    %policy = irdl.any_of(%naive, %roller)
    %device = irdl.base "#builtin.string"
    irdl.attributes {
      "sym_name" = %name,
      "op" = %op,
      "loops" = %loops,
      "iterators" = %iterators,
      "top_k" = %top_k,
      "candidates" = %candidates,
      "chosen" = %chosen,
      "policy" = %policy,
      "device" = %device
    }
  }

  // One rTile: tile sizes per memory level, aligned to the hardware, with the micro-model's estimates.
  //   block:  output tile of one thread block, one entry per parallel loop (in loop order)
  //   thread: register tile of one thread, one entry per parallel loop; divides `block`
  //   step:   reduction step staged through shared memory, one entry per reduction loop
  //   pad:    shared-memory row padding per input operand (bank-conflict avoidance)
  //   mma:    tensor-core instruction shape [m, n, k], or empty for CUDA cores
  irdl.operation @config {
    %name = irdl.base "#builtin.string"
    %block = irdl.base "#builtin.dense_array"
    %thread = irdl.base "#builtin.dense_array"
    %step = irdl.base "#builtin.dense_array"
    %pad = irdl.base "#builtin.dense_array"
    %mma = irdl.base "#builtin.dense_array"
    %vector_width = irdl.base "#builtin.integer"
    %stages = irdl.base "#builtin.integer"
    %threads = irdl.base "#builtin.integer"
    %smem_bytes = irdl.base "#builtin.integer"
    %regs = irdl.base "#builtin.integer"
    %traffic = irdl.base "#builtin.integer"
    %waves = irdl.base "#builtin.integer"
    %cost = irdl.base "#builtin.float"
    irdl.attributes {
      "sym_name" = %name,
      "block" = %block,
      "thread" = %thread,
      "step" = %step,
      "pad" = %pad,
      "mma" = %mma,
      "vector_width" = %vector_width,
      "stages" = %stages,
      "threads" = %threads,
      "smem_bytes" = %smem_bytes,
      "regs_per_thread" = %regs,
      "traffic_bytes" = %traffic,
      "waves" = %waves,
      "cost_us" = %cost
    }
  }
}
