// utask: Grinder's (Cocktailer's) device-side control flow (stage 4 of hm-mlir, on memrefs).
//
// Loops and branches stay upstream `scf.for` / `scf.while` / `scf.if` ops; the one that runs on the device
// carries `utask.loop = @L` or `utask.branch = @B`, naming one of the ops below. Its predicate is marked
// with `utask.condition`: computed on the device and broadcast to every block through global memory, never
// read back by the host.
irdl.dialect @utask {
  // A device-side loop of an rProgram. trips = 0: data-dependent (scf.while).
  irdl.operation @loop {
    %name = irdl.base "#builtin.string"
    %program = irdl.base "#builtin.symbol_ref"
    %for = irdl.is "for"
    %while = irdl.is "while"
    %kind = irdl.any_of(%for, %while)
    %trips = irdl.base "#builtin.integer"
    irdl.attributes {
      "sym_name" = %name,
      "program" = %program,
      "kind" = %kind,
      "trips" = %trips
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
