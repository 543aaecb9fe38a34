"""Library folders: what building one costs next to hm_mlir.compile, and what calling one costs next to calling
the compiled module, for every zoo model on the CPU target (the cuda folders' build time too).

Out: a markdown table on stdout (and in --output FILE.md) with, per model, the median seconds of
hm_mlir.compile(target="cpu"), of compile_library for cpu and for cuda (cubin), the folder's bytes, and the
median call time of the library over that of the compiled module (same inputs, same process), under a header
naming the machine.

    python bench/library.py [--repeat 3] [--output bench/results/library.md]
"""

import argparse
import datetime
import platform
import statistics
import tempfile
from pathlib import Path

import hm_mlir
from hm_mlir import zoo
from hm_mlir.bench.measure import median_seconds
from hm_mlir.library import runner


def _call_ms(function, arguments, repeat: int) -> float:
    return 1e3 * median_seconds(lambda: function(*arguments), max(5, repeat * 5), warmup=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    lines = [f"## Library folders (bench/library.py, {datetime.date.today()}, {platform.machine()} "
             f"{platform.processor() or ''}, {len(__import__('os').sched_getaffinity(0))} cores, no GPU)", "",
             "| model | compile s | cpu library s | cuda library s | folder KiB | call time, library / compiled: "
             "generic CPU | native CPU |", "|---|---|---|---|---|---|---|"]
    ratios, native_ratios = [], []
    with tempfile.TemporaryDirectory() as work:
        for name in zoo.names():
            model = zoo.load(name)
            source, entry, arguments = model.mlir_path, model.manifest["entry"], model.arguments(0)
            exe = hm_mlir.compile(source)
            compile_s = median_seconds(lambda: hm_mlir.compile(source), args.repeat, warmup=0)
            cpu_s = median_seconds(lambda: hm_mlir.compile_library(source, Path(work) / name, target="cpu"),
                                   args.repeat, warmup=0)
            cuda_s = median_seconds(lambda: hm_mlir.compile_library(source, Path(work) / f"{name}-cuda",
                                                                    target="cuda"), args.repeat, warmup=0)
            size = sum(p.stat().st_size for p in (Path(work) / f"{name}-cuda").iterdir())
            hm_mlir.compile_library(source, Path(work) / f"{name}-native", target="cpu", host_cpu="native")
            compiled_ms = _call_ms(exe[entry], arguments, args.repeat)
            ratio = _call_ms(runner.load(Path(work) / name)[entry], arguments, args.repeat) / compiled_ms
            native = _call_ms(runner.load(Path(work) / f"{name}-native")[entry], arguments, args.repeat) / compiled_ms
            ratios.append(ratio)
            native_ratios.append(native)
            lines.append(f"| {name} | {compile_s:.2f} | {cpu_s:.2f} | {cuda_s:.2f} | {size / 1024:.0f} | "
                         f"{ratio:.2f} | {native:.2f} |")
    lines += ["", f"Call time of a cpu library over hm_mlir.compile's, geometric mean over the zoo: "
              f"{statistics.geometric_mean(ratios):.2f} for the default host_cpu=generic (code for any machine of "
              f"the architecture), {statistics.geometric_mean(native_ratios):.2f} for host_cpu=native (this CPU, "
              "as the ExecutionEngine compiles). Both are opt -O2 and llc -O2 of the LLVM IR the ExecutionEngine "
              "compiles at -O2. A library build adds mlir-translate, opt, llc and cc to the pipeline; "
              "hm_mlir.compile's time holds the ExecutionEngine's own compilation, slower on the large modules."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
