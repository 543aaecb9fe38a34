"""What Grinder's device loops change: launches, host syncs and kernel bytes per call and per iteration, the
modelled time of the loop as static tables against one queue of tickets, and the compile time it costs, for
the test programs whose loops run on the device.

Out: a markdown table on stdout (and in --output FILE.md). Per program, all measured in the same run: the
launches, host syncs and kernel-boundary bytes of one call on the CPU target (hm-count-device-events) with
Rammer alone (the loop on the host, one program launch per iteration) and with --grinder (the loop inside the
persistent program), checked against NumPy under three interleavings; the loop's trips, the dispatch the model
chose and the modelled time of its iterations as static tables and as a queue (hm_mlir.grinder.loops, Roller's
task durations for the h100 description: no GPU measures it here); the same two times with every task one unit
long (the schedule's shape: a stacked RNN's queue is a wavefront); and the median of --repeat fresh
`hm-opt --target=ptx` processes without stage flags, with --rammer and with --grinder.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAMS = ROOT / "test" / "programs"
LOOPS = ("rnn_for", "stacked_rnn")


def _reference(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location("hm_test_programs", PROGRAMS / "reference.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.PROGRAMS[name]


def counts(name: str, **flags) -> dict:
    """The events of one call, checked against NumPy under three interleavings."""
    import numpy as np

    import hm_mlir

    program = _reference(name)
    exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", opt_level=1, count_events=True, **flags)
    inputs = program.inputs(np.random.default_rng(0))
    expected = program.reference(*[np.array(x, copy=True) for x in inputs])
    per_call = None
    for seed in (0, 1, 2):
        exe.interleave("random", seed)
        before = exe.event_counts()
        got = exe[program.entry](*[np.array(x, copy=True) for x in inputs])
        after = exe.event_counts()
        results = list(got) if isinstance(got, tuple) else [got]
        if not all(np.allclose(np.asarray(g, np.float64), np.asarray(w, np.float64), rtol=1e-4, atol=1e-4)
                   for g, w in zip(results, expected)):
            raise SystemExit(f"{name} {flags} seed {seed}: the results differ from NumPy")
        per_call = {key: after[key] - before[key] for key in after}
    return per_call


def unit_times(name: str, trips: int) -> tuple[float, float]:
    """(static tables, queue) of the loop with every task one unit long, from the compiled schedules."""
    import hm_mlir
    from hm_mlir.grinder import loops
    from hm_mlir.passes.utask.grinder_loops import program_tables

    found = {}
    for dispatch in ("static", "queue"):
        ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="cpu", grinder=True,
                                    stop_after="utask", rammer_dispatch=dispatch)
        with ctx:
            ops = {op.operation.name: op.operation for op in module.body.operations
                   if op.operation.name in ("rtask.program", "utask.loop", "rtask.vdevice")}
            tables = program_tables(ops["rtask.program"])
            values = list(ops["utask.loop"].attributes["carried_waits"])
            veus = [op.operation for op in module.body.operations if op.operation.name == "rtask.vdevice"
                    and op.operation.attributes["sym_name"].value
                    == ops["rtask.program"].attributes["vdevice"].value][0].attributes["num_veus"].value
        waits = [tuple(values[i:i + 3]) for i in range(0, len(values), 3)]
        unit = [1.0] * len(tables.kernel_blocks)
        found[dispatch], _ = loops.loop_makespan(tables, unit, waits, trips, veus, dispatch == "queue")
    return found["static"], found["queue"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="compile-time rounds per flag set (median)")
    parser.add_argument("--output", help="also write the markdown here")
    args = parser.parse_args(argv)

    import hm_mlir
    from hm_mlir.bench.measure import emit_table, hm_opt_seconds

    lines = [f"`python bench/grinder.py --repeat {args.repeat}`, {datetime.date.today()}, "
             f"{platform.processor() or platform.machine()}, {platform.python_version()}; events of one call on "
             "the CPU target (case 0 of each program's inputs), both flag sets in this run; modelled times from "
             "Roller's model for the h100 description; compile times at --target=ptx.", "",
             "| program | trips | launches: --rammer | --grinder | host syncs: --rammer | --grinder | kernel bytes "
             "| per iteration | dispatch (vEUs) | modelled us: static | queue | unit tasks: static | queue | "
             "hm-opt --target=ptx s | --rammer | --grinder | ratio to --rammer |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in LOOPS:
        rammer, grinder = counts(name, rammer=True), counts(name, grinder=True)
        if rammer["kernel_bytes"] != grinder["kernel_bytes"]:
            raise SystemExit(f"{name}: the kernels moved other bytes with --grinder")
        reports = hm_mlir.report(PROGRAMS / f"{name}.mlir", grinder=True, welder=False)
        (report,) = [r for r in reports if r["stage"] == "utask"]
        (loop,) = report["loops"]
        trips = loop["trips"]
        static_unit, queue_unit = unit_times(name, trips)
        path = PROGRAMS / f"{name}.mlir"
        t0 = hm_opt_seconds(path, [], args.repeat, target="ptx")
        t1 = hm_opt_seconds(path, ["--rammer"], args.repeat, target="ptx")
        t2 = hm_opt_seconds(path, ["--grinder"], args.repeat, target="ptx")
        static = "-" if loop["static_us"] is None else f"{loop['static_us']:.2f}"
        lines.append(f"| {name} | {trips} | {rammer['launches']} | {grinder['launches']} | {rammer['host_syncs']} | "
                     f"{grinder['host_syncs']} | {grinder['kernel_bytes']} | {grinder['kernel_bytes'] // trips} | "
                     f"{loop['dispatch']} ({loop['queue_veus'] if loop['dispatch'] == 'queue' else 'rows'}) | "
                     f"{static} | {loop['queue_us']:.2f} | {static_unit:.0f} | {queue_unit:.0f} | {t0:.2f} | "
                     f"{t1:.2f} | {t2:.2f} | {t2 / t1:.2f} |")
        print(lines[-1], file=sys.stderr, flush=True)
    emit_table(lines, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
