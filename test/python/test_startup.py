"""hm-opt's start-up stays lean: what a usage error, --help and a parse-only run import.

Each run is a fresh interpreter that calls hm-opt's main() and reports the hm_mlir modules it loaded; the
pass modules, the Roller policy and the runtime must not be among them (only a compile needs them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hm_mlir import passes
from hm_mlir.passes import catalog

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from hm_mlir.tools.hm_opt import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "modules": sorted(m for m in sys.modules if m.startswith("hm_mlir"))}))
"""
HEAVY = ("hm_mlir.roller", "hm_mlir.runtime", "hm_mlir.codegen", "hm_mlir.passes.")
ALLOWED = ("hm_mlir.passes.base", "hm_mlir.passes.catalog")


def loaded_modules(*argv: str) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=ROOT)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["code"], report["modules"]


@pytest.mark.parametrize("argv, code", [
    (["--help"], 0),
    (["--roller-top-k", "many", "examples/mlp.mlir"], 2),  # usage error: not a number
    (["--no-such-flag"], 2),
    (["examples/mlp.mlir"], 0),  # parse, verify, print
])
def test_a_run_that_compiles_nothing_imports_no_pass_policy_or_runtime(argv, code):
    exit_code, modules = loaded_modules(*argv)
    assert exit_code == code
    heavy = [m for m in modules if m.startswith(HEAVY) and m not in ALLOWED]
    assert heavy == [], heavy


def test_a_compile_does_import_them():
    """The probe sees imports (the test above would pass vacuously otherwise)."""
    exit_code, modules = loaded_modules("examples/mlp.mlir", "--stop-after=rtile")
    assert exit_code == 0
    assert "hm_mlir.passes.rtile.roller_tiling" in modules and "hm_mlir.roller.construct" in modules


def test_the_help_catalog_lists_every_pass_as_its_class_does():
    assert catalog.HELP == passes.help_text(), "run `python -m hm_mlir.passes`"
    for name in passes.REGISTRY:
        assert f"  {name} " in catalog.HELP
