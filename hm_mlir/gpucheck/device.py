"""The GPU check, on the device: checks and times every library of a folder built by `tools/gpu-check build`.

    python3 run.py --out DIR [--smoke] [--cap SECONDS]             on the GPU (numpy and torch; no compiler)
    python3 run.py --out DIR --dry-run [--compile-backend eager]   the same code on cpu libraries (CI)

It imports numpy, torch (when present) and the copy of hm-mlir's runner that travels in the folder. In order:
the copy bandwidth (torch's copy_ of 1 GiB); every test program and zoo model against the outputs computed
where the folder was built (zoo models also against PyTorch eager on the device, timed against eager and, for
the named models, torch.compile, each compiled in its own process from the start, under one time cap); every
kernel of the kernel set, each Roller top-K variant checked against PyTorch and timed, against cuBLAS
(through torch.matmul, TF32 off) or the copy bandwidth. Times are medians of CUDA-event intervals after a
warm-up (on the host clock in a dry run). It writes results.json and results.md to --out. The cases run in a
worker process that logs each result as it ends (OUT/rows.jsonl): a case that kills the process is reported
as such, and a new worker goes on with the next.

A library whose cubin the driver refuses is retried in its PTX form (the folder carries both). In a dry run
every step runs except the CUDA calls themselves: libraries are cpu libraries, references NumPy's or torch's
on the CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hm_mlir.gpucheck.backend import Backend  # noqa: E402 (the copies in this folder)
from hm_mlir.library import runner  # noqa: E402

# Errors after which a CUDA context is unusable: the worker ends, and a new one (a new context) goes on.
STICKY_ERRORS = ("CUDA_ERROR_ILLEGAL_ADDRESS", "CUDA_ERROR_LAUNCH_FAILED", "CUDA_ERROR_MISALIGNED_ADDRESS",
                 "CUDA_ERROR_ILLEGAL_INSTRUCTION", "CUDA_ERROR_ASSERT", "CUDA_ERROR_HARDWARE_STACK_ERROR",
                 "CUDA_ERROR_INVALID_PC", "CUDA_ERROR_LAUNCH_TIMEOUT", "an illegal memory access")
IMAGE_ERRORS = ("CUDA_ERROR_INVALID_IMAGE", "CUDA_ERROR_NO_BINARY_FOR_GPU", "CUDA_ERROR_UNSUPPORTED_PTX_VERSION",
                "CUDA_ERROR_INVALID_PTX", "CUDA_ERROR_INVALID_SOURCE")


def call_checked(case: dict, call):
    """Run `call(library)` on the case's library, falling back to PTX when the driver refuses the cubin."""
    forms = list(case["libraries"].items())
    for index, (form, folder) in enumerate(forms):
        library = runner.load(HERE / folder)
        try:
            return call(library), library, form
        except runner.LibraryRuntimeError as err:
            if index + 1 == len(forms) or not any(name in str(err) for name in IMAGE_ERRORS):
                raise
    raise AssertionError("unreachable")


def compare(got: np.ndarray, want: np.ndarray, tolerance: float) -> tuple[bool, float]:
    """(close, the largest error relative to the reference's magnitude) of one result."""
    got, want = np.asarray(got), np.asarray(want)
    if got.shape != want.shape:
        return False, float("inf")
    if want.dtype.kind not in "fc":
        return bool(np.array_equal(got, want)), float(np.count_nonzero(got != want))
    got64, want64 = got.astype(np.float64), want.astype(np.float64)
    if not np.array_equal(np.isnan(got64), np.isnan(want64)):
        return False, float("inf")
    finite = ~np.isnan(want64)
    scale = max(1.0, float(np.max(np.abs(want64[finite]), initial=0.0)))
    error = float(np.max(np.abs(got64[finite] - want64[finite]), initial=0.0)) / scale
    return error <= tolerance, error


