"""hm-plan-memory: one arena per executable for the intermediate buffers, laid out at compile time.

Consumes: host functions after bufferization (and hm-forward-copies), before the deallocation pipeline.
Produces: the same functions where every statically shaped `memref.alloc` that the plan can place is a
`memref.view` of an arena at a fixed byte offset, and buffers whose lifetimes do not overlap share bytes. Each
planned function that needs one takes its arena as a trailing `memref<Nxi8>` argument (after its
out-parameters) and passes a view of it, past its own buffers, to the planned functions it calls; the module's
`hm.arena_functions` names the public functions that take one and `hm.arena_bytes` is the most a call needs.
The runtime allocates that once per executable (device memory on GPU targets) and passes it to every call, so
no intermediate is allocated per call.

A lifetime is the stretch of the function's top-level ops from the alloc to the last op that uses the buffer or
anything that may alias it (views, loop arguments and results it flows into). A buffer an scf.for or
scf.while hands to its next trip gets two slots: an scf.for's trip t uses slot t % 2, an scf.while's trip the
slot its previous trip's buffer is not in. Not planned, and left to the deallocation pipeline: a buffer a loop
hands on in ways two slots cannot hold (yielded twice, passed through), a buffer only the host uses (host
memory), dynamic shapes, functions in a recursive cycle (with the functions they call), and the intermediates
of a Welder group (only its members use them: the fused kernel keeps them in registers and hm-welder-codegen
erases them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir.codegen.host import VIEW_OPS, HostMemory, host_funcs, is_public_definition, static_bytes
from hm_mlir.ir_walk import ancestor_in, walk
from hm_mlir.passes.base import HmPass

ALIGNMENT = 256  # bytes: every buffer starts at a multiple (the runtime aligns the arena's base the same way)
ARENA_ATTR = "hm.arena_bytes"  # on the module: the bytes of the arena a public function's call needs
PLANNED_ATTR = "hm.arena_planned_bytes"  # on the module: the bytes of all planned buffers, packed or not
FUNCTIONS_ATTR = "hm.arena_functions"  # on the module: the public functions that take the arena


@dataclass
class Placement:
    op: ir.Operation
    size: int
    first: int
    last: int
    offset: int = 0


@dataclass
class FunctionPlan:
    placements: list[Placement] = field(default_factory=list)
    # (alloc, its scf.for or the scf.while argument holding the previous trip's buffer, its two slots): trip t of
    # an scf.for uses slot t % 2; an scf.while's trip the slot its previous buffer is not in
    turns: list[tuple[ir.Operation, ir.Operation, tuple[Placement, Placement]]] = field(default_factory=list)
    own: int = 0  # bytes of this function's buffers, packed
    need: int = 0  # own plus the most a call from it needs


def _aliases(value: ir.Value) -> tuple[list[ir.Operation], bool]:
    """(every op that uses `value` or a value that may alias it, whether a loop's yield or condition hands it
    on: the buffer outlives its trip)."""
    users, seen, pending, leaves = [], {value}, [value], False

    def add(v: ir.Value) -> None:
        if v not in seen:
            seen.add(v)
            pending.append(v)

    while pending:
        current = pending.pop()
        for use in current.uses:
            user, number = use.owner.operation, use.operand_number
            users.append(user)
            name = user.name
            if name in VIEW_OPS:
                add(user.results[0])
            elif name == "scf.for" and number >= 3:
                add(user.regions[0].blocks[0].arguments[number - 2])
                add(user.results[number - 3])
            elif name == "scf.while":
                add(user.regions[0].blocks[0].arguments[number])
            elif name in ("scf.yield", "scf.condition"):
                parent = user.parent.operation
                leaves = leaves or parent.name != "scf.if"  # a branch's result is made once: it may be planned
                index = number - 1 if name == "scf.condition" else number
                if index >= 0 and index < len(parent.results):
                    add(parent.results[index])
                if parent.name == "scf.for":
                    add(parent.regions[0].blocks[0].arguments[number + 1])
                elif parent.name == "scf.while" and name == "scf.condition":
                    add(parent.regions[1].blocks[0].arguments[index])
                elif parent.name == "scf.while":
                    add(parent.regions[0].blocks[0].arguments[number])
            elif name == "func.return":
                leaves = True
    return users, leaves


def _fused_intermediate(users: list[ir.Operation]) -> bool:
    """Whether a buffer is only a Welder group's intermediate: every op using it (or a view of it) is a member
    of a fused group (`tilegraph.node`), none passes it on."""
    members = [user for user in users if user.name not in VIEW_OPS]
    return bool(members) and all("tilegraph.node" in user.attributes for user in members)


def _carried_by_for(alloc: ir.Operation) -> tuple[ir.Operation, int] | None:
    """(the scf.for, the iter_arg position) when `alloc` sits directly in an scf.for's body, the body's yield hands
    it (itself, once) to the next trip and nothing else lets it out: its other users are not yields, the
    iteration argument it becomes is neither yielded nor handed on, so the buffer of trip t is dead once trip
    t + 1 ends and two slots used in turn hold every trip's."""
    block = alloc.block
    loop = block.owner.operation
    if loop.name != "scf.for":
        return None
    value = alloc.results[0]
    yields = [(user, number) for user, number in ((u.owner.operation, u.operand_number) for u in value.uses)
              if user.name in ("scf.yield", "scf.condition")]
    if len(yields) != 1 or yields[0][0].parent.operation != loop:
        return None
    if any(user.name in ("scf.yield", "scf.condition") and user != yields[0][0] for user in _view_users(value)):
        return None
    position_k = yields[0][1]
    argument = block.arguments[position_k + 1]
    if _handed_on(argument):
        return None
    return loop, position_k


