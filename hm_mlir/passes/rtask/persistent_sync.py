"""The counters of Rammer's persistent kernel: device globals, and the acquire and release around a task.

A program P's kernel k is complete in epoch e when the device global `__hm_P_counters[k]` reaches
kernel_blocks[k] x e (compared as a signed 32-bit difference, so the counters wrap around; nothing resets them
between launches). The host adds one to the epoch `__hm_P_epoch` before each launch (a device loop's trip count:
each iteration is an epoch, and a carried wait at distance d waits for epoch - d). Ordering is explicit, since
`memref.atomic_rmw` lowers to a relaxed `atom.global`: a release is a block barrier, then thread 0's
`llvm.fence syncscope("device") acq_rel` (PTX `fence.acq_rel.gpu`), then the atomic add; an acquire is thread
0's spin on relaxed atomic reads, the fence, then a block barrier. A spin is bounded by the global timer: past
the bound it sets the block's abort flag and the device global `__hm_P_error` = [1, awaited kernel + 1], which
every other spinning block sees and stops on; the runtime reports the cell after the launch.
"""

from __future__ import annotations

import numpy as np
from mlir import ir
from mlir.dialects import arith, llvm, memref, nvvm, scf

from hm_mlir.codegen.kernel_form import index_constant

TABLES = ("kernel_blocks", "task_offsets", "task_kernel", "task_block", "wait_offsets", "wait_kernel")


def i32_constant(value: int) -> ir.Value:
    return arith.ConstantOp(ir.IntegerType.get_signless(32), int(value)).result


def as_index(value: ir.Value) -> ir.Value:
    return arith.IndexCastOp(ir.IndexType.get(), value).result


def load(buffer: ir.Value, index: ir.Value) -> ir.Value:
    return memref.LoadOp(buffer, [index]).result


def _true() -> ir.Value:
    return arith.ConstantOp(ir.IntegerType.get_signless(1), 1).result


def _not(value: ir.Value) -> ir.Value:
    return arith.XOrIOp(value, _true()).result


def declare_global(module: ir.Operation, symbol: str, values: list[int], constant: bool, public: bool = False) -> None:
    """A module-level memref<N x i32> global holding `values` (`public`: `.visible` in PTX, so that the runtime
    finds it with cuModuleGetGlobal). Outlining copies the globals a kernel uses into its gpu.module."""
    i32 = ir.IntegerType.get_signless(32)
    values = values or [0]
    kind = ir.MemRefType.get([len(values)], i32)
    data = np.array([v & 0xFFFFFFFF for v in values], dtype=np.uint32).view(np.int32)
    with ir.InsertionPoint.at_block_begin(module.regions[0].blocks[0]), module.location:
        memref.GlobalOp(symbol, ir.TypeAttr.get(kind), sym_visibility=None if public else "private", constant=constant,
                        initial_value=ir.DenseElementsAttr.get(data, type=ir.RankedTensorType.get([len(values)], i32)))


def get_global(symbol: str, size: int) -> ir.Value:
    return memref.GetGlobalOp(ir.MemRefType.get([max(size, 1)], ir.IntegerType.get_signless(32)), symbol).result


def atomic_add(buffer: ir.Value, index: ir.Value, value: ir.Value) -> ir.Value:
    """A relaxed atomic add (atom.global.add); adding 0 reads the current value."""
    return memref.AtomicRMWOp(arith.AtomicRMWKind.addi, value, buffer, [index]).result


def fence() -> None:
    llvm.FenceOp(llvm.AtomicOrdering.acq_rel, syncscope="device")


