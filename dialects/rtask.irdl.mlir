// rtask: Rammer's rProgram (stage 3 of hm-mlir, on memrefs after bufferization).
//
// The data flow stays in upstream ops: each kernel of a program is the op it was (a linalg op with its rTile,
// or a call of a Welder kernel function), marked `rtask.program = @P` and `rtask.kernel = N : i64` (its index
// in the program, in program order). The schedule lives in region-less ops at module level: the vDevice, and
// per program its dense per-vEU tables. vEU v runs tasks task_offsets[v] .. task_offsets[v+1]-1 in order;
// task t is block task_block[t] of kernel task_kernel[t] (wave task_wave[t]); before it runs it waits until
// the counter of each kernel wait_kernel[w], w in wait_offsets[t] .. wait_offsets[t+1]-1, has reached that
// kernel's task count kernel_blocks[k] (each finished task adds one to its kernel's counter). `follows` lists
// the pairs (later, earlier) of kernels that share a buffer, which the schedule must order. `dispatch` is
// "static" (those per-vEU rows) or "queue": then the tables hold one row, a queue every vEU takes the next
// task from (event-driven dispatch; each task waits on the kernels its kernel follows).
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

  // The rProgram of a run of kernels of one host function: they run inside ONE persistent kernel.
  irdl.operation @program {
    %name = irdl.base "#builtin.string"
    %function = irdl.base "#builtin.symbol_ref"
    %vdevice = irdl.base "#builtin.symbol_ref"
    %kernels = irdl.base "#builtin.array"
    %waves = irdl.base "#builtin.integer"
    %cost = irdl.base "#builtin.float"
    %launches = irdl.base "#builtin.float"
    %kernel_blocks = irdl.base "#builtin.dense_array"
    %follows = irdl.base "#builtin.dense_array"
    %task_offsets = irdl.base "#builtin.dense_array"
    %task_kernel = irdl.base "#builtin.dense_array"
    %task_block = irdl.base "#builtin.dense_array"
    %task_wave = irdl.base "#builtin.dense_array"
    %wait_offsets = irdl.base "#builtin.dense_array"
    %wait_kernel = irdl.base "#builtin.dense_array"
    %dispatch = irdl.base "#builtin.string"
    irdl.attributes {
      "sym_name" = %name,
      "function" = %function,
      "vdevice" = %vdevice,
      "kernels" = %kernels,
      "waves" = %waves,
      "cost_us" = %cost,
      "launches_us" = %launches,
      "kernel_blocks" = %kernel_blocks,
      "follows" = %follows,
      "task_offsets" = %task_offsets,
      "task_kernel" = %task_kernel,
      "task_block" = %task_block,
      "task_wave" = %task_wave,
      "wait_offsets" = %wait_offsets,
      "wait_kernel" = %wait_kernel,
      "dispatch" = %dispatch
    }
  }
}
