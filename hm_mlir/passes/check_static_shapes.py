"""hm-check-static-shapes: reject dynamic shapes before any stage runs (not supported yet).

Consumes: any module. Produces: the same module, or an error at the first function, argument or op whose
type has a dynamic dimension (`?`), or that is unranked, naming the type.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.passes.base import HmPass, PassError
from hm_mlir.verifier.common import walk


def dynamic_type(t: ir.Type) -> bool:
    if isinstance(t, (ir.UnrankedTensorType, ir.UnrankedMemRefType)):
        return True
    return isinstance(t, ir.ShapedType) and t.has_rank and not t.has_static_shape


@dataclass(frozen=True)
class CheckStaticShapes(HmPass):
    NAME = "hm-check-static-shapes"
    SUMMARY = "fail with a located error on dynamic shapes (not supported yet)"

    def run(self, module) -> None:
        for func in host_funcs(module):
            ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
            for t in list(ftype.inputs) + list(ftype.results):
                if dynamic_type(t):
                    raise PassError(func, f"dynamic shapes are not supported yet: @"
                                          f"{func.attributes['sym_name'].value} has type {t} in its signature")
            for op in walk(func):
                for value in op.results:
                    if dynamic_type(value.type):
                        raise PassError(op, f"dynamic shapes are not supported yet: '{op.name}' produces {value.type}")
