"""hm-bench: every benchmark of the built stages on whatever machine this is, in one command.

    hm-bench [--models mlp,lstm] [--repeat 3]                    (prints the markdown section)
    hm-bench --update-benchmarks                                 (BENCHMARKS.md + bench/results/hm-bench.png)
    hm-bench [--output FILE.md] [--chart FILE.png]

For every zoo model (examples/zoo) and every combination of the built stage flags: compile time to PTX next
to IREE's, numerics against PyTorch on the CPU target, and the launches, host syncs and kernel-boundary bytes
of the GPU program; on a machine with a GPU also latencies against PyTorch eager and torch.compile. Prints its
markdown section, or with --update-benchmarks replaces it in the checkout's BENCHMARKS.md (other sections are
kept) and draws the PNG chart; progress goes to standard error. Exit
codes: 0 done (every model compiled and matched PyTorch), 1 a failure (listed), 2 the command line.
"""

from __future__ import annotations

import argparse
import sys

from hm_mlir.tools.errors import InputError, UsageError, run_tool

TOOL = "hm-bench"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=TOOL, allow_abbrev=False, description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--models", metavar="A,B", help="comma-separated zoo models (default: all)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="compile-time rounds per model, medians reported (default 3)")
    parser.add_argument("--update-benchmarks", action="store_true",
                        help="replace the hm-bench section of BENCHMARKS.md and draw bench/results/hm-bench.png "
                             "(in the current folder: a checkout); without it nothing is written but --output "
                             "and --chart")
    parser.add_argument("--output", default=None, metavar="FILE.md",
                        help="markdown file whose hm-bench section is replaced (default: print the section)")
    parser.add_argument("--chart", default=None, metavar="FILE.png", help="draw the PNG chart here")
    parser.add_argument("--no-iree", action="store_true", help="do not time iree-compile")
    parser.add_argument("--no-live", action="store_true",
                        help="compare with the committed PyTorch outputs even when the torch extra is installed")
    return parser


def _machine_header(iree: str | None, gpu_name: str | None) -> list[str]:
    import datetime
    import importlib.metadata
    import os
    import platform

    import hm_mlir

    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return [f"- machine: {cpu}, {os.cpu_count()} cores; GPU: {gpu_name or 'none'}",
            f"- date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
            f"- Python {platform.python_version()}, hm-mlir {hm_mlir.__version__}, MLIR bindings "
            f"{version('xtc-mlir-python-bindings')}, iree-base-compiler {version('iree-base-compiler')}"
            f"{'' if iree else ' (iree-compile not found: no IREE column)'}, torch {version('torch')}, "
            f"torch-mlir {version('torch-mlir')}",
            "- command: `hm-bench " + " ".join(sys.argv[1:]) + "`"]


def _gpu_name() -> str | None:
    from hm_mlir.runtime.cuda import CudaUnavailable, check_driver

    try:
        check_driver()
    except CudaUnavailable:
        return None
    import subprocess

    try:
        return subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"], capture_output=True,
                              text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "an NVIDIA GPU"


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hm_mlir import zoo
    from hm_mlir.bench import measure, report
    from hm_mlir.pipeline import built_flag_combinations

    if args.repeat < 1:
        raise UsageError("--repeat must be at least 1")
    known = zoo.names()
    if not known:
        raise InputError(f"{TOOL}: error: no zoo models under {zoo.zoo_root()} (run hm-bench from a clone)")
    names = [n.strip() for n in args.models.split(",") if n.strip()] if args.models else known
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise UsageError(f"unknown zoo model(s) {', '.join(unknown)} (known: {', '.join(known)})")
    iree = None if args.no_iree else measure.find_iree()
    gpu_name = _gpu_name()
    # Grinder's rows are bench/grinder.py's: no zoo model has a loop it moves to the device yet (gru_decode's is an
    # scf.while), so its rows here would repeat Rammer's
    flag_sets = [{}] + [flags for flags in built_flag_combinations() if flags and not flags.get("grinder")]
    rows, failures = [], []
    total = len(names) * len(flag_sets)
    for name in names:
        for flags in flag_sets:
            row = measure.Measurement(name, flags)
            label = f"[{len(rows) + 1}/{total}] {name} {measure.flag_label(flags)}"
            print(f"{label}: compiling ...", file=sys.stderr, flush=True)
            row.hm_seconds, row.iree_seconds, row.compile_error, row.compile_split = measure.compile_times(
                zoo.load(name).mlir_path, flags, iree, args.repeat)
            if row.hm_seconds is not None:
                print(f"{label}: running on the CPU target ...", file=sys.stderr, flush=True)
                measure.run_on_cpu(row, live=not args.no_live)
                if gpu_name:
                    print(f"{label}: timing on the GPU ...", file=sys.stderr, flush=True)
                    measure.run_on_gpu(row)
            if row.compile_error.startswith("hm-opt") or row.numerics:
                failures.append(f"{name} {measure.flag_label(flags)}: {row.compile_error or row.numerics}")
            ratio = "-" if row.ratio is None else f"{row.ratio:.2f}"
            seconds = {tool: "-" if value is None else f"{value:.2f} s"
                       for tool, value in (("hm", row.hm_seconds), ("IREE", row.iree_seconds))}
            print(f"{label}: hm {seconds['hm']}, IREE {seconds['IREE']} (ratio {ratio}), "
                  f"numerics {'ok' if not row.numerics else 'MISMATCH'}, {row.events}", file=sys.stderr, flush=True)
            rows.append(row)
    section = report.markdown(rows, _machine_header(iree, gpu_name), gpu=bool(gpu_name))
    output = args.output or ("BENCHMARKS.md" if args.update_benchmarks else None)
    chart = args.chart or ("bench/results/hm-bench.png" if args.update_benchmarks else None)
    if output is None:
        sys.stdout.write(section)
    else:
        try:
            report.write_markdown(Path(output), section)
        except OSError as err:
            raise InputError(f"{TOOL}: error: cannot write '{output}': {err.strerror or err}") from None
        print(f"{TOOL}: wrote {output}", file=sys.stderr)
    if chart is not None:
        why_not = report.write_chart(Path(chart), rows, "hm-bench: compile time and events per zoo model")
        print(f"{TOOL}: " + (f"wrote {chart}" if not why_not else why_not), file=sys.stderr)
    for failure in failures:
        print(f"{TOOL}: FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the hm-bench command; returns the exit code."""
    parser = build_parser()
    usage = (f"usage: {TOOL} [--models A,B] [--repeat N] [--update-benchmarks | --output FILE.md] [--chart FILE.png] "
             f"(see '{TOOL} --help')")
    return run_tool(TOOL, usage, lambda: run(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
