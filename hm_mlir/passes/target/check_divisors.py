"""hm-check-divisors: run-time checks of integer divisors (the `--check-bounds` mode, with upstream's
generate-runtime-verification for indices).

Consumes: any module. Produces: before every scalar integer division or remainder (`arith.divsi`, `divui`,
`remsi`, `remui`, `floordivsi`, `ceildivsi`, `ceildivui`) whose divisor is not a constant known to be safe,
a `cf.assert` that the divisor is not zero and, for the signed ones, that the operation is not INT_MIN / -1.
The message has upstream's runtime-verification form (`ERROR: Runtime op verification failed`, `^ integer
division by zero`, `Location: loc(...)`), so one reader reports both kinds with the op's source location.
Division in MLIR is undefined for those operands (the cpu target traps with SIGFPE); vector divisions are
left unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.ir_walk import constant_int, walk
from hm_mlir.passes.base import HmPass

SIGNED = ("arith.divsi", "arith.remsi", "arith.floordivsi", "arith.ceildivsi")
UNSIGNED = ("arith.divui", "arith.remui", "arith.ceildivui")


@dataclass(frozen=True)
class CheckDivisors(HmPass):
    NAME = "hm-check-divisors"
    SUMMARY = "target (--check-bounds): cf.assert before integer divisions: divisor not 0, not INT_MIN / -1"

    def run(self, module) -> None:
        for op in [op for op in walk(module) if op.name in SIGNED + UNSIGNED]:
            _check(op)


def verification_message(problem: str, location) -> str:
    """The message of a failed check, in the form upstream's generate-runtime-verification{verbose-level=0}
    gives its own (what hm_mlir.runtime.callable.failed_check reads back)."""
    from hm_mlir.runtime.callable import CHECK_HEADER

    return f"{CHECK_HEADER}\n^ {problem}\nLocation: {location}"


def _check(op) -> None:
    from mlir import ir
    from mlir.dialects import arith, cf

    lhs, rhs = op.operands[0], op.operands[1]
    kind = rhs.type
    if not (isinstance(kind, ir.IntegerType) or isinstance(kind, ir.IndexType)):
        return  # a vector division: left unchecked
    width = 64 if isinstance(kind, ir.IndexType) else ir.IntegerType(kind).width
    signed = op.name in SIGNED
    known = constant_int(rhs)
    if known is not None and known != 0 and not (signed and known in (-1, (1 << width) - 1)):
        return
    with ir.InsertionPoint(op), op.location:
        zero = arith.ConstantOp(kind, 0).result
        ok = arith.CmpIOp(arith.CmpIPredicate.ne, rhs, zero).result
        cf.AssertOp(ok, verification_message("integer division by zero", op.location))
        if signed:
            minus_one = arith.ConstantOp(kind, -1).result
            smallest = arith.ConstantOp(kind, -(1 << (width - 1)) if width > 1 else -1).result
            not_minus_one = arith.CmpIOp(arith.CmpIPredicate.ne, rhs, minus_one).result
            not_smallest = arith.CmpIOp(arith.CmpIPredicate.ne, lhs, smallest).result
            defined = arith.OrIOp(not_minus_one, not_smallest).result
            cf.AssertOp(defined, verification_message("integer division overflow (INT_MIN / -1)", op.location))
