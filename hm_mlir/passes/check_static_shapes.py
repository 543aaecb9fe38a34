"""hm-check-static-shapes: reject what the compile pipeline cannot take before any stage runs.

Consumes: any module. Produces: the same module, or an error at the first function, argument or op that has
- a dynamic (`?`) or unranked type (dynamic shapes are not supported yet);
- a static type of more elements or bytes than int64 counts (the tiler and the LLVM lowering overflow);
- an integer element type of 2 to 7 bits other than i4 (upstream's memref-to-llvm asserts on loads and stores
  of them and aborts the process; i1 is widened to i8 by hm-widen-i1-memrefs);
- a `tensor.dim` / `memref.dim` of a constant index outside the type's rank (canonicalization asserts on a
  negative one and aborts);
- a linalg op on a zero-sized tensor that hm-fold-zero-sized, which runs first, could not fold (the tiler
  needs at least one iteration per loop);
- for GPU targets (option `target`, default gpu), an f80 or f128 type (the NVPTX backend stops the process
  with "LLVM ERROR: unsupported library call operation").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass, PassError, PassOptionError

INT64_MAX = 2**63 - 1
UNSTORABLE_INTEGER_WIDTHS = (2, 3, 5, 6, 7)  # memref-to-llvm aborts on loads/stores of these
NO_GPU_FLOATS = ("f80", "f128")  # the NVPTX backend aborts on arithmetic in these


def dynamic_type(t: ir.Type) -> bool:
    if isinstance(t, (ir.UnrankedTensorType, ir.UnrankedMemRefType)):
        return True
    return isinstance(t, ir.ShapedType) and t.has_rank and not t.has_static_shape


def unsupported_type(t: ir.Type, gpu: bool = True) -> str | None:
    """Why the pipeline cannot take static type `t` (too large, or an element type it cannot store or, on a
    GPU, compute with), or None."""
    element = t.element_type if isinstance(t, ir.ShapedType) else t
    if isinstance(element, ir.ShapedType):  # e.g. tensor<4xvector<4xi2>>
        element = element.element_type
    if isinstance(element, ir.IntegerType) and element.width in UNSTORABLE_INTEGER_WIDTHS:
        return (f"element type {element} is not supported: integers of 2 to 7 bits other than i4 cannot be "
                f"stored (use i1, i4, i8 or wider)")
    if gpu and str(element) in NO_GPU_FLOATS:
        return f"element type {element} is not supported on GPUs (use f64 or narrower)"
    if isinstance(t, ir.ShapedType) and t.has_rank and t.has_static_shape:
        count = 1
        for size in t.shape:
            count *= size
        bits = element.width if isinstance(element, (ir.IntegerType, ir.FloatType)) else 64
        if count > INT64_MAX or count * max(bits, 8) // 8 > INT64_MAX:
            return f"{t} has {count} elements: more than int64 can count in bytes"
    return None


def _zero_sized_problem(op: ir.Operation) -> str | None:
    """A linalg op with a zero-sized operand or result."""
    if not op.name.startswith("linalg."):
        return None
    for value in list(op.operands) + list(op.results):
        t = value.type
        if isinstance(t, ir.ShapedType) and t.has_rank and 0 in t.shape:
            return f"'{op.name}' on {t} cannot be compiled: zero-sized tensors are not supported yet"
    return None


def _dim_index_problem(op: ir.Operation) -> str | None:
    """A tensor.dim / memref.dim of a constant index outside the source's rank."""
    if op.name not in ("tensor.dim", "memref.dim") or len(op.operands) != 2:
        return None
    source, index = op.operands
    producer = index.owner
    if not isinstance(producer, ir.OpView) or producer.operation.name not in ("arith.constant", "index.constant"):
        return None
    value_attr = producer.operation.attributes["value"]
    if not isinstance(value_attr, ir.IntegerAttr) or not isinstance(source.type, ir.ShapedType):
        return None
    rank = source.type.rank if source.type.has_rank else None
    value = value_attr.value
    if value < 0 or (rank is not None and value >= rank):
        return f"'{op.name}' takes dimension {value} of {source.type}, which has no such dimension"
    return None


@dataclass(frozen=True)
class CheckStaticShapes(HmPass):
    NAME = "hm-check-static-shapes"
    SUMMARY = ("fail with a located error on dynamic shapes, types too large for int64, element types the "
               "target cannot take and out-of-range constant dims (not supported)")

    target: str = field(default="gpu", metadata={"help": "gpu (any GPU target) or cpu: what the module is "
                                                         "compiled for (f80/f128 only on cpu)"})

    def check_options(self) -> None:
        if self.target not in ("gpu", "cpu"):
            raise PassOptionError(f"option 'target' must be gpu or cpu, got '{self.target}'")

    def run(self, module) -> None:
        gpu = self.target == "gpu"
        for func in host_funcs(module):
            ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
            name = func.attributes["sym_name"].value
            for t in list(ftype.inputs) + list(ftype.results):
                if dynamic_type(t):
                    raise PassError(func, f"dynamic shapes are not supported yet: @{name} has type {t} in its "
                                          f"signature")
                problem = unsupported_type(t, gpu)
                if problem:
                    raise PassError(func, f"@{name} cannot be compiled: {problem}")
            for op in walk(func):
                for value in op.results:
                    if dynamic_type(value.type):
                        raise PassError(op, f"dynamic shapes are not supported yet: '{op.name}' produces {value.type}")
                    problem = unsupported_type(value.type, gpu)
                    if problem:
                        raise PassError(op, f"'{op.name}' cannot be compiled: {problem}")
                problem = _dim_index_problem(op) or _zero_sized_problem(op)
                if problem:
                    raise PassError(op, problem)
