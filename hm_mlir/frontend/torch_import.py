"""PyTorch in, linalg-on-tensors MLIR out: `from_torch(module, example_inputs)`.

The module is captured by `torch.export` in this process; torch-mlir then imports the ExportedProgram and
lowers it to linalg on tensors in another process: a fork of this one (the program is handed over in memory),
or, where this process has loaded hm-mlir's MLIR bindings (or cannot fork), a child that loads the program
saved to a file. The other process is not an optimisation: torch-mlir carries its own copy of LLVM, and
loading it into a process that has already loaded the MLIR bindings aborts on LLVM's duplicate command-line
options. Control flow written with `torch.cond` and `torch._higher_order_ops.while_loop`
becomes `scf.if` / `scf.while` (see torch_hops).

Weights are either constants of the module (`weights="inline"`, the default) or leading function arguments
(`weights="arguments"`), in the order `weight_names(module)` gives and with the values `weight_arrays(module)`
gives: the form for models too large to carry their weights in the IR.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile

INSTALL_HINT = "pip install 'hm-mlir[torch]'  (torch==2.13.0 and torch-mlir==20261001)"
WEIGHT_MODES = ("inline", "arguments")


class MissingExtra(ImportError):
    """PyTorch or torch-mlir is not installed; the message says what to install."""


class FrontendError(Exception):
    """The model could not be exported or imported; the message has torch's or torch-mlir's reason."""


def require_extra() -> None:
    """Raise MissingExtra, naming what to install, unless torch and torch-mlir are importable."""
    missing = [name for name in ("torch", "torch_mlir") if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingExtra(f"the PyTorch front end needs {' and '.join(missing)}, which "
                           f"{'is' if len(missing) == 1 else 'are'} not installed: {INSTALL_HINT}")


def weight_names(module) -> list[str]:
    """The state-dict names of `module`'s floating-point parameters and buffers: the order of the weight
    arguments under `weights="arguments"`."""
    return [name for name, tensor in module.state_dict(keep_vars=True).items() if tensor.is_floating_point()]


def weight_arrays(module) -> list:
    """NumPy copies of the weights, in `weight_names` order (the leading arguments of the imported function)."""
    state = module.state_dict()
    return [state[name].detach().cpu().numpy() for name in weight_names(module)]


def _weights_as_arguments(module):
    """A module whose forward takes the weights first, then the original inputs."""
    import torch

    names = weight_names(module)

    class WeightsAsArguments(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.inner = module

        def forward(self, *arguments):
            weights = dict(zip(names, arguments[:len(names)]))
            return torch.func.functional_call(self.inner, weights, tuple(arguments[len(names):]))

    return WeightsAsArguments(), weight_arrays(module)


def from_torch(module, example_inputs, *, func_name: str = "main", weights: str = "inline",
               timeout: float = 600.0) -> str:
    """linalg-on-tensors MLIR text (one public function `func_name`) computing `module(*example_inputs)` for
    inputs of the example inputs' shapes and dtypes. `example_inputs`: a tensor or a tuple of tensors.
    Raises MissingExtra without the torch extra and FrontendError when export or import fails."""
    require_extra()
    if weights not in WEIGHT_MODES:
        raise ValueError(f"weights must be one of {', '.join(WEIGHT_MODES)}, not {weights!r}")
    import torch

    inputs = tuple(example_inputs) if isinstance(example_inputs, (tuple, list)) else (example_inputs,)
    exported_module = module
    if weights == "arguments":
        exported_module, arrays = _weights_as_arguments(module)
        inputs = tuple(torch.from_numpy(array) for array in arrays) + inputs
    program = _export(torch, exported_module, inputs)
    with tempfile.TemporaryDirectory(prefix="hm-import-") as work:
        mlir_path = os.path.join(work, "program.mlir")
        if hasattr(os, "fork") and not _bindings_loaded():
            code, stderr = _import_in_fork(program, mlir_path, func_name, timeout)
        else:
            code, stderr = _import_in_child(torch, program, work, mlir_path, func_name, timeout)
        if code != 0 or not os.path.exists(mlir_path):
            reason = _child_reason(stderr)
            if reason.startswith("refused: "):  # torch-mlir imported it into what hm-mlir cannot take
                raise FrontendError(reason.removeprefix("refused: "))
            raise FrontendError(f"torch-mlir could not import the program: {reason}")
        with open(mlir_path, encoding="utf-8") as handle:
            return handle.read()


def _bindings_loaded() -> bool:
    """Whether this process has loaded the MLIR bindings hm-mlir uses (then torch-mlir may not load here)."""
    return any(name == "mlir" or name.startswith("mlir.") for name in sys.modules)


def _import_in_fork(program, mlir_path: str, func_name: str, timeout: float) -> tuple[int, str]:
    """(exit status, standard error) of torch-mlir importing `program` in a fork of this process: the
    ExportedProgram is not saved and loaded again (that round trip fails for programs whose outputs are
    torch's named tuples, such as slogdet's, and for quantized ones). The fork runs torch single-threaded (a
    thread pool of the parent does not survive a fork)."""
    import signal
    import time

    errors = tempfile.TemporaryFile()
    sys.stdout.flush()
    sys.stderr.flush()
    child = os.fork()
    if child == 0:
        code = 1
        try:
            os.dup2(errors.fileno(), 2)
            import torch

            from hm_mlir.frontend.torch_mlir_child import import_program

            torch.set_num_threads(1)
            code = import_program(program, mlir_path, func_name)
        except BaseException as err:
            os.write(2, f"hm-import-child: {type(err).__name__}: {err}\n".encode(errors="replace"))
        finally:
            os._exit(code)
    deadline = time.monotonic() + timeout
    try:
        while True:
            done, status = os.waitpid(child, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(child, signal.SIGKILL)
                os.waitpid(child, 0)
                raise FrontendError(f"torch-mlir did not import the program within {timeout:.0f} s")
            time.sleep(0.05)
    except KeyboardInterrupt:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        raise
    errors.seek(0)
    text = errors.read().decode(errors="replace")
    errors.close()
    if os.WIFSIGNALED(status):
        return 1, text + f"\nthe importer process died by signal {os.WTERMSIG(status)}"
    return os.WEXITSTATUS(status), text


def _import_in_child(torch, program, work: str, mlir_path: str, func_name: str, timeout: float):
    """(exit status, standard error) of torch-mlir importing `program` saved to a file, in a child process
    (where this process has loaded hm-mlir's MLIR bindings, or cannot fork)."""
    program_path = os.path.join(work, "program.pt2")
    try:
        torch.export.save(program, program_path)
    except Exception as err:
        raise FrontendError(f"the exported program could not be saved for torch-mlir's process (import before "
                            f"loading hm-mlir's compiler in this process to avoid saving it): "
                            f"{type(err).__name__}: {_first_lines(str(err), 2)}") from err
    child = subprocess.run([sys.executable, "-m", "hm_mlir.frontend.torch_mlir_child", program_path, mlir_path,
                            func_name], capture_output=True, text=True, timeout=timeout)
    return child.returncode, child.stderr


def _export(torch, module, inputs):
    """torch.export's ExportedProgram of `module`: non-strict first (it traces more Python), then strict, which
    takes some data-dependent guards non-strict tracing fails on. FrontendError with both reasons."""
    reasons = []
    for strict in (False, True):
        try:
            return torch.export.export(module, inputs, strict=strict)
        except Exception as err:  # torch's reasons are many; the message is what the user needs
            reasons.append(f"{'strict' if strict else 'non-strict'}: {type(err).__name__}: {_first_lines(str(err))}")
    raise FrontendError("torch.export failed, tried non-strict and strict export:\n" + "\n".join(reasons))


def _first_lines(text: str, count: int = 6) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[:count]) if lines else "(no message)"


def _child_reason(stderr: str) -> str:
    """The child's error line (`hm-import-child: ...`) or, for a crash, the tail of what it printed."""
    for line in reversed(stderr.splitlines()):
        if line.startswith("hm-import-child: "):
            return line.removeprefix("hm-import-child: ")
    tail = [line for line in stderr.splitlines() if line.strip() and "Warning" not in line]
    return "\n".join(tail[-8:]) or "the importer process died without a message"
