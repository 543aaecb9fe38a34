"""torch-mlir's side of from_torch: an ExportedProgram in, linalg-on-tensors MLIR text out.

    python -m hm_mlir.frontend.torch_mlir_child program.pt2 out.mlir func_name   (a saved program)
    import_program(program, out.mlir, func_name)                              (in a fork: no round trip)

Only torch and torch-mlir are loaded here (never the MLIR bindings hm-mlir uses: see torch_import). Failures
print one line `hm-import-child: <reason>` and exit 1. What torch-mlir lowers but hm-mlir cannot take is refused
(`hm-import-child: refused: <where>: <why>`) at its Python source line: an op of torch-mlir's own dialects
(tm_tensor) and a loop lowered without its condition (an `scf.for` to INT64_MAX).
"""

from __future__ import annotations

import sys
import warnings


def main(argv: list[str]) -> int:
    program_path, mlir_path, func_name = argv
    warnings.filterwarnings("ignore")
    try:
        import torch

        program = torch.export.load(program_path)
    except Exception as err:  # every failure becomes the parent's FrontendError
        return _failed(err)
    return import_program(program, mlir_path, func_name)


def import_program(program, mlir_path: str, func_name: str) -> int:
    """Import the ExportedProgram `program` with torch-mlir, lower it to linalg on tensors and write the text
    to `mlir_path`; 0, or 1 after printing the `hm-import-child:` line. Runs in a process that has not loaded
    hm-mlir's MLIR bindings (this module's child process, or a fork of the exporting process)."""
    warnings.filterwarnings("ignore")
    try:
        from torch_mlir import fx
        from torch_mlir.compiler_utils import OutputType

        from hm_mlir.frontend import torch_hops

        torch_hops.install()
        module = fx.export_and_import(program, output_type=OutputType.LINALG_ON_TENSORS, func_name=func_name)
        kept = torch_mlir_op(module.operation)
        if kept is not None:
            where, name = kept
            print(f"hm-import-child: refused: {where}: {_source_line(where)}torch-mlir keeps '{name}' of its own "
                  f"'{name.split('.')[0]}' dialect for it, which hm-mlir cannot compile yet", file=sys.stderr)
            return 1
        lost = unbounded_loop(module.operation)
        if lost is not None:
            print(f"hm-import-child: refused: {lost}: a while_loop whose first test of its condition is a constant was "
                  "lowered by torch-mlir into a for loop of 2**63 - 1 trips, without its condition (it would "
                  "never end); make the condition depend on an input, or write a Python for loop with a known "
                  "trip count", file=sys.stderr)
            return 1
        text = str(module)
    except Exception as err:  # every failure becomes the parent's FrontendError
        return _failed(err)
    with open(mlir_path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0


def _failed(err: Exception) -> int:
    reason = " ".join(line.strip() for line in str(err).splitlines() if line.strip())[:2000]
    print(f"hm-import-child: {type(err).__name__}: {reason}", file=sys.stderr)
    return 1


INT64_MAX = 2**63 - 1
TORCH_MLIR_DIALECTS = ("tm_tensor", "torch", "torch_c")  # torch-mlir's own: not in hm-mlir's bindings


def torch_mlir_op(operation) -> tuple[str, str] | None:
    """(where, op name) of the first op of one of torch-mlir's own dialects left in the lowered module (a
    cumsum's tm_tensor.scan, a sort's tm_tensor.sort): `where` is its Python source line."""
    for region in operation.regions:
        for block in region.blocks:
            for op in block.operations:
                op = op.operation
                if op.name.split(".")[0] in TORCH_MLIR_DIALECTS:
                    return _python_line(str(op.location)), op.name
                found = torch_mlir_op(op)
                if found is not None:
                    return found
    return None


def _python_line(location: str) -> str:
    """`file:line` of the innermost Python frame a location names (FX graphs' own frames left out)."""
    import re

    frames = [f for f in re.findall(r'"([^"]+)":(\d+)', location) if not f[0].startswith("<")]
    return f"{frames[-1][0]}:{frames[-1][1]}" if frames else location


def _source_line(where: str) -> str:
    """"`<the line's text>` " of `file:line`, or "" when the file cannot be read."""
    path, _, line = where.rpartition(":")
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read().splitlines()[int(line) - 1].strip()
    except (OSError, ValueError, IndexError):
        return ""
    return f"`{text}`: " if text else ""


def unbounded_loop(operation) -> str | None:
    """Where (the Python source line, else the MLIR location) an scf.for runs to INT64_MAX: what torch-mlir
    makes of a `torch.prim.Loop` whose initial condition folded to true, dropping the condition it tests on
    every trip. None when there is none."""
    for region in operation.regions:
        for block in region.blocks:
            for op in block.operations:
                op = op.operation
                if op.name == "scf.for" and _constant(op.operands[1]) == INT64_MAX:
                    return _python_line(str(op.location))
                found = unbounded_loop(op)
                if found is not None:
                    return found
    return None


def _constant(value):
    owner = value.owner
    name = getattr(getattr(owner, "operation", owner), "name", "")
    if name != "arith.constant":
        return None
    attribute = owner.attributes["value"]
    return getattr(attribute, "value", None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
