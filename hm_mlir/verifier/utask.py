"""Python rules of the utask dialect: loops and branches belong to an rtask.program, the scf ops marked
`utask.loop` / `utask.branch` match the kind they name, conditions name a loop or branch, stacks are bounded."""

from __future__ import annotations

from mlir import ir

from hm_mlir.verifier.common import Problems, SymbolIndex, integer, require_symbol

_LOOP_KINDS = {"scf.for": "for", "scf.while": "while"}


def check(module_ops: list[ir.Operation], staged: list[ir.Operation], symbols: SymbolIndex,
          problems: Problems) -> None:
    for op in module_ops:
        if op.name in ("utask.loop", "utask.branch", "utask.stack"):
            require_symbol(op, "program", ("rtask.program",), symbols, problems)
        if op.name == "utask.loop":
            trips = integer(op.attributes["trips"]) or 0
            if trips < 0:
                problems.add(op, "'trips' must be non-negative (0: data-dependent)")
            if op.attributes["kind"].value == "while" and trips != 0:
                problems.add(op, "a 'while' loop is data-dependent: 'trips' must be 0")
        elif op.name == "utask.stack":
            if (integer(op.attributes["depth"]) or 0) < 1 or (integer(op.attributes["frame_bytes"]) or 0) < 1:
                problems.add(op, "'depth' and 'frame_bytes' must be at least 1")
    for op in staged:
        if "utask.loop" in op.attributes:
            loop = require_symbol(op, "utask.loop", ("utask.loop",), symbols, problems)
            if loop is not None and _LOOP_KINDS.get(op.name) != loop.attributes["kind"].value:
                problems.add(op, f"'{op.name}' cannot run a utask.loop of kind "
                                 f"\"{loop.attributes['kind'].value}\"")
        if "utask.branch" in op.attributes:
            require_symbol(op, "utask.branch", ("utask.branch",), symbols, problems)
            if op.name != "scf.if":
                problems.add(op, f"'utask.branch' belongs on scf.if, not '{op.name}'")
        if op.name == "utask.condition":
            require_symbol(op, "of", ("utask.loop", "utask.branch"), symbols, problems)