def acquire(task: ir.Value, table: dict, counters: ir.Value, error: ir.Value, flag: ir.Value, epoch: ir.Value,
            timeout_ms: int, carried: dict | None = None) -> None:
    """Thread 0's part of the acquire: wait for every kernel `task` waits on (bounded), then the fence. With
    `carried` (a device loop's carried waits per kernel: offsets, kernel, distance), also until each kernel its
    kernel waits on at distance d has finished epoch - d."""
    waits = scf.ForOp(as_index(load(table["wait_offsets"], task)),
                      as_index(load(table["wait_offsets"], arith.AddIOp(task, index_constant(1)).result)),
                      index_constant(1))
    with ir.InsertionPoint(waits.body):
        awaited = load(table["wait_kernel"], waits.induction_variable)
        _wait(awaited, arith.MulIOp(load(table["kernel_blocks"], as_index(awaited)), epoch).result, counters,
              error, flag, timeout_ms)
        scf.YieldOp([])
    if carried is not None:
        kernel = as_index(load(table["task_kernel"], task))
        waits = scf.ForOp(as_index(load(carried["offsets"], kernel)),
                          as_index(load(carried["offsets"], arith.AddIOp(kernel, index_constant(1)).result)),
                          index_constant(1))
        with ir.InsertionPoint(waits.body):
            awaited = load(carried["kernel"], waits.induction_variable)
            before = arith.SubIOp(epoch, load(carried["distance"], waits.induction_variable)).result
            _wait(awaited, arith.MulIOp(load(table["kernel_blocks"], as_index(awaited)), before).result, counters,
                  error, flag, timeout_ms)
            scf.YieldOp([])
    fence()  # what the awaited tasks stored is seen by this block's loads after the barrier


def _wait(awaited: ir.Value, target: ir.Value, counters: ir.Value, error: ir.Value, flag: ir.Value,
          timeout_ms: int) -> None:
    """Spin until kernel `awaited`'s counter reaches `target` (bounded: past the bound, report it)."""
    i64 = ir.IntegerType.get_signless(64)
    zero = index_constant(0)
    bound = arith.ConstantOp(i64, timeout_ms * 1_000_000).result
    started = nvvm.read_ptx_sreg_globaltimer(i64)
    spin = scf.WhileOp([], [])
    with ir.InsertionPoint(spin.before.blocks.append()):
        # stop when this block aborted, another reported an error, the counter is reached, or the bound
        # passed (then report it)
        aborted = arith.CmpIOp(arith.CmpIPredicate.ne, load(flag, zero), i32_constant(0)).result
        failed = arith.CmpIOp(arith.CmpIPredicate.ne, atomic_add(error, zero, i32_constant(0)),
                              i32_constant(0)).result
        count = atomic_add(counters, as_index(awaited), i32_constant(0))
        reached = arith.CmpIOp(arith.CmpIPredicate.sge, arith.SubIOp(count, target).result,
                               i32_constant(0)).result
        late = arith.CmpIOp(arith.CmpIPredicate.ugt, arith.SubIOp(nvvm.read_ptx_sreg_globaltimer(i64),
                                                                  started).result, bound).result
        stop = arith.OrIOp(arith.OrIOp(aborted, failed).result, arith.OrIOp(reached, late).result).result
        give_up = scf.IfOp(arith.AndIOp(_not(reached), stop).result)
        with ir.InsertionPoint(give_up.then_block):
            memref.StoreOp(i32_constant(1), flag, [zero])
            report = scf.IfOp(arith.AndIOp(late, _not(failed)).result)
            with ir.InsertionPoint(report.then_block):
                memref.StoreOp(arith.AddIOp(awaited, i32_constant(1)).result, error, [index_constant(1)])
                fence()
                atomic_add(error, zero, i32_constant(1))
                scf.YieldOp([])
            scf.YieldOp([])
        scf.ConditionOp(_not(stop), [])
    with ir.InsertionPoint(spin.after.blocks.append()):
        scf.YieldOp([])


def release(kernel: ir.Value, counters: ir.Value, leader: ir.Value) -> None:
    """After a task of `kernel`: the block barrier, then thread 0's fence and counter increment."""
    from mlir.dialects import gpu

    gpu.BarrierOp()  # every thread's stores are done ...
    then = scf.IfOp(leader)
    with ir.InsertionPoint(then.then_block):
        fence()  # ... and visible at device scope before the counter says so
        atomic_add(counters, as_index(kernel), i32_constant(1))
        scf.YieldOp([])
