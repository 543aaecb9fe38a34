"""A host `scf.for` whose body is one rProgram, as Grinder moves it to the device (stage utask and the targets).

The body's kernels run per iteration with values the host computed per iteration: the induction variable,
views of it (`x[t]`), the loop-carried buffers (`h` and `h_next` swapped every step: after bufferization and the
memory plan, a select on the iteration's parity) and what is computed from them. On the device every task
computes those values itself from its own iteration, since vEUs run different iterations at once:
`materialize` clones into a task what its kernel uses from the body, with the induction variable
lb + iteration x step and each loop-carried value in closed form, init at iteration 0 and else the yielded value
of the iteration before. A loop qualifies (`closed_form_problem`) when its body holds only the program's
kernels and pure ops (constants, arithmetic, views, allocations without operands, which are hoisted), and each
yielded value depends on the induction variable and values from outside the loop alone (hm-carried-buffers-by-
iteration computes such buffers from the iteration before the deallocation pipeline would track their ownership).
After the loop, its results are the same closed form at the last iteration (`replace_results`, on the host).
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith

from hm_mlir.codegen.host import VIEW_OPS
from hm_mlir.codegen.kernel_form import index_constant
from hm_mlir.ir_walk import constant_int, defined_within, defining_op, walk

PURE_PREFIXES = ("arith.",)
PURE_OPS = VIEW_OPS + ("memref.dim", "memref.extract_strided_metadata", "memref.extract_aligned_pointer_as_index")
HOISTED = ("memref.alloc", "memref.alloca")  # without operands: one buffer for every iteration
DEALLOCATIONS = ("memref.dealloc", "gpu.dealloc")


def is_pure(op: ir.Operation) -> bool:
    return op.name.startswith(PURE_PREFIXES) or op.name in PURE_OPS


class DeviceLoop:
    """An `scf.for` (operands lb, ub, step, inits; body arguments iv, iter_args; an scf.yield)."""

    def __init__(self, loop: ir.Operation) -> None:
        self.op = loop.operation
        self.lower, self.upper, self.step = self.op.operands[0], self.op.operands[1], self.op.operands[2]
        self.inits = list(self.op.operands)[3:]
        self.body = self.op.regions[0].blocks[0]
        self.iv = self.body.arguments[0]
        self.iter_args = list(self.body.arguments)[1:]
        self.yielded = list(self.body.operations[len(self.body.operations) - 1].operands)

    def ops(self) -> list[ir.Operation]:
        return [op.operation for op in self.body.operations][:-1]

    def static_trips(self) -> int | None:
        lower, upper, step = (constant_int(v) for v in (self.lower, self.upper, self.step))
        if None in (lower, upper, step) or step <= 0:
            return None
        return max(0, -(-(upper - lower) // step))

    def trips(self) -> ir.Value:
        """At the insertion point (outside the loop): the trip count, an index."""
        span = arith.SubIOp(self.upper, self.lower).result
        positive = arith.CmpIOp(arith.CmpIPredicate.sgt, span, index_constant(0)).result
        return arith.SelectOp(positive, arith.CeilDivSIOp(span, self.step).result, index_constant(0)).result

    # --- qualifying ---------------------------------------------------------------------------------------

    def closed_form_problem(self, kernels: set) -> str | None:
        """Why the loop cannot run on the device (None if it can): an op in its body other than `kernels`,
        pure ops, hoistable allocations and their deallocations; or a yielded value that depends on another
        iteration's values."""
        for op in self.ops():
            if op in kernels or is_pure(op) or op.name in DEALLOCATIONS:
                continue
            if op.name in HOISTED and not len(op.operands):
                continue
            return f"its body holds '{op.name}' at {op.location}"
        for index, value in enumerate(self.yielded):
            if not self.depends_on_iteration_only(value, set()):
                return f"the value it carries in position {index} depends on the value carried before"
        return None

    def depends_on_iteration_only(self, value: ir.Value, seen: set | None = None) -> bool:
        """Whether `value` depends on the induction variable and values from outside the loop alone."""
        seen = set() if seen is None else seen
        if value in self.iter_args:
            return False
        owner = defining_op(value)
        if owner is None or not self._inside(owner):
            return True
        if not is_pure(owner):
            return False
        if owner in seen:
            return True
        seen.add(owner)
        return all(self.depends_on_iteration_only(v, seen) for v in owner.operands)

    def _inside(self, op: ir.Operation) -> bool:
        parent = op.parent
        while parent is not None:
            if parent == self.op:
                return True
            parent = parent.parent
        return False

    # --- on the device ------------------------------------------------------------------------------------

    def hoist(self, before: ir.Operation, after: ir.Operation) -> None:
        """Allocations of the body before `before` (one buffer serves every iteration: what the program's
        conflicts saw), deallocations after `after`."""
        for op in self.ops():
            if op.name in HOISTED and not len(op.operands):
                op.move_before(before)
        for op in self.ops():
            if op.name in DEALLOCATIONS:
                op.move_after(after)

    def materialize(self, kernel: ir.Operation, iteration: ir.Value) -> None:
        """At the insertion point: what `kernel` uses from the body, for iteration `iteration` (an index
        counted from 0), and `kernel` rewired to it."""
        defined = defined_within([kernel])
        memo: dict = {}
        for op in [kernel.operation, *walk(kernel)]:
            for position, value in enumerate(op.operands):
                if value not in defined and self._in_body(value):
                    op.operands[position] = self.value_at(value, iteration, memo, carried=True)

    def _in_body(self, value: ir.Value) -> bool:
        owner = defining_op(value)
        if owner is None:
            return value == self.iv or value in self.iter_args or self._block_inside(value.owner)
        return self._inside(owner)

    def _block_inside(self, block: ir.Block) -> bool:
        parent = block.owner
        return parent is not None and (parent == self.op or self._inside(parent))

    def value_at(self, value: ir.Value, iteration: ir.Value, memo: dict, carried: bool) -> ir.Value:
        """`value` of the body at `iteration` (an index from 0), its computation cloned at the insertion point
        (`memo`: what is cloned already; `carried`: whether loop-carried values may appear, in their closed form:
        the init at iteration 0, else the yielded value of the iteration before)."""
        key = (value, carried)
        if key in memo:
            return memo[key]
        if value == self.iv:
            found = arith.AddIOp(self.lower, arith.MulIOp(iteration, self.step).result).result
        elif value in self.iter_args:
            if not carried:
                raise ValueError("a carried value of the iteration before depends on the one before it")
            index = self.iter_args.index(value)
            first = arith.CmpIOp(arith.CmpIPredicate.eq, iteration, index_constant(0)).result
            # the iteration before, clamped at 0 (where the select takes the init: no view is out of bounds)
            before = arith.SubIOp(arith.MaxUIOp(iteration, index_constant(1)).result, index_constant(1)).result
            previous = self.value_at(self.yielded[index], before, {}, carried=False)
            found = arith.SelectOp(first, self.inits[index], previous).result
        else:
            owner = defining_op(value)
            if owner is None or not self._inside(owner):
                return value
            if not is_pure(owner):
                raise ValueError(f"'{owner.name}' of the loop body cannot be computed per task")
            operands = [self.value_at(v, iteration, memo, carried) for v in owner.operands]
            copy = owner.clone()
            for position, operand in enumerate(operands):
                copy.operands[position] = operand
            for result, original in zip(copy.results, owner.results):
                memo[(original, carried)] = result
            return memo[key]
        memo[key] = found
        return found

    def replace_results(self, trips: ir.Value) -> None:
        """At the insertion point (after the program, outside the loop): every use of the loop's results
        reads the closed form at the last iteration (the init when the loop runs no iteration)."""
        ran = arith.CmpIOp(arith.CmpIPredicate.sgt, trips, index_constant(0)).result
        last = arith.SubIOp(arith.MaxSIOp(trips, index_constant(1)).result, index_constant(1)).result
        for result, init, value in zip(self.op.results, self.inits, self.yielded):
            if not len(list(result.uses)):
                continue
            final = self.value_at(value, last, {}, carried=False)
            result.replace_all_uses_with(arith.SelectOp(ran, final, init).result)

    def erase(self) -> None:
        """The loop and what is left of its body (erasing an op that is still used would abort the process:
        ValueError instead)."""
        for op in reversed([op.operation for op in self.body.operations]):
            if any(len(list(result.uses)) for result in op.results):
                raise ValueError(f"'{op.name}' of the loop body is still used after the loop moved to the device")
            op.erase()
        if any(len(list(result.uses)) for result in self.op.results):
            raise ValueError("a result of the loop is still used after the loop moved to the device")
        self.op.erase()


