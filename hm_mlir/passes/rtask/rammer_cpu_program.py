"""hm-rammer-cpu-program: the CPU target's form of Rammer's persistent kernel: every rProgram's vEUs run
interleaved by a scheduler, one rTask at a time, in an adversarial but legal order chosen at run time.

Consumes: the CPU target's kernels after hm-split-thread-loops (outermost `scf.parallel` block loops, and
copies), each kernel of an rProgram tagged `rtask.kernel=P/N` by hm-rammer-schedule (a Welder kernel through its
call, which is inlined here), and the `rtask.program` tables. Produces, in place of each program's kernels, one
scheduler: per step it scans the vEUs, takes the best one whose next task's waits are all met (every counter it
waits on complete), runs that task (a switch into its kernel's block body; task b of a kernel whose loop has
more blocks than the table runs blocks b, b + N, ...) and adds one to its kernel's counter. Which vEU is best is
the policy: 0 in order (the first ready vEU), 1 random (a seeded start of the scan), 2 reverse (the last ready
vEU), 3 starve (kernel seed mod K of each program runs only when no other task is ready: a kernel that lacks a
wait on it then runs first and reads or overwrites what the starved one has not finished), 4 ahead (the task of
the latest iteration of a device loop first: later iterations overtake earlier ones wherever the waits allow).
When no vEU can proceed, the program stops and records a deadlock. A program with queue dispatch has one row, the
queue: a step either gives the next ticket to a vEU that holds none, or runs the task a vEU holds once its waits
are met (so tasks run in any order the waits allow, as on the GPU, not in queue order). The policy and seed live in
`memref.global @hm_rammer_config` (hm_mlir.passes.rtask.cpu_config). A program that a Grinder device loop runs
(`utask.loop`, hm-grinder-loops) replaces that loop: each vEU walks its row once per iteration, with its own
iteration counter, so vEUs run different iterations at once; a wait is met when the awaited counter reaches blocks
x (iteration + 1), a carried wait at distance d at blocks x (iteration + 1 - d); each task computes what it reads
of the loop body from its iteration (hm_mlir.passes.utask.device_loop).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from mlir import ir
from mlir.dialects import arith, memref, scf

from hm_mlir.codegen.host import host_funcs, outermost_parallel_loops
from hm_mlir.codegen.kernel_form import index_constant, program_kernel
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.passes.base import HmPass, PassError
from hm_mlir.passes.rtask.cpu_config import CONFIG, declare_config
from hm_mlir.passes.rtask.kernels import between_kernels, inline_kernel_calls, program_vdevices
from hm_mlir.passes.target.count_device_events import hoist_out_of_loop
from hm_mlir.passes.utask.device_loop import device_loops
from hm_mlir.rammer import POLICIES  # noqa: F401 (the policies' numbers, which the scheduler reads)
from hm_mlir.rammer.tables import Tables

_PURE = ("arith.",)
_COUNTERS = "hm_event_counters_storage"  # hm-count-device-events' increments may sit between kernels


def _i64(value: int) -> ir.Value:
    return arith.ConstantOp(ir.IntegerType.get_signless(64), int(value)).result


def _bool(value: bool) -> ir.Value:
    return arith.ConstantOp(ir.IntegerType.get_signless(1), int(value)).result


def _not(value: ir.Value) -> ir.Value:
    return arith.XOrIOp(value, _bool(True)).result


def _index(value: ir.Value) -> ir.Value:
    return arith.IndexCastOp(ir.IndexType.get(), value).result


def _load(buffer: ir.Value, index: ir.Value) -> ir.Value:
    return memref.LoadOp(buffer, [index]).result


def _movable(op: ir.Operation) -> bool:
    """An op that may sit between a program's kernels: it does not order them."""
    if between_kernels(op) or op.name.startswith(_PURE):
        return True
    if op.name in ("memref.load", "memref.store"):  # an event counter's increment
        target = op.operands[0 if op.name == "memref.load" else 1].owner
        target = getattr(target, "operation", target)
        return getattr(target, "name", "") == "memref.get_global" and target.attributes["name"].value == _COUNTERS
    return False


