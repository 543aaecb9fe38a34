"""What hm-bench measures for one zoo model under one set of stage flags.

- compile time to PTX in a fresh `hm-opt` process (cold: nothing is cached between processes), and IREE's
  `iree-compile` for the same file in the same run, alternately; hm-opt's split by its pass timing into the
  time outside the passes (start-up, parse, print), each hm pass, the upstream passes and the serialization;
- numerics: every case on the CPU target against PyTorch (its committed outputs, or the live model when the
  torch extra is installed);
- the events of the GPU program, counted as the CPU target runs (hm-count-device-events): kernel launches,
  host syncs, kernel-boundary bytes (of case 0);
- on a machine with a GPU: latency of the cuda target next to PyTorch eager and torch.compile on the device.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hm_mlir.bench.timing import CompileSplit, median_split, split

IREE_CHIP = "sm_80"  # iree-compile 3.13 rejects sm_90 for the cuda target
HM_CHIP = "sm_90"


def flag_arguments(flags: dict) -> list[str]:
    """hm-opt arguments for CompileOptions keywords (roller_policy, welder, rammer, grinder)."""
    arguments = [f"--roller-policy={flags['roller_policy']}"] if "roller_policy" in flags else []
    return arguments + [f"--{name}" for name in ("welder", "rammer", "grinder") if flags.get(name)]


def flag_label(flags: dict) -> str:
    return " ".join(flag_arguments(flags)) or "(defaults)"


def find_iree() -> str | None:
    """iree-compile next to this Python (the venv), else on PATH, else None."""
    here = Path(sysconfig.get_path("scripts")) / "iree-compile"
    return str(here) if here.is_file() else shutil.which("iree-compile")


def _timed(command: list[str]) -> tuple[float, str | None, str]:
    """(wall seconds, the first error line or None, standard error) of one fresh process."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode == 0:
        return seconds, None, done.stderr
    lines = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    return seconds, next((line for line in lines if "error" in line.lower()), lines[0] if lines else "failed"), ""


def compile_times(path: Path, flags: dict, iree: str | None, repeat: int
                  ) -> tuple[float | None, float | None, str, CompileSplit | None]:
    """(median hm-opt seconds, median iree-compile seconds, error, where hm-opt's time went: medians per part
    from its pass timing) for `path` to PTX, the two tools timed alternately (with --rammer: hm-opt's persistent
    kernels against IREE's usual compile)."""
    with tempfile.TemporaryDirectory(prefix="hm-bench-") as work:
        target = ["--target=ptx", f"--chip={HM_CHIP}"]
        hm = [sys.executable, "-m", "hm_mlir.tools.hm_opt", str(path), *target,
              *flag_arguments(flags), "--mlir-timing", "-o", os.path.join(work, "out.mlir")]
        other = ([iree, str(path), "--iree-hal-target-device=cuda", f"--iree-cuda-target={IREE_CHIP}", "-o",
                  os.path.join(work, "out.vmfb")] if iree else None)
        splits, iree_times, error = [], [], ""
        for _ in range(repeat):
            seconds, problem, report = _timed(hm)
            if problem:
                return None, None, f"hm-opt: {problem}", None
            splits.append(split(report, seconds))
            if other:
                seconds, problem, _ = _timed(other)
                if problem:
                    error, other = f"iree-compile: {problem}", None
                else:
                    iree_times.append(seconds)
    parts = median_split(splits)
    return parts.wall, (statistics.median(iree_times) if iree_times else None), error, parts


@dataclass
class Measurement:
    """One (model, flags) row of the report."""

    model: str
    flags: dict
    hm_seconds: float | None = None
    iree_seconds: float | None = None
    compile_error: str = ""
    numerics: str = ""  # "" when every case matches
    reference: str = "committed PyTorch outputs"
    events: dict = field(default_factory=dict)
    compile_split: CompileSplit | None = None  # where hm-opt's compile time went (medians per part)
    arena: tuple[int, int] | None = None  # (arena bytes, bytes of all the intermediates it holds): hm-plan-memory
    gpu: dict = field(default_factory=dict)  # seconds: hm, torch_eager, torch_compile

    @property
    def ratio(self) -> float | None:
        if self.hm_seconds is None or self.iree_seconds is None:
            return None
        return self.hm_seconds / self.iree_seconds


def live_outputs(name: str, seed: int):
    """PyTorch's outputs of zoo model `name` for input seed `seed`, or None without the torch extra."""
    import importlib.util

    if importlib.util.find_spec("torch") is None:
        return None
    from hm_mlir import zoo

    module, inputs = zoo.model_source(name).model(seed)
    import torch

    with torch.no_grad():
        outputs = module(*inputs)
    outputs = outputs if isinstance(outputs, tuple) else (outputs,)
    return [output.numpy() for output in outputs], (module, inputs)


