"""The GPU check, on the device: checks and times every library of a folder built by `tools/gpu-check build`.

    python3 run.py --out DIR [--smoke] [--cap SECONDS]             on the GPU (numpy and torch; no compiler)
    python3 run.py --out DIR --dry-run [--compile-backend eager]   the same code on cpu libraries (CI)

It imports numpy, torch (when present) and the copy of hm-mlir's runner that travels in the folder. What it
does, in order: the copy bandwidth (torch's copy_ of 1 GiB); every test program and zoo model against the
outputs computed where the folder was built (zoo models also against PyTorch eager on the device, timed
against eager and, for the named models, torch.compile, each in its own process under a time cap); every
kernel of the kernel set, each Roller top-K variant checked against PyTorch and timed, against cuBLAS (through
torch.matmul, TF32 off) or the copy bandwidth. Times are medians of CUDA-event intervals after a warm-up (on
the host clock in a dry run). It writes results.json and results.md to --out.

A library whose cubin the driver refuses is retried in its PTX form (the folder carries both). In a dry run
every step runs except the CUDA calls themselves: libraries are cpu libraries, references NumPy's or torch's
on the CPU.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hm_mlir.library import runner  # noqa: E402 (the copy in this folder)

IMAGE_ERRORS = ("CUDA_ERROR_INVALID_IMAGE", "CUDA_ERROR_NO_BINARY_FOR_GPU", "CUDA_ERROR_UNSUPPORTED_PTX_VERSION",
                "CUDA_ERROR_INVALID_PTX", "CUDA_ERROR_INVALID_SOURCE")
TORCH_DTYPES = {"f32": "float32", "f16": "float16", "bf16": "bfloat16", "f64": "float64", "i64": "int64",
                "i32": "int32", "i8": "int8", "i1": "bool", "index": "int64", "i16": "int16"}


class Backend:
    """Where buffers live and how time is taken: torch on the GPU, or NumPy (torch on the CPU) in a dry run."""

    def __init__(self, dry_run: bool) -> None:
        self.dry_run = dry_run
        try:
            import torch
        except ImportError:
            torch = None
        if torch is None and not dry_run:
            raise SystemExit("the GPU check needs PyTorch on the device")
        self.torch = torch
        if not dry_run:
            torch.backends.cuda.matmul.allow_tf32 = False
            torch.backends.cudnn.allow_tf32 = False
        self.device = "cpu" if dry_run else "cuda"

    def describe(self) -> str:
        if self.dry_run:
            return f"dry run on {platform.processor() or platform.machine()} (cpu libraries)"
        return self.torch.cuda.get_device_name(0)

    def synchronize(self) -> None:
        if not self.dry_run:
            self.torch.cuda.synchronize()

    def time_ms(self, call, budget_s: float, warmup: int = 2, most: int = 50) -> float:
        """Median milliseconds of `call()`: CUDA events around each call on the GPU, the host clock otherwise;
        as many repetitions as fit `budget_s` (at least 3, at most `most`)."""
        for _ in range(warmup):
            call()
        self.synchronize()
        times, started = [], time.perf_counter()
        while len(times) < 3 or (len(times) < most and time.perf_counter() - started < budget_s):
            if self.dry_run:
                begin = time.perf_counter()
                call()
                times.append(1e3 * (time.perf_counter() - begin))
            else:
                start, end = self.torch.cuda.Event(enable_timing=True), self.torch.cuda.Event(enable_timing=True)
                start.record()
                call()
                end.record()
                end.synchronize()
                times.append(start.elapsed_time(end))
        return statistics.median(times)

    def tensor(self, array: np.ndarray):
        """A buffer holding `array` where the libraries read (a torch tensor; bf16 given as its uint16 bits)."""
        if self.torch is None:
            return np.ascontiguousarray(array)
        return self.torch.from_numpy(np.ascontiguousarray(array)).to(self.device)

    def random(self, shape, element: str, seed: int):
        torch = self.torch
        generator = torch.Generator(device=self.device).manual_seed(seed)
        value = torch.randn(tuple(shape), generator=generator, device=self.device, dtype=torch.float32)
        return value.to(getattr(torch, TORCH_DTYPES[element]))

    def empty(self, shape, element: str):
        return self.torch.empty(tuple(shape), device=self.device, dtype=getattr(self.torch, TORCH_DTYPES[element]))

    @staticmethod
    def address(buffer) -> int:
        return buffer.ctypes.data if isinstance(buffer, np.ndarray) else buffer.data_ptr()

    def copy_bandwidth(self, budget_s: float) -> float:
        """GB/s of a device-to-device copy (read + write) of 1 GiB (64 MiB in a dry run)."""
        nbytes = (64 if self.dry_run else 1024) * 2**20
        source = self.torch.ones(nbytes // 4, device=self.device) if self.torch else np.ones(nbytes // 4, np.float32)
        target = self.torch.empty_like(source) if self.torch else np.empty_like(source)
        copy = (lambda: target.copy_(source)) if self.torch else (lambda: np.copyto(target, source))
        return 2 * nbytes / (self.time_ms(copy, budget_s) * 1e-3) / 1e9


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
    row["error"] = max((e for _, e in checks), default=0.0)
    row["results"] = results  # for the comparison with PyTorch eager; not written out
    spec = library[case["entry"]].spec
    stored = check_arguments(spec, tuple(arguments))  # the storage form (bf16 as its bits)
    buffers = [a if s.is_scalar else backend.tensor(a) for s, a in zip(spec.arguments, stored)]
    addresses = [a if s.is_scalar else backend.address(a) for s, a in zip(spec.arguments, buffers)]
    outputs = [backend.tensor(np.empty(r.shape or (), r.storage)) for r in spec.results]
    result_addresses = [backend.address(o) for o in outputs]
    row["hm_ms"] = backend.time_ms(lambda: library.call_at(case["entry"], addresses, result_addresses), budget_s)
    return row


def regenerate_zoo_arguments(case: dict) -> list:
    """Zoo arguments travel as their recipe (hm_mlir.zoo): drawn here with the same seeds, checked by CRC."""
    from hm_mlir import zoo

    drawn = zoo.load(case["zoo"], HERE / "zoo").arguments(0)
    for index, (value, crc) in enumerate(zip(drawn, case["argument_crc"])):
        if zlib.crc32(np.ascontiguousarray(value).tobytes()) != crc:
            raise RuntimeError(f"argument {index} drawn on this machine differs from the one the expected outputs "
                               f"were computed with (another NumPy random stream)")
    return drawn


def torch_baselines(backend: Backend, case: dict, row: dict, budget_s: float, cap_s: float, compile_backend: str):
    """PyTorch eager (and torch.compile for the named models) of a zoo model on the device: times, and the
    check of hm-mlir's results against eager's."""
    torch = backend.torch
    module, inputs = zoo_source(case["zoo"]).model()
    module = module.to(backend.device)
    inputs = tuple(x.to(backend.device) for x in inputs)
    with torch.no_grad():
        eager = module(*inputs)
        row["eager_ms"] = backend.time_ms(lambda: module(*inputs), budget_s)
    eager = [eager] if isinstance(eager, torch.Tensor) else list(eager)
    checks = [compare(g, w.cpu().numpy(), case["tolerance"]) for g, w in zip(row["results"], eager)]
    row["eager_error"] = max((e for _, e in checks), default=0.0)
    row["correct"] = row["correct"] and len(eager) == len(row["results"]) and all(ok for ok, _ in checks)
    if case.get("compile"):
        row["compile_ms"] = compiled_time(case["zoo"], cap_s, compile_backend, backend.dry_run)


def zoo_source(name: str):
    import importlib

    folder = str(HERE / "zoo")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(name)


def compiled_time(name: str, cap_s: float, compile_backend: str, dry_run: bool):
    """Median ms of torch.compile(model) in a child process, or a string saying why there is none."""
    command = [sys.executable, str(Path(__file__).resolve()), "--torch-compile", name, "--compile-backend",
               compile_backend] + (["--dry-run"] if dry_run else [])
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=cap_s)
    except subprocess.TimeoutExpired:
        return f"over the {cap_s:.0f} s cap"
    if result.returncode != 0:
        return "failed: " + (result.stderr.strip().splitlines() or ["?"])[-1][:160]
    return json.loads(result.stdout.strip().splitlines()[-1])["ms"]


def torch_compile_child(name: str, compile_backend: str, dry_run: bool) -> None:
    backend = Backend(dry_run)
    torch = backend.torch
    module, inputs = zoo_source(name).model()
    module = module.to(backend.device)
    inputs = tuple(x.to(backend.device) for x in inputs)
    compiled = torch.compile(module, backend=compile_backend)
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
        if compiled is not None:
            torch_text += f" (compile: {compiled:.3f})" if isinstance(compiled, float) else f" (compile: {compiled})"
        lines.append(f"| {row['case']} | {'yes' if row['correct'] else 'NO'} | {row['error']:.1e} | "
                     f"{row['hm_ms']:.3f} | {row.get('best_ms', row['hm_ms']):.3f} | {torch_text} | {ratio} | "
                     f"{floor} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="folder for results.json and results.md")
    parser.add_argument("--smoke", action="store_true", help="a few cases only (about a minute)")
    parser.add_argument("--dry-run", action="store_true", help="cpu libraries, no GPU (what CI runs)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds each torch.compile may take")
    parser.add_argument("--compile-backend", default="inductor", help="torch.compile's backend (eager in CI)")
    parser.add_argument("--torch-compile", metavar="MODEL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.torch_compile:
        torch_compile_child(args.torch_compile, args.compile_backend, args.dry_run)
        return 0
    plan = json.loads((HERE / "cases.json").read_text())
    if plan["target"] != ("cpu" if args.dry_run else "cuda"):
        raise SystemExit(f"this folder holds {plan['target']} libraries: "
                         f"{'drop' if args.dry_run else 'add'} --dry-run")
    backend = Backend(args.dry_run)
    budget = 0.05 if args.smoke or args.dry_run else 0.25
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report = {"device": backend.describe(), "date": time.strftime("%Y-%m-%d"), "mode": "smoke" if args.smoke else
              "full", "built_with": plan["versions"], "rows": []}
    report["copy_bandwidth_gbs"] = backend.copy_bandwidth(budget)
    models = [c for c in plan["models"] if c.get("smoke") or not args.smoke]
    kernels = [k for k in plan["kernels"] if k.get("smoke") or not args.smoke]
    for case in models + kernels:
        try:
            if case["kind"] == "kernel":
                row = check_kernel(backend, case, report["copy_bandwidth_gbs"], budget)
            else:
                row = check_model(backend, case, budget)
                if case.get("zoo") and backend.torch is not None:
                    torch_baselines(backend, case, row, budget, args.cap, args.compile_backend)
        except Exception as err:  # one case's failure is reported, the others still run
            row = {"case": case["name"], "kind": case["kind"], "correct": False,
                   "failure": f"{type(err).__name__}: {err}"}
        row.pop("results", None)
        report["rows"].append(row)
        print(f"{row['case']}: {'ok' if row['correct'] else 'FAILED ' + row.get('failure', 'wrong results')}",
              file=sys.stderr, flush=True)
    report["checked"] = len(report["rows"])
    report["correct"] = sum(1 for row in report["rows"] if row["correct"])
    report["seconds"] = time.perf_counter() - started
    (out / "results.json").write_text(json.dumps(report, indent=1) + "\n")
    (out / "results.md").write_text(markdown(report))
    print(f"{report['correct']}/{report['checked']} correct in {report['seconds']:.0f} s; results in {out}",
          file=sys.stderr)
    return 0 if report["correct"] == report["checked"] else 1


if __name__ == "__main__":
    sys.exit(main())
