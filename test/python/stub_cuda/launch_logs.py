"""Run every case given on the command line against the stub CUDA driver (libcuda_stub.c) and write, per case,
what the driver was asked for: by hm_mlir.compile(..., target="cuda") and by the case's cuda library (built
here for sm_90, and for sm_80 to see its image), plus the library's ldd. Run with LD_LIBRARY_PATH naming the
stub's folder, so that both MLIR's CUDA runtime and hm-mlir's find it as libcuda.so.1.

    python launch_logs.py OUT.json WORKDIR case...      (a case: program:<name> or zoo:<name>)
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # test/python: the cases

from library_cases import case_source  # noqa: E402

import hm_mlir  # noqa: E402
from hm_mlir.library import runner  # noqa: E402


def logged(path: Path, call) -> dict:
    """What the driver was asked for during `call()`, run in a forked child: a program whose host code reads
    device data may stop at an assertion under the stub (its kernels do not run), and then both ways of running
    it stop at the same point. {"events": lines, "status": "ok" | "error" | "signal N"}."""
    path.unlink(missing_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    child = os.fork()
    if child == 0:
        os.environ["HM_STUB_CUDA_LOG"] = str(path)  # the stub reads it at every event
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # an assertion prints its message
        os.dup2(devnull, 2)
        try:
            call()
        except BaseException:
            os._exit(3)
        os._exit(0)
    _, status = os.waitpid(child, 0)
    outcome = "ok" if status == 0 else f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else "error"
    return {"events": path.read_text().splitlines() if path.exists() else [], "status": outcome}


def call_all(module) -> None:
    for name in module.functions:
        spec = module[name].spec
        module[name](*[np.zeros(a.shape or (), a.dtype) for a in spec.arguments])


def main() -> None:
    out, work, cases = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
    report = {}
    for case in cases:
        entry = report[case] = {}
        print(case, file=sys.stderr, flush=True)
        source = case_source(case)
        try:
            folder = work / case.replace(":", "_")
            hm_mlir.compile_library(source, folder, target="cuda")
            library = runner.load(folder)
            entry["library"] = logged(work / "log", lambda: call_all(library))
            entry["ldd"] = subprocess.run(["ldd", str(folder / "libmodel.so"), str(folder / "libhm_runtime.so")],
                                          capture_output=True, text=True).stdout
            executable = hm_mlir.compile(source, target="cuda")  # its kernel image loads here, unlogged
            entry["compile"] = logged(work / "log", lambda: call_all(executable))
            sm80 = work / (case.replace(":", "_") + "_sm80")
            hm_mlir.compile_library(source, sm80, target="cuda", chip="sm_80")
            library_sm80 = runner.load(sm80)
            entry["sm_80"] = logged(work / "log", lambda: call_all(library_sm80))
        except Exception as err:  # reported per case by the test
            entry["error"] = f"{type(err).__name__}: {err}"
    out.write_text(json.dumps(report))


if __name__ == "__main__":
    main()