@dataclass(frozen=True)
class RammerCpuProgram(HmPass):
    NAME = "hm-rammer-cpu-program"
    SUMMARY = "cpu: each rProgram's kernels become one scheduler running its vEUs' tasks interleaved (run-time policy)"

    def run(self, module) -> None:
        programs = {op.attributes["sym_name"].value: op for op in module_body(module) if op.name == "rtask.program"}
        declare_config(module)  # also without programs: every module compiled with Rammer takes a policy
        inline_kernel_calls(module, "scf.parallel")
        found: dict[str, dict[int, ir.Operation]] = {}
        for fn in host_funcs(module):
            copies = [op for op in walk(fn) if op.name == "memref.copy"]
            for loop in outermost_parallel_loops(fn) + copies:
                tag = program_kernel(loop.location)
                if tag is None:
                    continue
                if tag[0] not in programs or tag[1] in found.setdefault(tag[0], {}):
                    raise PassError(loop, f"hm-rammer-cpu-program: kernel {tag[1]} of @{tag[0]} is not one loop")
                found[tag[0]][tag[1]] = loop
        vdevices = program_vdevices(module)
        loops = device_loops(module)
        for name, program in programs.items():
            kernels = found.get(name, {})
            count = len(program.attributes["kernels"])
            if sorted(kernels) != list(range(count)):
                raise PassError(program, f"hm-rammer-cpu-program: @{name} has {count} kernels but "
                                         f"{len(kernels)} tagged kernel loops were found")
            veus = vdevices[name].attributes["num_veus"].value
            _Program(program, [kernels[i] for i in range(count)], veus, loops.get(name)).emit()


