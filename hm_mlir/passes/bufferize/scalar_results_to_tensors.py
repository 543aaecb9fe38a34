"""hm-scalar-results-to-tensors: public functions return their scalar results as 0-d tensors.

Consumes: func.func on tensors. Produces: every public function with a body whose results include scalars
(f32, i32, index, ...) returns `tensor<T>` for each of them instead (`tensor.from_elements` before each
return), and every call of it extracts the scalar back. After bufferization every result of a public
function is then an out-parameter, so the runtime has one calling convention for all results.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import func as func_dialect
from mlir.dialects import tensor

from hm_mlir.codegen.host import host_funcs, is_public_definition
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass


def _is_scalar(t: ir.Type) -> bool:
    return isinstance(t, (ir.IntegerType, ir.IndexType, ir.FloatType))


@dataclass(frozen=True)
class ScalarResultsToTensors(HmPass):
    NAME = "hm-scalar-results-to-tensors"
    SUMMARY = "public functions return scalar results as 0-d tensors (one calling convention)"

    def run(self, module) -> None:
        changed: dict[str, list[int]] = {}
        for func in host_funcs(module):
            ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
            scalars = [i for i, t in enumerate(ftype.results) if _is_scalar(t)]
            if not scalars or not is_public_definition(func):
                continue
            changed[func.attributes["sym_name"].value] = scalars
            results = [ir.RankedTensorType.get([], t) if i in scalars else t for i, t in enumerate(ftype.results)]
            func.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(ftype.inputs, results))
            for op in walk(func):
                if op.name != "func.return" or op.parent.name != "func.func":
                    continue
                with ir.InsertionPoint(op), op.location:
                    for i in scalars:
                        value = op.operands[i]
                        op.operands[i] = tensor.FromElementsOp(ir.RankedTensorType.get([], value.type),
                                                               [value]).result
        if not changed:
            return
        for func in host_funcs(module):
            for call in list(walk(func)):
                if call.name != "func.call" or call.attributes["callee"].value not in changed:
                    continue
                scalars = changed[call.attributes["callee"].value]
                with ir.InsertionPoint(call), call.location:
                    types = [ir.RankedTensorType.get([], r.type) if i in scalars else r.type
                             for i, r in enumerate(call.results)]
                    new = func_dialect.CallOp(types, call.attributes["callee"], list(call.operands))
                with ir.InsertionPoint.after(new), call.location:
                    for i, (old, value) in enumerate(zip(call.results, new.results)):
                        old.replace_all_uses_with(tensor.ExtractOp(value, []).result if i in scalars else value)
                call.erase()
