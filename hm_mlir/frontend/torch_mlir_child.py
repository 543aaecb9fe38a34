"""Child process of from_torch: ExportedProgram file in, linalg-on-tensors MLIR file out.

    python -m hm_mlir.frontend.torch_mlir_child program.pt2 out.mlir func_name

Only torch and torch-mlir are loaded here (never the MLIR bindings hm-mlir uses: see torch_import). Failures
print one line `hm-import-child: <reason>` and exit 1.
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
        text = str(module)
    except Exception as err:  # every failure becomes the parent's FrontendError
        reason = " ".join(line.strip() for line in str(err).splitlines() if line.strip())[:2000]
        print(f"hm-import-child: {type(err).__name__}: {reason}", file=sys.stderr)
        return 1
    with open(mlir_path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
