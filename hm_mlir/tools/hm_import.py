"""hm-import: a PyTorch model in, linalg-on-tensors MLIR out (the optional `torch` extra).

    hm-import model.py:factory -o model.mlir [--func-name main] [--weights inline|arguments] [--save-arguments DIR]

`factory` (default: `model`) is called without arguments and returns `(module, example_inputs)`, the module
in the mode to export (usually `.eval()`). `--save-arguments DIR` writes `arg0.npy, arg1.npy, ...` (the
weights first under `--weights=arguments`, then the example inputs) and `expected.npz` (PyTorch's outputs,
keys result0, result1, ...), ready for `hm-run model.mlir --arguments DIR`. Exit codes: 0 success,
1 a problem with the model, the import or the files (also: the extra is not installed), 2 the command line.
"""

from __future__ import annotations

import argparse
import sys

from hm_mlir.tools.errors import InputError, UsageError, run_tool

TOOL = "hm-import"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=TOOL, allow_abbrev=False,
                     description="Export a PyTorch model to linalg-on-tensors MLIR that hm-opt and hm-run take "
                                 "(needs: pip install 'hm-mlir[torch]').")
    parser.add_argument("model", metavar="FILE.py[:FACTORY]",
                        help="Python file and the function in it returning (module, example_inputs) "
                             "(default function: model)")
    parser.add_argument("-o", dest="output", default="-", metavar="FILE.mlir",
                        help="where to write the MLIR (written atomically; default: standard output)")
    parser.add_argument("--func-name", default="main", metavar="NAME",
                        help="name of the public function (default: main)")
    parser.add_argument("--weights", choices=("inline", "arguments"), default="inline",
                        help="inline: weights are constants in the IR (default); arguments: they are the "
                             "function's leading arguments (for large models)")
    parser.add_argument("--save-arguments", default=None, metavar="DIR",
                        help="write arg<i>.npy for every function argument and expected.npz (PyTorch's "
                             "outputs) into DIR")
    return parser


def _load_factory(spec: str):
    """The callable that `FILE.py[:FACTORY]` names; InputError for a missing file or function."""
    import importlib.util
    import os

    path, colon, name = spec.rpartition(":")
    if not colon or not name.isidentifier():
        path, name = spec, "model"
    if not os.path.isfile(path):
        raise InputError(f"{TOOL}: error: cannot read '{path}': "
                         f"{'it is a directory' if os.path.isdir(path) else 'no such file'}")
    module_spec = importlib.util.spec_from_file_location(f"hm_import_{abs(hash(path))}", path)
    if module_spec is None or module_spec.loader is None:
        raise InputError(f"{TOOL}: error: '{path}' is not a Python file")
    module = importlib.util.module_from_spec(module_spec)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    try:
        module_spec.loader.exec_module(module)
    except Exception as err:
        raise InputError(f"{_where(err, path)}: error: loading the model raised "
                         f"{type(err).__name__}: {err}") from None
    factory = getattr(module, name, None)
    if not callable(factory):
        raise InputError(f"{TOOL}: error: {path} has no function '{name}' (name it as {path}:FUNCTION)")
    return path, factory


def _where(err: BaseException, path: str) -> str:
    """`path:line` of the deepest frame of `err` in the model's file, else the tool's name."""
    import os
    import traceback

    model_file = os.path.abspath(path)
    frames = [f for f in traceback.extract_tb(err.__traceback__) if os.path.abspath(f.filename) == model_file]
    if isinstance(err, SyntaxError) and err.lineno:
        return f"{path}:{err.lineno}:{err.offset or 1}"
    return f"{path}:{frames[-1].lineno}" if frames else TOOL


def _call_factory(path: str, factory):
    try:
        built = factory()
    except Exception as err:
        raise InputError(f"{_where(err, path)}: error: {factory.__name__}() raised {type(err).__name__}: {err}") \
            from None
    if not (isinstance(built, tuple) and len(built) == 2):
        raise InputError(f"{TOOL}: error: {factory.__name__}() must return (module, example_inputs), "
                         f"not {type(built).__name__}")
    return built


def _save_arguments(directory: str, module, inputs, weights: str) -> None:
    import io
    import os

    import numpy as np
    import torch

    from hm_mlir.frontend import weight_arrays
    from hm_mlir.tools.files import write_atomically

    inputs = tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)
    arrays = (weight_arrays(module) if weights == "arguments" else []) + [t.detach().numpy() for t in inputs]
    with torch.no_grad():
        outputs = module(*inputs)
    outputs = outputs if isinstance(outputs, (tuple, list)) else (outputs,)
    try:
        os.makedirs(directory, exist_ok=True)
        for index, array in enumerate(arrays):
            buffer = io.BytesIO()
            np.save(buffer, array)
            write_atomically(os.path.join(directory, f"arg{index}.npy"), buffer.getvalue())
        buffer = io.BytesIO()
        np.savez(buffer, **{f"result{i}": o.detach().numpy() for i, o in enumerate(outputs)})
        write_atomically(os.path.join(directory, "expected.npz"), buffer.getvalue())
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot write into '{directory}': {err.strerror or err}") from None


def _check_with_hm_mlir(text: str) -> list[str]:
    """The located diagnostics of hm-mlir's own parser and verifier (the stage dialects' rules included) on
    the imported text; empty when the next tool will load it. Runs here: this process never loads
    torch-mlir, whose copy of LLVM cannot share a process with the MLIR bindings."""
    from mlir import ir

    from hm_mlir import dialects, verifier
    from hm_mlir.interrupts import native_code
    from hm_mlir.runtime.executable import format_diagnostics
    from hm_mlir.source import SourceError, parse_module
    from hm_mlir.tools.diagnostics import collect_diagnostics

    with native_code(), ir.Context() as ctx, ir.Location.unknown():
        dialects.load(ctx)
        try:
            module = parse_module(text, "<imported>")
        except SourceError as err:
            return format_diagnostics(err.diagnostics)
        collected, detach = collect_diagnostics(ctx, capture_errors=True)
        try:
            return [] if verifier.verify(module.operation) else format_diagnostics(collected)
        finally:
            detach()


def run(args: argparse.Namespace) -> int:
    from hm_mlir.frontend import FrontendError, MissingExtra, from_torch, require_extra
    from hm_mlir.tools.files import write_atomically

    if not args.func_name.replace("_", "a").isalnum():
        raise UsageError(f"--func-name '{args.func_name}' is not a valid symbol name")
    try:
        require_extra()  # before the model file is loaded: it imports torch
    except MissingExtra as err:
        raise InputError(f"{TOOL}: error: {err}") from None
    path, factory = _load_factory(args.model)
    module, inputs = _call_factory(path, factory)
    try:
        text = from_torch(module, inputs, func_name=args.func_name, weights=args.weights)
    except FrontendError as err:
        raise InputError(f"{TOOL}: error: {path}: {err}") from None
    problems = _check_with_hm_mlir(text)
    if problems:
        raise InputError(f"{TOOL}: error: {path}: the imported program does not load in hm-mlir:\n"
                         + "\n".join(problems))
    if args.save_arguments:
        _save_arguments(args.save_arguments, module, inputs, args.weights)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        write_atomically(args.output, text)
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot write '{args.output}': {err.strerror or err}") from None
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the hm-import command; returns the exit code."""
    parser = build_parser()
    usage = f"usage: {TOOL} FILE.py[:FACTORY] [-o FILE.mlir] [--weights inline|arguments] (see '{TOOL} --help')"
    return run_tool(TOOL, usage, lambda: run(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
