// rtask: Rammer's rProgram (stage 3 of hm-mlir, on memrefs after bufferization).
//
// The data flow stays in upstream ops: the host function calls each kernel function once (`func.call`).
// The schedule lives in these region-less ops at module level, naming kernels by symbol (as gpu.launch_func
// names a gpu.func): the vDevice, the program of one host function, the rTasks each vEU runs in order, the
// fine-grained waits on other vEUs' step counters and the device-wide barriers between waves.
irdl.dialect @rtask {
  // The virtual device: one vEU per resident block slot of one SM.
  irdl.operation @vdevice {
    %name = irdl.base "#builtin.string"
    %sms = irdl.base "#builtin.integer"
    %per_sm = irdl.base "#builtin.integer"
    %veus = irdl.base "#builtin.integer"
    irdl.attributes {
      "sym_name" = %name,
      "sms" = %sms,
      "veus_per_sm" = %per_sm,
      "num_veus" = %veus
    }
  }

  // The rProgram of one host function: all of its kernel calls run inside ONE persistent kernel.
  irdl.operation @program {
    %name = irdl.base "#builtin.string"
    %function = irdl.base "#builtin.symbol_ref"
    %vdevice = irdl.base "#builtin.symbol_ref"
    %waves = irdl.base "#builtin.integer"
    %cost = irdl.base "#builtin.float"
    irdl.attributes {
      "sym_name" = %name,
      "function" = %function,
      "vdevice" = %vdevice,
      "waves" = %waves,
      "cost_us" = %cost
    }
  }

  // One rTask: blocks [first, first + count) of `kernel` run on vEU `veu` as its `order`-th task.
  irdl.operation @task {
    %program = irdl.base "#builtin.symbol_ref"
    %kernel = irdl.base "#builtin.symbol_ref"
    %veu = irdl.base "#builtin.integer"
    %order = irdl.base "#builtin.integer"
    %wave = irdl.base "#builtin.integer"
    %blocks = irdl.base "#builtin.dense_array"
    %cost = irdl.base "#builtin.float"
    irdl.attributes {
      "program" = %program,
      "kernel" = %kernel,
      "veu" = %veu,
      "order" = %order,
      "wave" = %wave,
      "blocks" = %blocks,
      "cost_us" = %cost
    }
  }

  // Before its `order`-th task, vEU `veu` waits until each vEU on_veus[i] has finished steps[i] tasks.
  irdl.operation @wait {
    %program = irdl.base "#builtin.symbol_ref"
    %veu = irdl.base "#builtin.integer"
    %order = irdl.base "#builtin.integer"
    %on = irdl.base "#builtin.dense_array"
    %steps = irdl.base "#builtin.dense_array"
    irdl.attributes {
      "program" = %program,
      "veu" = %veu,
      "order" = %order,
      "on_veus" = %on,
      "steps" = %steps
    }
  }

  // A device-wide barrier before wave `wave` (all vEUs).
  irdl.operation @barrier {
    %program = irdl.base "#builtin.symbol_ref"
    %wave = irdl.base "#builtin.integer"
    irdl.attributes {
      "program" = %program,
      "wave" = %wave
    }
  }
}
