"""Differential fuzzing of hm-mlir against NumPy on the CPU target.

    python bench/fuzz.py --count 1000 --seed 0 [--all-combinations] [--ptx] [--workers N] [--out fuzz-failures]

Program i has seed S+i; it is checked under the seeded choice of built stage flags and hardware description
(or under every combination with --all-combinations). Each failure is reduced to a small program and saved
with its NumPy oracle, inputs and the hm-run command to reproduce it. Exit 1 when anything failed.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hm_mlir.fuzz.batch import Case, Result, Worker, flag_combinations, options_for, run_batch, worker_command  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="number of programs (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first program (default 0)")
    parser.add_argument("--all-combinations", action="store_true",
                        help="check every program under every combination of built flags and devices")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per CPU)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"), help="where reproducers go")
    parser.add_argument("--ptx", action="store_true",
                        help="also compile every program to PTX and assemble it with ptxas (if installed)")
    parser.add_argument("--no-reduce", action="store_true", help="save failures without reducing them")
    args = parser.parse_args(argv)

    from hm_mlir.fuzz.generate import generate

    seeds = range(args.seed, args.seed + args.count)
    combos = flag_combinations()
    cases = [Case(s, o, ptx=args.ptx) for s in seeds for o in (combos if args.all_combinations else [options_for(s)])]
    counts: collections.Counter = collections.Counter()
    start = time.perf_counter()

    def progress(result: Result) -> None:
        counts[result.outcome.status] += 1
        done = sum(counts.values())
        summary = " ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"\r[{done}/{len(cases)}] {summary}   ", end="", file=sys.stderr, flush=True)
        if not result.outcome.ok:
            print(f"\nseed {result.case.seed} {result.case.options}: {result.outcome.status}: "
                  f"{result.outcome.detail.splitlines()[0] if result.outcome.detail else ''}", file=sys.stderr)

    print(f"fuzzing {args.count} programs ({len(cases)} checks) on {args.workers or 'all'} workers; "
          f"flag combinations: {combos}", file=sys.stderr)
    results = run_batch(cases, workers=args.workers, progress=progress)
    elapsed = time.perf_counter() - start
    failures = [r for r in results if not r.outcome.ok]
    operators = sum(generate(s).op_count() for s in seeds)
    print(f"\n{len(results)} checks of {args.count} programs ({operators} operators) in {elapsed:.1f} s: "
          + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    for result in failures:
        folder = save_failure(result, args.out, reduce_it=not args.no_reduce)
        print(f"  seed {result.case.seed} {result.outcome.status}: {folder}")
    return 1 if failures else 0


def save_failure(result: Result, out: Path, reduce_it: bool = True) -> Path:
    """Reduce the failing program (each trial in a fresh-enough worker) and save the reproducer."""
    from hm_mlir.fuzz.generate import generate
    from hm_mlir.fuzz.reduce import reduce, save_reproducer
    from hm_mlir.fuzz.spec import to_json

    case, status = result.case, result.outcome.status
    program = generate(case.seed)
    detail = result.outcome.detail
    if reduce_it:
        worker = Worker(worker_command())

        def still_fails(candidate) -> bool:
            outcome = worker.run(Case(case.seed, case.options, to_json(candidate), case.ptx), timeout=300)
            return outcome.status == status

        try:
            reduced = reduce(program, still_fails)
            if reduced is not program:
                outcome = worker.run(Case(case.seed, case.options, to_json(reduced), case.ptx), timeout=300)
                program, detail = reduced, outcome.detail
        finally:
            worker.stop()
    name = f"seed-{case.seed}-" + "-".join(f"{v}" for v in case.options.values() if v not in (False, None))
    return save_reproducer(out / name, program, case.options, f"{status}: {detail}")


if __name__ == "__main__":
    sys.exit(main())
