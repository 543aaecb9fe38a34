"""The Python API for embedding hm-mlir in other flows (issue: foundation, item 6)."""

from pathlib import Path

import pytest
from mlir import ir, passmanager

import hm_mlir
from hm_mlir import dialects, hardware, passes
from hm_mlir.pipeline_text import PipelineError, parse_pipeline, pipeline_text

MATMUL = """
func.func @mm(%a: tensor<37x91xf32>, %b: tensor<91x53xf32>, %c: tensor<37x53xf32>) -> tensor<37x53xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<37x91xf32>, tensor<91x53xf32>) outs(%c : tensor<37x53xf32>)
      -> tensor<37x53xf32>
  return %0 : tensor<37x53xf32>
}
"""


def _module_ops(module):
    return [op.operation for op in module.body.operations]


def test_load_dialects_is_idempotent_in_a_callers_context():
    ctx = ir.Context()
    assert not dialects.is_loaded(ctx)
    hm_mlir.load_dialects(ctx)
    hm_mlir.load_dialects(ctx)  # loading twice would abort the process if not guarded
    assert dialects.is_loaded(ctx)
    for op in ("rtile.space", "rtile.config", "tilegraph.kernel", "tilegraph.edge", "rtask.vdevice",
               "rtask.program", "utask.loop", "utask.condition"):
        assert ctx.is_registered_operation(op), op


def test_load_dialects_uses_the_current_context():
    with ir.Context() as ctx:
        hm_mlir.load_dialects()
        assert dialects.is_loaded(ctx)


def test_combined_dialect_file_is_in_sync_with_the_per_dialect_files():
    combined = dialects.irdl_dir() / dialects.COMBINED_FILE
    assert combined.read_text() == dialects.combined_text(), "run `python -m hm_mlir.dialects`"


def test_hm_pass_runs_in_a_callers_pass_manager_mixed_with_upstream_passes():
    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse(MATMUL)
        pm = passmanager.PassManager("builtin.module")
        pm.add("canonicalize")
        hm_mlir.add_pass(pm, "hm-naive-tiling", "block=16 block-rows=4 step=8")
        pm.add("cse")
        pm.run(module.operation)
        ops = {op.name: op for op in _module_ops(module)}
        config = ops["rtile.config"]
        assert list(config.attributes["block"]) == [4, 16]
        assert list(config.attributes["step"]) == [8]
        assert config.attributes["threads"].value == 64
        space = ops["rtile.space"]
        assert list(space.attributes["loops"]) == [37, 53, 91]
        matmul = next(iter(ops["func.func"].regions[0].blocks[0].operations)).operation
        assert matmul.attributes["rtile.space"].value == space.attributes["sym_name"].value
        assert hm_mlir.verify(module.operation)


def test_failing_hm_pass_reports_a_located_error():
    dynamic = MATMUL.replace("tensor<37x91xf32>", "tensor<?x91xf32>").replace("tensor<37x53xf32>", "tensor<?x53xf32>")
    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse(dynamic)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_pass(pm, "hm-naive-tiling")
        with pytest.raises(ir.MLIRError) as info:
            pm.run(module.operation)
        messages = [d.message for d in info.value.error_diagnostics]
        assert any("dynamic shapes are not supported" in m for m in messages), messages


def test_stage_pipeline_from_python_stops_after_rtile():
    steps = hm_mlir.stage_pipeline(stop_after="rtile")
    assert {s.stage for s in steps} == {"rtile"} and steps[-2].hm_pass.NAME == "hm-roller-tiling"
    assert steps[-1].hm_pass.NAME == "hm-verify"  # the stage's end is verified, not every step
    assert [s.hm_pass.NAME for s in steps if s.hm_pass is not None].count("hm-verify") == 1
    assert [s.hm_pass.NAME for s in steps[:4]] == ["hm-rename-reserved-symbols", "hm-fold-zero-sized",
                                                   "hm-static-casts", "hm-check-static-shapes"]
    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse(MATMUL)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_stage_pipeline(pm, stop_after="rtile")
        pm.run(module.operation)
        names = [op.name for op in _module_ops(module)]
        assert names.count("rtile.space") == 1 and names.count("rtile.config") == 8  # Roller's default top-8


def test_stage_pipeline_to_cpu_leaves_only_llvm():
    with ir.Context() as ctx, ir.Location.unknown():
        hm_mlir.load_dialects(ctx)
        module = ir.Module.parse(MATMUL)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_stage_pipeline(pm, target="cpu")
        pm.run(module.operation)
        names = {op.name for op in _module_ops(module)}
        assert names == {"llvm.func"}, names