def _carried_by_while(alloc: ir.Operation) -> ir.Value | None:
    """The after-region argument that holds the previous trip's buffer, when `alloc` sits directly in an
    scf.while's after region, its yield hands it (once) to a before-region argument, the condition hands that
    (once, and nothing else) to the after region, and neither argument is handed on otherwise: every trip
    reads the previous trip's buffer and makes a new one, so the slot the previous one is not in is free."""
    block = alloc.block
    loop = block.owner.operation
    if loop.name != "scf.while" or block != loop.regions[1].blocks[0]:
        return None
    value = alloc.results[0]
    yields = [(u.owner.operation, u.operand_number) for u in value.uses if u.owner.operation.name == "scf.yield"]
    if len(yields) != 1 or any(user.name in ("scf.yield", "scf.condition") and user != yields[0][0]
                               for user in _view_users(value)):
        return None
    before = loop.regions[0].blocks[0].arguments[yields[0][1]]
    handed = [(u.owner.operation, u.operand_number) for u in before.uses]
    conditions = [number for user, number in handed if user.name == "scf.condition"]
    if len(conditions) != 1 or any(user.name == "scf.yield" for user, _ in handed):
        return None
    after = block.arguments[conditions[0] - 1]
    if _handed_on(after):
        return None
    return after


def _view_users(value: ir.Value) -> list[ir.Operation]:
    """The users of `value` and of its views (not following loops or yields)."""
    users, pending = [], [value]
    while pending:
        for use in pending.pop().uses:
            user = use.owner.operation
            users.append(user)
            if user.name in VIEW_OPS:
                pending.append(user.results[0])
    return users


def _handed_on(value: ir.Value) -> bool:
    """Whether a yield or a loop condition hands `value` (or a view of it) on."""
    return any(user.name in ("scf.yield", "scf.condition") for user in _view_users(value))


