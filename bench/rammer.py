"""What Rammer's scheduling changes: launches per inference, and the modelled makespan of each program against
one launch per kernel, with the compile time it costs, for every model of the zoo.

Out: a markdown table on stdout (and in --output FILE.md). Per model and flag set (without and with --welder),
both measured in the same run: the launches of one call on the CPU target without and with --rammer
(hm-count-device-events: a Rammer program is one launch), checked against the committed PyTorch outputs under
three interleavings; the programs, their kernels and waves, and the modelled time of the programs as persistent
kernels against their kernels launched one after the other (hm_mlir.report); the dispatch the model chose
(static tables or the queue); the median of --repeat fresh `hm-opt --target=ptx` processes (to PTX, as the
compile-time budget counts) without and with --rammer; and, with every task's duration perturbed by up to +-30% (5
seeds), the static schedule's makespan over event-driven dispatch's (the worst program;
hm_mlir.rammer.simulate). The makespan is Roller's model (a task is one wave of its kernel's own launch, a
launch 2 us): no GPU measures it here.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import sys


def launches(name: str, **flags) -> int:
    import hm_mlir
    from hm_mlir import zoo

    model = zoo.load(name)
    exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=1, count_events=True, **flags)
    seeds = (0, 1, 2) if flags.get("rammer") else (None,)
    counted = []
    for seed in seeds:
        if seed is not None:
            exe.interleave("random", seed)
        before = exe.event_counts()["launches"]
        results = exe[model.manifest["entry"]](*model.arguments(0))
        counted.append(exe.event_counts()["launches"] - before)
        problem = zoo.mismatch(list(results) if isinstance(results, tuple) else [results], model.expected(0))
        if problem:
            raise SystemExit(f"{name} {flags} seed {seed}: {problem}")
    return counted[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="compile-time rounds per flag set (median)")
    parser.add_argument("--models", nargs="*", help="zoo models (default: all)")
    parser.add_argument("--output", help="also write the markdown here")
    args = parser.parse_args(argv)

    import hm_mlir
    from hm_mlir import zoo
    from hm_mlir.bench.measure import emit_table, hm_opt_seconds

    lines = [f"`python bench/rammer.py --repeat {args.repeat}`, {datetime.date.today()}, "
             f"{platform.processor() or platform.machine()}, {platform.python_version()}; launches on the CPU "
             "target, case 0 of each model, both flag sets in this run; modelled times from Roller's model for the "
             "h100 description; compile times at --target=ptx.", "",
             "| model | flags | launches | with --rammer | programs | kernels in them | waves | vEUs (largest) | "
             "modelled us: one launch per kernel | as programs | ratio | dispatch | static / event-driven, +-30% | "
             "hm-opt --target=ptx s | with --rammer | ratio |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
    for name in args.models or zoo.names():
        path = zoo.load(name).mlir_path
        for welder in (False, True):
            flags = {"welder": welder}
            plain, scheduled = launches(name, **flags), launches(name, rammer=True, **flags)
            reports = hm_mlir.report(path, rammer=True, welder=welder)
            programs = [p for r in reports if r["stage"] == "rtask" for p in r["programs"]]
            separate = sum(p["launches_us"] for p in programs)
            together = sum(p["makespan_us"] for p in programs)
            kernels = sum(len(p["kernels"]) for p in programs)
            waves = sum(p["waves"] for p in programs)
            veus = max((p["vdevice"]["veus"] for p in programs), default=0)
            robust = max((p["robustness"]["static_over_dynamic"] for p in programs if p["robustness"]), default=1.0)
            modes = sorted({p["dispatch"]["mode"] for p in programs}) or ["-"]
            cli = ["--welder"] if welder else []
            t0 = hm_opt_seconds(path, cli, args.repeat, target="ptx")
            t1 = hm_opt_seconds(path, cli + ["--rammer"], args.repeat, target="ptx")
            ratio = f"{together / separate:.2f}" if separate else "-"
            lines.append(f"| {name} | {'--welder' if welder else '(defaults)'} | {plain} | {scheduled} | "
                         f"{len(programs)} | {kernels} | {waves} | {veus} | {separate:.1f} | {together:.1f} | "
                         f"{ratio} | {', '.join(modes)} | {robust:.2f} | {t0:.2f} | {t1:.2f} | {t1 / t0:.2f} |")
            print(lines[-1], file=sys.stderr, flush=True)
    emit_table(lines, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
