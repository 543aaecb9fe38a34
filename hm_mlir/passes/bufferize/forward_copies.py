"""hm-forward-copies: kernels write straight into the buffer their result ends in, and read what they only read.

Consumes: host functions after one-shot bufferization and buffer-results-to-out-params, before the buffer
deallocation pipeline. Produces: the same functions with two kinds of `memref.copy` removed:
- write forwarding: `%t = memref.alloc`, ops that fill `%t`, then `memref.copy %t, %d` (the caller's
  out-parameter, a call's result buffer, a slice of a bigger buffer): the ops write `%d` instead, and the
  alloc and the copy go. Taken when every other use of `%t` comes before the copy in its block and accepts
  `%d`'s type (a different layout only for linalg ops, loads and stores), `%d` and its views can be made
  before `%t` (a function argument, an alloc, subviews of them with operands defined there), and nothing
  touches `%d`'s buffer in between, but for other slices of it that are disjoint (static offsets);
- read forwarding: `memref.copy %s, %t` into a fresh `%t` that is only read afterwards (by linalg inputs,
  loads, copies from it, loops that only read it, and calls of functions that only read the parameter: Welder's
  kernel functions), from an `%s` that nothing writes: `%t`'s readers read
  `%s`. Bufferization makes such a copy to seed a loop with a read-only argument, and, in an scf.while's
  before region, to hand the iteration's buffer on through scf.condition (every trip).
A copy a program needs (a value both carried by a loop and stored in a slice, a loop's result leaving its
loop-carried buffer) stays. Upstream's bufferization keeps these copies where its analysis is local; without
this pass each is a host allocation and a copy kernel that reads and writes the whole buffer.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import VIEW_OPS, host_funcs
from hm_mlir.ir_walk import ancestor_in, defining_op, walk
from hm_mlir.linalg_info import num_inputs
from hm_mlir.passes.base import HmPass

_LAYOUT_FREE = ("memref.load", "memref.store")  # besides linalg ops: any layout is fine


def _destination_style(op: ir.Operation) -> bool:
    """A linalg op with inputs and outputs (named or generic): it takes operands of any layout."""
    return op.name.startswith("linalg.") and "operandSegmentSizes" in op.attributes


def _uses(value: ir.Value) -> list[tuple[ir.Operation, int]]:
    return [(use.owner.operation, use.operand_number) for use in value.uses]


def _root_and_views(value: ir.Value) -> tuple[ir.Value, list[ir.Operation]]:
    """(the buffer `value` views, the view ops from it to `value`, outermost first)."""
    views = []
    while (owner := defining_op(value)) is not None and owner.name in VIEW_OPS:
        views.append(owner)
        value = owner.operands[0]
    return value, views[::-1]


def _is_function_argument(value: ir.Value) -> bool:
    block = value.owner
    parent = block.owner.operation
    return parent.name == "func.func" and block == parent.regions[0].blocks[0]


def _static_box(view: ir.Operation) -> list[tuple[int, int]] | None:
    """(offset, size) per dimension of a subview with static offsets and sizes, else None."""
    if view.name != "memref.subview" or len(view.operands) != 1:
        return None
    offsets = list(view.attributes["static_offsets"])
    sizes = list(view.attributes["static_sizes"])
    return list(zip(offsets, sizes))


def _disjoint(a: ir.Operation, b: ir.Operation) -> bool:
    """Two subviews of one buffer that share no element (static boxes apart along some dimension)."""
    box_a, box_b = _static_box(a), _static_box(b)
    if box_a is None or box_b is None or len(box_a) != len(box_b):
        return False
    return any(oa + sa <= ob or ob + sb <= oa for (oa, sa), (ob, sb) in zip(box_a, box_b))


def _accesses_of(root: ir.Value) -> list[tuple[ir.Operation, ir.Operation | None]]:
    """(op using the buffer `root`, the subview of `root` it uses or None) for every use through views."""
    found = []
    pending = [(root, None)]
    while pending:
        value, through = pending.pop()
        for user, _ in _uses(value):
            if user.name in VIEW_OPS:
                first = through if through is not None else (user if user.name == "memref.subview" else None)
                pending.append((user.results[0], first))
            else:
                found.append((user, through))
    return found


def _forward_write(copy: ir.Operation, position: dict) -> bool:
    source, target = copy.operands[0], copy.operands[1]
    alloc = defining_op(source)
    if alloc is None or alloc.name != "memref.alloc" or len(alloc.operands) or alloc not in position:
        return False
    block_ops = set(position)
    uses = [(user, n) for user, n in _uses(source) if user != copy]
    if any(position.get(ancestor_in(user, block_ops), len(position)) >= position[copy] for user, _ in uses):
        return False  # used after the copy (or outside this block)
    if source.type != target.type and not all(_destination_style(user) or user.name in _LAYOUT_FREE
                                              for user, _ in uses):
        return False
    root, views = _root_and_views(target)
    root_op = defining_op(root)
    start = position[alloc]
    movable = []  # ops to move before the alloc: the target's own alloc and views, if they come later
    for op in ([root_op] if root_op is not None else []) + views:
        if op not in position:
            return False
        if position[op] > start:
            movable.append(op)
    if root_op is not None and root_op.name != "memref.alloc":
        return False
    if root_op is None and not _is_function_argument(root):
        return False  # a loop-carried buffer: its aliases (the loop's init and results) are not tracked here
    for op in movable:
        for operand in op.operands:
            producer = defining_op(operand)
            if producer is not None and producer not in movable and position.get(producer, len(position)) > start:
                return False
    target_view = views[-1] if views and views[-1].name == "memref.subview" else None
    for user, through in _accesses_of(root):
        if user == copy or user in views:
            continue
        at = position.get(ancestor_in(user, block_ops))
        if at is None:
            return False  # a use in another block: not ordered against ours
        if start < at < position[copy] and not (through is not None and target_view is not None
                                                and _disjoint(through, target_view)):
            return False
    for op in movable:
        op.move_before(alloc)
    source.replace_all_uses_with(target)
    copy.erase()
    alloc.erase()
    return True


def _only_read(value: ir.Value, seen: set | None = None) -> bool:
    """Whether nothing writes through `value` (every use only reads: _only_reads)."""
    seen = seen if seen is not None else set()
    return all(_only_reads(user, number, seen) for user, number in _uses(value))


def _only_reads(user: ir.Operation, number: int, seen: set | None = None) -> bool:
    """Whether operand `number` of `user` only reads its buffer: a linalg input, a load, a copy's source, a dim,
    a view that is only read, or a loop init whose iteration argument (and an scf.for's result) is only read
    and never handed on. `seen`: the loop arguments already being looked at (a loop that only carries the
    buffer around)."""
    seen = seen if seen is not None else set()
    name = user.name
    if _destination_style(user) and number < num_inputs(user):
        return True
    if name in ("memref.load", "memref.dim", "memref.extract_strided_metadata") or (
            name == "memref.copy" and number == 0):
        return True
    if name in VIEW_OPS:
        return _only_read(user.results[0], seen)
    if name == "scf.for" and number >= 3:
        argument = user.regions[0].blocks[0].arguments[number - 3 + 1]
        if argument in seen:
            return True
        seen.add(argument)
        return (_only_read(argument, seen) and not _yields(argument)
                and _only_read(user.results[number - 3], seen))
    if name == "scf.while":  # the init only reaches the before region's argument
        argument = user.regions[0].blocks[0].arguments[number]
        if argument in seen:
            return True
        seen.add(argument)
        return _only_read(argument, seen) and not _yields(argument)
    if name == "func.call":  # a defined callee (a Welder kernel function) that only reads the parameter
        callee = _callee(user)
        if callee is None or not callee.regions[0].blocks:
            return False
        argument = callee.regions[0].blocks[0].arguments[number]
        if argument in seen:
            return True
        seen.add(argument)
        return _only_read(argument, seen)
    return False


def _callee(call: ir.Operation) -> ir.Operation | None:
    """The func.func a func.call names, looked up in the enclosing module."""
    module = call.parent
    while module is not None and module.name != "builtin.module":
        module = module.parent
    if module is None:
        return None
    name = call.attributes["callee"].value
    return next((op.operation for op in module.regions[0].blocks[0].operations
                 if op.operation.name == "func.func" and op.operation.attributes["sym_name"].value == name), None)


def _yields(value: ir.Value) -> bool:
    return any(user.name in ("scf.yield", "scf.condition") for user, _ in _uses(value))


def _forward_read(copy: ir.Operation, position: dict) -> bool:
    source, target = copy.operands[0], copy.operands[1]
    alloc = defining_op(target)
    if alloc is None or alloc.name != "memref.alloc" or len(alloc.operands) or alloc not in position:
        return False
    if source.type != target.type:
        return False
    block_ops = set(position)
    uses = [(user, n) for user, n in _uses(target) if user != copy]
    if any(position.get(ancestor_in(user, block_ops), -1) < position[copy] for user, _ in uses):
        return False  # read before the copy filled it (or from another block)
    if not all(_only_reads(user, n) for user, n in uses) or not _only_read(source):
        return False
    root, _ = _root_and_views(source)
    if not isinstance(root.owner, ir.Block):
        return False  # only arguments: a buffer the function made may be freed or reused
    target.replace_all_uses_with(source)
    copy.erase()
    alloc.erase()
    return True


def _forward_condition(copy: ir.Operation, position: dict) -> bool:
    """In an scf.while's before region, `memref.copy %arg, %t` of the iteration's buffer into a fresh `%t` that
    only the scf.condition hands on: hand on `%arg` itself (it dies there), when the after region and the
    loop's result only read what they get."""
    source, target = copy.operands[0], copy.operands[1]
    alloc = defining_op(target)
    if alloc is None or alloc.name != "memref.alloc" or len(alloc.operands) or alloc not in position:
        return False
    if source.type != target.type or not isinstance(source.owner, ir.Block):
        return False
    loop = source.owner.owner.operation
    if loop.name != "scf.while" or source.owner != loop.regions[0].blocks[0]:
        return False
    uses = [(user, n) for user, n in _uses(target) if user != copy]
    if len(uses) != 1 or uses[0][0].name != "scf.condition" or uses[0][1] == 0:
        return False
    handed = uses[0][1] - 1  # the condition's operand 0 is the flag
    if any(user != copy and position.get(user, len(position)) > position[copy] for user, _ in _uses(source)):
        return False  # the iteration's buffer is still read after the copy
    after = loop.regions[1].blocks[0].arguments[handed]
    if not (_only_read(after) and not _yields(after) and _only_read(loop.results[handed])):
        return False
    target.replace_all_uses_with(source)
    copy.erase()
    alloc.erase()
    return True


def forward_copies(func: ir.Operation) -> int:
    """Remove the copies of `func` that forwarding makes unnecessary, until none is left; returns how many."""
    blocks = [block for op in [func, *walk(func)] for region in op.regions for block in region.blocks]
    removed = 0
    changed = True
    while changed:  # forwarding in one block can free a copy in another (a slice's buffer copied out)
        changed = False
        for block in blocks:
            count = _forward_block(block)
            removed += count
            changed = changed or count > 0
    return removed


def _forward_block(block: ir.Block) -> int:
    """Remove, in order, the copies of `block` that forwarding makes unnecessary; returns how many. Each copy is
    tried once per call (a copy a later forwarding frees is found by forward_copies' next round), so a block of
    many copies costs one scan per forwarded copy, not one per copy tried."""
    ops = _block_ops(block)
    position = {op: i for i, op in enumerate(ops)}
    count = 0
    for op in [op for op in ops if op.name == "memref.copy"]:  # forwarding erases only its own copy (and alloc)
        if _forward_write(op, position) or _forward_read(op, position) or _forward_condition(op, position):
            count += 1
            position = {o: i for i, o in enumerate(_block_ops(block))}
    return count


def _block_ops(block: ir.Block) -> list[ir.Operation]:
    return [op.operation for op in block.operations]


@dataclass(frozen=True)
class ForwardCopies(HmPass):
    NAME = "hm-forward-copies"
    SUMMARY = "bufferize: copies out of fresh buffers become writes into their destination, reads of copies read"

    def run(self, module) -> None:
        for func in host_funcs(module):
            forward_copies(func)
