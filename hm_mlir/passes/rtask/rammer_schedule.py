"""hm-rammer-schedule: Rammer's rProgram of every run of kernels (stage rtask, `--rammer`).

Consumes: bufferized host functions and their kernels (hm_mlir.passes.rtask.kernels: linalg ops, calls of Welder
kernel functions, copies between device buffers). Produces: per run of two or more kernels an `rtask.vdevice`
and an `rtask.program` at module level holding the schedule as dense per-vEU tables (hm_mlir.rammer.schedule,
hm_mlir.rammer.tables), or as one queue every vEU takes tickets from where the model says queue dispatch is
faster with the durations perturbed (`dispatch`, hm_mlir.rammer.simulate), and on each kernel op `rtask.program
= @P`, `rtask.kernel = N : i64` and a name location `rtask.kernel=P/N` (codegen.kernel_form.program_kernel),
which the loops lowered from it keep: the target stage finds a program's kernels by it. The schedules are kept
on the pass (`report`, hm_mlir.rammer.report) for --hm-report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from hm_mlir import hardware
from hm_mlir.builders import rtask as build
from hm_mlir.codegen.host import HostMemory, host_funcs, is_public_definition
from hm_mlir.codegen.kernel_form import program_kernel_location
from hm_mlir.ir_walk import module_body
from hm_mlir.passes.base import HmPass, PassError, device_option, dispatch_option
from hm_mlir.passes.rtask.kernels import Context, accesses, blocks_of, conflict, runs, variants
from hm_mlir.passes.rtile.naive_tiling import unique_name
from hm_mlir.rammer import report as rammer_report
from hm_mlir.rammer.schedule import Kernel, ScheduleError, choose_variants, schedule
from hm_mlir.rammer.simulate import choose_dispatch, queue_order
from hm_mlir.rammer.tables import Tables


def schedule_kernel(info) -> Kernel:
    """The schedule's view (hm_mlir.rammer.schedule.Kernel) of a kernel of the IR (kernels.KernelInfo)."""
    return Kernel(info.name, info.blocks, info.threads, info.registers, info.smem_bytes, info.cost_us, info.waves)


def _choose(op: ir.Operation, config: str, context, taken: set) -> None:
    """Compile `op` from `config`, another candidate of its rtile.space: a copy of the space that chooses it
    (other ops may share the space and keep their choice)."""
    space = context.spaces[op.attributes["rtile.space"].value]
    name = unique_name(f"{space.attributes['sym_name'].value}_rk", taken)
    clone = space.clone(ip=ir.InsertionPoint(space))
    clone.attributes["sym_name"] = ir.StringAttr.get(name)
    clone.attributes["chosen"] = ir.FlatSymbolRefAttr.get(config)
    context.spaces[name] = clone
    op.attributes["rtile.space"] = ir.FlatSymbolRefAttr.get(name)


@dataclass(frozen=True)
class RammerSchedule(HmPass):
    NAME = "hm-rammer-schedule"
    SUMMARY = "rtask: Rammer's wavefront schedule of each run of kernels on a vDevice, as per-vEU task tables"

    device: str = field(default=hardware.DEFAULT_DEVICE, metadata={"help": "device description (vEUs, model)"})
    dispatch: str = field(default="auto", metadata={
        "help": "static (per-vEU tables), queue (one queue of tickets) or auto (the model's choice per program)"})
    loop_bodies: bool = field(default=False, metadata={
        "help": "a lone kernel in an scf.for body is a program too (Grinder runs such loops on the device)"})

    def check_options(self) -> None:
        device_option(self.device)
        dispatch_option(self.NAME, self.dispatch)

    def run(self, module) -> None:
        device = hardware.get(self.device)
        body = list(module_body(module))
        spaces = {op.attributes["sym_name"].value: op for op in body if op.name == "rtile.space"}
        configs = {op.attributes["sym_name"].value: op for op in body if op.name == "rtile.config"}
        grouped = {op.attributes["function"].value: op for op in body if op.name == "tilegraph.kernel"}
        functions = {op.attributes["sym_name"].value: op for op in host_funcs(module)}
        context = Context(spaces, configs, grouped, HostMemory(module), device)
        object.__setattr__(self, "_context", context)
        taken = {op.attributes["sym_name"].value for op in body if "sym_name" in op.attributes}
        report = {"stage": "rtask", "device": self.device, "programs": []}  # hm_mlir.rammer.report
        object.__setattr__(self, "report", report)
        object.__setattr__(self, "plans", {})  # program name -> its Schedule (for the report's robustness)
        for fn in list(host_funcs(module)):
            if not fn.regions[0].blocks or fn.attributes["sym_name"].value in grouped:
                continue  # a declaration, or a Welder kernel function (its caller schedules it)
            for block in blocks_of(fn):
                owner = block.owner
                in_loop = self.loop_bodies and owner is not None and owner.operation.name == "scf.for"
                for run in runs(block, context, 1 if in_loop else 2):
                    program = self._program(module, fn, run.kernels, functions, device, taken)
                    program["ends_at"] = run.ends_at
                    report["programs"].append(program)

    def _program(self, module, fn, run, functions, device, taken) -> dict:
        public = is_public_definition(fn)
        touched = [accesses(info.op, functions, public) for info in run]
        follows = [frozenset(i for i in range(j) if conflict(touched[i], touched[j])) for j in range(len(run))]
        offered = [variants(info, self._context) for info in run]
        options = [[schedule_kernel(v) for v in found] for found, _ in offered]
        try:
            chosen = choose_variants(options, [current for _, current in offered], follows, device)
            for info, (found, current), pick in zip(run, offered, chosen):
                if pick != current:
                    _choose(info.op, found[pick].name, self._context, taken)
            kernels = [options[k][pick] for k, pick in enumerate(chosen)]
            plan = schedule(kernels, follows, device)
        except ScheduleError as err:
            raise PassError(run[0].op, f"hm-rammer-schedule: {err}") from None
        try:
            choice = choose_dispatch(plan)
        except ValueError:  # a schedule that cannot finish: the verifier says why
            choice = {"mode": "static", "static_us": None, "queue_us": None}
        if self.dispatch != "auto":
            choice["mode"] = self.dispatch
        tables = Tables.queue_of(plan, queue_order(plan)) if choice["mode"] == "queue" else Tables.of(plan)
        function = fn.attributes["sym_name"].value
        name = unique_name(f"{function}_rp", taken)
        vdevice = unique_name(f"{name}_vd", taken)
        with ir.InsertionPoint(fn), ir.Location.unknown():
            build.vdevice(vdevice, sms=plan.vdevice.sms, veus_per_sm=plan.vdevice.veus_per_sm)
            build.program(name, function=function, vdevice=vdevice, kernels=[k.name for k in kernels],
                          waves=plan.wave_count, cost_us=plan.makespan_us, launches_us=plan.launches_us,
                          follows=[x for j, earlier in enumerate(follows) for i in sorted(earlier) for x in (j, i)],
                          tables=tables, dispatch=choice["mode"])
        i64 = ir.IntegerType.get_signless(64)
        for index, info in enumerate(run):
            info.op.attributes["rtask.program"] = ir.FlatSymbolRefAttr.get(name)
            info.op.attributes["rtask.kernel"] = ir.IntegerAttr.get(i64, index)
            info.op.location = program_kernel_location(name, index, info.op.location)
        self.plans[name] = plan
        return {**rammer_report.program(name, function, plan), "dispatch": choice}
