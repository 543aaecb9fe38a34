"""hm-grinder-loops: Grinder's device-side loops (stage utask, `--grinder`): a host `scf.for` whose body is one
rProgram runs inside that program's persistent kernel, every iteration, with no launch or host sync per
iteration.

Consumes: bufferized host functions after hm-rammer-schedule (rtask.program ops, kernels tagged with their
program). Produces, for each `scf.for` whose body holds one program's kernels and nothing else
but pure ops, hoistable allocations and deallocations, and whose carried values are a closed form of the
iteration (hm_mlir.passes.utask.device_loop; hm-carried-buffers-by-iteration has made loop-carried buffers
functions of the iteration): a `utask.loop` at module level naming the program, its kind and static trip count (0
for host-computed bounds), the kernel pairs that conflict across iterations (`carried`, evaluated per
iteration for static trip counts up to EXACT_TRIPS, else Rammer's whole-buffer reading) and the waits on the
previous iteration's counters that order them (hm_mlir.grinder.loops), and `utask.loop = @L` on the scf.for.
How the vEUs walk the iterations is the model's choice (`dispatch`, simulated over MODEL_TRIPS iterations with
Rammer's task durations): static, each vEU its row iteration after iteration (program order on a vEU orders
much of one iteration after the last), or a queue of tickets over all iterations (the program's tables are then
rewritten to one queue, and its vDevice to the fewest vEUs on which the model's queue is within 1% of its time on
the whole device), where the only order is the waits and independent work of consecutive iterations overlaps (a
stacked RNN's layers run as a wavefront). A program Rammer gave queue dispatch runs its loop as that queue.
The targets build the loop into the persistent kernel (hm-rammer-gpu-program) or the cpu target's scheduler
(hm-rammer-cpu-program). Loops that stay on the host are kept on the pass (`report`) with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir import hardware
from hm_mlir.builders.rtile import _array, _i64
from hm_mlir.codegen.host import host_funcs, is_public_definition
from hm_mlir.grinder import loops as policy
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.passes.base import HmPass, device_option, dispatch_option
from hm_mlir.passes.rtask.kernels import Context, accesses, conflict, kernel_info, program_vdevices
from hm_mlir.passes.rtile.naive_tiling import unique_name
from hm_mlir.passes.utask.device_loop import DeviceLoop
from hm_mlir.passes.utask.loop_accesses import Iteration
from hm_mlir.rammer.tables import Tables

EXACT_TRIPS = 64  # iterations whose accesses are evaluated one by one (pairs: EXACT_TRIPS^2 / 2)
MODEL_TRIPS = 16  # iterations the dispatch model simulates (a host-computed trip count: 16)
QUEUE_GAIN = 0.03  # a ticket costs an atomic per task: the queue must win by more than this


def program_follows(program: ir.Operation) -> list[frozenset[int]]:
    """Per kernel of `program`, the earlier kernels it follows (its `follows` pairs)."""
    pairs = list(program.attributes["follows"])
    follows: list[set[int]] = [set() for _ in program.attributes["kernels"]]
    for later, earlier in zip(pairs[::2], pairs[1::2]):
        follows[later].add(earlier)
    return [frozenset(f) for f in follows]


def program_tables(program: ir.Operation) -> Tables:
    return Tables(*(tuple(program.attributes[name]) for name in Tables.FIELDS))


def program_kernel_ops(function: ir.Operation) -> dict[str, dict[int, ir.Operation]]:
    """Program name -> kernel index -> the op tagged with it, in `function`."""
    found: dict[str, dict[int, ir.Operation]] = {}
    for op in walk(function):
        if "rtask.program" in op.attributes and "rtask.kernel" in op.attributes:
            name = ir.FlatSymbolRefAttr(op.attributes["rtask.program"]).value
            found.setdefault(name, {})[ir.IntegerAttr(op.attributes["rtask.kernel"]).value] = op
    return found


@dataclass(frozen=True)
class GrinderLoops(HmPass):
    NAME = "hm-grinder-loops"
    SUMMARY = "utask: each host scf.for whose body is one rProgram -> a device loop inside its persistent kernel"

    device: str = field(default=hardware.DEFAULT_DEVICE, metadata={"help": "device description (task durations)"})
    host: str = field(default="", metadata={
        "help": "functions (comma-separated) whose loops stay on the host, as the user asks"})
    dispatch: str = field(default="auto", metadata={
        "help": "static (each vEU its row, iteration after iteration), queue (tickets over all iterations: "
                "iterations overlap as far as the waits allow) or auto (the model's choice per loop)"})

    def check_options(self) -> None:
        device_option(self.device)
        dispatch_option(self.NAME, self.dispatch)

    def run(self, module) -> None:
        programs = {op.attributes["sym_name"].value: op for op in module_body(module) if op.name == "rtask.program"}
        functions = {f.attributes["sym_name"].value: f for f in host_funcs(module)}
        taken = {op.attributes["sym_name"].value for op in module_body(module) if "sym_name" in op.attributes}
        report = {"stage": "utask", "loops": [], "host": []}
        object.__setattr__(self, "report", report)
        kept = {name.strip() for name in self.host.split(",") if name.strip()}
        for function in list(functions.values()):
            tagged = program_kernel_ops(function)
            for loop_op in [op for op in walk(function) if op.name == "scf.for"]:
                inside = {name: ops for name, ops in tagged.items()
                          if all(op.parent is not None and op.parent.operation == loop_op for op in ops.values())}
                if not inside:
                    continue
                loop = DeviceLoop(loop_op)
                name, kernels = next(iter(inside.items()))
                reason = self._reason(loop, programs[name], inside)
                if function.attributes["sym_name"].value in kept:
                    reason = "kept on the host as asked (--grinder-host)"
                if reason is not None:
                    report["host"].append({"function": function.attributes["sym_name"].value,
                                           "program": name, "reason": reason})
                    continue
                self._device_loop(module, loop, programs[name], kernels, functions, function, taken, report)

    @staticmethod
    def _reason(loop: DeviceLoop, program: ir.Operation, inside: dict) -> str | None:
        if len(inside) > 1:
            return f"its body holds {len(inside)} programs"
        return loop.closed_form_problem({op for ops in inside.values() for op in ops.values()})

    def _device_loop(self, module, loop: DeviceLoop, program, kernels: dict, functions, function, taken,
                     report) -> None:
        count = len(program.attributes["kernels"])
        ops = [kernels[k] for k in range(count)]
        public = is_public_definition(function)
        trips = loop.static_trips()
        if trips is not None and trips <= EXACT_TRIPS:
            lower, step = (ir.IntegerAttr(v.owner.attributes["value"]).value for v in (loop.lower, loop.step))
            per_iteration = [[Iteration(loop, lower + i * step, public).accesses(op, functions) for op in ops]
                             for i in range(trips)]
        else:  # Rammer's reading, the same for every iteration: what depends on it is the whole buffer
            touched = [accesses(op, functions, public) for op in ops]
            per_iteration = [touched, touched]
        carried = policy.carried_distances(per_iteration, conflict)
        tables, follows = program_tables(program), program_follows(program)
        durations = self._durations(module, ops)
        static = program.attributes["dispatch"].value == "static"  # Rammer's queue is the loop's queue
        queued = policy.queue_tables(tables, follows, durations) if static else tables
        queue_waits = policy.choose_waits(queued, carried, True)
        vdevice = program_vdevices(module)[program.attributes["sym_name"].value]
        per_sm = vdevice.attributes["veus_per_sm"].value
        sample = min(trips, MODEL_TRIPS) if trips is not None else MODEL_TRIPS
        # a queue may use every vEU the device holds (Rammer sized the vDevice to one iteration's widest wave)
        full = hardware.get(self.device).sms * per_sm
        used = policy.queue_veus(queued, durations, queue_waits, sample, full)
        queue_us, _ = policy.loop_makespan(queued, durations, queue_waits, sample, used, True)
        static_waits, static_us = [], None
        if static:
            static_waits = policy.choose_waits(tables, carried)
            static_us, _ = policy.loop_makespan(tables, durations, static_waits, sample, tables.veus, False)
        if not static or self.dispatch == "queue":
            queue = True
        else:
            queue = self.dispatch == "auto" and queue_us * (1 + QUEUE_GAIN) < static_us
        waits = queue_waits if queue else static_waits
        if queue and static:
            for name in Tables.FIELDS:
                program.attributes[name] = _array(getattr(queued, name))
            program.attributes["dispatch"] = ir.StringAttr.get("queue")
        if queue:
            sms = -(-used // per_sm)
            vdevice.attributes["sms"] = _i64(sms)
            vdevice.attributes["num_veus"] = _i64(sms * per_sm)
        sym = unique_name(f"{program.attributes['sym_name'].value}_loop", taken)
        attributes = {"sym_name": ir.StringAttr.get(sym), "program": ir.FlatSymbolRefAttr.get(
                          program.attributes["sym_name"].value),
                      "kind": ir.StringAttr.get("for"), "trips": _i64(trips or 0),
                      "carried": _array([x for (a, b), d in sorted(carried.items()) for x in (a, b, d)]),
                      "carried_waits": _array([x for wait in waits for x in wait])}
        ir.Operation.create("utask.loop", attributes=attributes, loc=program.location,
                            ip=ir.InsertionPoint.after(program))
        loop.op.attributes["utask.loop"] = ir.FlatSymbolRefAttr.get(sym)
        report["loops"].append({"loop": sym, "function": function.attributes["sym_name"].value,
                                "program": program.attributes["sym_name"].value, "trips": trips,
                                "kernels": count, "carried": carried, "waits": waits,
                                "dispatch": "queue" if queue else "static", "model_trips": sample,
                                "static_us": static_us, "queue_us": queue_us, "queue_veus": used})

    def _durations(self, module, ops: list[ir.Operation]) -> list[float]:
        """A task's modelled microseconds per kernel (Rammer's: one wave of the kernel's own launch)."""
        from hm_mlir.codegen.host import HostMemory
        from hm_mlir.passes.rtask.rammer_schedule import schedule_kernel

        body = list(module_body(module))
        context = Context({op.attributes["sym_name"].value: op for op in body if op.name == "rtile.space"},
                          {op.attributes["sym_name"].value: op for op in body if op.name == "rtile.config"},
                          {op.attributes["function"].value: op for op in body if op.name == "tilegraph.kernel"},
                          HostMemory(module), hardware.get(self.device))
        found = []
        for op in ops:
            info = kernel_info(op, context)
            found.append(schedule_kernel(info).block_us if info is not None else 1.0)
        return found

