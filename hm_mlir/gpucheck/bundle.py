"""Build the GPU check's folder: everything the device needs, and nothing it lacks (no compiler, no MLIR).

    python -m hm_mlir.gpucheck.bundle OUT [--target cuda|cpu] [--scale full|small] [--top-k K] [--cases ...]

OUT/run.py is the device script (hm_mlir.gpucheck.device) and OUT/hm_mlir/ the copy of the runner it imports;
OUT/libs/ holds one library folder per test program, zoo model and kernel-set variant (cuda: a cubin and a PTX
form each), OUT/data/ the test programs' inputs and every expected output computed here (NumPy references,
PyTorch's zoo outputs), OUT/zoo/ the zoo's model files for PyTorch eager and torch.compile on the device, and
OUT/cases.json the plan. `--target cpu --scale small` builds what the dry run in CI runs.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import zlib
from pathlib import Path

import numpy as np

from hm_mlir import zoo
from hm_mlir.gpucheck.kernels import kernel_set

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "hm_mlir"
# What the device script imports from hm-mlir (numpy and ctypes only underneath).
BUNDLED_MODULES = ["__init__.py", "zoo.py", "library/__init__.py", "library/manifest.py", "library/runner.py",
                   "runtime/__init__.py", "runtime/callable.py", "runtime/cuda.py", "runtime/signature.py",
                   "runtime/memref_abi.py", "frontend/__init__.py", "frontend/torch_import.py", "gpucheck/__init__.py",
                   "gpucheck/backend.py"]
COMPILED_MODELS = ("mlp", "attention", "bert_layer", "resnet_block")  # torch.compile baselines, each capped
# Rammer's persistent kernels: a case name's suffix selects the flags. Each runs REPEATS times, the results
# compared for equality, and the zoo's against PyTorch eager, CUDA Graphs and torch.compile(mode=
# "reduce-overhead"). "+rammer-wrap" starts the counters a few launches before the 32-bit wrap.
CASE_FLAGS = {"+rammer": {"rammer": True}, "+welder+rammer": {"welder": True, "rammer": True},
              "+rammer-wrap": {"rammer": True}, "+grinder": {"grinder": True}}
# Rammer's persistent kernels, and Grinder's device loops inside them
RAMMER_CASES = ("zoo:resnext_block+rammer", "zoo:resnext_block+welder+rammer", "zoo:nasnet_cell+rammer",
                "zoo:nasnet_cell+welder+rammer", "zoo:lstm+rammer", "zoo:bert_layer+welder+rammer",
                "program:mlp+rammer", "program:mlp+rammer-wrap", "program:rnn_for+grinder",
                "program:stacked_rnn+grinder")
RAMMER_COMPILED = ("resnext_block", "nasnet_cell")  # reduce-overhead baselines
REPEATS = 100
WRAP_LAUNCHES = 40  # the largest kernel's counter wraps this many launches in
SMOKE_MODELS = ("program:mlp", "program:reductions", "zoo:mlp", "program:mlp+rammer")
MAX_BYTES = 48 * 2**20
TOLERANCE = {"f16": 2e-2, "bf16": 2e-2}  # else 1e-4 (relative to the larger of 1 and the reference's magnitude)


def _programs():
    import importlib.util

    spec = importlib.util.spec_from_file_location("hm_test_programs", ROOT / "test" / "programs" / "reference.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.PROGRAMS


def _forms(target: str) -> dict[str, dict]:
    return {"cpu": {"target": "cpu"}} if target == "cpu" else \
        {"cubin": {"target": "cuda"}, "ptx": {"target": "cuda", "kernel_format": "ptx"}}


def _libraries(source, out: Path, folder: str, target: str, **options) -> dict[str, str]:
    import hm_mlir

    libraries = {}
    (out / folder).mkdir(parents=True)
    for form, settings in _forms(target).items():
        hm_mlir.compile_library(source, out / folder / form, **settings, **options)
        libraries[form] = f"{folder}/{form}"
    return libraries


def _save(path: Path, arrays: dict) -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    path.write_bytes(buffer.getvalue())


def _flags(case: str) -> tuple[str, dict]:
    """The case's source name and its compile flags (CASE_FLAGS suffix)."""
    for suffix, flags in sorted(CASE_FLAGS.items(), key=lambda item: -len(item[0])):  # +welder+rammer first
        if case.endswith(suffix):
            return case[:-len(suffix)], dict(flags)
    return case, {}


