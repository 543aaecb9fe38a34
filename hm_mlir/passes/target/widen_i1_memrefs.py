"""hm-widen-i1-memrefs: rewrite memref<...xi1> as memref<...xi8>.

Consumes: any bufferized module. Produces: the same with i1 buffers widened to i8 (loads truncate, stores
extend). Upstream memref-to-llvm asserts on sub-byte element loads/stores and aborts the process; i1 memrefs
come from boolean tensors and from buffer-deallocation's helper functions."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class WidenI1Memrefs(HmPass):
    NAME = "hm-widen-i1-memrefs"
    SUMMARY = "store i1 buffers as i8 (memref-to-llvm aborts on i1 loads and stores)"

    def run(self, module) -> None:
        from hm_mlir.codegen.upstream_pipelines import widen_i1_memrefs

        widen_i1_memrefs(module)
