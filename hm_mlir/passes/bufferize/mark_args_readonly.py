"""hm-mark-args-readonly: mark function arguments read-only before bufferization.

Consumes: func.func on tensors. Produces: the same, with `bufferization.writable = false` on every tensor
argument of a function with a body, so that one-shot-bufferize copies instead of writing into a caller's
input (seen with tensor.insert_slice on an argument). Welder's kernel functions are left writable: one that
accumulates into an intermediate of its caller writes it in place, and bufferization copies at the call only
where the caller still needs the value."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.codegen.host import host_funcs
from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class MarkArgsReadonly(HmPass):
    NAME = "hm-mark-args-readonly"
    SUMMARY = "mark tensor arguments read-only so bufferization never writes into inputs"

    def run(self, module) -> None:
        mark_args_readonly(module)


def mark_args_readonly(op, pass_=None) -> None:
    """Set ``bufferization.writable = false`` on tensor args of functions with a body."""
    from mlir import ir

    ctx = op.context
    kernels = {k.attributes["function"].value for k in op.regions[0].blocks[0].operations
               if k.operation.name == "tilegraph.kernel"}
    for f in host_funcs(op):
        if len(f.regions[0].blocks) == 0 or f.attributes["sym_name"].value in kernels:
            continue  # a Welder kernel function may write into its caller's dead intermediate (an accumulator)
        args = f.regions[0].blocks[0].arguments
        if not any(isinstance(a.type, ir.RankedTensorType) or isinstance(a.type, ir.UnrankedTensorType) for a in args):
            continue
        old = f.attributes["arg_attrs"] if "arg_attrs" in f.attributes else None
        new = []
        for i, a in enumerate(args):
            d = {}
            if old is not None:
                od = ir.DictAttr(ir.ArrayAttr(old)[i])
                for j in range(len(od)):
                    na = od[j]
                    d[na.name] = na.attr
            if isinstance(a.type, (ir.RankedTensorType, ir.UnrankedTensorType)):
                d["bufferization.writable"] = ir.BoolAttr.get(False, context=ctx)
            new.append(ir.DictAttr.get(d, context=ctx))
        f.attributes["arg_attrs"] = ir.ArrayAttr.get(new, context=ctx)
