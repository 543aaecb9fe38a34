"""The stage dialects' Python verifier: the rules IRDL cannot express.

`verify(op)` runs after every parse and after every stage; it reports each problem as an error at the
offending op's location and returns False if there was any. Rules live one file per dialect.
"""

from __future__ import annotations

from mlir import ir

from hm_mlir.ir_walk import module_body, walk
from hm_mlir.verifier import rtask, rtile, tilegraph, utask
from hm_mlir.verifier.common import STAGE_DIALECTS, Problems, SymbolIndex

# Discardable attributes of the stage dialects that upstream ops may carry.
KNOWN_ATTRIBUTES = ("rtile.space", "tilegraph.node", "rtask.program", "rtask.kernel", "utask.loop", "utask.branch")
_RULES = (tilegraph.check, rtask.check, utask.check)


def problems(module_op: ir.Operation, model: bool = True) -> list[tuple[ir.Operation, str]]:
    """Every violation of the stage dialects' Python rules in `module_op`, as (op, message) pairs; with `model`,
    also that each Roller candidate's recorded numbers are its model's (rtile.check)."""
    found = Problems()
    module_ops = list(module_body(module_op))
    staged = []  # the nested ops the rules look at: stage ops and ops with a stage attribute (one walk for all)
    for op in walk(module_op):
        stage_op = op.name.split(".", 1)[0] in STAGE_DIALECTS
        if stage_op and op.name != "utask.condition":
            if op.parent.name != "builtin.module":
                found.add(op, f"'{op.name}' must be directly inside a module")
            elif module_op.name == "builtin.module" and op.parent.operation != module_op.operation:
                # The rules below only see the verified module's own body and symbols.
                found.add(op, f"'{op.name}' must be directly inside the top-level module, not a nested one")
        stage_attributes = [name for name in op.attributes if name.split(".", 1)[0] in STAGE_DIALECTS]
        for name in stage_attributes:
            if name not in KNOWN_ATTRIBUTES:
                found.add(op, f"unknown stage attribute '{name}' (known: {', '.join(KNOWN_ATTRIBUTES)})")
        if stage_op or stage_attributes:
            staged.append(op)
    if module_op.name == "builtin.module":
        symbols = SymbolIndex(module_op)
        rtile.check(module_ops, staged, symbols, found, model)
        for rule in _RULES:
            rule(module_ops, staged, symbols, found)
    return found.items


def verify(module_op: ir.Operation, model: bool = True) -> bool:
    """Emit an error at each problem's location; True when there is none (`model`: as in problems)."""
    found = problems(module_op, model)
    for op, message in found:
        op.location.emit_error(f"'{op.name}' op {message}")
    return not found
