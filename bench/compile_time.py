"""Compile time of hm-opt to PTX next to IREE's iree-compile for the same chip.

In: every test/programs/*.mlir plus examples/mlp.mlir (or the --programs subset).
Out: a markdown table on stdout (and in --output FILE.md) with, per program, the median wall time of
`hm-opt --target=ptx` and of `iree-compile --iree-hal-target-device=cuda`, their ratio hm/IREE, and the
geometric mean and median of the ratios, under a header naming the machine and the versions used.
Each run is a fresh subprocess, so both tools pay their start-up (Python and MLIR bindings import for
hm-opt, the compiler library load for IREE); the two are run alternately, hm then IREE, for --repeat rounds.
"""

import argparse
import datetime
import importlib.metadata
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from hm_mlir.bench.measure import IREE_CHIP, find_iree

ROOT = Path(__file__).resolve().parent.parent


def find_programs(selected):
    """The program files to time, in name order; `selected` is a list of stems or None for all."""
    found = sorted((ROOT / "test" / "programs").glob("*.mlir")) + [ROOT / "examples" / "mlp.mlir"]
    labels = {p: str(p.relative_to(ROOT)) for p in found}
    if not selected:
        return labels
    chosen = {p: lbl for p, lbl in labels.items() if p.stem in selected or lbl in selected}
    missing = set(selected) - {p.stem for p in chosen} - set(chosen.values())
    if missing:
        sys.exit(f"unknown programs: {', '.join(sorted(missing))}")
    return chosen