def check_model(backend: Backend, case: dict, budget_s: float) -> dict:
    """A test program or zoo model: its results against those computed where the folder was built."""
    from hm_mlir.runtime.signature import check_arguments

    row = {"case": case["name"], "kind": case["kind"]}
    with np.load(HERE / case["data"]) as data:
        expected = [data[f"expected{i}"] for i in range(case["results"])]
        arguments = (regenerate_zoo_arguments(case) if case.get("zoo") else
                     [data[f"argument{i}"] for i in range(case["arguments"])])
    results, library, row["format"] = call_checked(case, lambda lib: lib[case["entry"]](*arguments))
    results = list(results) if isinstance(results, tuple) else [results]
    checks = [compare(g, w, case["tolerance"]) for g, w in zip(results, expected)]
    row["correct"] = len(results) == len(expected) and all(ok for ok, _ in checks)
    if case.get("repeats"):  # a persistent kernel: the same results, bit for bit, call after call
        row["repeats_equal"] = all(
            all(np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True) for a, b in zip(again, results))
            for again in (_results(library[case["entry"]](*arguments)) for _ in range(case["repeats"] - 1)))
        row["correct"] = row["correct"] and row["repeats_equal"]
    row["error"] = max((e for _, e in checks), default=0.0)
    row["results"] = results  # for the comparison with PyTorch eager; not written out
    spec = library[case["entry"]].spec
    stored = check_arguments(spec, tuple(arguments))  # the storage form (bf16 as its bits)
    buffers = [a if s.is_scalar else backend.tensor(a) for s, a in zip(spec.arguments, stored)]
    addresses = [a if s.is_scalar else backend.address(a) for s, a in zip(spec.arguments, buffers)]
    outputs = [backend.tensor(np.empty(r.shape or (), r.storage)) for r in spec.results]
    result_addresses = [backend.address(o) for o in outputs]
    # The library runs on a stream of its own that does not wait for PyTorch's: the copies above must be done.
    backend.synchronize()
    row["hm_ms"] = backend.time_ms(lambda: library.call_at(case["entry"], addresses, result_addresses), budget_s)
    return row


def _results(value) -> list:
    return list(value) if isinstance(value, tuple) else [value]


def regenerate_zoo_arguments(case: dict) -> list:
    """Zoo arguments travel as their recipe (hm_mlir.zoo): drawn here with the same seeds, checked by CRC."""
    from hm_mlir import zoo

    drawn = zoo.load(case["zoo"], HERE / "zoo").arguments(0)
    for index, (value, crc) in enumerate(zip(drawn, case["argument_crc"])):
        if zlib.crc32(np.ascontiguousarray(value).tobytes()) != crc:
            raise RuntimeError(f"argument {index} drawn on this machine differs from the one the expected outputs "
                               f"were computed with (another NumPy random stream)")
    return drawn


def torch_baselines(backend: Backend, case: dict, row: dict, budget_s: float):
    """PyTorch eager of a zoo model on the device: its time, and the check of hm-mlir's results against it."""
    torch = backend.torch
    module, inputs = zoo_source(case["zoo"]).model(case["seed"])  # the inputs of the expected outputs
    module = module.to(backend.device)
    inputs = tuple(x.to(backend.device) for x in inputs)
    with torch.no_grad():
        eager = module(*inputs)
        row["eager_ms"] = backend.time_ms(lambda: module(*inputs), budget_s)
    eager = [eager] if isinstance(eager, torch.Tensor) else list(eager)
    if case.get("rammer") and not backend.dry_run:  # the launch overhead Rammer removes, removed by the driver
        row["cuda_graphs_ms"] = cuda_graph_ms(backend, module, inputs, budget_s)
    checks = [compare(g, w.cpu().numpy(), case["tolerance"]) for g, w in zip(row["results"], eager)]
    row["eager_error"] = max((e for _, e in checks), default=0.0)
    row["correct"] = row["correct"] and len(eager) == len(row["results"]) and all(ok for ok, _ in checks)


def cuda_graph_ms(backend: Backend, module, inputs: tuple, budget_s: float) -> float:
    """PyTorch eager captured once as a CUDA Graph and replayed: its median ms."""
    torch = backend.torch
    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.no_grad():
        with torch.cuda.stream(side):
            for _ in range(3):  # warm-up outside the capture (allocator, cuDNN/cuBLAS plans)
                module(*inputs)
        torch.cuda.current_stream().wait_stream(side)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            module(*inputs)
    return backend.time_ms(graph.replay, budget_s)


def zoo_source(name: str):
    import importlib

    folder = str(HERE / "zoo")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(name)


def start_compiles(cases: list[dict], args: argparse.Namespace) -> dict:
    """torch.compile of the named zoo models, each in its own process, started now so that they compile while
    the checks run; finish_compiles collects them."""
    children = {}
    for case in cases:
        if case.get("compile"):
            command = [sys.executable, str(Path(__file__).resolve()), "--torch-compile", case["zoo"], "--seed",
                       str(case["seed"]), "--compile-backend", args.compile_backend] + \
                (["--compile-mode", "reduce-overhead"] if case.get("rammer") and not args.dry_run else []) + \
                (["--dry-run"] if args.dry_run else [])
            children[case["name"]] = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                                      text=True)
    return children


