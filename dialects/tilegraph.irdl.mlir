// tilegraph: Welder's fused kernels (stage 2 of hm-mlir).
//
// Each fused group of operators is outlined into a kernel `func.func` (called by `func.call` from its host
// function). A `tilegraph.kernel` op at module level names that function and the `rtile.space` of the fused
// operator (the group as one loop nest: its chosen rTile is what the kernel runs) and carries the schedule;
// one `tilegraph.node` per member operator gives its operator-tile; one `tilegraph.edge` per producer ->
// consumer pair inside the group gives the memory level at which the producer's tile is handed over. Member
// linalg ops inside the kernel function carry `tilegraph.node = N : i64` (their index in the group).
irdl.dialect @tilegraph {
  irdl.operation @kernel {
    %name = irdl.base "#builtin.string"
    %function = irdl.base "#builtin.symbol_ref"
    %space = irdl.base "#builtin.symbol_ref"
    %nodes = irdl.base "#builtin.integer"
    %grid = irdl.base "#builtin.dense_array"
    %block = irdl.base "#builtin.dense_array"
    %smem_bytes = irdl.base "#builtin.integer"
    %traffic = irdl.base "#builtin.integer"
    %cost = irdl.base "#builtin.float"
    irdl.attributes {
      "sym_name" = %name,
      "function" = %function,
      "space" = %space,
      "nodes" = %nodes,
      "grid" = %grid,
      "block" = %block,
      "smem_bytes" = %smem_bytes,
      "traffic_bytes" = %traffic,
      "cost_us" = %cost
    }
  }

  // One member operator: its operator-tile (the output tile one block computes, propagated from the sink).
  irdl.operation @node {
    %kernel = irdl.base "#builtin.symbol_ref"
    %index = irdl.base "#builtin.integer"
    %op = irdl.base "#builtin.string"
    %tile = irdl.base "#builtin.dense_array"
    %space = irdl.base "#builtin.symbol_ref"
    irdl.attributes {
      "kernel" = %kernel,
      "index" = %index,
      "op" = %op,
      "tile" = %tile,
      "space" = %space
    }
  }

  // A producer -> consumer edge and the memory level that carries it: registers (thread-local fusion),
  // shared memory (block-level fusion) or global memory (a kernel boundary).
  irdl.operation @edge {
    %kernel = irdl.base "#builtin.symbol_ref"
    %producer = irdl.base "#builtin.integer"
    %consumer = irdl.base "#builtin.integer"
    %operand = irdl.base "#builtin.integer"
    %tile = irdl.base "#builtin.dense_array"
    %register = irdl.is "register"
    %shared = irdl.is "shared"
    %global = irdl.is "global"
    %level = irdl.any_of(%register, %shared, %global)
    irdl.attributes {
      "kernel" = %kernel,
      "producer" = %producer,
      "consumer" = %consumer,
      "operand" = %operand,
      "tile" = %tile,
      "level" = %level
    }
  }
}