def plan_function(func: ir.Operation, memory: HostMemory, share: bool = True) -> FunctionPlan:
    """The placements of `func`'s plannable buffers, packed first-fit by size; without `share`, no two
    buffers share bytes."""
    entry = func.regions[0].blocks[0]
    ops = [op.operation for op in entry.operations]
    position = {op: i for i, op in enumerate(ops)}
    block_ops = set(ops)
    placements, turns = [], []
    for op in walk(func):
        if op.name != "memref.alloc" or op.operands:
            continue
        kind = ir.MemRefType(op.results[0].type)
        size = static_bytes(kind)
        layout = kind.layout
        identity = isinstance(layout, ir.AffineMapAttr) and layout.value == ir.AffineMap.get_identity(kind.rank)
        if not size or not identity or memory.is_host(op.results[0]):
            continue
        users, leaves = _aliases(op.results[0])
        if _fused_intermediate(users):
            continue  # hm-welder-codegen computes it in registers and erases the buffer
        top = position.get(ancestor_in(op, block_ops))
        aligned = -(-size // ALIGNMENT) * ALIGNMENT
        if top is not None and leaves and op not in block_ops:
            carried = _carried_by_for(op)
            if carried is None and (previous := _carried_by_while(op)) is not None:
                loop = op.block.owner.operation
                carried = (loop, None, previous)
            if carried is not None:  # a buffer a loop hands to its next trip: two slots, used in turn
                loop, position_k = carried[:2]
                results = loop.results if position_k is None else [loop.results[position_k]]
                result_users, result_leaves = [], False
                for result in results:
                    more, out = _aliases(result)
                    result_users, result_leaves = result_users + more, result_leaves or out
                ends = [position.get(ancestor_in(user, block_ops)) for user in result_users + users]
                if not result_leaves and all(end is not None for end in ends):
                    last = max([top, *ends])
                    pair = (Placement(op, aligned, top, last), Placement(op, aligned, top, last))
                    placements.extend(pair)
                    turns.append((op, carried[2] if len(carried) == 3 else loop, pair))
            continue
        if top is None:
            continue
        ends = [position.get(ancestor_in(user, block_ops)) for user in users]
        if any(end is None for end in ends):
            continue
        placements.append(Placement(op, aligned, top, max([top, *ends])))
    plan = FunctionPlan(placements, turns=turns)
    placed: list[Placement] = []
    for item in sorted(placements, key=lambda p: (-p.size, p.first)):
        busy = sorted((p.offset, p.offset + p.size) for p in placed
                      if not share or (p.first <= item.last and item.first <= p.last))
        offset = 0
        for start, end in busy:
            if offset + item.size <= start:
                break
            offset = max(offset, end)
        item.offset = offset
        placed.append(item)
        plan.own = max(plan.own, offset + item.size)
    return plan


def _callees(func: ir.Operation) -> list[ir.Operation]:
    return [op for op in walk(func) if op.name == "func.call"]


def plan_memory(module: ir.Operation, share: bool = True) -> None:
    memory = HostMemory(module)
    functions = {f.attributes["sym_name"].value: f for f in host_funcs(module) if f.regions[0].blocks}
    calls = {name: _callees(f) for name, f in functions.items()}
    callees = {name: {c.attributes["callee"].value for c in found} & set(functions) for name, found in calls.items()}
    planned = _plannable(functions, callees)
    if not planned:
        return
    plans = {name: plan_function(functions[name], memory, share) for name in planned}
    for name in _callees_first(planned, callees):
        plan = plans[name]
        plan.need = plan.own + max((plans[c].need for c in callees[name]), default=0)
    arena = {name: plans[name] for name in planned if plans[name].need}  # a function that needs none takes none
    for name, plan in arena.items():
        _rewrite(functions[name], plan, calls[name], arena)
    public = [n for n in arena if is_public_definition(functions[n])]
    if not public:
        return
    i64 = ir.IntegerType.get_signless(64)
    module.attributes[ARENA_ATTR] = ir.IntegerAttr.get(i64, max(arena[n].need for n in public))
    module.attributes[PLANNED_ATTR] = ir.IntegerAttr.get(i64, sum(p.size for n in planned for p in plans[n].placements))
    module.attributes[FUNCTIONS_ATTR] = ir.ArrayAttr.get([ir.StringAttr.get(n) for n in public])


def _plannable(functions: dict, callees: dict) -> list[str]:
    """Functions the plan covers: every definition outside a recursive cycle whose callers are all covered (a
    public one may have none) and whose defined callees are covered too (each passes its callees their
    arena), in a stable order."""
    def in_cycle(start: str) -> bool:
        pending, seen = list(callees[start]), set()
        while pending:
            name = pending.pop()
            if name == start:
                return True
            if name not in seen:
                seen.add(name)
                pending.extend(callees.get(name, ()))
        return False

    callers = {name: {c for c, targets in callees.items() if name in targets} for name in functions}
    planned = {n for n, f in functions.items() if not in_cycle(n) and (is_public_definition(f) or callers[n])}
    changed = True
    while changed:
        changed = False
        for name in list(planned):
            if not callers[name] <= planned or any(c in functions and c not in planned for c in callees[name]):
                planned.discard(name)
                changed = True
    return sorted(planned)


def _callees_first(planned: list[str], callees: dict) -> list[str]:
    order, done = [], set()

    def visit(name: str) -> None:
        if name in done:
            return
        done.add(name)
        for callee in sorted(callees[name]):
            if callee in planned:
                visit(callee)
        order.append(name)

    for name in planned:
        visit(name)
    return order


def _rewrite(func: ir.Operation, plan: FunctionPlan, calls: list[ir.Operation], plans: dict) -> None:
    """Give `func` its arena argument, turn its planned allocs into views of it and pass its callees theirs."""
    from mlir.dialects import arith, memref
    from mlir.dialects import func as func_dialect

    i8 = ir.IntegerType.get_signless(8)
    arena_type = ir.MemRefType.get([plan.need], i8)
    entry = func.regions[0].blocks[0]
    arena = entry.add_argument(arena_type, func.location)
    function_type = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    func.attributes["function_type"] = ir.TypeAttr.get(
        ir.FunctionType.get(list(function_type.inputs) + [arena_type], list(function_type.results)))
    if "arg_attrs" in func.attributes:
        func.attributes["arg_attrs"] = ir.ArrayAttr.get(list(func.attributes["arg_attrs"])
                                                        + [ir.DictionaryAttr.get({})])
    index = ir.IndexType.get()
    paired = {id(slot) for _, _, pair in plan.turns for slot in pair}
    for op, loop, (even, odd) in plan.turns:
        with ir.InsertionPoint(op), op.location:
            kind = op.results[0].type
            views = [memref.ViewOp(kind, arena, arith.ConstantOp(index, slot.offset).result, []).result
                     for slot in (even, odd)]
            if isinstance(loop, ir.Value):  # scf.while: the slot the previous trip's buffer is not in
                previous = memref.ExtractAlignedPointerAsIndexOp(loop).result
                first = memref.ExtractAlignedPointerAsIndexOp(views[0]).result
                use_odd = arith.CmpIOp(arith.CmpIPredicate.eq, previous, first).result
            else:  # scf.for: trip t uses slot t % 2
                lower, step = loop.operands[0], loop.operands[2]
                trip = arith.DivUIOp(arith.SubIOp(loop.regions[0].blocks[0].arguments[0], lower).result,
                                     step).result
                use_odd = arith.CmpIOp(arith.CmpIPredicate.ne,
                                       arith.AndIOp(trip, arith.ConstantOp(index, 1).result).result,
                                       arith.ConstantOp(index, 0).result).result
            view = arith.SelectOp(use_odd, views[1], views[0]).result
        op.results[0].replace_all_uses_with(view)
        op.erase()
    for item in plan.placements:
        if id(item) in paired:
            continue
        with ir.InsertionPoint(item.op), item.op.location:
            offset = arith.ConstantOp(index, item.offset).result
            view = memref.ViewOp(item.op.results[0].type, arena, offset, []).result
        item.op.results[0].replace_all_uses_with(view)
        item.op.erase()
    for call in calls:
        callee = call.attributes["callee"].value
        if callee not in plans:
            continue
        need = plans[callee].need
        with ir.InsertionPoint(call), call.location:
            offset = arith.ConstantOp(index, plan.own).result
            window = memref.ViewOp(ir.MemRefType.get([need], i8), arena, offset, []).result
            new = func_dialect.CallOp([r.type for r in call.results], ir.FlatSymbolRefAttr.get(callee),
                                      list(call.operands) + [window])
        for old, result in zip(call.results, new.results):
            old.replace_all_uses_with(result)
        call.erase()


@dataclass(frozen=True)
class PlanMemory(HmPass):
    NAME = "hm-plan-memory"
    SUMMARY = "bufferize: intermediates as views of one arena laid out at compile time (lifetimes share bytes)"

    share: bool = field(default=True, metadata={"help": "buffers whose lifetimes do not overlap share bytes (off "
                                                        "with Rammer: sharing would order independent kernels)"})

    def run(self, module) -> None:
        plan_memory(module, self.share)