def finish_compiles(children: dict, rows: list[dict], cap_s: float, started: float) -> None:
    """Each row of a compiled model gets compile_ms: a median in ms, or why there is none (over the cap counted
    from `started`, or the error's last line)."""
    deadline = started + cap_s
    by_case = {row["case"]: row for row in rows}
    for name, child in children.items():
        try:
            output, errors = child.communicate(timeout=max(1.0, deadline - time.perf_counter()))
            value = (json.loads(output.strip().splitlines()[-1])["ms"] if child.returncode == 0 else
                     "failed: " + (errors.strip().splitlines() or ["?"])[-1][:160])
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            value = f"over the {cap_s:.0f} s cap"
        if name in by_case:
            by_case[name]["compile_ms"] = value


def torch_compile_child(name: str, seed: int, compile_backend: str, dry_run: bool, mode: str | None = None) -> None:
    backend = Backend(dry_run)
    torch = backend.torch
    module, inputs = zoo_source(name).model(seed)
    module = module.to(backend.device)
    inputs = tuple(x.to(backend.device) for x in inputs)
    compiled = torch.compile(module, backend=compile_backend, **({"mode": mode} if mode else {}))
    with torch.no_grad():
        print(json.dumps({"ms": backend.time_ms(lambda: compiled(*inputs), 1.0)}))


def reference(backend: Backend, kernel: dict, inputs: list):
    """PyTorch's result of a kernel (f32, TF32 off), and the call that times PyTorch's own kernel for it."""
    torch, op = backend.torch, kernel["op"]
    if op == "matmul":
        x, w = inputs
        return torch.matmul(x.float(), w.float()), (lambda: torch.matmul(x, w))
    if op == "conv2d":
        x, k = inputs
        nchw, filters = x.permute(0, 3, 1, 2), k.permute(3, 2, 0, 1)  # channels-last views, as cuDNN takes them
        conv = torch.nn.functional.conv2d
        return conv(nchw, filters).permute(0, 2, 3, 1), (lambda: conv(nchw, filters))
    if op == "row_sum":
        return inputs[0].sum(dim=1), (lambda: inputs[0].sum(dim=1))
    if op == "add":
        return inputs[0] + inputs[1], (lambda: inputs[0] + inputs[1])
    if op == "relu":
        return torch.relu(inputs[0]), (lambda: torch.relu(inputs[0]))
    raise ValueError(f"unknown kernel op {op!r}")


def check_kernel(backend: Backend, kernel: dict, bandwidth: float, budget_s: float) -> dict:
    """Every top-K variant of a kernel, checked against PyTorch and timed; the figures of merit."""
    row = {"case": kernel["name"], "kind": "kernel", "floor": kernel["floor"], "minimum": kernel["minimum"],
           "notes": kernel["notes"], "variants_ms": [], "correct": True, "error": 0.0}
    inputs = [backend.random(shape, kernel["element"], seed) for seed, shape in enumerate(kernel["shapes"])]
    want, baseline = reference(backend, kernel, inputs)
    row["torch_ms"] = backend.time_ms(baseline, budget_s)
    output = backend.empty(kernel["result"], "f32")
    addresses = [backend.address(x) for x in inputs]
    backend.synchronize()  # the inputs drawn on PyTorch's stream exist before the library's stream reads them
    for variant in kernel["variants"]:
        def run(library):
            library.call_at("main", addresses, [backend.address(output)])
            return library

        library, _, form = call_checked(variant, run)
        backend.synchronize()
        ok, error = compare(output.cpu().numpy(), want.cpu().numpy(), kernel["tolerance"])
        row["correct"] = row["correct"] and ok
        row["error"] = max(row["error"], error)
        row["format"] = form
        row["variants_ms"].append(backend.time_ms(lambda: library.call_at("main", addresses, [backend.address(output)]),
                                                  budget_s))
    top1, best = row["variants_ms"][0], min(row["variants_ms"])
    row["hm_ms"], row["best_ms"], row["best_variant"] = top1, best, row["variants_ms"].index(best)
    if kernel["floor"] == "cublas":
        row["ratio_top1"], row["ratio_best"] = row["torch_ms"] / top1, row["torch_ms"] / best
    else:
        row["ratio_top1"] = kernel["bytes"] / (top1 * 1e-3) / 1e9 / bandwidth
        row["ratio_best"] = kernel["bytes"] / (best * 1e-3) / 1e9 / bandwidth
    row["meets_floor"] = row["ratio_best"] >= kernel["minimum"]
    return row