def run_on_cpu(measurement: Measurement, live: bool) -> None:
    """Numerics of every case and the events of case 0, on the CPU target with event counting."""
    import hm_mlir
    from hm_mlir import zoo

    model = zoo.load(measurement.model)
    exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=1, count_events=True, **measurement.flags)
    measurement.arena = (exe.arena.bytes, exe.arena.planned_bytes)
    for case in range(len(model.cases)):
        before = exe.event_counts()
        results = exe[model.manifest["entry"]](*model.arguments(case))
        after = exe.event_counts()
        if case == 0:
            measurement.events = {key: after[key] - before[key] for key in after}
        results = list(results) if isinstance(results, tuple) else [results]
        expected = model.expected(case)
        if live:
            outputs = live_outputs(measurement.model, model.cases[case])
            if outputs is not None:
                expected, measurement.reference = outputs[0], "live PyTorch"
        problem = zoo.mismatch(results, expected)
        if problem:
            measurement.numerics = f"case {case}: {problem}"
            return


def hm_opt_seconds(path: Path, flags: list[str], repeat: int, target: str = "ptx") -> float:
    """Median wall seconds of `repeat` fresh `hm-opt PATH --target=TARGET FLAGS` processes; SystemExit naming
    the command when one fails (what bench/welder.py and bench/rammer.py time)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_opt", str(path), f"--target={target}",
                               "-o", os.devnull, *flags], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"hm-opt {path} {flags} failed: {done.stderr.strip()[-400:]}")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def median_seconds(call, repeat: int = 20, warmup: int = 3) -> float:
    """Median wall seconds of `call()` over `repeat` runs after `warmup` unmeasured ones."""
    for _ in range(warmup):
        call()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_on_gpu(measurement: Measurement) -> None:
    """Latency of the cuda target and, with the torch extra, of PyTorch eager and torch.compile on the GPU
    (each call synchronised; medians)."""
    import hm_mlir
    from hm_mlir import zoo

    model = zoo.load(measurement.model)
    exe = hm_mlir.compile(model.mlir_path, "cuda", **measurement.flags)
    arguments = model.arguments(0)
    entry = exe[model.manifest["entry"]]
    measurement.gpu["hm"] = median_seconds(lambda: entry(*arguments))
    _time_iree_on_gpu(measurement, model.mlir_path, arguments)
    outputs = live_outputs(measurement.model, model.cases[0])
    if outputs is None:
        return
    import torch

    module, inputs = outputs[1]
    module, inputs = module.cuda(), tuple(t.cuda() for t in inputs)

    def eager():
        with torch.no_grad():
            module(*inputs)
        torch.cuda.synchronize()

    measurement.gpu["torch_eager"] = median_seconds(eager)
    compiled = torch.compile(module)

    def compiled_call():
        with torch.no_grad():
            compiled(*inputs)
        torch.cuda.synchronize()

    measurement.gpu["torch_compile"] = median_seconds(compiled_call)


def _time_iree_on_gpu(measurement: Measurement, path: Path, arguments: list) -> None:
    """IREE's latency for the same file on the GPU when iree-compile and the IREE runtime (iree-base-runtime)
    are installed; a failure is recorded in the row, never raised."""
    import importlib.util

    iree = find_iree()
    if iree is None or importlib.util.find_spec("iree.runtime") is None:
        return
    try:
        import iree.runtime as iree_runtime

        with tempfile.TemporaryDirectory(prefix="hm-bench-iree-") as work:
            module_path = os.path.join(work, "model.vmfb")
            subprocess.run([iree, str(path), "--iree-hal-target-device=cuda", f"--iree-cuda-target={IREE_CHIP}",
                            "-o", module_path], check=True, capture_output=True)
            loaded = iree_runtime.load_vm_flatbuffer_file(module_path, driver="cuda")
            function = loaded["main"]

            def call():
                results = function(*arguments)
                for result in results if isinstance(results, (tuple, list)) else (results,):
                    result.to_host()  # waits for the device

            measurement.gpu["iree"] = median_seconds(call)
    except Exception as err:  # IREE's failure is a row note, not the bench's
        measurement.gpu["iree_error"] = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"


def emit_table(lines: list[str], output: str | None) -> None:
    """A bench script's markdown `lines` on stdout, and in `output` when one is given."""
    text = "\n".join(lines) + "\n"
    print(text)
    if output:
        Path(output).write_text(text)
