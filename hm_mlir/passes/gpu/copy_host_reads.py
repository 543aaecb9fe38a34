"""hm-copy-host-reads: a host read of a device buffer goes through a one-thread kernel and a 0-d copy.

Consumes: host functions after convert-linalg-to-parallel-loops (GPU targets), where a `memref.load` outside
the `scf.parallel` loop nests (the future kernels) reads a buffer in device memory (a `gpu.alloc`, or an
argument: the runtime passes device buffers; codegen.host.HostMemory tells host memory apart). Produces, for
each such load: a 0-d device buffer filled by a one-iteration `scf.parallel` (a one-thread kernel once
mapped), a `gpu.memcpy` of it into a host `memref.alloca`, and the load reading that. A copy of the element
itself would need a strided subview, which gpu-to-llvm does not lower. This is the synchronisation host
control flow costs on the plain path (an `scf.while` condition, a `tensor.extract`); Grinder's device-side
control flow removes it."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf

from hm_mlir.codegen.host import HostMemory, host_funcs, host_loads
from hm_mlir.passes.base import HmPass


def copy_to_host(load: ir.Operation) -> None:
    """Replace `load` (a host memref.load of a device buffer) by a device-side read copied to the host."""
    source, indices = load.operands[0], list(load.operands[1:])
    scalar = ir.MemRefType.get([], source.type.element_type)
    index = ir.IndexType.get()
    with ir.InsertionPoint(load), load.location:
        staging = gpu.AllocOp(scalar, None, [], [], []).results[0]
        zero, one = arith.ConstantOp(index, 0).result, arith.ConstantOp(index, 1).result
        kernel = scf.ParallelOp([], [zero], [one], [one], [])
        body = kernel.region.blocks.append(index)
        with ir.InsertionPoint(body):
            memref.StoreOp(memref.LoadOp(source, indices).result, staging, [])
            scf.ReduceOp([], 0)
        host = memref.AllocaOp(scalar, [], []).result
        gpu.MemcpyOp(None, [], host, staging)
        gpu.DeallocOp(None, [], staging)
        value = memref.LoadOp(host, []).result
    load.results[0].replace_all_uses_with(value)
    load.erase()


@dataclass(frozen=True)
class CopyHostReads(HmPass):
    NAME = "hm-copy-host-reads"
    SUMMARY = "host loads of device buffers read a 0-d copy made by a one-thread kernel"

    def run(self, module) -> None:
        memory = HostMemory(module)
        for func in host_funcs(module):
            for load in host_loads(func, lambda value: not memory.is_host(value)):
                copy_to_host(load)
