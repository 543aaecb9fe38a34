"""Child process of from_torch: ExportedProgram file in, linalg-on-tensors MLIR file out.

    python -m hm_mlir.frontend.torch_mlir_child program.pt2 out.mlir func_name

Only torch and torch-mlir are loaded here (never the MLIR bindings hm-mlir uses: see torch_import). Failures
print one line `hm-import-child: <reason>` and exit 1; so does a loop torch-mlir lowered without its condition
(an `scf.for` to INT64_MAX), named at its Python source line.
"""

from __future__ import annotations

import sys
import warnings


def main(argv: list[str]) -> int:
    program_path, mlir_path, func_name = argv
    warnings.filterwarnings("ignore")
    try:
        import torch
        from torch_mlir import fx
        from torch_mlir.compiler_utils import OutputType

        from hm_mlir.frontend import torch_hops

        torch_hops.install()
        program = torch.export.load(program_path)
        module = fx.export_and_import(program, output_type=OutputType.LINALG_ON_TENSORS, func_name=func_name)
        lost = unbounded_loop(module.operation)
        if lost is not None:
            print(f"hm-import-child: {lost}: a while_loop whose first test of its condition is a constant was "
                  "lowered by torch-mlir into a for loop of 2**63 - 1 trips, without its condition (it would "
                  "never end); make the condition depend on an input, or write a Python for loop with a known "
                  "trip count", file=sys.stderr)
            return 1
        text = str(module)
    except Exception as err:  # every failure becomes the parent's FrontendError
        reason = " ".join(line.strip() for line in str(err).splitlines() if line.strip())[:2000]
        print(f"hm-import-child: {type(err).__name__}: {reason}", file=sys.stderr)
        return 1
    with open(mlir_path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0


INT64_MAX = 2**63 - 1


def unbounded_loop(operation) -> str | None:
    """Where (the Python source line, else the MLIR location) an scf.for runs to INT64_MAX: what torch-mlir
    makes of a `torch.prim.Loop` whose initial condition folded to true, dropping the condition it tests on
    every trip. None when there is none."""
    import re

    for region in operation.regions:
        for block in region.blocks:
            for op in block.operations:
                op = op.operation
                if op.name == "scf.for" and _constant(op.operands[1]) == INT64_MAX:
                    text = str(op.location)
                    frames = [f for f in re.findall(r'"([^"]+)":(\d+)', text) if not f[0].startswith("<")]
                    return f"{frames[-1][0]}:{frames[-1][1]}" if frames else text
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
