"""hm-rammer-gpu-program: Rammer's persistent kernel: every rProgram's launches become one `gpu.launch` whose
blocks are the program's vEUs, each walking its task table.

Consumes: the GPU targets' `gpu.launch` kernels after convert-parallel-loops-to-gpu (constant grid and block
sizes, one body block, shared memory as top-level workgroup `memref.alloc`s), each tagged `rtask.kernel=P/N`
by hm-rammer-schedule (a Welder kernel through its call, inlined here), and the `rtask.program` tables.
Produces, where the program's last launch was, one launch of `veus` blocks of T threads (the most of any of
its kernels), named P_rammer for outlining, that runs per block (vEU) its tasks in table order:

    acquire: thread 0 spins until every awaited kernel's counter is complete (persistent_sync), a fence,
             a block barrier
    task:    a switch into the kernel's block body (persistent_tasks): blocks b, b + N, ... of it; threads
             past its block size skip it, its barriers count only its threads
    release: a block barrier; thread 0: a fence, then an atomic add to its kernel's counter

With queue dispatch (`dispatch = "queue"`: one row of tasks) the blocks take tasks instead from a ticket counter
`__hm_P_head`, thread 0 for the block, until the queue is empty: each launch takes tasks + vEUs tickets (every
block one past the end), so ticket = head - (tasks + vEUs) x (epoch - 1). The tables are constant device
globals (`__hm_P_<field>`), the counters, the epoch and the error cell globals that nothing resets
(persistent_sync). A block whose wait outlives the bound skips its remaining tasks (its
abort flag, in shared memory, is read after each acquire's barrier). The launch bounds come later, from
hm-rammer-launch-bounds on the outlined kernel. A program that a Grinder device loop runs (`utask.loop`,
hm-grinder-loops) is launched once in place of that loop: each block walks its row once per iteration, iteration
i in epoch e + i (the host adds the trip count to the epoch), a task also waits on its kernel's carried waits
(counter >= blocks x (epoch - distance); tables `__hm_P_carried_*`), and computes what it reads of the loop body
from its iteration (hm_mlir.passes.utask.device_loop); after the launch the host reads the loop's results in
their closed form at the last iteration. A program with a kernel that initializes mbarriers (sm_90's TMA +
wgmma kernels), or one of more than 32 threads, not a multiple of 32, with barriers beside a larger kernel (the
naive tiling's), keeps its launches.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf

from hm_mlir.codegen.host import host_funcs
from hm_mlir.codegen.kernel_form import index_constant, program_kernel
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.passes.base import HmPass, PassError, PassOptionError
from hm_mlir.passes.rtask import persistent_sync as sync
from hm_mlir.passes.rtask.kernels import between_kernels, inline_kernel_calls, program_vdevices
from hm_mlir.passes.rtask.persistent_tasks import TaskBodies, read_kernel, sink_views, unsharable
from hm_mlir.passes.utask.device_loop import device_loops
from hm_mlir.rammer.tables import Tables

PERSISTENT_SUFFIX = "_rammer"  # the persistent kernel of program P is the gpu.func P + PERSISTENT_SUFFIX
_HOST_BETWEEN = ("gpu.alloc", "gpu.dealloc", "gpu.memcpy")  # device buffers and their constant contents
# A kernel that initializes mbarriers (the TMA + wgmma kernels of sm_90) would initialize them again for every
# block a vEU runs, which PTX leaves undefined without an mbarrier.inval between: its program is left as
# separate launches (correct, one launch per kernel) until the persistent kernel invalidates them. So is a
# program with a kernel whose barriers no barrier of a part of the block can stand for (persistent_tasks).
_ONE_BLOCK_PER_LAUNCH = ("nvgpu.mbarrier.", "nvgpu.tma.")


@dataclass(frozen=True)
class RammerGpuProgram(HmPass):
    NAME = "hm-rammer-gpu-program"
    SUMMARY = "gpu: each rProgram's launches -> one persistent gpu.launch (block = vEU) walking its task tables"

    spin_timeout_ms: int = field(default=2000, metadata={
        "help": "how long a vEU waits for a counter before it stops and reports the program's error cell"})
    epoch_start: int = field(default=0, metadata={
        "help": "the launch epoch the counters start at (tests of their 32-bit wrap-around)"})

    def check_options(self) -> None:
        if self.spin_timeout_ms < 1:
            raise PassOptionError("hm-rammer-gpu-program: spin-timeout-ms must be at least 1")

    def run(self, module) -> None:
        programs = {op.attributes["sym_name"].value: op for op in module_body(module) if op.name == "rtask.program"}
        if not programs:
            return
        inline_kernel_calls(module, "gpu.launch")
        found: dict[str, dict[int, ir.Operation]] = {}
        for fn in host_funcs(module):
            for launch in [op for op in walk(fn) if op.name == "gpu.launch"]:
                tag = program_kernel(launch.location)
                if tag is None:
                    continue
                if tag[0] not in programs or tag[1] in found.setdefault(tag[0], {}):
                    raise PassError(launch, f"hm-rammer-gpu-program: kernel {tag[1]} of @{tag[0]} is not one launch")
                found[tag[0]][tag[1]] = launch
        vdevices = program_vdevices(module)
        loops = device_loops(module)
        for name, program in programs.items():
            launches = found.get(name, {})
            count = len(program.attributes["kernels"])
            if sorted(launches) != list(range(count)):
                raise PassError(program, f"hm-rammer-gpu-program: @{name} has {count} kernels but "
                                         f"{len(launches)} tagged launches were found")
            if any(op.name.startswith(_ONE_BLOCK_PER_LAUNCH) for launch in launches.values() for op in walk(launch)):
                continue  # its kernels stay launches of their own, in program order
            kernels = [read_kernel(launches[i]) for i in range(count)]
            if unsharable(kernels):
                continue  # likewise
            _Persistent(module, program, kernels, vdevices[name].attributes["num_veus"].value, self,
                        loops.get(name)).emit()


class _Persistent:
    """The persistent launch of one program, built where its last kernel was."""

    def __init__(self, module: ir.Operation, program: ir.Operation, kernels: list, veus: int,
                 options: RammerGpuProgram, device_loop=None) -> None:
        self.module = module
        self.device_loop = device_loop  # (DeviceLoop, CarriedWaits) of a Grinder loop running the program
        self.carried = None  # its carried-wait tables, read in the launch
        self.launches = [kernel.launch for kernel in kernels]
        self.options = options
        self.tables = Tables(*(tuple(program.attributes[name]) for name in Tables.FIELDS))
        self.name = program.attributes["sym_name"].value
        self.queue = program.attributes["dispatch"].value == "queue"
        self.veus = veus if self.queue else self.tables.veus
        self.threads = max(kernel.threads for kernel in kernels)
        self.bodies = TaskBodies(kernels, self.tables.kernel_blocks, self.threads)

    def symbol(self, what: str) -> str:
        return f"__hm_{self.name}_{what}"

    def emit(self) -> None:
        ops = [op.operation for op in self.launches[0].operation.block.operations]
        positions = [ops.index(launch) if launch in ops else -1 for launch in self.launches]
        if min(positions) < 0:
            raise PassError(self.launches[0], f"hm-rammer-gpu-program: the kernels of @{self.name} are not in one "
                                              "block")
        anchor = ops[max(positions)]
        for op in ops[min(positions):max(positions)]:
            if op in self.launches:
                continue
            if not (between_kernels(op) or op.name.startswith("arith.") or op.name in _HOST_BETWEEN):
                raise PassError(op, f"hm-rammer-gpu-program: '{op.name}' between the kernels of @{self.name}")
            if op.name in ("memref.dealloc", "gpu.dealloc") and self.device_loop is None:
                op.move_after(anchor)
        if self.device_loop is not None:  # one launch runs every iteration, in place of the host loop
            anchor = self.device_loop[0].op
            self.device_loop[0].hoist(before=anchor, after=anchor)
        t, epoch0 = self.tables, self.options.epoch_start
        sync.declare_global(self.module, self.symbol("counters"), [b * epoch0 for b in t.kernel_blocks], False)
        sync.declare_global(self.module, self.symbol("error"), [0, 0], False, public=True)
        sync.declare_global(self.module, self.symbol("epoch"), [epoch0], False)
        if self.queue:
            sync.declare_global(self.module, self.symbol("head"), [(len(t.task_kernel) + self.veus) * epoch0], False)
            if self.device_loop is not None:  # on the host: the head's value before this launch's tickets
                sync.declare_global(self.module, self.symbol("tickets"), [(len(t.task_kernel) + self.veus) * epoch0],
                                    False)
        for name in sync.TABLES:
            sync.declare_global(self.module, self.symbol(name), list(getattr(t, name)), True)
        if self.device_loop is not None and self.device_loop[1].kernel:
            carried = self.device_loop[1]
            for name, values in (("carried_offsets", carried.offsets), ("carried_kernel", carried.kernel),
                                 ("carried_distance", carried.distance)):
                sync.declare_global(self.module, self.symbol(name), values, True)
        with ir.InsertionPoint(anchor), anchor.location:
            # each launch is one epoch; a device loop's every iteration is one (the counters' targets)
            self.trips = self.device_loop[0].trips() if self.device_loop is not None else index_constant(1)
            epoch_cell = sync.get_global(self.symbol("epoch"), 1)
            base = sync.load(epoch_cell, index_constant(0))
            epoch = arith.AddIOp(base, sync.i32_constant(1)).result
            following = epoch if self.device_loop is None else arith.AddIOp(base, arith.IndexCastOp(
                ir.IntegerType.get_signless(32), self.trips).result).result
            memref.StoreOp(following, epoch_cell, [index_constant(0)])
            if self.queue and self.device_loop is not None:  # tasks x trips tickets, and one past the end per vEU
                i32 = ir.IntegerType.get_signless(32)
                tickets_cell = sync.get_global(self.symbol("tickets"), 1)
                self.ticket_base = sync.load(tickets_cell, index_constant(0))
                taken = arith.AddIOp(arith.MulIOp(sync.i32_constant(len(t.task_kernel)), arith.IndexCastOp(
                    i32, self.trips).result).result, sync.i32_constant(self.veus)).result
                memref.StoreOp(arith.AddIOp(self.ticket_base, taken).result, tickets_cell, [index_constant(0)])
            launch = gpu.LaunchOp((index_constant(self.veus), index_constant(1), index_constant(1)),
                                  (index_constant(self.threads), index_constant(1), index_constant(1)))
            launch.attributes["function"] = ir.FlatSymbolRefAttr.get(self.name + PERSISTENT_SUFFIX)
            with ir.InsertionPoint(launch.regions[0].blocks[0]):
                self._body(launch.regions[0].blocks[0], epoch)
                gpu.TerminatorOp()
            if self.device_loop is not None:
                self.device_loop[0].replace_results(self.trips)
        for old in self.launches:
            old.erase()
        if self.device_loop is not None:
            self.device_loop[0].erase()
        sink_views(launch.operation)

    def _body(self, block: ir.Block, epoch: ir.Value) -> None:
        veu, tid = block.arguments[0], block.arguments[3]
        i32 = ir.IntegerType.get_signless(32)
        workgroup = ir.Attribute.parse("#gpu.address_space<workgroup>")
        flag = memref.AllocOp(ir.MemRefType.get([1], i32, memory_space=workgroup), [], []).result
        self.bodies.allocate(entry=flag.owner)
        table = {name: sync.get_global(self.symbol(name), len(getattr(self.tables, name))) for name in sync.TABLES}
        counters = sync.get_global(self.symbol("counters"), len(self.tables.kernel_blocks))
        error = sync.get_global(self.symbol("error"), 2)
        zero = index_constant(0)
        leader = arith.CmpIOp(arith.CmpIPredicate.eq, tid, zero).result
        init = scf.IfOp(leader)
        with ir.InsertionPoint(init.then_block):
            memref.StoreOp(sync.i32_constant(0), flag, [zero])
            scf.YieldOp([])
        gpu.BarrierOp()
        context = (table, counters, error, flag, epoch, leader, tid)
        if self.device_loop is not None and self.device_loop[1].kernel:
            self.carried = self.device_loop[1].tables(
                lambda field, values: sync.get_global(self.symbol(field), len(values)))
        if self.queue:
            self._queue(flag, epoch, leader, context)
            return
        begin = sync.as_index(sync.load(table["task_offsets"], veu))
        end = sync.as_index(sync.load(table["task_offsets"], arith.AddIOp(veu, index_constant(1)).result))
        if self.device_loop is not None:  # the block's row once per iteration, iteration i in epoch epoch + i
            loop = self.device_loop[0]
            iterations = scf.ForOp(index_constant(0), self.trips, index_constant(1))
            with ir.InsertionPoint(iterations.body):
                iteration = iterations.induction_variable
                self.bodies.prepare = lambda launch: loop.materialize(launch, iteration)
                now = arith.AddIOp(epoch, arith.IndexCastOp(ir.IntegerType.get_signless(32), iteration).result).result
                self._row(begin, end, (table, counters, error, flag, now, leader, tid))
                scf.YieldOp([])
            return
        self._row(begin, end, context)

    def _row(self, begin: ir.Value, end: ir.Value, context: tuple) -> None:
        tasks = scf.ForOp(begin, end, index_constant(1))
        with ir.InsertionPoint(tasks.body):
            self._task(tasks.induction_variable, *context)
            scf.YieldOp([])

    def _queue(self, flag: ir.Value, epoch: ir.Value, leader: ir.Value, context: tuple) -> None:
        """Queue dispatch: thread 0 takes the block's next ticket, which the block runs, until the queue ends."""
        i32 = ir.IntegerType.get_signless(32)
        tasks = len(self.tables.task_kernel)
        zero = index_constant(0)
        slot = memref.AllocOp(ir.MemRefType.get([1], i32, memory_space=flag.type.memory_space), [], []).result
        head = sync.get_global(self.symbol("head"), 1)
        if self.device_loop is not None:  # tickets run through every iteration: the host keeps their base
            base, limit = self.ticket_base, arith.MulIOp(sync.i32_constant(tasks), arith.IndexCastOp(
                i32, self.trips).result).result
        else:
            base = arith.MulIOp(sync.i32_constant(tasks + self.veus),
                                arith.SubIOp(epoch, sync.i32_constant(1)).result).result
            limit = sync.i32_constant(tasks)
        loop = scf.WhileOp([i32], [])
        with ir.InsertionPoint(loop.before.blocks.append()):
            take = scf.IfOp(leader)
            with ir.InsertionPoint(take.then_block):
                ticket = arith.SubIOp(sync.atomic_add(head, zero, sync.i32_constant(1)), base).result
                memref.StoreOp(ticket, slot, [zero])
                scf.YieldOp([])
            gpu.BarrierOp()  # every thread sees the ticket (the next is written after this task's barriers)
            ticket = sync.load(slot, zero)
            more = arith.AndIOp(
                arith.CmpIOp(arith.CmpIPredicate.slt, ticket, limit).result,
                arith.CmpIOp(arith.CmpIPredicate.eq, sync.load(flag, zero), sync.i32_constant(0)).result).result
            scf.ConditionOp(more, [ticket])
        after = loop.after.blocks.append(i32)
        with ir.InsertionPoint(after):
            ticket = sync.as_index(after.arguments[0])
            if self.device_loop is None:
                self._task(ticket, *context)
            else:  # ticket = iteration x tasks + task; iteration i runs in epoch epoch + i
                iteration = arith.DivUIOp(ticket, index_constant(tasks)).result
                self.bodies.prepare = lambda launch: self.device_loop[0].materialize(launch, iteration)
                now = arith.AddIOp(epoch, arith.IndexCastOp(i32, iteration).result).result
                table, counters, error, flag, _, leader, tid = context
                self._task(arith.RemUIOp(ticket, index_constant(tasks)).result, table, counters, error, flag, now,
                           leader, tid)
            scf.YieldOp([])

    def _task(self, task, table, counters, error, flag, epoch, leader, tid) -> None:
        """One task: acquire (thread 0's waits, the barrier), its kernel's blocks unless the block aborted,
        release."""
        zero = index_constant(0)
        acquire = scf.IfOp(leader)
        with ir.InsertionPoint(acquire.then_block):
            sync.acquire(task, table, counters, error, flag, epoch, self.options.spin_timeout_ms, self.carried)
            scf.YieldOp([])
        gpu.BarrierOp()
        running = arith.CmpIOp(arith.CmpIPredicate.eq, sync.load(flag, zero), sync.i32_constant(0)).result
        run = scf.IfOp(running)
        with ir.InsertionPoint(run.then_block):
            kernel = sync.load(table["task_kernel"], task)
            self.bodies.switch(sync.as_index(kernel), sync.as_index(sync.load(table["task_block"], task)), tid)
            sync.release(kernel, counters, leader)
            scf.YieldOp([])
