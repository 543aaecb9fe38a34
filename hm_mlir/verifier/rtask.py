"""Python rules of the rtask dialect: the vDevice adds up, programs and tasks resolve their symbols, every
vEU id is within the vDevice, each vEU's task order is a sequence without repeats, waves exist."""

from __future__ import annotations

from mlir import ir

from hm_mlir.verifier.common import Problems, SymbolIndex, integer, require_i64_arrays, require_symbol


def _check_vdevice(op: ir.Operation, problems: Problems) -> None:
    sms, per_sm, veus = (integer(op.attributes[n]) or 0 for n in ("sms", "veus_per_sm", "num_veus"))
    if sms < 1 or per_sm < 1:
        problems.add(op, "'sms' and 'veus_per_sm' must be at least 1")
    elif veus != sms * per_sm:
        problems.add(op, f"'num_veus' must be sms x veus_per_sm = {sms * per_sm}, got {veus}")


def _program_facts(op: ir.Operation, symbols: SymbolIndex, problems: Problems) -> tuple[int, int] | None:
    """(number of vEUs, number of waves) of the program `op` belongs to, or None if it does not resolve."""
    program = require_symbol(op, "program", ("rtask.program",), symbols, problems)
    if program is None:
        return None
    vdevice = symbols.lookup(program.attributes["vdevice"])
    if vdevice is None or vdevice.name != "rtask.vdevice":
        return None
    return integer(vdevice.attributes["num_veus"]) or 0, integer(program.attributes["waves"]) or 0


def _check_veu(op: ir.Operation, veu: int, num_veus: int, problems: Problems, what: str = "'veu'") -> None:
    if not 0 <= veu < num_veus:
        problems.add(op, f"{what} {veu} is outside the vDevice (vEUs 0..{num_veus - 1})")


def check(module_ops: list[ir.Operation], staged: list[ir.Operation], symbols: SymbolIndex,
          problems: Problems) -> None:
    orders: dict[tuple[str, int], set[int]] = {}
    for op in module_ops:
        if op.name == "rtask.vdevice":
            _check_vdevice(op, problems)
        elif op.name == "rtask.program":
            require_symbol(op, "function", ("func.func",), symbols, problems)
            require_symbol(op, "vdevice", ("rtask.vdevice",), symbols, problems)
            if (integer(op.attributes["waves"]) or 0) < 1:
                problems.add(op, "'waves' must be at least 1")
        elif op.name in ("rtask.task", "rtask.wait", "rtask.barrier"):
            facts = _program_facts(op, symbols, problems)
            if facts is None:
                continue
            num_veus, waves = facts
            if op.name == "rtask.barrier" or op.name == "rtask.task":
                wave = integer(op.attributes["wave"]) or 0
                if not 0 <= wave < waves:
                    problems.add(op, f"wave {wave} is outside the program's {waves} waves")
            if op.name == "rtask.barrier":
                continue
            veu, order = integer(op.attributes["veu"]) or 0, integer(op.attributes["order"]) or 0
            _check_veu(op, veu, num_veus, problems)
            if order < 0:
                problems.add(op, "'order' must be non-negative")
            if op.name == "rtask.task":
                require_symbol(op, "kernel", ("func.func", "gpu.func"), symbols, problems)
                blocks = require_i64_arrays(op, ("blocks",), problems).get("blocks")
                if blocks is not None and (len(blocks) != 2 or blocks[0] < 0 or blocks[1] < 1):
                    problems.add(op, f"'blocks' must be [first, count] with first >= 0, count >= 1, got {blocks}")
                key = (op.attributes["program"].value, veu)
                if order in orders.setdefault(key, set()):
                    problems.add(op, f"vEU {veu} already has a task at order {order}")
                orders[key].add(order)
            else:
                arrays = require_i64_arrays(op, ("on_veus", "steps"), problems)
                on, steps = arrays.get("on_veus", []), arrays.get("steps", [])
                if len(arrays) == 2 and (len(on) != len(steps) or not on):  # both read (else reported)
                    problems.add(op, "'on_veus' and 'steps' must be non-empty and of equal length")
                for other in on:
                    _check_veu(op, other, num_veus, problems, "waited-on vEU")
                if any(s < 1 for s in steps):
                    problems.add(op, "'steps' must be at least 1")
