"""hm-copy-host-reads: a host read of a device buffer goes through a one-element copy to the host.

Consumes: host functions after kernel outlining (GPU targets), where a `memref.load` outside the kernels
reads a buffer that lives in device memory (a `gpu.alloc`, or an argument: the runtime passes device
buffers). Produces: each such load reads a host `memref.alloca` filled by `gpu.memcpy` from a one-element
subview of the device buffer. This is the synchronisation that host control flow costs on the plain path (a
`scf.while` condition, a `tensor.extract`); Grinder's device-side control flow removes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import gpu, memref

from hm_mlir.codegen.host import host_funcs, root_op_name
from hm_mlir.passes.base import HmPass

HOST_ALLOCATIONS = ("memref.alloc", "memref.alloca", "memref.get_global")


def _host_reads(func: ir.Operation) -> list[ir.Operation]:
    found: list[ir.Operation] = []

    def visit(op: ir.Operation):
        if op.name == "gpu.launch_func" or op.name == "gpu.launch":
            return ir.WalkResult.SKIP
        if op.name == "memref.load" and root_op_name(op.operands[0]) not in HOST_ALLOCATIONS:
            found.append(op)
        return ir.WalkResult.ADVANCE

    func.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


@dataclass(frozen=True)
class CopyHostReads(HmPass):
    NAME = "hm-copy-host-reads"
    SUMMARY = "host loads of device buffers read a one-element copy (gpu.memcpy to a host alloca)"

    def run(self, module) -> None:
        for func in host_funcs(module):
            for load in _host_reads(func):
                source, indices = load.operands[0], list(load.operands[1:])
                rank = len(indices)
                with ir.InsertionPoint(load), load.location:
                    element = source.type.element_type
                    one = ir.MemRefType.get([1] * rank, element)
                    host = memref.AllocaOp(one, [], []).result
                    if rank:
                        view = memref.subview(source, indices, [1] * rank, [1] * rank)
                    else:
                        view = source
                    gpu.MemcpyOp(None, [], host, view)
                    zero = [_index_zero() for _ in range(rank)]
                    value = memref.LoadOp(host, zero).result
                load.results[0].replace_all_uses_with(value)
                load.erase()


def _index_zero() -> ir.Value:
    from mlir.dialects import arith

    return arith.ConstantOp(ir.IndexType.get(), 0).result
