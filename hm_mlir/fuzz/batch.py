"""Run many differential checks in worker processes, so that a case that aborts the process (an assertion in
MLIR) or hangs fails alone: the worker is replaced and the batch goes on.

A case is a seed (the program is generated in the worker) or a program in JSON (a reduced one), with the
compile options to check it under. `options_for(seed)` makes the seeded choice among the combinations of the
built stage flags and the hardware descriptions.
"""

from __future__ import annotations

import json
import os
import queue
import random
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from hm_mlir.fuzz.check import Outcome

DEVICES = ("h100", "a100", "h200", "cpu")  # tilings differ: warp-wide blocks of different shapes, or CPU's
CASE_TIMEOUT_S = 300.0


def flag_combinations(devices: tuple[str, ...] = DEVICES) -> list[dict]:
    """Every combination of the built stage flags and policies, for every hardware description."""
    from hm_mlir.pipeline import built_flag_combinations

    return [dict(combo, device=device) for combo in built_flag_combinations() for device in devices]


def options_for(seed: int) -> dict:
    """The seeded choice of compile options for the program of `seed`."""
    return random.Random(f"options-{seed}").choice(flag_combinations())


@dataclass
class Case:
    seed: int
    options: dict
    program: str | None = None  # JSON of a Program; None: generate(seed)
    ptx: bool = False  # also compile to PTX and assemble it with ptxas

    def job(self) -> str:
        return json.dumps({"seed": self.seed, "options": self.options, "program": self.program, "ptx": self.ptx})


@dataclass
class Result:
    case: Case
    outcome: Outcome
    seconds: float = 0.0
    log: list[str] = field(default_factory=list)


def worker_command() -> list[str]:
    return [sys.executable, "-m", "hm_mlir.fuzz.worker"]


class Worker:
    """One worker process: a job per line on its stdin, an outcome per line on its stdout."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.stderr = tempfile.TemporaryFile()  # a file, not a pipe: a chatty worker never blocks
        self.process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.stderr, text=True, bufsize=1)

    def run(self, case: Case, timeout: float) -> Outcome:
        if self.process is None or self.process.poll() is not None:
            self.start()
        process = self.process
        try:
            process.stdin.write(case.job() + "\n")
            process.stdin.flush()
        except BrokenPipeError:
            return self._died(case)
        ready, _, _ = select.select([process.stdout], [], [], timeout)
        if not ready:
            self.stop()
            return Outcome("timeout", f"no answer within {timeout:.0f} s", case.options)
        line = process.stdout.readline()
        if not line:
            return self._died(case)
        data = json.loads(line)
        return Outcome(data["status"], data["detail"], case.options)

    def _died(self, case: Case) -> Outcome:
        process = self.process
        code = process.wait()
        self.stderr.seek(0)
        stderr = self.stderr.read()[-2000:].decode(errors="replace")
        self.process = None
        how = f"killed by signal {-code}" if code < 0 else f"exited with {code}"
        return Outcome("crash", f"the compiler process {how}: {stderr.strip()}", case.options)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def run_batch(cases: list[Case], workers: int | None = None, progress: Callable[[Result], None] | None = None,
              command: list[str] | None = None, timeout: float = CASE_TIMEOUT_S) -> list[Result]:
    """Check every case on `workers` processes (default: one per CPU); results in the order of `cases`."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(cases)))
    todo: queue.Queue = queue.Queue()
    for index, case in enumerate(cases):
        todo.put((index, case))
    results: list[Result | None] = [None] * len(cases)
    lock = threading.Lock()

    def serve() -> None:
        worker = Worker(command or worker_command())
        try:
            while True:
                try:
                    index, case = todo.get_nowait()
                except queue.Empty:
                    return
                start = time.perf_counter()
                outcome = worker.run(case, timeout)
                result = Result(case, outcome, time.perf_counter() - start)
                with lock:
                    results[index] = result
                    if progress is not None:
                        progress(result)
        finally:
            worker.stop()

    threads = [threading.Thread(target=serve) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None]