def _wrap_epoch(source) -> int:
    """An epoch WRAP_LAUNCHES launches before the counter of the program's largest kernel passes 2^32."""
    import hm_mlir

    blocks = [b for r in hm_mlir.report(source, rammer=True, welder=False) if r["stage"] == "rtask"
              for p in r["programs"] for b in (k["blocks"] for k in p["kernels"])]
    return 2**32 // max(blocks) - WRAP_LAUNCHES


def model_cases(out: Path, target: str, names: list[str] | None) -> list[dict]:
    """Every test program and zoo model (or those of `names`), and the Rammer cases: libraries, expected
    outputs, the plan's entries."""
    cases = []
    programs = _programs()
    wanted = names or ([f"program:{n}" for n in sorted(programs)] + [f"zoo:{n}" for n in zoo.names()]
                       + list(RAMMER_CASES))
    for case in wanted:
        base, flags = _flags(case)
        kind, name = base.split(":", 1)
        slug = case.replace(":", "_").replace("+", "_")
        if kind == "program":
            program = programs[name]
            source = ROOT / "test" / "programs" / f"{name}.mlir"
            arguments = program.inputs(np.random.default_rng(0))
            expected = program.reference(*[np.array(a, copy=True) for a in arguments])
            entry, extra = program.entry, {}
            data = {f"argument{i}": a for i, a in enumerate(arguments)}
        else:
            model = zoo.load(name)
            source, entry = model.mlir_path, model.manifest["entry"]
            arguments, expected = model.arguments(0), model.expected(0)
            rammer = flags.get("rammer", False)
            extra = {"zoo": name, "compile": name in (RAMMER_COMPILED if rammer else COMPILED_MODELS),
                     "seed": model.cases[0],
                     "argument_crc": [zlib.crc32(np.ascontiguousarray(a).tobytes()) for a in arguments]}
            data = {}
        if flags.get("rammer") or flags.get("grinder"):
            extra.update({"rammer": True, "repeats": REPEATS, "flags": sorted(flags)})
            if case.endswith("+rammer-wrap"):
                flags["rammer_epoch_start"] = extra["epoch_start"] = _wrap_epoch(source)
        data.update({f"expected{i}": np.asarray(e) for i, e in enumerate(expected)})
        _save(out / "data" / f"{slug}.npz", data)
        libraries = _libraries(source, out, f"libs/{slug}", target, **flags)
        manifest = json.loads((out / next(iter(libraries.values())) / "manifest.json").read_text())
        results = manifest["functions"][entry]["results"]  # the signature, for the tolerance
        tolerance = max((TOLERANCE.get(r["element"], 1e-4) for r in results), default=1e-4)
        cases.append({"name": case, "kind": kind, "entry": entry, "libraries": libraries,
                      "data": f"data/{slug}.npz", "arguments": len(data) - len(expected) if kind == "program" else 0,
                      "results": len(expected), "tolerance": tolerance, "smoke": case in SMOKE_MODELS, **extra})
    return cases


def kernel_cases(out: Path, target: str, scale: str, top_k: int, names: list[str] | None) -> list[dict]:
    """Every kernel of the set as Roller's top-K variants (variant 0 is the model's choice)."""
    cases = []
    for kernel in kernel_set(scale):
        if names is not None and kernel.name not in names:
            continue
        variants, seen = [], set()
        for choice in range(top_k):
            folder = f"libs/{kernel.name}/top{choice}"
            libraries = _libraries(kernel.text, out, folder, target, roller_top_k=top_k, roller_choose=choice)
            image = (out / next(iter(libraries.values())) / "libmodel.so").read_bytes()
            if image in seen:  # a kernel with fewer than K distinct candidates
                shutil.rmtree(out / folder)
                continue
            seen.add(image)
            variants.append({"name": kernel.name, "choice": choice, "libraries": libraries})
        cases.append({"name": kernel.name, "kind": "kernel", "op": kernel.op, "element": kernel.element,
                      "shapes": [list(s) for s in kernel.shapes], "result": list(kernel.result),
                      "floor": kernel.floor, "minimum": kernel.minimum, "notes": kernel.notes, "bytes": kernel.bytes,
                      "flops": kernel.flops, "tolerance": 1e-3 if kernel.element == "f32" else 1e-2,
                      "smoke": kernel.smoke, "variants": variants})
    return cases


