"""hm-prepare-device-buffers: make the host function's buffers device buffers (plain GPU path).

Consumes: bufferized host functions. Produces: memref.alloc/dealloc -> gpu.alloc/dealloc, memref.copy -> a
copying linalg.generic (a kernel; what linalg.copy generalizes to), memref.get_global (constants) -> gpu.alloc
+ gpu.memcpy, so kernels never touch host malloc memory. Buffers only the host uses stay host memory
(codegen.host.HostMemory): the bookkeeping of upstream's buffer deallocation is never a device buffer."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.codegen.host import HostMemory, host_funcs, op_key, root_key
from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class PrepareDeviceBuffers(HmPass):
    NAME = "hm-prepare-device-buffers"
    SUMMARY = "host allocations and copies become device allocations and copy kernels"

    def run(self, module) -> None:
        prepare_host_buffers_for_gpu(module)


def copy_kernel(source, target) -> None:
    """At the insertion point, a linalg.generic that copies memref `source` into `target` (the generalized
    linalg.copy, built without the linalg dialect's Python module: 30 ms of start-up)."""
    from mlir import ir

    identity = ir.AffineMapAttr.get(ir.AffineMap.get_identity(target.type.rank))
    kinds = ", ".join(["#linalg.iterator_type<parallel>"] * target.type.rank)
    copy = ir.Operation.create("linalg.generic", operands=[source, target], regions=1, attributes={
        "indexing_maps": ir.ArrayAttr.get([identity, identity]), "iterator_types": ir.Attribute.parse(f"[{kinds}]"),
        "operandSegmentSizes": ir.DenseI32ArrayAttr.get([1, 1])})
    element = target.type.element_type
    body = copy.regions[0].blocks.append(element, element)
    with ir.InsertionPoint(body):
        ir.Operation.create("linalg.yield", operands=[body.arguments[0]])


def prepare_host_buffers_for_gpu(op, pass_=None) -> None:
    """Make host-side buffers device buffers. Run after BUFFERIZE, before gpu_mapping.

    Rewrites inside top-level func.func (not inside gpu.module):
      memref.alloc -> gpu.alloc, memref.dealloc -> gpu.dealloc,
      memref.copy -> a copying linalg.generic (becomes a kernel; handles strided subviews),
      memref.get_global -> gpu.alloc + gpu.memcpy(host global) (+ gpu.dealloc
      before the block terminator when the value does not reach it).
    """
    from mlir import ir
    from mlir.dialects import gpu, memref

    todo = []

    def visit(o):
        n = o.name
        if n in ("memref.alloc", "memref.dealloc", "memref.copy", "memref.get_global"):
            todo.append(o)
        return ir.WalkResult.ADVANCE

    for f in host_funcs(op):
        f.walk(visit, ir.WalkOrder.PRE_ORDER)

    # Buffers only the host uses (the pointer lists and ownership flags that the buffer-deallocation
    # pipeline passes to its dealloc_helper, through the call) stay host memory.
    memory = HostMemory(op)
    host_allocs = [o for o in todo if o.name == "memref.alloc" and memory.is_host(o.results[0])]
    host_ptrs = {op_key(o) for o in host_allocs}
    todo = [o for o in todo if not (o.name == "memref.alloc" and op_key(o) in host_ptrs)]
    todo = [o for o in todo if not (o.name == "memref.dealloc" and root_key(o.operands[0]) in host_ptrs)]

    for o in todo:
        n = o.name
        with ir.InsertionPoint(o), o.location:
            if n == "memref.alloc":
                v = o.opview
                new = gpu.AllocOp(o.results[0].type, None, [], list(v.dynamicSizes), list(v.symbolOperands))
                o.results[0].replace_all_uses_with(new.results[0])
            elif n == "memref.dealloc":
                gpu.DeallocOp(None, [], o.operands[0])
            elif n == "memref.copy":
                copy_kernel(o.operands[0], o.operands[1])
            else:  # memref.get_global -> fresh get_global + gpu.alloc + gpu.memcpy
                v = o.opview
                host = memref.GetGlobalOp(o.results[0].type, v.name).result
                dev = gpu.AllocOp(host.type, None, [], [], []).results[0]
                gpu.MemcpyOp(None, [], dev, host)
                o.results[0].replace_all_uses_with(dev)
                term = o.block.operations[len(o.block.operations) - 1]
                if all(x != dev for x in term.operands):
                    with ir.InsertionPoint(term):
                        gpu.DeallocOp(None, [], dev)
        o.erase()
