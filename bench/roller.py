"""Roller's construction time per operator, on operators of the model zoo.

In: the distinct linalg operators (by Roller's operator signature) of every examples/zoo/*/model.mlir, after
the rtile stage's preparation (named ops generalized, parallel loops first); --limit caps how many.
Out: a markdown table on stdout (and in --output FILE.md): per operator its loops, the top-1 config and the
construction time of the top-K (default K = 8), plus the median and the maximum, under a header naming
the machine. Each operator is timed in a fresh Python process (empty caches, first call): the child imports
everything and parses the model first, then times `spec.from_linalg(op)` + `construct.top_k(spec, device, K)`
only (reading the operator and building its candidates).
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEDIAN_BUDGET_MS, MAX_BUDGET_MS = 5.0, 20.0  # the compile-time budget of Roller's construction, per operator
ZOO = ROOT / "examples" / "zoo"

def generic_ops(path: str) -> tuple:
    """(module, its linalg.generic ops) of a model after the rtile stage's preparation (named ops generalized,
    parallel loops first); the caller keeps an ir.Context open and the module alive while it uses the ops."""
    from mlir import ir, passmanager

    import hm_mlir
    from hm_mlir.ir_walk import walk

    hm_mlir.load_dialects(ir.Context.current)
    module = ir.Module.parse(Path(path).read_text())
    pm = passmanager.PassManager("builtin.module")
    pm.add("func.func(linalg-generalize-named-ops)")
    hm_mlir.add_pass(pm, "hm-parallel-loops-first")
    pm.run(module.operation)
    return module, [op for op in walk(module.operation) if op.name == "linalg.generic"]


def time_one(path: str, index: int, k: int, device_name: str) -> dict:
    """(In a fresh process.) Time reading operator `index` of `path` and constructing its top-k."""
    import time

    from mlir import ir

    from hm_mlir import hardware
    from hm_mlir.roller import construct
    from hm_mlir.roller import spec as opspec

    device = hardware.get(device_name)
    with ir.Context(), ir.Location.unknown():
        module, ops = generic_ops(path)
        op = ops[index]
        start = time.perf_counter()
        spec = opspec.from_linalg(op)
        ranked = construct.top_k(spec, device, k)
        seconds = time.perf_counter() - start
    best = ranked[0].config
    return {"seconds": seconds, "loops": list(spec.extents), "parallel": spec.num_parallel,
            "block": list(best.block), "thread": list(best.thread), "step": list(best.step),
            "candidates": len(ranked), "cost_us": ranked[0].estimate.cost_us}


def list_operators(paths: list[str]) -> list:
    """[path, op index, operator signature, has reduction loops] of every operator Roller describes."""
    from mlir import ir

    from hm_mlir.roller import spec as opspec

    out = []
    for path in paths:
        with ir.Context(), ir.Location.unknown():
            module, ops = generic_ops(path)
            for i, op in enumerate(ops):
                spec = opspec.from_linalg(op)
                if spec is not None and spec.parallel:
                    out.append([path, i, spec.signature(), len(spec.reduction) > 0])
    return out


def _child(*arguments: str) -> str:
    done = subprocess.run([sys.executable, __file__, *arguments], check=True, capture_output=True, text=True)
    return done.stdout


def operators(limit: int) -> list[tuple[str, int]]:
    """(model path, generic-op index) of distinct operators of the zoo: operators with reduction loops (GEMMs,
    convolutions, reductions) first, then the others, taking the models in turn."""
    paths = sorted(str(p) for p in ZOO.glob("*/model.mlir"))
    listed = json.loads(_child("--list", *paths))
    seen, chosen = set(), []
    turn: dict[str, int] = {}
    for path, index, signature, reduces in listed:
        if signature not in seen:
            seen.add(signature)
            turn[path] = turn.get(path, 0) + 1
            chosen.append((not reduces, turn[path], path, index))
    chosen.sort()
    return [(path, index) for _, _, path, index in chosen[:limit]]


def main() -> int:
    if sys.argv[1:2] == ["--list"]:  # child processes
        print(json.dumps(list_operators(sys.argv[2:])))
        return 0
    if sys.argv[1:2] == ["--time-one"]:
        path, index, k, device = sys.argv[2:6]
        print(json.dumps(time_one(path, int(index), int(k), device)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top-k", type=int, default=8)
    parser.add_argument("--device", default="h100")
    parser.add_argument("--limit", type=int, default=40, help="at most this many operators (default 40)")
    parser.add_argument("--output", type=Path, help="also write the table to this markdown file")
    args = parser.parse_args()
    rows = []
    for path, index in operators(args.limit):
        result = json.loads(_child("--time-one", path, str(index), str(args.top_k), args.device))
        result["model"] = Path(path).parent.name
        rows.append(result)
        print(f"  {result['model']:16} loops {result['loops']}: {result['seconds'] * 1e3:.1f} ms", file=sys.stderr)
    times = [r["seconds"] * 1e3 for r in rows]
    lines = [f"## Roller construction time ({datetime.date.today()}, {platform.node()}, {os.cpu_count()} cores, "
             f"{platform.processor() or platform.machine()})", "",
             f"{len(rows)} distinct operators of the model zoo, top-{args.top_k} for device {args.device}; each "
             "timed in a fresh process around reading the operator and constructing its candidates.", "",
             "| model | loops (parallel first) | top-1 block / thread / step | candidates | ms |",
             "|---|---|---|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['model']} | {r['loops']} ({r['parallel']} parallel) | {r['block']} / {r['thread']} / "
                     f"{r['step']} | {r['candidates']} | {r['seconds'] * 1e3:.2f} |")
    lines += ["", f"median {statistics.median(times):.2f} ms, max {max(times):.2f} ms over {len(rows)} operators "
                  f"(budget: median at most {MEDIAN_BUDGET_MS:g} ms, none over {MAX_BUDGET_MS:g} ms)"]
    text = "\n".join(lines)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    return 0 if statistics.median(times) <= MEDIAN_BUDGET_MS and max(times) <= MAX_BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