class _Program:
    """The scheduler of one program, built where its last kernel was."""

    def __init__(self, program: ir.Operation, loops: list[ir.Operation], veus: int, device_loop=None) -> None:
        self.program = program
        self.loops = loops
        self.device_loop = device_loop  # (DeviceLoop, CarriedWaits) of a Grinder loop running the program
        self.tables = Tables(*(tuple(program.attributes[name]) for name in Tables.FIELDS))
        self.name = program.attributes["sym_name"].value
        self.queue = program.attributes["dispatch"].value == "queue"
        self.veus = veus if self.queue else self.tables.veus

    def emit(self) -> None:
        block_ops = [op.operation for op in self.loops[0].operation.block.operations]
        loops = [loop.operation for loop in self.loops]
        positions = [block_ops.index(loop) if loop in block_ops else -1 for loop in loops]
        if min(positions) < 0:
            raise PassError(self.loops[0], f"hm-rammer-cpu-program: the kernels of @{self.name} are not in one block")
        first, last = min(positions), max(positions)
        kernels = set(positions)
        anchor = block_ops[last]
        for position in range(first, last):
            op = block_ops[position]
            if position in kernels:
                continue
            if not _movable(op):
                raise PassError(op, f"hm-rammer-cpu-program: '{op.name}' between the kernels of @{self.name}")
            if op.name == "memref.dealloc" and self.device_loop is None:
                op.move_after(anchor)
        if self.device_loop is not None:  # the scheduler runs every iteration, in place of the host loop
            anchor = self.device_loop[0].op
            hoist_out_of_loop(self.device_loop[0], _movable)
            self.device_loop[0].hoist(before=anchor, after=anchor)
        with ir.InsertionPoint(anchor), anchor.location:
            self._scheduler()
            if self.device_loop is not None:
                self.device_loop[0].replace_results(self.trips)
        for loop in self.loops:
            if loop.name != "memref.copy":  # moved into its case
                loop.erase()
        if self.device_loop is not None:
            self.device_loop[0].erase()

    def _table(self, field: str) -> ir.Value:
        """A field of the tables as a constant memref<N x i64>."""
        return self._constant(field, list(getattr(self.tables, field)))

    def _constant(self, field: str, values: list[int]) -> ir.Value:
        """`values` as a constant memref<N x i64> global `__hm_<program>_<field>`, read at the insertion point."""
        values = values or [0]
        i64 = ir.IntegerType.get_signless(64)
        kind = ir.MemRefType.get([len(values)], i64)
        symbol = f"__hm_{self.name}_{field}"
        module = self.program.parent
        with ir.InsertionPoint(module.regions[0].blocks[0]), module.location:
            memref.GlobalOp(symbol, ir.TypeAttr.get(kind), sym_visibility="private", constant=True,
                            initial_value=ir.DenseElementsAttr.get(np.array(values, dtype=np.int64),
                                                                   type=ir.RankedTensorType.get([len(values)], i64)))
        return memref.GetGlobalOp(kind, symbol).result

    def _scheduler(self) -> None:
        t = self.tables
        i64 = ir.IntegerType.get_signless(64)
        veus, tasks = self.veus, len(t.task_kernel)
        table = {f: self._table(f) for f in Tables.FIELDS}
        config = memref.GetGlobalOp(ir.MemRefType.get([4], i64), CONFIG).result
        policy = _load(config, index_constant(0))
        # static: per vEU its position in its row; queue: per vEU the ticket it holds (-1: none), and the next
        next_task = memref.AllocaOp(ir.MemRefType.get([veus], i64), [], []).result
        done = memref.AllocaOp(ir.MemRefType.get([len(t.kernel_blocks)], i64), [], []).result
        ticket = memref.AllocaOp(ir.MemRefType.get([1], i64), [], []).result
        iteration = memref.AllocaOp(ir.MemRefType.get([veus], i64), [], []).result  # per vEU (a device loop)
        zero, one = _i64(0), _i64(1)
        self.trips = self.device_loop[0].trips() if self.device_loop is not None else index_constant(1)
        trips = arith.IndexCastOp(i64, self.trips).result
        carried = None
        if self.device_loop is not None and self.device_loop[1].kernel:
            carried = self.device_loop[1].tables(self._constant)
        for buffer, size, value in ((next_task, veus, _i64(-1) if self.queue else zero),
                                    (done, len(t.kernel_blocks), zero), (ticket, 1, zero), (iteration, veus, zero)):
            loop = scf.ForOp(index_constant(0), index_constant(size), index_constant(1))
            with ir.InsertionPoint(loop.body):
                memref.StoreOp(value, buffer, [loop.induction_variable])
                scf.YieldOp([])
        is_random = arith.CmpIOp(arith.CmpIPredicate.eq, policy, _i64(1)).result
        is_reverse = arith.CmpIOp(arith.CmpIPredicate.eq, policy, _i64(2)).result
        is_starve = arith.CmpIOp(arith.CmpIPredicate.eq, policy, _i64(3)).result
        is_ahead = arith.CmpIOp(arith.CmpIPredicate.eq, policy, _i64(4)).result
        v_count = _i64(veus)
        victim = arith.RemUIOp(_load(config, index_constant(1)), _i64(len(t.kernel_blocks))).result
        step_count = index_constant(2 * tasks if self.queue else tasks)
        if self.device_loop is not None:
            step_count = arith.MulIOp(step_count, self.trips).result
        steps = scf.ForOp(index_constant(0), step_count, index_constant(1), [_load(config, index_constant(1)),
                                                                             _bool(False)])
        with ir.InsertionPoint(steps.body):
            state, stuck = steps.inner_iter_args
            # an LCG (Knuth's MMIX constants); its high bits pick the random policy's first vEU
            state = arith.AddIOp(arith.MulIOp(state, _i64(6364136223846793005)).result,
                                 _i64(1442695040888963407)).result
            random_start = arith.RemUIOp(arith.ShRUIOp(state, _i64(33)).result, v_count).result
            start = arith.SelectOp(is_random, random_start, zero).result
            scan = scf.ForOp(index_constant(0), index_constant(veus), index_constant(1), [_i64(-1), zero])
            with ir.InsertionPoint(scan.body):
                best_key, best_veu = scan.inner_iter_args
                i = arith.IndexCastOp(i64, scan.induction_variable).result
                forward = arith.RemUIOp(arith.AddIOp(start, i).result, v_count).result
                backward = arith.SubIOp(_i64(veus - 1), i).result
                veu = arith.SelectOp(is_reverse, backward, forward).result
                veu_index = _index(veu)
                if self.queue:
                    held = _load(next_task, veu_index)  # the ticket it holds: task held mod tasks, iteration the rest
                    has = arith.CmpIOp(arith.CmpIPredicate.sge, held, zero).result
                    can_take = arith.AndIOp(_not(has), arith.CmpIOp(arith.CmpIPredicate.slt, _load(
                        ticket, index_constant(0)), arith.MulIOp(_i64(tasks), trips).result).result).result
                    task = arith.RemSIOp(held, _i64(tasks)).result if self.device_loop is not None else held
                    # the iteration of the ticket it holds, or of the one it would take
                    owned = arith.SelectOp(has, held, _load(ticket, index_constant(0))).result
                    current = arith.DivSIOp(owned, _i64(tasks)).result if self.device_loop is not None else zero
                else:
                    task = arith.AddIOp(_load(table["task_offsets"], veu_index), _load(next_task, veu_index)).result
                    end = _load(table["task_offsets"], _index(arith.AddIOp(veu, one).result))
                    current = _load(iteration, veu_index)
                    has = arith.AndIOp(arith.CmpIOp(arith.CmpIPredicate.slt, task, end).result,
                                       arith.CmpIOp(arith.CmpIPredicate.slt, current, trips).result).result
                # kernel k is complete in iteration i when its counter has blocks_k x (i + 1)
                now = arith.AddIOp(current, one).result
                check = scf.IfOp(has, [ir.IntegerType.get_signless(1)], has_else=True)
                with ir.InsertionPoint(check.then_block):
                    task_index = _index(task)
                    waits = scf.ForOp(_index(_load(table["wait_offsets"], task_index)),
                                      _index(_load(table["wait_offsets"], _index(arith.AddIOp(task, one).result))),
                                      index_constant(1), [_bool(True)])
                    with ir.InsertionPoint(waits.body):
                        kernel = _index(_load(table["wait_kernel"], waits.induction_variable))
                        complete = arith.CmpIOp(arith.CmpIPredicate.sge, _load(done, kernel), arith.MulIOp(
                            _load(table["kernel_blocks"], kernel), now).result).result
                        scf.YieldOp([arith.AndIOp(waits.inner_iter_args[0], complete).result])
                    ready = waits.results[0]
                    if carried is not None:
                        ready = arith.AndIOp(ready, self._carried_ready(carried, task_index, table, done,
                                                                        now)).result
                    scf.YieldOp([ready])
                with ir.InsertionPoint(check.else_block):
                    scf.YieldOp([_bool(False)])
                rank = arith.SubIOp(v_count, i).result
                kernel_of = scf.IfOp(has, [i64], has_else=True)
                with ir.InsertionPoint(kernel_of.then_block):
                    scf.YieldOp([_load(table["task_kernel"], _index(task))])
                with ir.InsertionPoint(kernel_of.else_block):
                    scf.YieldOp([_i64(-1)])
                not_victim = arith.CmpIOp(arith.CmpIPredicate.ne, kernel_of.results[0], victim).result
                starve_key = arith.SelectOp(not_victim, arith.AddIOp(rank, v_count).result, rank).result
                key = arith.SelectOp(is_starve, starve_key, rank).result
                # ahead: the task of the latest iteration first (a device loop's vEUs run as far ahead as they may)
                ahead_key = arith.AddIOp(arith.MulIOp(current, _i64(2 * veus)).result, rank).result
                key = arith.SelectOp(is_ahead, ahead_key, key).result
                candidate = arith.OrIOp(check.results[0], can_take).result if self.queue else check.results[0]
                key = arith.SelectOp(candidate, key, _i64(-1)).result
                better = arith.CmpIOp(arith.CmpIPredicate.sgt, key, best_key).result
                scf.YieldOp([arith.SelectOp(better, key, best_key).result,
                             arith.SelectOp(better, veu, best_veu).result])
            found = arith.CmpIOp(arith.CmpIPredicate.sge, scan.results[0], zero).result
            runs = arith.AndIOp(found, _not(stuck)).result
            step = scf.IfOp(runs, has_else=True)
            with ir.InsertionPoint(step.then_block):
                if self.queue:
                    self._take_or_run(scan.results[1], table, next_task, ticket, done)
                else:
                    self._run_task(scan.results[1], table, next_task, done, iteration)
                scf.YieldOp([])
            with ir.InsertionPoint(step.else_block):
                report = scf.IfOp(_not(stuck))
                with ir.InsertionPoint(report.then_block):
                    deadlocks = arith.AddIOp(_load(config, index_constant(2)), one).result
                    memref.StoreOp(deadlocks, config, [index_constant(2)])
                    step_index = arith.IndexCastOp(i64, steps.induction_variable).result
                    taken = _load(ticket, index_constant(0))
                    # tasks not run: static, one per step left; queue, those not yet given out or held
                    all_tasks = arith.MulIOp(_i64(tasks), trips).result
                    left = (arith.SubIOp(all_tasks, step_index).result if not self.queue else
                            arith.SubIOp(all_tasks, arith.SubIOp(step_index, taken).result).result)
                    memref.StoreOp(left, config, [index_constant(3)])
                    scf.YieldOp([])
                scf.YieldOp([])
            scf.YieldOp([state, arith.OrIOp(stuck, _not(runs)).result])

    @staticmethod
    def _carried_ready(carried: dict, task: ir.Value, table: dict, done: ir.Value, now: ir.Value) -> ir.Value:
        """Whether the carried waits of `task`'s kernel are met in iteration now - 1: for each (b, d), b's
        counter has blocks_b x (now - d)."""
        kernel = _load(table["task_kernel"], task)
        waits = scf.ForOp(_index(_load(carried["offsets"], _index(kernel))),
                          _index(_load(carried["offsets"], _index(arith.AddIOp(kernel, _i64(1)).result))),
                          index_constant(1), [_bool(True)])
        with ir.InsertionPoint(waits.body):
            position = waits.induction_variable
            awaited = _index(_load(carried["kernel"], position))
            target = arith.MulIOp(_load(table["kernel_blocks"], awaited),
                                  arith.SubIOp(now, _load(carried["distance"], position)).result).result
            complete = arith.CmpIOp(arith.CmpIPredicate.sge, _load(done, awaited), target).result
            scf.YieldOp([arith.AndIOp(waits.inner_iter_args[0], complete).result])
        return waits.results[0]

    def _take_or_run(self, veu: ir.Value, table: dict, held: ir.Value, ticket: ir.Value, done: ir.Value) -> None:
        """Queue dispatch: the chosen vEU takes the next ticket if it holds none, else runs the task it holds."""
        veu_index = _index(veu)
        task = _load(held, veu_index)
        take = scf.IfOp(arith.CmpIOp(arith.CmpIPredicate.slt, task, _i64(0)).result, has_else=True)
        with ir.InsertionPoint(take.then_block):
            next_ticket = _load(ticket, index_constant(0))
            memref.StoreOp(next_ticket, held, [veu_index])
            memref.StoreOp(arith.AddIOp(next_ticket, _i64(1)).result, ticket, [index_constant(0)])
            scf.YieldOp([])
        with ir.InsertionPoint(take.else_block):
            if self.device_loop is None:
                self._run(_index(task), table, done, index_constant(0))
            else:  # a device loop's tickets run through every iteration's tasks
                tasks = _i64(len(self.tables.task_kernel))
                self._run(_index(arith.RemSIOp(task, tasks).result), table, done,
                          _index(arith.DivSIOp(task, tasks).result))
            memref.StoreOp(_i64(-1), held, [veu_index])
            scf.YieldOp([])

    def _run_task(self, veu: ir.Value, table: dict, next_task: ir.Value, done: ir.Value, iteration: ir.Value) -> None:
        """Static dispatch: the chosen vEU runs the next task of its row (of its iteration, in a device loop:
        after its row's last task it starts the next iteration's row)."""
        veu_index = _index(veu)
        position = _load(next_task, veu_index)
        now = _load(iteration, veu_index)
        self._run(_index(arith.AddIOp(_load(table["task_offsets"], veu_index), position).result), table, done,
                  _index(now))
        following = arith.AddIOp(position, _i64(1)).result
        length = arith.SubIOp(_load(table["task_offsets"], _index(arith.AddIOp(veu, _i64(1)).result)),
                              _load(table["task_offsets"], veu_index)).result
        wrap = arith.CmpIOp(arith.CmpIPredicate.eq, following, length).result
        memref.StoreOp(arith.SelectOp(wrap, _i64(0), following).result, next_task, [veu_index])
        memref.StoreOp(arith.SelectOp(wrap, arith.AddIOp(now, _i64(1)).result, now).result, iteration, [veu_index])

    def _run(self, task: ir.Value, table: dict, done: ir.Value, iteration: ir.Value) -> None:
        """Task `task` (index) of iteration `iteration` (index): a switch into its kernel's block body, then one
        more on the kernel's counter."""
        kernel = _load(table["task_kernel"], task)
        block = _index(_load(table["task_block"], task))
        switch = scf.IndexSwitchOp([], _index(kernel), list(range(len(self.loops))))
        for case, loop in zip(switch.caseRegions, self.loops):
            entry = case.blocks[0] if len(case.blocks) else case.blocks.append()
            with ir.InsertionPoint(entry):
                terminator = scf.YieldOp([])
            with ir.InsertionPoint(terminator):
                if self.device_loop is not None:  # what the kernel reads of the loop body, for this iteration
                    self.device_loop[0].materialize(loop, iteration)
                self._block_body(loop, block, self.tables.kernel_blocks[self.loops.index(loop)], terminator)
        default = switch.defaultRegion
        with ir.InsertionPoint(default.blocks[0] if len(default.blocks) else default.blocks.append()):
            scf.YieldOp([])
        kernel_index = _index(kernel)
        memref.StoreOp(arith.AddIOp(_load(done, kernel_index), _i64(1)).result, done, [kernel_index])

    def _block_body(self, loop: ir.Operation, task_block: ir.Value, table_blocks: int, end: ir.Operation) -> None:
        """Blocks task_block, task_block + N, ... of `loop` (N = the table's block count), its body moved here,
        before `end`; a copy kernel (one task) moves here itself."""
        if loop.name == "memref.copy":
            loop.move_before(end)
            return
        lower = list(loop.operands[:len(loop.regions[0].blocks[0].arguments)])
        rank = len(lower)
        upper = list(loop.operands[rank:2 * rank])
        step = list(loop.operands[2 * rank:3 * rank])
        trips = [arith.CeilDivUIOp(arith.SubIOp(u, lo).result, s).result for lo, u, s in zip(lower, upper, step)]
        total = trips[0]
        for trip in trips[1:]:
            total = arith.MulIOp(total, trip).result
        blocks = scf.ForOp(task_block, total, index_constant(table_blocks))
        with ir.InsertionPoint(blocks.body):
            linear = blocks.induction_variable
            coords = []
            for trip in reversed(trips):
                coords.append(arith.RemUIOp(linear, trip).result)
                linear = arith.DivUIOp(linear, trip).result
            coords.reverse()
            body = loop.regions[0].blocks[0]
            for argument, coord, lo, s in zip(body.arguments, coords, lower, step):
                argument.replace_all_uses_with(arith.AddIOp(lo, arith.MulIOp(coord, s).result).result)
            anchor = scf.YieldOp([])
            for op in list(body.operations)[:-1]:  # the scf.reduce terminator stays
                op.move_before(anchor)