def markdown(report: dict) -> str:
    lines = [f"# GPU check: {report['device']}, {report['date']}", "",
             f"Copy bandwidth: {report['copy_bandwidth_gbs']:.0f} GB/s. Mode: {report['mode']}. "
             f"{report['correct']} of {report['checked']} results correct.", "",
             "| case | correct | rel. error | hm-mlir ms | best top-K ms | PyTorch ms | ratio (top-1 / best) | floor |",
             "|---|---|---|---|---|---|---|---|"]
    for row in report["rows"]:
        if "failure" in row:
            lines.append(f"| {row['case']} | failed: {row['failure'][:80]} | | | | | | |")
            continue
        torch_ms = row.get("torch_ms", row.get("eager_ms"))
        compiled = row.get("compile_ms")
        ratio = (f"{row['ratio_top1']:.2f} / {row['ratio_best']:.2f}" if "ratio_top1" in row else "")
        floor = (f"{row['floor']} >= {row['minimum']:.2f}: {'met' if row['meets_floor'] else 'NOT met'}"
                 if row.get("minimum") else "")
        torch_text = "" if torch_ms is None else f"{torch_ms:.3f}"
        if row.get("cuda_graphs_ms") is not None:
            torch_text += f" (CUDA Graphs: {row['cuda_graphs_ms']:.3f})"
        if "repeats_equal" in row:
            torch_text += "" if row["repeats_equal"] else " (REPEATED CALLS DIFFER)"
        if compiled is not None:
            label = "reduce-overhead" if "repeats_equal" in row else "compile"
            torch_text += f" ({label}: {compiled:.3f})" if isinstance(compiled, float) else f" ({label}: {compiled})"
        lines.append(f"| {row['case']} | {'yes' if row['correct'] else 'NO'} | {row['error']:.1e} | "
                     f"{row['hm_ms']:.3f} | {row.get('best_ms', row['hm_ms']):.3f} | {torch_text} | {ratio} | "
                     f"{floor} |")
    return "\n".join(lines) + "\n"


def check_violation(case: dict) -> dict:
    """A --check-bounds library called with an index out of bounds: correct when the call fails and says why
    (cuda: the driver's device-side assert, after the kernel printed the check and its location; a dry run's
    cpu library: the check itself, at its location). On a GPU the context is lost afterwards."""
    from hm_mlir.runtime.callable import RuntimeCheckFailed

    row = {"case": case["name"], "kind": "check", "error": 0.0, "hm_ms": 0.0}
    with np.load(HERE / case["data"]) as data:
        arguments = [data[f"argument{i}"] for i in range(case["arguments"])]
    library = runner.load(HERE / case["libraries"][next(iter(case["libraries"]))])
    try:
        library[case["entry"]](*arguments)
    except RuntimeCheckFailed as err:
        row["correct"], row["reported"] = err.location == case["location"], str(err)
        return row
    except runner.LibraryRuntimeError as err:
        row["correct"], row["reported"] = "CUDA_ERROR_ASSERT" in str(err) or "assert" in str(err), str(err)
        row["context_lost"] = True
        return row
    row["correct"], row["reported"] = False, "the call returned: the check did not fire"
    return row


def selected(plan: dict, smoke: bool) -> list[dict]:
    cases = plan["models"] + plan["kernels"] + plan.get("checks", [])
    return [case for case in cases if case.get("smoke") or not smoke]


def worker(args: argparse.Namespace) -> int:
    """Check the selected cases from --start on, appending one JSON line per event to --rows: the copy
    bandwidth first, then "started" before each case and its row after it, so that the parent knows which
    case a crash (a signal) happened in."""
    plan = json.loads((HERE / "cases.json").read_text())
    backend = Backend(args.dry_run)
    budget = 0.05 if args.smoke or args.dry_run else 0.25
    rows = open(args.rows, "a")

    def emit(record: dict) -> None:
        rows.write(json.dumps(record) + "\n")
        rows.flush()

    bandwidth = backend.copy_bandwidth(budget)
    emit({"device": backend.describe(), "copy_bandwidth_gbs": bandwidth})
    for index, case in enumerate(selected(plan, args.smoke)[args.start:], args.start):
        emit({"started": index})
        if os.environ.get("HM_GPU_CHECK_KILL") == case["name"]:  # the tests' stand-in for a crashing case
            os.kill(os.getpid(), signal.SIGKILL)
        try:
            if case["kind"] == "kernel":
                row = check_kernel(backend, case, bandwidth, budget)
            elif case["kind"] == "check":
                row = check_violation(case)
            else:
                row = check_model(backend, case, budget)
                if case.get("zoo") and backend.torch is not None:
                    torch_baselines(backend, case, row, budget)
        except Exception as err:  # one case's failure is reported, the others still run
            row = {"case": case["name"], "kind": case["kind"], "correct": False,
                   "failure": f"{type(err).__name__}: {err}"}
        row.pop("results", None)
        emit({"row": row, "index": index})
        print(f"{row['case']}: {'ok' if row['correct'] else 'FAILED ' + row.get('failure', 'wrong results')}",
              file=sys.stderr, flush=True)
        if poisoned(row):
            return 3  # this process's CUDA context is lost: the parent starts a new worker at the next case
    return 0