def test_lower_runs_the_stage_pipeline_on_text_in_a_fresh_context():
    ctx, module = hm_mlir.lower(MATMUL, stop_after="rtile", roller_top_k=3)
    with ctx:
        names = [op.name for op in _module_ops(module)]
        assert names.count("rtile.space") == 1 and names.count("rtile.config") == 3
        assert hm_mlir.verify(module.operation)
    with pytest.raises(ir.MLIRError, match="Unable to parse"):
        hm_mlir.lower("func.func @f(", stop_after="rtile")


def test_unbuilt_stage_is_refused_by_name(monkeypatch):
    from dataclasses import replace

    from hm_mlir import pipeline
    from hm_mlir.pipeline import OptionsError

    # every stage is built; the refusal of one that is not still names it
    monkeypatch.setitem(pipeline.STAGES, "utask", replace(pipeline.STAGES["utask"], built=False))
    with pytest.raises(OptionsError, match="--grinder: the Grinder stage \\(utask\\) is not built yet"):
        hm_mlir.stage_pipeline(grinder=True)
    with pytest.raises(OptionsError, match="Grinder"):
        hm_mlir.stage_pipeline(stop_after="utask")
    monkeypatch.undo()
    # Grinder implies Rammer, and its loops pass runs at the utask stage
    steps = [s.text for s in hm_mlir.stage_pipeline(grinder=True, stop_after="utask")]
    assert "hm-grinder-loops" in steps and any(s.startswith("hm-rammer-schedule") for s in steps)
    # Rammer is built for every target: on GPU targets its persistent kernel
    assert "hm-rammer-gpu-program" in [s.text for s in hm_mlir.stage_pipeline(rammer=True)]
    assert [s.text for s in hm_mlir.stage_pipeline(rammer=True, stop_after="rtask")][-2].startswith(
        "hm-rammer-schedule")


def test_pass_options_are_typed_and_checked():
    tiling = passes.create("hm-naive-tiling", "block=64 step=4")
    assert (tiling.block, tiling.step, tiling.block_rows) == (64, 4, 0)  # 0: from the device
    assert tiling.block_shape(hardware.get("h100")) == (64, 8)
    assert tiling.pipeline_text() == "hm-naive-tiling{block=64 step=4}"
    with pytest.raises(passes.PassOptionError, match="no option 'blok'"):
        passes.create("hm-naive-tiling", "blok=64")
    with pytest.raises(passes.PassOptionError, match="cannot read 'x'"):
        passes.create("hm-naive-tiling", "block=x")
    with pytest.raises(KeyError):
        passes.create("hm-nope")


def test_pipeline_text_round_trips_and_rejects_nested_hm_passes():
    steps = parse_pipeline("builtin.module(canonicalize,hm-naive-tiling{block=64},func.func(cse))")
    assert [s.text for s in steps] == ["canonicalize", "hm-naive-tiling{block=64}", "func.func(cse)"]
    assert steps[1].hm_pass is not None and steps[1].hm_pass.block == 64
    assert pipeline_text(steps) == "builtin.module(canonicalize,hm-naive-tiling{block=64},func.func(cse))"
    with pytest.raises(PipelineError, match="cannot be nested"):
        parse_pipeline("builtin.module(func.func(hm-verify))")
    with pytest.raises(PipelineError, match="anchored"):
        parse_pipeline("canonicalize")
    with pytest.raises(PipelineError, match="unbalanced"):
        parse_pipeline("builtin.module(func.func(cse)")


def test_every_registered_pass_has_a_lit_test_of_its_own():
    """test/<area>/<name without hm->.mlir: it names the pass and runs hm-opt (by the pass's name, or by the
    stage flag that runs it)."""
    root = Path(__file__).resolve().parents[1]
    missing = []
    for name in passes.REGISTRY:
        files = [f for f in root.glob(f"*/{name.removeprefix('hm-')}.mlir")
                 if name in f.read_text() and "%hm-opt" in f.read_text()]
        if not files:
            missing.append(name)
    assert not missing, missing


def test_every_registered_pass_has_help_and_a_docstring():
    for name in passes.REGISTRY:
        cls = passes.get(name)
        assert cls.NAME == name
        assert cls.SUMMARY and cls.__module__.rsplit(".", 1)[1] == name.removeprefix("hm-").replace("-", "_")
        assert "Consumes" in (__import__(cls.__module__, fromlist=["x"]).__doc__ or "") or name == "hm-verify"