class CarriedWaits:
    """A utask.loop's carried waits as per-kernel tables: kernel k waits on carried_kernel[w] at distance
    carried_distance[w] for w in carried_offsets[k] .. carried_offsets[k + 1] - 1."""

    def __init__(self, loop: ir.Operation, kernels: int) -> None:
        values = list(loop.attributes["carried_waits"])
        triples = sorted(tuple(values[i:i + 3]) for i in range(0, len(values), 3))
        self.offsets, self.kernel, self.distance = [0], [], []
        for k in range(kernels):
            for a, b, d in triples:
                if a == k:
                    self.kernel.append(b)
                    self.distance.append(d)
            self.offsets.append(len(self.kernel))

    def tables(self, constant) -> dict[str, ir.Value]:
        """The three tables through `constant(field, values)` (a target's constant global, read in place)."""
        return {"offsets": constant("carried_offsets", self.offsets), "kernel": constant("carried_kernel", self.kernel),
                "distance": constant("carried_distance", self.distance)}


def device_loops(module: ir.Operation) -> dict[str, tuple[DeviceLoop, CarriedWaits]]:
    """Program name -> the scf.for that runs it on the device (marked `utask.loop`) and its carried waits."""
    from hm_mlir.codegen.host import host_funcs
    from hm_mlir.ir_walk import module_body

    body = list(module_body(module))
    kernels = {op.attributes["sym_name"].value: len(op.attributes["kernels"]) for op in body
               if op.name == "rtask.program"}
    loops = {op.attributes["sym_name"].value: op for op in body if op.name == "utask.loop"}
    found = {}
    for function in host_funcs(module):
        for op in walk(function):
            if op.name == "scf.for" and "utask.loop" in op.attributes:
                loop = loops[ir.FlatSymbolRefAttr(op.attributes["utask.loop"]).value]
                program = ir.FlatSymbolRefAttr(loop.attributes["program"]).value
                found[program] = (DeviceLoop(op), CarriedWaits(loop, kernels[program]))
    return found
