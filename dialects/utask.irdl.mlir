// utask: Grinder's (Cocktailer's) device-side control flow (stage 4 of hm-mlir, on memrefs).
//
// Loops and branches stay upstream `scf.for` / `scf.while` / `scf.if` ops; the one that runs on the device
// carries `utask.loop = @L` or `utask.branch = @B`, naming one of the ops below. Its predicate is marked
// with `utask.condition`: computed on the device and broadcast to every block through global memory, never
// read back by the host.
irdl.dialect @utask {
  // A device-side loop: rProgram `program` (its kernels are the loop body's) runs once per iteration inside
  // its persistent kernel. trips: the static trip count, 0 when the bounds are host values or the loop is
  // data-dependent (scf.while). `carried` lists (a, b) pairs: kernel a of an iteration conflicts with kernel
  // b of an earlier one; `carried_waits` the (a, b) pairs where every task of a waits until b's counter says
  // b finished the iteration before. The verifier checks that the waits and the in-iteration order put every
  // carried pair, and every kernel after its own previous iteration, in happens-before.
  irdl.operation @loop {
    %name = irdl.base "#builtin.string"
    %program = irdl.base "#builtin.symbol_ref"
    %for = irdl.is "for"
    %while = irdl.is "while"
    %kind = irdl.any_of(%for, %while)
    %trips = irdl.base "#builtin.integer"
    %carried = irdl.base "#builtin.dense_array"
    %carried_waits = irdl.base "#builtin.dense_array"
    irdl.attributes {
      "sym_name" = %name,
      "program" = %program,
      "kind" = %kind,
      "trips" = %trips,
      "carried" = %carried,
      "carried_waits" = %carried_waits
    }
  }

  // A device-side branch of an rProgram.
  irdl.operation @branch {
    %name = irdl.base "#builtin.string"
    %program = irdl.base "#builtin.symbol_ref"
    irdl.attributes {
      "sym_name" = %name,
      "program" = %program
    }
  }

  // The predicate of loop or branch `of`, computed on the device and broadcast through `cell` memory.
  irdl.operation @condition {
    %pred = irdl.is i1
    irdl.operands(predicate: %pred)
    %of = irdl.base "#builtin.symbol_ref"
    %global = irdl.is "global"
    %shared = irdl.is "shared"
    %cell = irdl.any_of(%global, %shared)
    irdl.attributes {
      "of" = %of,
      "cell" = %cell
    }
  }

  // An explicit stack for device-side recursion, with a depth bound.
  irdl.operation @stack {
    %name = irdl.base "#builtin.string"
    %program = irdl.base "#builtin.symbol_ref"
    %depth = irdl.base "#builtin.integer"
    %frame = irdl.base "#builtin.integer"
    %global = irdl.is "global"
    %shared = irdl.is "shared"
    %level = irdl.any_of(%global, %shared)
    irdl.attributes {
      "sym_name" = %name,
      "program" = %program,
      "depth" = %depth,
      "frame_bytes" = %frame,
      "level" = %level
    }
  }
}
