"""What a compiled module and a loaded library folder share: one callable per public function, NumPy in and
out, through the packed calling convention (hm_mlir.runtime.memref_abi), with the memory arena of
hm-plan-memory allocated once per module. Imports numpy and ctypes only, so the compiler-free runner uses it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np

from hm_mlir.runtime.signature import FunctionSpec, check_arguments, from_bf16_bits

ARENA_ALIGNMENT = 256  # what hm-plan-memory aligns the arena's slots to (hm_mlir.passes.bufferize.plan_memory)


@dataclass(frozen=True)
class ArenaPlan:
    """What hm-plan-memory decided for a module: the arena's bytes, the public functions that take it (a
    trailing argument after their results), and the bytes of all the intermediates it holds (unshared)."""

    bytes: int = 0
    functions: tuple[str, ...] = ()
    planned_bytes: int = 0


@dataclass
class Function:
    """One public function; call it with one array (0-d array or Python number for scalars) per argument."""

    spec: FunctionSpec
    _module: CallableModule

    @property
    def name(self) -> str:
        return self.spec.name

    def __call__(self, *values):
        arrays = check_arguments(self.spec, values)
        isolated = self._module.isolate and self._module.target == "cpu"
        empty = _shared_empty if isolated else (lambda shape, dtype: np.empty(shape, dtype=dtype))
        outputs = [empty(r.shape or (), r.storage) for r in self.spec.results]
        if isolated:
            run_isolated(self.name, lambda: self._module._invoke(self.spec, arrays, outputs))
            outputs = [np.array(out, copy=True) for out in outputs]  # out of the shared mapping
        else:
            self._module._invoke(self.spec, arrays, outputs)
        results = []
        for spec, out in zip(self.spec.results, outputs):
            value = from_bf16_bits(out) if spec.element == "bf16" else out
            results.append(value[()] if spec.is_scalar else value)
        if len(results) == 1:
            return results[0]
        return tuple(results) if results else None

    def __repr__(self) -> str:
        return f"<hm_mlir function {self.spec.describe()}>"


class ProgramFault(RuntimeError):
    """A call of an isolated module died by a signal (an integer division by zero, an access out of bounds, a
    stack overflow): the operation is undefined in MLIR, and the cpu target traps. `signal` is its number."""

    def __init__(self, function: str, number: int) -> None:
        import signal

        name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else f"signal {number}"
        what = FAULTS.get(name, "killed")
        super().__init__(f"@{function} faulted: {what} ({name})")
        self.signal = number


class RuntimeCheckFailed(ProgramFault):
    """A run-time check compiled in by `check_bounds` failed in an isolated call: `problem` ("out-of-bounds
    access", "integer division by zero", ...) at `location` ("file:line:col", or None when the op had none).
    Its text is one diagnostic line: `file:line:col: error: @main: out-of-bounds access (run-time check)`."""

    def __init__(self, function: str, problem: str, location: str | None) -> None:
        import signal

        where = f"{location}: error: " if location else "error: "
        RuntimeError.__init__(self, f"{where}@{function}: {problem} (run-time check)")
        self.signal = signal.SIGABRT
        self.problem = problem
        self.location = location


CHECK_HEADER = "ERROR: Runtime op verification failed"


def failed_check(output: str) -> tuple[str, str | None] | None:
    """(problem, "file:line:col" or None) of the first failed run-time check in what a call printed (the
    message of generate-runtime-verification{verbose-level=0} and hm-check-divisors), else None."""
    import re

    start = output.find(CHECK_HEADER)
    if start < 0:
        return None
    text = output[start + len(CHECK_HEADER):]
    problem = re.search(r"\^ ([^\n]*)", text)
    location = re.search(r'Location: [^\n]*?"([^"]*)":(\d+):(\d+)', text)
    where = f"{location.group(1)}:{location.group(2)}:{location.group(3)}" if location else None
    return (problem.group(1).strip() if problem else "a run-time check failed"), where


FAULTS = {"SIGFPE": "integer division by zero or overflow", "SIGSEGV": "invalid memory access (an index out of "
          "bounds or a stack overflow)", "SIGBUS": "invalid memory access", "SIGILL": "illegal instruction",
          "SIGABRT": "aborted", "SIGKILL": "killed (out of memory?)"}


def _shared_empty(shape, dtype) -> np.ndarray:
    """An array in shared anonymous memory: what a forked child writes, its parent reads."""
    import mmap

    count = int(np.prod(shape, dtype=np.int64))
    memory = mmap.mmap(-1, max(1, count * np.dtype(dtype).itemsize))
    return np.frombuffer(memory, dtype=dtype, count=count).reshape(shape)


def run_isolated(function: str, call) -> None:
    """Run `call()` in a forked child and wait: ProgramFault if the child dies by a signal, KeyboardInterrupt
    if it is interrupted (SIGINT), RuntimeError if it fails otherwise. What it writes must be shared memory."""
    import os
    import signal
    import sys
    import tempfile

    sys.stdout.flush()
    sys.stderr.flush()
    printed = tempfile.TemporaryFile()  # the child's standard output: a failed run-time check is read from it
    # SIGINT is held back during the fork: a KeyboardInterrupt raised in an at-fork handler (logging has one)
    # is printed and dropped, and the call would go on as if no Ctrl-C had come.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    child = os.fork()
    if child == 0:
        import faulthandler

        faulthandler.disable()  # the parent reports the signal, in one line
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child at once; the parent reports it
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.dup2(printed.fileno(), 1)
        _unbuffer_c_stdout()  # a failed check prints, then aborts: nothing may stay in a buffer
        try:
            call()
        except BaseException as err:
            os.write(2, f"{type(err).__name__}: {err}\n".encode(errors="replace"))
            os._exit(70)
        os._exit(0)
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C held back is raised here
        _, status = os.waitpid(child, 0)
    except KeyboardInterrupt:  # a terminal's Ctrl-C reaches the child too; a kill of the parent alone does not
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        raise
    except ChildProcessError:
        raise RuntimeError(f"@{function}: the isolated call's process vanished") from None
    printed.seek(0)
    output = printed.read().decode(errors="replace")
    printed.close()
    check = failed_check(output) if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGABRT else None
    if check is not None:
        output = output[:output.find(CHECK_HEADER)]
    sys.stdout.write(output)  # what the program printed, as it would have without isolation
    sys.stdout.flush()
    if check is not None:
        raise RuntimeCheckFailed(function, *check)
    if os.WIFSIGNALED(status):
        if os.WTERMSIG(status) == signal.SIGINT:
            raise KeyboardInterrupt
        raise ProgramFault(function, os.WTERMSIG(status))
    if os.WEXITSTATUS(status) != 0:
        raise RuntimeError(f"@{function}: the isolated call failed (exit status {os.WEXITSTATUS(status)})")


def _unbuffer_c_stdout() -> None:
    """Make the C library's stdout unbuffered (a cf.assert's message is written with puts before abort)."""
    import ctypes

    libc = ctypes.CDLL(None)
    try:
        stdout = ctypes.c_void_p.in_dll(libc, "stdout")  # glibc's name of the C library's stdout
    except ValueError:
        return
    libc.setvbuf(stdout, None, 2, 0)  # _IONBF


class CallableModule(ABC):
    """`m.<name>(...)` or `m["name"](...)` calls public function `name`. Subclasses say where the packed entry
    of a function is (`_entry`) and which runtime library holds the mgpu* calls for cuda (`_cuda_runtime`)."""

    target: str

    def __init__(self, target: str, functions: dict[str, FunctionSpec], arena: ArenaPlan | None = None) -> None:
        self.target = target
        self.isolate = False  # cpu: run each call in a forked child, so that a fault raises ProgramFault
        self.poison_arena = False  # cpu: fill intermediates and results with NaN / -1 before each call (Rammer)
        self._specs = functions
        self.arena = arena or ArenaPlan()
        self._arena_address: int | None = None  # allocated at the first call that needs it, kept for the rest
        self._arena_memory = None  # cuda: the DeviceMemory holding it; cpu: the NumPy array

    @abstractmethod
    def _entry(self, spec: FunctionSpec):
        """The packed entry (a ctypes function taking one `void **`) of the public function `spec`."""

    def _cuda_runtime(self):
        """(library, prefix) of the mgpu* functions for device buffers: MLIR's CUDA runtime by default."""
        return None, ""

    def _after_call(self, spec: FunctionSpec) -> None:
        """Raise if the call failed in a way the runtime only records."""

    def _device_memory(self):
        from hm_mlir.runtime.cuda import DeviceMemory

        return DeviceMemory(*self._cuda_runtime())

    def _arena(self) -> int:
        """The address of this module's arena (aligned), allocated once."""
        if self._arena_address is None:
            if self.target == "cuda":
                self._arena_memory = self._device_memory()
                self._arena_address = self._arena_memory.allocate(self.arena.bytes)  # the driver aligns to 256
            else:
                self._arena_memory = np.empty(self.arena.bytes + ARENA_ALIGNMENT, dtype=np.uint8)
                base = self._arena_memory.ctypes.data
                self._arena_address = base + (-base) % ARENA_ALIGNMENT
        return self._arena_address

    def __del__(self) -> None:
        memory = getattr(self, "_arena_memory", None)
        if hasattr(memory, "release"):  # device memory (a NumPy arena frees itself; np may be gone at exit)
            memory.release()

    @property
    def functions(self) -> list[str]:
        return list(self._specs)

    def __getitem__(self, name: str) -> Function:
        if name not in self._specs:
            known = ", ".join(f"@{n}" for n in self._specs) or "none"
            raise KeyError(f"no public function @{name} in the module (public functions: {known})")
        return Function(self._specs[name], self)

    def __getattr__(self, name: str) -> Function:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as err:
            raise AttributeError(err.args[0]) from None

    def __dir__(self):
        return list(super().__dir__()) + self.functions

    def call_at(self, name: str, arguments: list, results: list[int]) -> None:
        """Call public function `name` on buffers that are already in place, with no copies and no checks but
        the counts: `arguments` holds one address per tensor argument (device memory for cuda, for example a
        torch tensor's data_ptr(); host memory for cpu) or a 0-d array of the storage dtype per scalar, `results`
        one address per result buffer (C-contiguous, of the result's shape). What timing on a device uses."""
        from hm_mlir.runtime.memref_abi import PackedArguments

        spec = self[name].spec
        if len(arguments) != len(spec.arguments) or len(results) != len(spec.results):
            raise ValueError(f"@{name} takes {len(spec.arguments)} argument(s) and {len(spec.results)} result "
                             f"buffer(s), got {len(arguments)} and {len(results)}")
        packed = PackedArguments()
        for arg, value in zip(spec.arguments, arguments):
            if arg.is_scalar:
                packed.add_scalar(np.asarray(value, dtype=arg.storage))
            else:
                packed.add_memref(int(value), arg.shape)
        for result, address in zip(spec.results, results):
            packed.add_memref(int(address), result.shape or ())
        if name in self.arena.functions:
            packed.add_memref(self._arena(), (self.arena.bytes,))
        self._entry(spec)(packed.array())
        self._after_call(spec)

    def _invoke(self, spec: FunctionSpec, arrays: list[np.ndarray], outputs: list[np.ndarray]) -> None:
        """Call `spec` with `arrays` (storage dtypes) and fill `outputs`; on cuda through device copies."""
        from hm_mlir.runtime.memref_abi import PackedArguments

        function = self._entry(spec)
        memory = self._device_memory() if self.target == "cuda" else None
        try:
            packed = PackedArguments()
            for arg, array in zip(spec.arguments, arrays):
                if arg.is_scalar:
                    packed.add_scalar(array)
                else:
                    packed.add_memref(memory.upload(array) if memory else array.ctypes.data, array.shape)
            if self.poison_arena and memory is None:  # results poisoned too: a missing write shows
                for out in outputs:
                    out.reshape(-1).view(np.uint8).fill(0xFF)
            addresses = [memory.allocate(out.nbytes) if memory else out.ctypes.data for out in outputs]
            for address, out in zip(addresses, outputs):
                packed.add_memref(address, out.shape)
            if spec.name in self.arena.functions:
                packed.add_memref(self._arena(), (self.arena.bytes,))
                if self.poison_arena and memory is None:  # NaN in every float, -1 in every integer
                    self._arena_memory.fill(0xFF)
            function(packed.array())
            self._after_call(spec)
            if memory:
                for address, out in zip(addresses, outputs):
                    memory.download(address, out)
                self._after_call(spec)
        finally:
            if memory:
                memory.release()
