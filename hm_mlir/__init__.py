"""hm-mlir: Roller, Welder, Rammer and Grinder as one MLIR compiler on the upstream MLIR Python bindings.

Embedding in another flow (every name is imported lazily, so `import hm_mlir` costs nothing):

    from mlir import ir, passmanager
    import hm_mlir

    with ir.Context() as ctx:
        hm_mlir.load_dialects(ctx)                       # rtile, tilegraph, rtask, utask (idempotent)
        module = ir.Module.parse(text)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_pass(pm, "hm-naive-tiling", "block=64")  # any hm pass, mixed with upstream ones
        hm_mlir.add_stage_pipeline(pm, stop_after="rtile")   # or a whole stage pipeline
        pm.run(module.operation)
        assert hm_mlir.verify(module.operation)

    ctx, module = hm_mlir.lower(text, stop_after="rtile")  # the same in a fresh context, in one call

    exe = hm_mlir.compile(text, target="cpu")            # or run it: one callable per public function
    y = exe.mlp(x, w, b)

    hm_mlir.compile_library(text, "mlp-lib", target="cuda")  # or ship it: a folder that runs without MLIR
    lib = hm_mlir.library.runner.load("mlp-lib")          # (numpy + ctypes only; hm-run mlp-lib works too)

    text = hm_mlir.from_torch(torch_module, (x,))        # PyTorch in (the `torch` extra), linalg MLIR out
"""

from __future__ import annotations

__version__ = "0.1.0"


def compile(source, target: str = "cpu", **options):  # noqa: A001 (the API's name)
    """Compile MLIR text, a Path or an ir.Module for target "cpu" or "cuda"; returns an Executable whose
    public functions are callable with NumPy arrays (`exe.main(a, b)`). See hm_mlir.runtime.executable."""
    from hm_mlir.runtime.executable import compile as compile_module

    return compile_module(source, target, **options)


def compile_library(source, directory, target: str = "cpu", **options):
    """Compile MLIR text, a Path or an ir.Module into the self-contained library folder `directory` for target
    "cpu" or "cuda" (kernel_format="cubin" or "ptx"; the stage options of `compile`); returns its Path. Load it
    with hm_mlir.library.runner.load. See hm_mlir.library.build."""
    from hm_mlir.library.build import compile_library as build

    return build(source, directory, target, **options)


def load_dialects(ctx=None) -> None:
    """Register the four stage dialects in `ctx` (default: the current context); safe to call twice."""
    from hm_mlir import dialects

    dialects.load(ctx)


def verify(module_op) -> bool:
    """Run the stage dialects' Python rules on a builtin.module; errors go to the context's diagnostics."""
    from hm_mlir import verifier

    return verifier.verify(getattr(module_op, "operation", module_op))


def add_pass(pm, name: str, options: str = "") -> None:
    """Append hm pass `name` (configured by MLIR option text) to an upstream PassManager on builtin.module."""
    from hm_mlir import passes

    passes.create(name, options).add_to(pm)


def stage_pipeline(**options):
    """The steps of the compile pipeline for `options` (fields of hm_mlir.pipeline.CompileOptions)."""
    from hm_mlir.pipeline import CompileOptions, build_steps

    return build_steps(CompileOptions(**options))


def add_stage_pipeline(pm, **options) -> None:
    """Append the compile pipeline for `options` to an upstream PassManager on builtin.module."""
    for step in stage_pipeline(**options):
        step.add_to(pm)


def lower(text: str, **options):
    """(context, module): MLIR `text` parsed in a fresh context with the stage dialects and run through the
    compile pipeline for `options` (target=, chip=, stop_after=, ... as in add_stage_pipeline). The module
    lives as long as the context is kept."""
    from mlir import ir

    from hm_mlir.pipeline import pass_manager

    ctx = ir.Context()
    load_dialects(ctx)
    with ctx, ir.Location.unknown():
        module = ir.Module.parse(text)
        pass_manager(stage_pipeline(**options), options.get("verify_each", False)).run(module.operation)
    return ctx, module


def report(source, **options) -> list[dict]:
    """What Welder (and, with rammer=True, Rammer; with grinder=True, Rammer and Grinder) decide for MLIR text or
    a Path (stage options as for `compile`; welder is implied unless welder=False is given with rammer=True or
    grinder=True): Welder's per function the accepted groups with their tiles, edges and modelled bytes, the
    operators on their own and the rejected merges with the reason; Rammer's per program the vDevice, waves,
    kernels, per-vEU tasks and waits and the modelled makespan; Grinder's device loops (dispatch, carried waits,
    modelled times) and the loops left on the host with the reason (the dicts --hm-report-format=json prints,
    each with its "stage")."""
    from pathlib import Path

    from mlir import ir

    from hm_mlir import stage_report
    from hm_mlir.pipeline import pass_manager
    from hm_mlir.source import parse_module

    text = Path(source).read_text() if isinstance(source, Path) else source
    filename = str(source) if isinstance(source, Path) else "-"  # the locations the report quotes
    scheduled = options.get("rammer") or options.get("grinder")
    welder = options.pop("welder", True) or not scheduled
    stop = "utask" if options.get("grinder") else "rtask" if options.get("rammer") else "tilegraph"
    steps = stage_pipeline(**{"target": "cpu", **options, "welder": welder, "stop_after": stop})
    with ir.Context() as ctx, ir.Location.unknown():
        load_dialects(ctx)
        module = parse_module(text, filename)
        pass_manager(steps).run(module.operation)
    return stage_report.collect(steps)


def from_torch(module, example_inputs, **options) -> str:
    """linalg-on-tensors MLIR text for a PyTorch module (needs the `torch` extra); see hm_mlir.frontend."""
    from hm_mlir.frontend import from_torch as import_torch

    return import_torch(module, example_inputs, **options)
