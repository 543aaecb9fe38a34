"""hm-mark-args-readonly: mark function arguments read-only before bufferization.

Consumes: func.func on tensors. Produces: the same, with `bufferization.writable = false` on every tensor
argument of a function with a body, so that one-shot-bufferize copies instead of writing into a caller's
input (seen with tensor.insert_slice on an argument)."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class MarkArgsReadonly(HmPass):
    NAME = "hm-mark-args-readonly"
    SUMMARY = "mark tensor arguments read-only so bufferization never writes into inputs"

    def run(self, module) -> None:
        from hm_mlir.codegen.upstream_pipelines import mark_args_readonly

        mark_args_readonly(module)
