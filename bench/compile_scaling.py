"""Does compile time grow linearly with the program? The zoo's LSTM unrolled over 10, 20 and 40 steps.

In: bench/inputs/lstm_steps<N>.mlir (committed; `--export` rewrites them from examples/zoo/lstm.py with the
torch extra: the same nn.LSTM + linear head, a sequence of N steps). Out: a markdown table on stdout (and in
--output FILE.md): per hm pass (and for the upstream passes, the serialization and the whole process) the
seconds per step at each length, medians of --repeat fresh `hm-opt --target=ptx --mlir-timing` processes, and
the growth of the time per step from the shortest to the longest. Exit 1 when an hm pass that takes at least
--min-seconds at the longest length grows by more than --max-growth (default 20%) per step.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hm_mlir.bench.timing import CompileSplit, median_split, split

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "bench" / "inputs"
STEPS = (10, 20, 40)


def input_path(steps: int) -> Path:
    return INPUTS / f"lstm_steps{steps}.mlir"


def export(steps_list: tuple[int, ...]) -> None:
    """Write bench/inputs/lstm_steps<N>.mlir from the zoo's LSTM with a sequence of N steps (torch extra)."""
    from hm_mlir import zoo
    from hm_mlir.frontend import from_torch
    from hm_mlir.source import write_atomically

    source = zoo.model_source("lstm")
    common = sys.modules["common"]
    for steps in steps_list:
        inputs = [dict(source.INPUTS[0], shape=[2, steps, 32])]
        module, example = common.seeded(source.build(), inputs)
        text = from_torch(module, example, weights=source.WEIGHTS)
        header = (f"// The zoo's LSTM (examples/zoo/lstm.py) over {steps} steps, for bench/compile_scaling.py;\n"
                  f"// written by `python bench/compile_scaling.py --export`.\n")
        write_atomically(str(input_path(steps)), header + text)
        print(f"wrote {input_path(steps).relative_to(ROOT)}", file=sys.stderr)


def timed_compile(path: Path, work: str) -> CompileSplit:
    """One fresh hm-opt process compiling `path` to PTX, split by kind."""
    command = [sys.executable, "-m", "hm_mlir.tools.hm_opt", str(path), "--target=ptx", "--mlir-timing",
               "-o", os.path.join(work, "out.mlir")]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"hm-opt failed on {path}: {done.stderr.strip().splitlines()[-1:]}")
    return split(done.stderr, wall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", action="store_true", help="rewrite the inputs from the zoo (torch extra)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per length (default 3)")
    parser.add_argument("--max-growth", type=float, default=0.20, help="allowed growth of seconds per step")
    parser.add_argument("--min-seconds", type=float, default=0.020,
                        help="passes faster than this at the longest length are not judged (default 0.020)")
    parser.add_argument("--output", type=Path, help="also write the table to this markdown file")
    args = parser.parse_args(argv)
    if args.export:
        export(STEPS)
        return 0
    medians: dict[int, CompileSplit] = {}
    with tempfile.TemporaryDirectory(prefix="hm-scaling-") as work:
        for _ in range(args.repeat):  # the lengths alternate, so a busy moment hits all of them
            for steps in STEPS:
                medians.setdefault(steps, [])
                medians[steps].append(timed_compile(input_path(steps), work))
    medians = {steps: median_split(runs) for steps, runs in medians.items()}
    first, last = STEPS[0], STEPS[-1]
    rows: list[tuple[str, dict[int, float]]] = []
    for name in sorted({n for s in medians.values() for n in s.hm}):
        rows.append((name, {steps: medians[steps].hm.get(name, 0.0) for steps in STEPS}))
    rows += [("upstream passes", {steps: medians[steps].upstream for steps in STEPS}),
             ("serialization (gpu-module-to-binary)", {steps: medians[steps].serialization for steps in STEPS}),
             ("outside the passes (start-up, parse, print)", {steps: medians[steps].startup for steps in STEPS}),
             ("whole process", {steps: medians[steps].wall for steps in STEPS})]
    lines = [f"## Compile time against program length ({datetime.date.today()}, {platform.node()}, "
             f"{os.cpu_count()} cores)", "",
             f"The zoo's LSTM unrolled over {', '.join(map(str, STEPS))} steps (`bench/inputs/lstm_steps*.mlir`), "
             f"`hm-opt --target=ptx`, medians of {args.repeat} fresh processes. Milliseconds per step; growth is "
             f"the change of the time per step from {first} to {last} steps. hm passes under "
             f"{args.min_seconds * 1e3:.0f} ms at {last} steps are not judged.", "",
             "| part | " + " | ".join(f"ms/step at {s}" for s in STEPS) + f" | growth {first} -> {last} |",
             "|---|" + "---:|" * (len(STEPS) + 1)]
    failures = []
    for name, seconds in rows:
        per_step = {steps: seconds[steps] / steps for steps in STEPS}
        growth = per_step[last] / per_step[first] - 1 if per_step[first] > 0 else 0.0
        judged = name.startswith("hm-") and seconds[last] >= args.min_seconds
        mark = ""
        if judged and growth > args.max_growth:
            failures.append(f"{name} grows {growth:+.0%} per step")
            mark = " **over**"
        cells = " | ".join(f"{per_step[s] * 1e3:.2f}" for s in STEPS)
        note = " (not judged)" if name.startswith("hm-") and not judged else ""
        lines.append(f"| {name} | {cells} | {growth:+.0%}{note}{mark} |")
    verdict = "Over the bound: " + "; ".join(failures) if failures else "Every judged hm pass within the bound."
    lines += ["", verdict]
    text = "\n".join(lines)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
