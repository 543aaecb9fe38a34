"""PTX from the plain path assembles with ptxas for sm_90 and sm_80 (syntax and resources, not numerics)."""

import shutil
from pathlib import Path

import pytest
from mlir import ir, passmanager

import hm_mlir
from hm_mlir.codegen.ptx import extract_ptx, ptxas_check

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")
@pytest.mark.parametrize("chip", ["sm_90", "sm_80"])
def test_mlp_kernels_assemble(chip):
    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse((EXAMPLES / "mlp.mlir").read_text())
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_stage_pipeline(pm, target="ptx", chip=chip)
        pm.run(module.operation)
        kernels = extract_ptx(module)
    assert list(kernels) == ["kernels"]  # hm-merge-gpu-modules: one PTX module per program
    ptx = kernels["kernels"]
    assert ptx.count(".visible .entry") == 3  # one kernel per operator: fill, matmul, bias + ReLU
    assert f".target {chip}" in ptx
    code, errors = ptxas_check(ptx, arch=chip)
    assert code == 0, errors
