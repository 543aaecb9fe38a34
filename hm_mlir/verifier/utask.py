"""Python rules of the utask dialect: loops and branches belong to an rtask.program, the scf ops marked
`utask.loop` / `utask.branch` match the kind they name, conditions name a loop or branch, stacks are bounded.
A loop's carried pairs and waits are triples of kernels of its program with a distance of at least 1, and order
every carried pair and every kernel after its own previous iteration (hm_mlir.grinder.loops.problems); the
scf.for that runs it has its static trip count and holds its program's kernels."""

from __future__ import annotations

from mlir import ir

from hm_mlir.verifier.common import Problems, SymbolIndex, integer, ints, require_symbol

_LOOP_KINDS = {"scf.for": "for", "scf.while": "while"}


def check(module_ops: list[ir.Operation], staged: list[ir.Operation], symbols: SymbolIndex,
          problems: Problems) -> None:
    for op in module_ops:
        if op.name in ("utask.loop", "utask.branch", "utask.stack"):
            require_symbol(op, "program", ("rtask.program",), symbols, problems)
        if op.name == "utask.loop":
            _check_loop_waits(op, symbols, problems)
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
            elif loop is not None and op.name == "scf.for":
                _check_marked_for(op, loop, staged, problems)
        if "utask.branch" in op.attributes:
            require_symbol(op, "utask.branch", ("utask.branch",), symbols, problems)
            if op.name != "scf.if":
                problems.add(op, f"'utask.branch' belongs on scf.if, not '{op.name}'")
        if op.name == "utask.condition":
            require_symbol(op, "of", ("utask.loop", "utask.branch"), symbols, problems)


def _triples(op: ir.Operation, name: str, problems: Problems) -> list[tuple[int, int, int]] | None:
    values = ints(op.attributes[name])
    if values is None or len(values) % 3:
        problems.add(op, f"'{name}' must be an array of i64 triples (a, b, distance)")
        return None
    return [tuple(values[i:i + 3]) for i in range(0, len(values), 3)]


def _check_loop_waits(op: ir.Operation, symbols: SymbolIndex, problems: Problems) -> None:
    from hm_mlir.grinder.loops import problems as loop_problems
    from hm_mlir.passes.utask.grinder_loops import program_tables
    from hm_mlir.rammer.tables import shape_problems

    carried, waits = _triples(op, "carried", problems), _triples(op, "carried_waits", problems)
    program = symbols.lookup(op.attributes["program"]) if isinstance(op.attributes["program"], ir.FlatSymbolRefAttr) \
        else None
    if carried is None or waits is None or program is None or program.name != "rtask.program":
        return
    pairs = {}
    for a, b, d in carried:
        if (a, b) in pairs:
            problems.add(op, f"'carried' lists the pair ({a}, {b}) twice")
            return
        pairs[(a, b)] = d
    tables = program_tables(program)
    if shape_problems(tables):
        return  # the program's own rules report its tables
    for message in loop_problems(tables, pairs, waits, queue=program.attributes["dispatch"].value == "queue"):
        problems.add(op, message)


def _check_marked_for(op: ir.Operation, loop: ir.Operation, staged: list[ir.Operation], problems: Problems) -> None:
    from hm_mlir.passes.utask.device_loop import DeviceLoop

    trips = integer(loop.attributes["trips"]) or 0
    static = DeviceLoop(op).static_trips()
    if trips and static != trips:
        problems.add(op, f"runs utask.loop @{loop.attributes['sym_name'].value} of {trips} trips, but its bounds "
                         f"give {'a host-computed count' if static is None else static}")
    program = ir.FlatSymbolRefAttr(loop.attributes["program"]).value
    for kernel in staged:
        ref = kernel.attributes["rtask.program"] if "rtask.program" in kernel.attributes else None
        if isinstance(ref, ir.FlatSymbolRefAttr) and ref.value == program and \
                (kernel.parent is None or kernel.parent.operation != op):
            problems.add(kernel, f"a kernel of @{program} outside the body of the loop that runs "
                                 f"utask.loop @{loop.attributes['sym_name'].value}")