def _copy_sources(out: Path) -> None:
    for relative in BUNDLED_MODULES:
        target = out / "hm_mlir" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE / relative, target)
    shutil.copyfile(PACKAGE / "gpucheck" / "device.py", out / "run.py")
    zoo_out = out / "zoo"
    zoo_out.mkdir()
    for path in zoo.zoo_root().glob("*.py"):
        if path.name != "export.py":
            shutil.copyfile(path, zoo_out / path.name)
    for name in zoo.names():
        (zoo_out / name).mkdir()
        for file in ("manifest.json", "expected.npz"):
            shutil.copyfile(zoo.zoo_root() / name / file, zoo_out / name / file)


# --check-bounds on the device: a gather whose index is out of bounds must fail the launch (the kernel's
# __assertfail), never return. Its source location is what the device prints.
CHECKED_GATHER = """func.func @main(%table: tensor<10x4xf32>, %ids: tensor<3xindex>) -> tensor<3x4xf32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>],
      iterator_types = ["parallel", "parallel"]} ins(%ids : tensor<3xindex>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%id: index, %o: f32):
    %j = linalg.index 1 : index
    %v = tensor.extract %table[%id, %j] : tensor<10x4xf32>
    linalg.yield %v : f32
  } -> tensor<3x4xf32>
  return %r : tensor<3x4xf32>
}
"""


def check_cases(out: Path, target: str) -> list[dict]:
    """The --check-bounds case: a checked library called with an index out of bounds (last: on a GPU the
    failed assert ends the CUDA context)."""
    table = np.arange(40, dtype=np.float32).reshape(10, 4)
    _save(out / "data" / "check_bounds_gather.npz", {"argument0": table, "argument1": np.array([1, 10, 2])})
    libraries = _libraries(CHECKED_GATHER, out, "libs/check_bounds_gather", target, check_bounds=True)
    return [{"name": "check-bounds:gather", "kind": "check", "entry": "main", "libraries": libraries,
             "data": "data/check_bounds_gather.npz", "arguments": 2, "location": "<input>:7:10", "smoke": True}]


def build(out: Path, target: str = "cuda", scale: str = "full", top_k: int = 8,
          cases: list[str] | None = None, kernels: list[str] | None = None) -> dict:
    """Write the GPU check's folder to `out` (which must not exist); returns the plan (cases.json)."""
    if out.exists():
        raise FileExistsError(f"'{out}' exists: the GPU check's folder is written fresh")
    from hm_mlir.library.build import Toolchain

    out.mkdir(parents=True)
    (out / "data").mkdir()
    _copy_sources(out)
    plan = {"target": target, "scale": scale, "versions": Toolchain.find().versions(target),
            "models": model_cases(out, target, cases), "kernels": kernel_cases(out, target, scale, top_k, kernels),
            "checks": check_cases(out, target)}
    (out / "cases.json").write_text(json.dumps(plan, indent=1) + "\n")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    if size > MAX_BYTES:
        raise RuntimeError(f"the GPU check's folder is {size / 2**20:.1f} MiB, over its {MAX_BYTES // 2**20} MiB")
    plan["bytes"] = size
    return plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hm_mlir.gpucheck.bundle", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write (must not exist)")
    parser.add_argument("--target", choices=("cuda", "cpu"), default="cuda")
    parser.add_argument("--scale", choices=("full", "small"), default="full")
    parser.add_argument("--top-k", type=int, default=8, help="Roller variants per kernel (default 8)")
    parser.add_argument("--cases", default=None, help="comma-separated program:<name>/zoo:<name> (default: all)")
    parser.add_argument("--kernels", default=None, help="comma-separated kernel names (default: all)")
    args = parser.parse_args(argv)
    plan = build(args.out, args.target, args.scale, args.top_k, args.cases.split(",") if args.cases else None,
                 args.kernels.split(",") if args.kernels else None)
    variants = sum(len(k["variants"]) for k in plan["kernels"])
    print(f"{args.out}: {len(plan['models'])} models and {len(plan['kernels'])} kernels ({variants} variants), "
          f"{plan['bytes'] / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