def version(dist):
    """Installed version of a distribution, or 'not installed'."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def timed(cmd):
    """Run `cmd` in a fresh process; returns (wall seconds, None) or (wall seconds, first error line)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode == 0:
        return wall, None
    lines = [ln.strip() for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
    first = next((ln for ln in lines if "error" in ln.lower()), lines[0] if lines else "")
    return wall, f"exit {proc.returncode}: {first.replace(str(ROOT) + os.sep, '')}"


def measure(path, chip, iree, repeat, tmp):
    """Median hm-opt and iree-compile seconds for one program and the errors, timed alternately."""
    hm_cmd = [sys.executable, "-m", "hm_mlir.tools.hm_opt", str(path), "--target=ptx", f"--chip={chip}", "-o"]
    hm_cmd.append(os.path.join(tmp, "out.ptx"))
    iree_cmd = None
    if iree:
        iree_cmd = [iree, str(path), "--iree-hal-target-device=cuda", f"--iree-cuda-target={IREE_CHIP}", "-o"]
        iree_cmd.append(os.path.join(tmp, "out.vmfb"))
    hm_times, iree_times, hm_err, iree_err = [], [], None, None
    for _ in range(repeat):
        wall, err = timed(hm_cmd)
        hm_times.append(wall)
        hm_err = hm_err or err
        if iree_cmd and not iree_err:
            wall, err = timed(iree_cmd)
            iree_times.append(wall)
            iree_err = err
        if hm_err and (iree_err or not iree_cmd):
            break  # both broken: repeating teaches nothing
    hm_s = None if hm_err else statistics.median(hm_times)
    iree_s = None if (iree_err or not iree_times) else statistics.median(iree_times)
    return hm_s, iree_s, hm_err, iree_err


def header(args, iree):
    """Markdown lines describing the machine, date and versions."""
    cpu = "unknown"
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import hm_mlir

    lines = [
        "# hm-opt vs iree-compile: compile time to PTX",
        "",
        f"- machine: {platform.node()}, {cpu}, {os.cpu_count()} cores",
        f"- date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- Python {platform.python_version()}; hm_mlir {hm_mlir.__version__}; "
        f"xtc-mlir-python-bindings {version('xtc-mlir-python-bindings')}; "
        f"iree-base-compiler {version('iree-base-compiler')}",
        f"- hm-opt: `python -m hm_mlir.tools.hm_opt FILE --target=ptx --chip={args.chip} -o OUT`",
        f"- IREE: `iree-compile FILE --iree-hal-target-device=cuda --iree-cuda-target={IREE_CHIP} -o OUT.vmfb`",
        f"- wall time of a fresh subprocess per run (both tools pay their start-up), run alternately "
        f"hm, IREE for {args.repeat} round(s); median per tool; ratio = hm / IREE",
    ]
    if not iree:
        lines.append("- **IREE missing**: iree-compile not found; install it with `pip install -e '.[bench]'`")
    if args.chip != IREE_CHIP:
        lines.append(f"- note: hm-opt at {args.chip}, IREE at {IREE_CHIP} (IREE rejects sm_90)")
    return lines + [""]


def fmt(seconds):
    """Seconds to three decimals, or a dash."""
    return "-" if seconds is None else f"{seconds:.3f}"


def main(argv=None):
    """Parse arguments, time every program, print (and write) the markdown report; non-zero if hm-opt failed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="alternating rounds per program (default 3)")
    chip_help = "hm-opt's PTX chip (default sm_80); IREE is always compiled at sm_80"
    ap.add_argument("--chip", choices=["sm_80", "sm_90"], default="sm_80", help=chip_help)
    programs_help = "comma-separated subset, by stem (mlp, attention) or path relative to the repository "
    programs_help += "(examples/mlp.mlir); a stem matches every file with that name"
    ap.add_argument("--programs", help=programs_help)
    ap.add_argument("--output", metavar="FILE.md", help="also write the markdown report to this file")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    programs = find_programs([s.strip() for s in args.programs.split(",") if s.strip()] if args.programs else None)
    iree = find_iree()
    if not iree:
        print("IREE missing: timing hm-opt only; install it with pip install -e '.[bench]'", file=sys.stderr)

    rows, ratios, iree_failed, hm_failed = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (path, label) in enumerate(programs.items(), 1):
            hm_s, iree_s, hm_err, iree_err = measure(path, args.chip, iree, args.repeat, tmp)
            ratio = hm_s / iree_s if hm_s is not None and iree_s is not None else None
            if ratio is not None:
                ratios.append(ratio)
            if hm_err:
                hm_failed.append((label, hm_err))
            if iree_err:
                iree_failed.append((label, iree_err))
            iree_cell = "missing" if not iree else (f"IREE failed: {iree_err}" if iree_err else fmt(iree_s))
            hm_cell = f"**hm-opt FAILED**: {hm_err}" if hm_err else fmt(hm_s)
            ratio_cell = "-" if ratio is None else f"{ratio:.2f}"
            rows.append(f"| {label} | {hm_cell} | {iree_cell.replace('|', '/')} | {ratio_cell} |")
            progress = f"[{i}/{len(programs)}] {label}: hm {hm_cell}, iree {iree_cell}, ratio {ratio_cell}"
            print(progress, file=sys.stderr, flush=True)

    lines = header(args, iree) + ["| program | hm-opt s | iree-compile s | ratio hm/IREE |", "|---|---:|---:|---:|"]
    lines += rows + [""]
    if ratios:
        geo = float(np.exp(np.mean(np.log(ratios))))
        med = statistics.median(ratios)
        lines.append(f"Ratios over {len(ratios)} program(s): geometric mean **{geo:.2f}**, median **{med:.2f}**.")
    else:
        lines.append("No ratios (IREE missing or failed on every program).")
    if iree_failed:
        lines += ["", f"IREE failed on {len(iree_failed)} program(s) (left out of the ratios):"]
        lines += [f"- {lbl}: {err}" for lbl, err in iree_failed]
    if hm_failed:
        lines += ["", f"**hm-opt FAILED on {len(hm_failed)} program(s) (a bug):**"]
        lines += [f"- {lbl}: {err}" for lbl, err in hm_failed]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.output:
        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp_out = out.with_name(out.name + ".tmp")
        tmp_out.write_text(report)
        os.replace(tmp_out, out)
    if hm_failed:
        names = ", ".join(lbl for lbl, _ in hm_failed)
        print(f"ERROR: hm-opt failed on {len(hm_failed)} program(s): {names}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
