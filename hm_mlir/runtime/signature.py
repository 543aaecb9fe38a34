"""The public functions of an input module as the runtime sees them: argument and result types, checks.

Read from the linalg-level module before compilation (tensors and scalars), so error messages name the
types the user wrote. Element types map to NumPy dtypes; bf16, which NumPy lacks, is exchanged as float32
(rounded to the nearest bf16 on the way in, exact on the way out).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# MLIR element type -> (NumPy dtype the user passes and receives, NumPy dtype of the stored elements).
ELEMENT_TYPES: dict[str, tuple[np.dtype, np.dtype]] = {
    "f64": (np.dtype(np.float64), np.dtype(np.float64)),
    "f32": (np.dtype(np.float32), np.dtype(np.float32)),
    "f16": (np.dtype(np.float16), np.dtype(np.float16)),
    "bf16": (np.dtype(np.float32), np.dtype(np.uint16)),
    "i64": (np.dtype(np.int64), np.dtype(np.int64)),
    "index": (np.dtype(np.int64), np.dtype(np.int64)),
    "i32": (np.dtype(np.int32), np.dtype(np.int32)),
    "i16": (np.dtype(np.int16), np.dtype(np.int16)),
    "i8": (np.dtype(np.int8), np.dtype(np.int8)),
    "i1": (np.dtype(np.bool_), np.dtype(np.bool_)),  # stored as one byte (hm-widen-i1-memrefs)
    # {re, im} pairs, as the LLVM lowering lays complex values out and as NumPy stores them
    "complex<f32>": (np.dtype(np.complex64), np.dtype(np.complex64)),
    "complex<f64>": (np.dtype(np.complex128), np.dtype(np.complex128)),
}


class SignatureError(ValueError):
    """A function the runtime cannot call (an unsupported argument or result type); `op` is the function."""

    def __init__(self, message: str, op=None) -> None:
        super().__init__(message)
        self.op = op


class ArgumentError(ValueError):
    """The arrays given to a function do not match its signature; the message names the argument."""


@dataclass(frozen=True)
class ValueSpec:
    """One argument or result: a tensor of `shape` or a scalar (shape None) of MLIR element type `element`."""

    mlir_type: str
    element: str
    shape: tuple[int, ...] | None

    @property
    def dtype(self) -> np.dtype:
        return ELEMENT_TYPES[self.element][0]

    @property
    def storage(self) -> np.dtype:
        return ELEMENT_TYPES[self.element][1]

    @property
    def is_scalar(self) -> bool:
        return self.shape is None


@dataclass(frozen=True)
class FunctionSpec:
    name: str
    arguments: tuple[ValueSpec, ...]
    results: tuple[ValueSpec, ...]

    def describe(self) -> str:
        args = ", ".join(a.mlir_type for a in self.arguments)
        results = ", ".join(r.mlir_type for r in self.results)
        return f"@{self.name}({args}) -> ({results})"


def value_spec(t, where: str) -> ValueSpec:
    """The ValueSpec of MLIR type `t` (tensor or scalar); `where` names it in errors."""
    from mlir import ir

    if isinstance(t, ir.RankedTensorType):
        if t.encoding is not None:
            raise SignatureError(f"{where} has type {t}: tensors with an encoding (sparse tensors) are not "
                                 f"supported")
        if not t.has_static_shape:
            raise SignatureError(f"{where} has dynamic shape {t}: dynamic shapes are not supported yet")
        element, shape = str(t.element_type), tuple(t.shape)
    elif isinstance(t, ir.ShapedType):
        raise SignatureError(f"{where} has type {t}: only ranked tensors and scalars can be passed")
    else:
        element, shape = str(t), None
    if element not in ELEMENT_TYPES:
        raise SignatureError(f"{where} has element type {element}, which the runtime cannot exchange "
                             f"(supported: {', '.join(ELEMENT_TYPES)})")
    return ValueSpec(str(t), element, shape)


def public_functions(module_op) -> dict[str, FunctionSpec]:
    """The public func.func definitions of a linalg-level module, by name."""
    from mlir import ir

    from hm_mlir.codegen.host import host_funcs, is_public_definition

    specs = {}
    for func in host_funcs(module_op):
        if not is_public_definition(func):
            continue
        name = func.attributes["sym_name"].value
        ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
        try:
            arguments = tuple(value_spec(t, f"argument {i} of @{name}") for i, t in enumerate(ftype.inputs))
            results = tuple(value_spec(t, f"result {i} of @{name}") for i, t in enumerate(ftype.results))
        except SignatureError as err:
            raise SignatureError(str(err), func) from None
        specs[name] = FunctionSpec(name, arguments, results)
    return specs


def to_bf16_bits(values: np.ndarray) -> np.ndarray:
    """float32 -> bf16 bit patterns (uint16), rounding to nearest even; NaN stays NaN."""
    values = np.require(values, np.float32, "C")
    bits = values.view(np.uint32)
    rounded = np.asarray((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)  # 0-d stays an array
    nan = np.isnan(values)
    return np.asarray(np.where(nan, np.uint16(0x7FC0), rounded), dtype=np.uint16) if nan.any() else rounded


def from_bf16_bits(bits: np.ndarray) -> np.ndarray:
    return (bits.astype(np.uint32) << 16).view(np.float32)


def check_arguments(spec: FunctionSpec, values: tuple) -> list[np.ndarray]:
    """The arrays to pass (C-contiguous, storage dtype), or ArgumentError naming the first bad argument."""
    if len(values) != len(spec.arguments):
        raise ArgumentError(f"@{spec.name} takes {len(spec.arguments)} argument(s) "
                            f"({', '.join(a.mlir_type for a in spec.arguments) or 'none'}), got {len(values)}")
    arrays = []
    for i, (arg, value) in enumerate(zip(spec.arguments, values)):
        where = f"argument {i} of @{spec.name} ({arg.mlir_type})"
        if arg.is_scalar and not isinstance(value, np.ndarray) and not isinstance(value, np.generic):
            if isinstance(value, bool) and arg.element != "i1":
                raise ArgumentError(f"{where}: expected a number of dtype {arg.dtype}, got a bool")
            if not isinstance(value, (bool, int, float)):
                raise ArgumentError(f"{where}: expected a scalar, got {type(value).__name__}")
            if isinstance(value, float) and arg.dtype.kind != "f":
                raise ArgumentError(f"{where}: expected an integer, got the float {value}")
            value = np.asarray(value, dtype=arg.dtype)
        value = np.asarray(value)
        shape = () if arg.is_scalar else arg.shape
        if value.shape != shape:
            raise ArgumentError(f"{where}: expected shape {shape}, got {value.shape}")
        if value.dtype != arg.dtype:
            raise ArgumentError(f"{where}: expected dtype {arg.dtype}, got {value.dtype}")
        if arg.element == "bf16":
            array = to_bf16_bits(value)
        elif arg.element == "i1":  # any nonzero byte is true: stored as exactly 0 or 1, as every op reads it
            array = np.require(np.asarray(np.require(value, np.bool_, "C").view(np.uint8) != 0), np.bool_, "C")
        else:
            array = np.require(value, arg.storage, "C")
        arrays.append(array)
    return arrays
