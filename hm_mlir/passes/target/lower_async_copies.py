"""hm-lower-async-copies: asynchronous shared-memory copies as plain copies (CPU target).

Consumes: kernels holding nvgpu.device_async_copy / device_async_create_group / device_async_wait (Roller's
pipelined steps). Produces: each copy as a load and a store at the point it is issued (a vector.maskedload
with zeros past `srcElements` when the copy zero-fills), the groups and waits erased. The CPU runs one
thread at a time, so a copy that completes when issued is one legal schedule of the GPU's; the pipelining's
buffer indexing, clamping and barriers are unchanged and so checked by execution.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, memref, vector

from hm_mlir.codegen.kernel_form import zero_attribute
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass

ASYNC_OPS = ("nvgpu.device_async_copy", "nvgpu.device_async_create_group", "nvgpu.device_async_wait")


def _lower_copy(op: ir.Operation) -> None:
    copy = op.opview
    elements = copy.dstElements.value
    src, dst = copy.src, copy.dst
    src_indices, dst_indices = list(copy.srcIndices), list(copy.dstIndices)
    element = ir.MemRefType(src.type).element_type
    with ir.InsertionPoint(op), op.location:
        if copy.srcElements is None and elements == 1:
            memref.StoreOp(memref.LoadOp(src, src_indices).result, dst, dst_indices)
            return
        vtype = ir.VectorType.get([elements], element)
        if copy.srcElements is None:
            value = vector.LoadOp(vtype, src, src_indices).result
        else:
            mask = vector.CreateMaskOp(ir.VectorType.get([elements], ir.IntegerType.get_signless(1)),
                                       [copy.srcElements]).result
            zeros = arith.ConstantOp(vtype, ir.DenseElementsAttr.get_splat(vtype, zero_attribute(element))).result
            value = vector.MaskedLoadOp(vtype, src, src_indices, mask, zeros).result
        vector.StoreOp(value, dst, dst_indices)


@dataclass(frozen=True)
class LowerAsyncCopies(HmPass):
    NAME = "hm-lower-async-copies"
    SUMMARY = "target (cpu): nvgpu asynchronous copies as loads and stores at issue, groups and waits erased"

    def run(self, module) -> None:
        by_name: dict[str, list[ir.Operation]] = {name: [] for name in ASYNC_OPS}
        for op in walk(module):
            if op.name in by_name:
                by_name[op.name].append(op)
        for op in by_name["nvgpu.device_async_copy"]:
            _lower_copy(op)
        for name in reversed(ASYNC_OPS):  # users first: waits, then groups, then copies
            for op in by_name[name]:
                op.erase()