def poisoned(row: dict) -> bool:
    """Whether a case failed in a way that leaves the CUDA context unusable (a kernel's fault)."""
    return row.get("context_lost", False) or any(error in row.get("failure", "") for error in STICKY_ERRORS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="folder for results.json and results.md")
    parser.add_argument("--smoke", action="store_true", help="a few cases only (about a minute)")
    parser.add_argument("--dry-run", action="store_true", help="cpu libraries, no GPU (what CI runs)")
    parser.add_argument("--cap", type=float, default=90.0, help="seconds the torch.compile runs may take, all "
                                                              "together (they run in parallel with the checks)")
    parser.add_argument("--compile-backend", default="inductor", help="torch.compile's backend (eager in CI)")
    parser.add_argument("--torch-compile", metavar="MODEL", help=argparse.SUPPRESS)
    parser.add_argument("--compile-mode", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--rows", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.torch_compile:
        torch_compile_child(args.torch_compile, args.seed, args.compile_backend, args.dry_run, args.compile_mode)
        return 0
    if args.worker:
        return worker(args)
    plan = json.loads((HERE / "cases.json").read_text())
    if plan["target"] != ("cpu" if args.dry_run else "cuda"):
        raise SystemExit(f"this folder holds {plan['target']} libraries: "
                         f"{'drop' if args.dry_run else 'add'} --dry-run")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cases = selected(plan, args.smoke)
    compiling = {} if args.smoke else start_compiles(cases, args)
    rows_path = out / "rows.jsonl"
    rows_path.unlink(missing_ok=True)
    report = {"date": time.strftime("%Y-%m-%d"), "mode": "smoke" if args.smoke else "full",
              "built_with": plan["versions"], "rows": []}
    rows, start = {}, 0
    while start < len(cases):  # a worker that dies by a signal is restarted after the case it died in
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--start", str(start), "--rows",
                   str(rows_path)] + (["--smoke"] if args.smoke else []) + (["--dry-run"] if args.dry_run else [])
        status = subprocess.run(command).returncode
        events = [json.loads(line) for line in rows_path.read_text().splitlines()] if rows_path.exists() else []
        for event in events:
            if "device" in event and "device" not in report:
                report["device"], report["copy_bandwidth_gbs"] = event["device"], event["copy_bandwidth_gbs"]
            if "row" in event:
                rows[event["index"]] = event["row"]
        begun = [event["started"] for event in events if "started" in event]
        crashed = next((i for i in reversed(begun) if i not in rows), None)
        if crashed is not None:
            case = cases[crashed]
            rows[crashed] = {"case": case["name"], "kind": case["kind"], "correct": False,
                             "failure": f"the process died (exit status {status}) in this case"}
        reached = max(rows) + 1 if rows else start
        if reached <= start:
            raise SystemExit(f"the device script's worker failed before any case (exit {status})")
        start = reached  # past the last case done: the end, or where a dead or poisoned worker stopped
    report["rows"] = [rows[i] for i in sorted(rows)]
    finish_compiles(compiling, report["rows"], args.cap, started)
    report["checked"] = len(report["rows"])
    report["correct"] = sum(1 for row in report["rows"] if row["correct"])
    report["seconds"] = time.perf_counter() - started
    report.setdefault("device", "unknown")
    report.setdefault("copy_bandwidth_gbs", 0.0)
    (out / "results.json").write_text(json.dumps(report, indent=1) + "\n")
    (out / "results.md").write_text(markdown(report))
    print(f"{report['correct']}/{report['checked']} correct in {report['seconds']:.0f} s; results in {out}",
          file=sys.stderr)
    return 0 if report["correct"] == report["checked"] else 1


if __name__ == "__main__":
    sys.exit(main())
