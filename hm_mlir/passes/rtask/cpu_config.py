"""The run-time configuration of the cpu target's Rammer schedulers (hm-rammer-cpu-program): the policy and seed
in `memref.global @hm_rammer_config` [policy, seed, deadlocks, tasks left]; `@hm_rammer_configure(memref<2xi64>)`
sets the first two and clears the rest, `@hm_rammer_status(memref<2xi64>)` reads the last two
(hm_mlir.runtime: Executable.interleave)."""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, func, memref

from hm_mlir.codegen.kernel_form import index_constant

CONFIG = "hm_rammer_config"
CONFIGURE = "hm_rammer_configure"
STATUS = "hm_rammer_status"


def _i64(value: int) -> ir.Value:
    return arith.ConstantOp(ir.IntegerType.get_signless(64), int(value)).result


def _load(buffer: ir.Value, index: ir.Value) -> ir.Value:
    return memref.LoadOp(buffer, [index]).result


def declare_config(module: ir.Operation) -> None:
    i64 = ir.IntegerType.get_signless(64)
    config_type = ir.MemRefType.get([4], i64)
    two = ir.MemRefType.get([2], i64)
    body = module.regions[0].blocks[0]
    with ir.InsertionPoint.at_block_begin(body), module.location:
        zeros = ir.DenseElementsAttr.get_splat(ir.RankedTensorType.get([4], i64), ir.IntegerAttr.get(i64, 0))
        memref.GlobalOp(CONFIG, ir.TypeAttr.get(config_type), sym_visibility="private", initial_value=zeros)
    with ir.InsertionPoint(body), module.location:
        configure = func.FuncOp(CONFIGURE, ir.FunctionType.get([two], []))
        with ir.InsertionPoint(configure.add_entry_block()):
            config = memref.GetGlobalOp(config_type, CONFIG).result
            for i in range(4):
                value = _load(configure.arguments[0], index_constant(i)) if i < 2 else _i64(0)
                memref.StoreOp(value, config, [index_constant(i)])
            func.ReturnOp([])
        status = func.FuncOp(STATUS, ir.FunctionType.get([two], []))
        with ir.InsertionPoint(status.add_entry_block()):
            config = memref.GetGlobalOp(config_type, CONFIG).result
            for i in range(2):
                memref.StoreOp(_load(config, index_constant(2 + i)), status.arguments[0], [index_constant(i)])
            func.ReturnOp([])
