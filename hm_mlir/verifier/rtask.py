"""Python rules of the rtask dialect: the vDevice adds up; a program resolves its function and vDevice, has one row
of tasks per vEU (one row, the queue, with dispatch "queue"), and its tables pass hm_mlir.rammer.tables.problems
(every block once, waits on earlier kernels, no deadlock, happens-before for every pair of kernels that share a
buffer); the kernels marked with `rtask.program` / `rtask.kernel` in the function are the program's, each index
once."""

from __future__ import annotations

from mlir import ir

from hm_mlir.verifier.common import Problems, SymbolIndex, integer, require_i64_arrays, require_symbol


def _check_vdevice(op: ir.Operation, problems: Problems) -> None:
    sms, per_sm, veus = (integer(op.attributes[n]) or 0 for n in ("sms", "veus_per_sm", "num_veus"))
    if sms < 1 or per_sm < 1:
        problems.add(op, "'sms' and 'veus_per_sm' must be at least 1")
    elif veus != sms * per_sm:
        problems.add(op, f"'num_veus' must be sms x veus_per_sm = {sms * per_sm}, got {veus}")


def _check_program(op: ir.Operation, symbols: SymbolIndex, problems: Problems) -> None:
    from hm_mlir.rammer.tables import Tables
    from hm_mlir.rammer.tables import problems as schedule_problems

    require_symbol(op, "function", ("func.func",), symbols, problems)
    vdevice = require_symbol(op, "vdevice", ("rtask.vdevice",), symbols, problems)
    arrays = require_i64_arrays(op, Tables.FIELDS + ("follows",), problems)
    if len(arrays) != len(Tables.FIELDS) + 1:
        return
    tables = Tables(*(tuple(arrays[name]) for name in Tables.FIELDS))
    kernels = len(tables.kernel_blocks)
    if len(op.attributes["kernels"]) != kernels:
        problems.add(op, f"'kernels' names {len(op.attributes['kernels'])} kernels but 'kernel_blocks' has {kernels}")
    dispatch = op.attributes["dispatch"].value if isinstance(op.attributes["dispatch"], ir.StringAttr) else ""
    if dispatch not in ("static", "queue"):
        problems.add(op, f"'dispatch' must be \"static\" or \"queue\", got \"{dispatch}\"")
        return
    queue = dispatch == "queue"
    if not queue and vdevice is not None and tables.veus != (integer(vdevice.attributes["num_veus"]) or 0):
        problems.add(op, f"'task_offsets' must have one row per vEU of the vDevice "
                         f"({integer(vdevice.attributes['num_veus'])} + 1 entries), got {len(tables.task_offsets)}")
        return
    waves = integer(op.attributes["waves"]) or 0
    if waves < 1 or any(not 0 <= w < waves for w in tables.task_wave):
        problems.add(op, f"'waves' must be at least 1 and every task's wave within 0..{waves - 1}")
    pairs = arrays["follows"]
    if len(pairs) % 2 or any(not 0 <= i < j < kernels for j, i in zip(pairs[::2], pairs[1::2])):
        problems.add(op, "'follows' must be pairs (later, earlier) of kernel indices with earlier < later")
        return
    follows = [set() for _ in range(kernels)]
    for j, i in zip(pairs[::2], pairs[1::2]):
        follows[j].add(i)
    for problem in schedule_problems(tables, [frozenset(f) for f in follows], queue=queue):
        problems.add(op, problem)


def _check_kernels(programs: dict[str, ir.Operation], staged: list[ir.Operation], problems: Problems) -> None:
    """The marked kernel ops: of a known program, an index within it, each index at most once."""
    seen: dict[tuple[str, int], ir.Operation] = {}
    for op in staged:
        if "rtask.program" not in op.attributes and "rtask.kernel" not in op.attributes:
            continue
        program = op.attributes["rtask.program"] if "rtask.program" in op.attributes else None
        index = integer(op.attributes["rtask.kernel"]) if "rtask.kernel" in op.attributes else None
        if not isinstance(program, ir.FlatSymbolRefAttr) or index is None:
            problems.add(op, "a kernel of an rProgram needs 'rtask.program' (a symbol) and 'rtask.kernel' (an integer)")
            continue
        target = programs.get(program.value)
        if target is None:
            problems.add(op, f"'rtask.program' names @{program.value}, which is not an rtask.program")
            continue
        if not 0 <= index < len(target.attributes["kernels"]):
            problems.add(op, f"'rtask.kernel' {index} is outside @{program.value}'s "
                             f"{len(target.attributes['kernels'])} kernels")
        elif (program.value, index) in seen:
            problems.add(op, f"kernel {index} of @{program.value} is marked twice")
        seen[(program.value, index)] = op


def check(module_ops: list[ir.Operation], staged: list[ir.Operation], symbols: SymbolIndex,
          problems: Problems) -> None:
    programs = {}
    for op in module_ops:
        if op.name == "rtask.vdevice":
            _check_vdevice(op, problems)
        elif op.name == "rtask.program":
            _check_program(op, symbols, problems)
            programs[op.attributes["sym_name"].value] = op
    _check_kernels(programs, staged, problems)
