"""hm-run: compile a linalg-level module and run one of its public functions on NumPy inputs.

    hm-run model.mlir --input x.npy --input w.npy [--entry main] [--output out.npz] [--target cpu|cuda]
    hm-run model.mlir --arguments DIR ...          (DIR/arg0.npy, arg1.npy, ...: hm-import --save-arguments)
    hm-run LIBDIR --input x.npy ...                 (a folder of hm-opt --target=cpu-library|cuda-library)

One --input per argument, in order (0-d arrays for scalars; bf16 arguments take float32 arrays). Results go
to the .npz under the keys result0, result1, ... in result order, or are printed. Exit codes: 0 success, 1 a
problem with the input module, the input files or the run (wrong count, shape or dtype of inputs), 2 a
problem with the command line, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import io
import sys

from hm_mlir.tools.errors import InputError, UsageError, run_tool
from hm_mlir.tools.stage_flags import add_stage_flags, stage_options

TOOL = "hm-run"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=TOOL, allow_abbrev=False,
                     description="Compile a linalg/scf module with hm-mlir and run a function on .npy inputs.")
    parser.add_argument("input", help="input .mlir file (linalg/scf on tensors, as hm-opt takes), or a library "
                                      "folder written by hm-opt --target=cpu-library|cuda-library (run without "
                                      "compiling)")
    parser.add_argument("--entry", default="main", metavar="NAME", help="public function to run (default: main)")
    parser.add_argument("--input", dest="inputs", action="append", default=[], metavar="FILE.npy",
                        help="one .npy file per argument, in order (0-d arrays for scalars)")
    parser.add_argument("--arguments", default=None, metavar="DIR",
                        help="take the arguments from DIR/arg0.npy, DIR/arg1.npy, ... in that order (what "
                             "hm-import --save-arguments writes) instead of --input files")
    parser.add_argument("--output", default=None, metavar="FILE.npz",
                        help="write the results here (keys result0, result1, ...; written atomically); "
                             "default: print them")
    parser.add_argument("--target", choices=("cpu", "cuda"), default=None,
                        help="cpu (ExecutionEngine, everywhere; the default) or cuda (needs an NVIDIA GPU and "
                             "driver); a library folder runs on the target it was built for")
    stages = parser.add_argument_group("compilation")
    add_stage_flags(stages)
    stages.add_argument("-O", dest="opt_level", type=int, choices=range(4), default=2, metavar="{0,1,2,3}",
                        help="LLVM optimization level of the host code and the kernels (default 2)")
    stages.add_argument("--rammer-interleave", metavar="POLICY[:SEED]", default=None,
                        help="with --rammer on the cpu target: the order in which each program's vEUs run their "
                             "tasks, in-order (the default), random:SEED, reverse, starve:K (kernel K of each "
                             "program runs only when nothing else can) or ahead (a device loop's latest "
                             "iterations first, with --grinder), to check a schedule under adversarial orders")
    return parser


def _interleaving(text: str) -> tuple[str, int]:
    """(policy, seed) of --rammer-interleave POLICY[:SEED]; UsageError naming the choices otherwise."""
    from hm_mlir.rammer import POLICIES

    policy, _, seed = text.partition(":")
    if policy not in POLICIES or (seed and not seed.isdigit()):
        raise UsageError(f"--rammer-interleave: '{text}' is not POLICY[:SEED] with POLICY one of "
                         f"{', '.join(POLICIES)} and SEED a non-negative integer")
    return policy, int(seed or 0)


def argument_files(directory: str) -> list[str]:
    """DIR/arg0.npy, DIR/arg1.npy, ... in argument order (not name order: arg10 comes after arg9); InputError
    for a missing folder, no arguments or a gap in the numbering."""
    import os
    import re

    try:
        names = os.listdir(directory)
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot read the arguments folder '{directory}': "
                         f"{err.strerror or err}") from None
    numbers = sorted(int(match.group(1)) for name in names if (match := re.fullmatch(r"arg(\d+)\.npy", name)))
    if not numbers:
        raise InputError(f"{TOOL}: error: the arguments folder '{directory}' holds no arg<i>.npy file")
    missing = sorted(set(range(numbers[-1] + 1)) - set(numbers))
    if missing:
        raise InputError(f"{TOOL}: error: the arguments folder '{directory}' has arg{numbers[-1]}.npy but no "
                         f"arg{missing[0]}.npy")
    return [os.path.join(directory, f"arg{i}.npy") for i in numbers]


def _load_inputs(paths: list[str]) -> list:
    """The arrays of the --input files, in order; InputError naming the first bad file."""
    import numpy as np

    return [_load_array(np, path) for path in paths]


def _load_array(np, path: str):
    """The array of .npy file `path`. Its header is checked against the file's size first, so that a truncated
    or forged file is an error before NumPy allocates what the header claims."""
    import math
    import os

    try:
        with open(path, "rb") as handle:
            if handle.read(6) != b"\x93NUMPY":
                raise InputError(f"{TOOL}: error: input '{path}' is not a .npy file (save arrays with numpy.save)")
            handle.seek(0)
            version = np.lib.format.read_magic(handle)
            read_header = getattr(np.lib.format, f"read_array_header_{version[0]}_0", None)
            if read_header is not None:
                shape, _, dtype = read_header(handle)
                if dtype.hasobject:
                    raise InputError(f"{TOOL}: error: input '{path}' holds Python objects (dtype {dtype}), "
                                     f"not numbers")
                expected = math.prod(shape) * dtype.itemsize
                present = os.fstat(handle.fileno()).st_size - handle.tell()
                if present < expected:
                    raise InputError(f"{TOOL}: error: input '{path}' is truncated: its header describes a {dtype} "
                                     f"array of shape {tuple(shape)} ({expected} bytes) but {present} bytes follow")
        return np.load(path, allow_pickle=False)
    except InputError:
        raise
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot read input '{path}': {err.strerror or err}") from None
    except MemoryError:
        raise InputError(f"{TOOL}: error: not enough memory to load input '{path}'") from None
    except Exception as err:  # NumPy reports a corrupt header with ValueError, SyntaxError, TokenError, ...
        raise InputError(f"{TOOL}: error: input '{path}' is not a .npy array: {err}") from None


def _write_results(results: list, output: str | None) -> None:
    import numpy as np

    from hm_mlir.tools.files import write_atomically

    if output is None:
        with np.printoptions(threshold=200, edgeitems=3):
            for i, value in enumerate(results):
                value = np.asarray(value)
                print(f"result{i}: {value.dtype}{list(value.shape)}\n{value}")
        return
    buffer = io.BytesIO()
    np.savez(buffer, **{f"result{i}": np.asarray(v) for i, v in enumerate(results)})
    try:
        write_atomically(output, buffer.getvalue())
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot write '{output}': {err.strerror or err}") from None


def run(args: argparse.Namespace) -> int:
    import errno
    import os
    from pathlib import Path

    from hm_mlir.interrupts import native_code

    with native_code():  # numpy's native extensions initialise while imported (a Ctrl-C there ends hm-run)
        import numpy  # noqa: F401

    source = Path(args.input)
    try:
        source.stat()
    except OSError as err:
        why = "too many levels of symbolic links" if err.errno == errno.ELOOP else err.strerror or "no such file"
        why = "no such file" if err.errno == errno.ENOENT else why
        raise InputError(f"{TOOL}: error: cannot read '{args.input}': {why}") from None
    if args.output is not None and os.path.exists(args.output) and os.path.samefile(args.output, args.input):
        raise UsageError(f"--output {args.output} is the input itself: name another file for the results")
    args.entry = args.entry.removeprefix("@")
    if args.arguments is not None and args.inputs:
        raise UsageError("--arguments DIR gives every argument: it cannot be combined with --input")
    if source.is_dir():
        return _run_library(args, source)  # without the compiler: no MLIR is imported
    with native_code():
        from hm_mlir.pipeline import OptionsError
        from hm_mlir.runtime.cuda import CudaUnavailable
        from hm_mlir.runtime.executable import CompileError, compile

    order = None
    if args.rammer_interleave is not None:
        if not (args.rammer or args.grinder) or (args.target or "cpu") != "cpu":
            raise UsageError("--rammer-interleave orders the vEUs of Rammer's programs on the cpu target: it needs "
                             "--rammer and --target=cpu")
        order = _interleaving(args.rammer_interleave)
    inputs = _load_inputs(argument_files(args.arguments) if args.arguments is not None else args.inputs)
    try:
        target = args.target or "cpu"
        exe = compile(source, target, opt_level=args.opt_level, isolate=target == "cpu", **stage_options(args))
    except OptionsError as err:
        raise UsageError(str(err)) from None
    except (CompileError, ValueError, CudaUnavailable) as err:
        raise InputError(str(err) if isinstance(err, (CompileError, ValueError)) else f"{TOOL}: error: {err}") \
            from None
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot read '{args.input}': {err.strerror or err}") from None
    if order is not None:
        exe.interleave(*order)
    _call(exe, args, inputs)
    return 0


def _run_library(args: argparse.Namespace, folder) -> int:
    """Run a function of a library folder through the compiler-free runner."""
    from hm_mlir.library import runner
    from hm_mlir.runtime.cuda import CudaUnavailable
    from hm_mlir.tools.stage_flags import asks_to_compile

    if not runner.is_library(folder):
        raise InputError(f"{TOOL}: error: cannot read '{args.input}': it is a directory, and not a library folder "
                         f"(no manifest.json)")
    if asks_to_compile(args) or args.opt_level != 2:
        raise UsageError(f"{args.input} is a compiled library: stage flags and -O apply when it is built "
                         f"(hm-opt --target=cpu-library|cuda-library), not when it runs")
    inputs = _load_inputs(argument_files(args.arguments) if args.arguments is not None else args.inputs)
    try:
        library = runner.load(folder)
        library.isolate = library.target == "cpu"
    except runner.LibraryError as err:
        raise InputError(f"{TOOL}: error: {err}") from None
    except CudaUnavailable as err:
        raise InputError(f"{TOOL}: error: {err}") from None
    if args.target is not None and args.target != library.target:
        raise UsageError(f"{args.input} is a {library.target} library: it cannot run with --target={args.target}")
    try:
        _call(library, args, inputs)
    except runner.LibraryRuntimeError as err:
        raise InputError(f"{TOOL}: error: {err}") from None
    return 0


def _call(module, args: argparse.Namespace, inputs: list) -> None:
    """Call --entry of a compiled module or library with the inputs and write or print the results."""
    from hm_mlir.runtime.callable import ProgramFault, RuntimeCheckFailed
    from hm_mlir.runtime.signature import ArgumentError

    if args.entry not in module.functions:
        known = ", ".join(f"@{n}" for n in module.functions) or "none"
        raise InputError(f"{TOOL}: error: {args.input} has no public function @{args.entry} "
                         f"(public functions: {known})")
    try:
        results = module[args.entry](*inputs)
    except ArgumentError as err:
        raise InputError(f"{TOOL}: error: {err} (from --input files in order)") from None
    except RuntimeCheckFailed as err:  # --check-bounds: the check's own located line
        raise InputError(str(err)) from None
    except ProgramFault as err:  # the cpu target runs each call in a child process: a trap is reported here
        raise InputError(f"{TOOL}: error: {err}") from None
    except MemoryError:
        raise InputError(f"{TOOL}: error: not enough memory for the results of @{args.entry}") from None
    spec_count = len(module[args.entry].spec.results)
    results = [] if spec_count == 0 else [results] if spec_count == 1 else list(results)
    _write_results(results, args.output)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the hm-run command; returns the exit code."""
    parser = build_parser()
    usage = f"usage: {TOOL} in.mlir [--entry NAME] --input FILE.npy ... (see '{TOOL} --help')"
    return run_tool(TOOL, usage, lambda: run(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
