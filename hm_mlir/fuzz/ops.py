"""The scalar operations of elementwise bodies: one table entry per operation gives its arity, which element
types it takes, the bound of its result, and how it is written in MLIR (inside a linalg region) and in NumPy.

An expression is a nested list: `["in", i]` (the i-th input), or `[name, param, child, ...]` where `param` is
the operation's constant (a shift, a modulus, a clamp limit; None when it has none). Every operation here is
continuous for floats or exact for integers, so a rounding difference between MLIR and NumPy never flips a
branch: float comparisons that select are left out on purpose.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

FLOAT_MAX_BOUND = 1000.0  # f16 holds up to 65504: squares and products of bounded values stay finite
INT_MAX_BOUND = float(1 << 20)


@dataclass(frozen=True)
class ScalarOp:
    name: str
    arity: int
    domain: str  # "float" or "int"
    bound: Callable[[list[float], object], float]  # children's bounds, param -> result bound
    allowed: Callable[[list[float]], bool]  # children's bounds -> may this op be used on them
    mlir: Callable  # (emitter, children SSA names, element type, param) -> SSA name of the result
    numpy: Callable[[list[str], str, object], str]  # (children expressions, constant maker, param) -> expression


def _always(bounds: list[float]) -> bool:
    return True


def _binary(opcode: str) -> Callable:
    return lambda em, xs, ty, p: em.op(f"{opcode} {xs[0]}, {xs[1]} : {ty}")


def _unary(opcode: str) -> Callable:
    return lambda em, xs, ty, p: em.op(f"{opcode} {xs[0]} : {ty}")


def _abs_plus_one(em, x: str, ty: str) -> str:
    return em.op(f"arith.addf {em.op(f'math.absf {x} : {ty}')}, {em.const(1.0, ty)} : {ty}")


def _sigmoid(em, x: str, ty: str) -> str:
    exp = em.op(f"math.exp {em.op(f'arith.negf {x} : {ty}')} : {ty}")
    return em.op(f"arith.divf {em.const(1.0, ty)}, {em.op(f'arith.addf {em.const(1.0, ty)}, {exp} : {ty}')} : {ty}")


def _absi(em, x: str, ty: str) -> str:
    return em.op(f"arith.maxsi {x}, {em.op(f'arith.subi {em.const(0, ty)}, {x} : {ty}')} : {ty}")


def _divisor(em, y: str, ty: str) -> str:
    """|y| + 1: a run-time divisor that is never 0 and never -1 (so INT_MIN / -1 cannot happen either)."""
    return em.op(f"arith.addi {_absi(em, y, ty)}, {em.const(1, ty)} : {ty}")


def _divide(opcode: str, absolute_dividend: bool = False) -> Callable:
    def emit(em, xs, ty, p):
        dividend = _absi(em, xs[0], ty) if absolute_dividend else xs[0]
        return em.op(f"{opcode} {dividend}, {_divisor(em, xs[1], ty)} : {ty}")
    return emit


def _pow2(bound: float) -> int:
    return 1 << max(1, math.ceil(math.log2(bound + 1)))


FLOAT_OPS = [
    ScalarOp("addf", 2, "float", lambda b, p: b[0] + b[1], _always, _binary("arith.addf"),
             lambda x, c, p: f"({x[0]} + {x[1]})"),
    ScalarOp("subf", 2, "float", lambda b, p: b[0] + b[1], _always, _binary("arith.subf"),
             lambda x, c, p: f"({x[0]} - {x[1]})"),
    ScalarOp("mulf", 2, "float", lambda b, p: b[0] * b[1], _always, _binary("arith.mulf"),
             lambda x, c, p: f"({x[0]} * {x[1]})"),
    ScalarOp("maxf", 2, "float", lambda b, p: max(b), _always, _binary("arith.maximumf"),
             lambda x, c, p: f"np.maximum({x[0]}, {x[1]})"),
    ScalarOp("minf", 2, "float", lambda b, p: max(b), _always, _binary("arith.minimumf"),
             lambda x, c, p: f"np.minimum({x[0]}, {x[1]})"),
    ScalarOp("divsafe", 2, "float", lambda b, p: b[0], _always,
             lambda em, xs, ty, p: em.op(f"arith.divf {xs[0]}, {_abs_plus_one(em, xs[1], ty)} : {ty}"),
             lambda x, c, p: f"({x[0]} / (np.abs({x[1]}) + {c(1.0)}))"),
    ScalarOp("neg", 1, "float", lambda b, p: b[0], _always, _unary("arith.negf"), lambda x, c, p: f"(-{x[0]})"),
    ScalarOp("abs", 1, "float", lambda b, p: b[0], _always, _unary("math.absf"), lambda x, c, p: f"np.abs({x[0]})"),
    ScalarOp("relu", 1, "float", lambda b, p: b[0], _always,
             lambda em, xs, ty, p: em.op(f"arith.maximumf {xs[0]}, {em.const(0.0, ty)} : {ty}"),
             lambda x, c, p: f"np.maximum({x[0]}, {c(0.0)})"),
    ScalarOp("square", 1, "float", lambda b, p: b[0] * b[0], _always,
             lambda em, xs, ty, p: em.op(f"arith.mulf {xs[0]}, {xs[0]} : {ty}"),
             lambda x, c, p: f"({x[0]} * {x[0]})"),
    ScalarOp("scale", 1, "float", lambda b, p: b[0] * p, _always,  # p: a power of two, so exact
             lambda em, xs, ty, p: em.op(f"arith.mulf {xs[0]}, {em.const(p, ty)} : {ty}"),
             lambda x, c, p: f"({x[0]} * {c(p)})"),
    ScalarOp("exp", 1, "float", lambda b, p: math.exp(b[0]), lambda b: b[0] <= 2.0, _unary("math.exp"),
             lambda x, c, p: f"np.exp({x[0]})"),
    ScalarOp("tanh", 1, "float", lambda b, p: 1.0, _always, _unary("math.tanh"), lambda x, c, p: f"np.tanh({x[0]})"),
    ScalarOp("sin", 1, "float", lambda b, p: 1.0, lambda b: b[0] <= 100.0, _unary("math.sin"),
             lambda x, c, p: f"np.sin({x[0]})"),
    ScalarOp("cos", 1, "float", lambda b, p: 1.0, lambda b: b[0] <= 100.0, _unary("math.cos"),
             lambda x, c, p: f"np.cos({x[0]})"),
    ScalarOp("erf", 1, "float", lambda b, p: 1.0, _always, _unary("math.erf"), lambda x, c, p: f"_erf({x[0]})"),
    ScalarOp("sqrtabs", 1, "float", lambda b, p: math.sqrt(b[0]), _always,
             lambda em, xs, ty, p: em.op(f"math.sqrt {em.op(f'math.absf {xs[0]} : {ty}')} : {ty}"),
             lambda x, c, p: f"np.sqrt(np.abs({x[0]}))"),
    ScalarOp("log1pabs", 1, "float", lambda b, p: math.log1p(b[0]), _always,
             lambda em, xs, ty, p: em.op(f"math.log {_abs_plus_one(em, xs[0], ty)} : {ty}"),
             lambda x, c, p: f"np.log(np.abs({x[0]}) + {c(1.0)})"),
    ScalarOp("rsqrt1abs", 1, "float", lambda b, p: 1.0, _always,
             lambda em, xs, ty, p: em.op(f"math.rsqrt {_abs_plus_one(em, xs[0], ty)} : {ty}"),
             lambda x, c, p: f"({c(1.0)} / np.sqrt(np.abs({x[0]}) + {c(1.0)}))"),
    ScalarOp("sigmoid", 1, "float", lambda b, p: 1.0, lambda b: b[0] <= 10.0,
             lambda em, xs, ty, p: _sigmoid(em, xs[0], ty),
             lambda x, c, p: f"({c(1.0)} / ({c(1.0)} + np.exp(-{x[0]})))"),
]

INT_OPS = [
    ScalarOp("addi", 2, "int", lambda b, p: b[0] + b[1], _always, _binary("arith.addi"),
             lambda x, c, p: f"({x[0]} + {x[1]})"),
    ScalarOp("subi", 2, "int", lambda b, p: b[0] + b[1], _always, _binary("arith.subi"),
             lambda x, c, p: f"({x[0]} - {x[1]})"),
    ScalarOp("muli", 2, "int", lambda b, p: b[0] * b[1], _always, _binary("arith.muli"),
             lambda x, c, p: f"({x[0]} * {x[1]})"),
    ScalarOp("maxsi", 2, "int", lambda b, p: max(b), _always, _binary("arith.maxsi"),
             lambda x, c, p: f"np.maximum({x[0]}, {x[1]})"),
    ScalarOp("minsi", 2, "int", lambda b, p: max(b), _always, _binary("arith.minsi"),
             lambda x, c, p: f"np.minimum({x[0]}, {x[1]})"),
    ScalarOp("andi", 2, "int", lambda b, p: _pow2(max(b)), _always, _binary("arith.andi"),
             lambda x, c, p: f"({x[0]} & {x[1]})"),
    ScalarOp("ori", 2, "int", lambda b, p: _pow2(max(b)), _always, _binary("arith.ori"),
             lambda x, c, p: f"({x[0]} | {x[1]})"),
    ScalarOp("xori", 2, "int", lambda b, p: _pow2(max(b)), _always, _binary("arith.xori"),
             lambda x, c, p: f"({x[0]} ^ {x[1]})"),
    ScalarOp("negi", 1, "int", lambda b, p: b[0], _always,
             lambda em, xs, ty, p: em.op(f"arith.subi {em.const(0, ty)}, {xs[0]} : {ty}"),
             lambda x, c, p: f"(-{x[0]})"),
    ScalarOp("absi", 1, "int", lambda b, p: b[0], _always,
             lambda em, xs, ty, p: em.op(
                 f"arith.maxsi {xs[0]}, {em.op(f'arith.subi {em.const(0, ty)}, {xs[0]} : {ty}')} : {ty}"),
             lambda x, c, p: f"np.abs({x[0]})"),
    ScalarOp("remc", 1, "int", lambda b, p: min(b[0], p - 1), _always,  # C remainder: the sign of the dividend
             lambda em, xs, ty, p: em.op(f"arith.remsi {xs[0]}, {em.const(p, ty)} : {ty}"),
             lambda x, c, p: f"np.fmod({x[0]}, {c(p)})"),
    ScalarOp("shrc", 1, "int", lambda b, p: b[0] / (1 << p) + 1, _always,  # arithmetic shift: floor division
             lambda em, xs, ty, p: em.op(f"arith.shrsi {xs[0]}, {em.const(p, ty)} : {ty}"),
             lambda x, c, p: f"({x[0]} >> {c(p)})"),
    ScalarOp("clamp", 1, "int", lambda b, p: min(b[0], p), _always,
             lambda em, xs, ty, p: em.op(
                 f"arith.maxsi {em.op(f'arith.minsi {xs[0]}, {em.const(p, ty)} : {ty}')}, {em.const(-p, ty)} : {ty}"),
             lambda x, c, p: f"np.maximum(np.minimum({x[0]}, {c(p)}), {c(-p)})"),
    # division and remainder by run-time values: the divisor is |y| + 1 (defined for every y in bounds)
    ScalarOp("divi", 2, "int", lambda b, p: b[0], _always, _divide("arith.divsi"),
             lambda x, c, p: f"(np.sign({x[0]}) * (np.abs({x[0]}) // (np.abs({x[1]}) + {c(1)})))"),
    ScalarOp("remi", 2, "int", lambda b, p: b[0], _always, _divide("arith.remsi"),
             lambda x, c, p: f"np.fmod({x[0]}, np.abs({x[1]}) + {c(1)})"),
    ScalarOp("floordivi", 2, "int", lambda b, p: b[0], _always, _divide("arith.floordivsi"),
             lambda x, c, p: f"np.floor_divide({x[0]}, np.abs({x[1]}) + {c(1)})"),
    ScalarOp("ceildivi", 2, "int", lambda b, p: b[0], _always, _divide("arith.ceildivsi"),
             lambda x, c, p: f"(-np.floor_divide(-{x[0]}, np.abs({x[1]}) + {c(1)}))"),
    ScalarOp("divui", 2, "int", lambda b, p: b[0], _always, _divide("arith.divui", absolute_dividend=True),
             lambda x, c, p: f"(np.abs({x[0]}) // (np.abs({x[1]}) + {c(1)}))"),
    ScalarOp("selgt", 4, "int", lambda b, p: max(b[2], b[3]), _always,  # exact: integers never round
             lambda em, xs, ty, p: em.op(
                 f"arith.select {em.op(f'arith.cmpi sgt, {xs[0]}, {xs[1]} : {ty}')}, {xs[2]}, {xs[3]} : {ty}"),
             lambda x, c, p: f"np.where({x[0]} > {x[1]}, {x[2]}, {x[3]})"),
]

OPS = {op.name: op for op in FLOAT_OPS + INT_OPS}

# Binary scalar ops that a named linalg elementwise op computes over two same-shaped tensors.
NAMED_ELEMENTWISE = {"addf": "linalg.add", "subf": "linalg.sub", "mulf": "linalg.mul", "maxf": "linalg.max",
                     "addi": "linalg.add", "subi": "linalg.sub", "muli": "linalg.mul", "maxsi": "linalg.max"}

# Casts end an expression: (from, to) -> MLIR opcode. NumPy rounds and converts the same way (`astype`).
CASTS = {
    ("i32", "f32"): "arith.sitofp", ("i32", "f16"): "arith.sitofp", ("i64", "f64"): "arith.sitofp",
    ("i64", "f32"): "arith.sitofp", ("f16", "f32"): "arith.extf", ("f32", "f64"): "arith.extf",
    ("f32", "f16"): "arith.truncf", ("f64", "f32"): "arith.truncf", ("i32", "i64"): "arith.extsi",
    ("i64", "i32"): "arith.trunci",
    # bf16 (exchanged as float32; the oracle rounds to nearest even) enters by truncation and leaves by extension
    ("f32", "bf16"): "arith.truncf", ("bf16", "f32"): "arith.extf",
}
