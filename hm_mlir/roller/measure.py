"""Roller's optional measurement (`--roller-measure`): compile and time an operator's top-K on a run target,
keep the fastest, and cache the winner on disk so a second compile of the same operator is instant.

Input: a linalg op on tensors (the rtile stage), its OpSpec, the device description, K and the run target
("cpu": the ExecutionEngine; "cuda": the GPU). Output: the index of the fastest candidate. The op is
compiled alone (a function of its operands) once per candidate with `roller_choose`; the construction is
deterministic, so candidate i there is candidate i here. The cache (JSON, `$HM_MLIR_CACHE` or
~/.cache/hm-mlir/roller-measure.json) is keyed by the operator's signature, the device, K, the run target and
the compiler's version (hm-mlir and MLIR).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

RUNS = 5  # timed runs per candidate (after one warm-up); the median counts


def cache_path() -> Path:
    root = os.environ.get("HM_MLIR_CACHE")
    return Path(root) if root else Path.home() / ".cache" / "hm-mlir" / "roller-measure.json"


def compiler_version() -> str:
    from importlib import metadata

    import hm_mlir

    try:
        bindings = metadata.version("xtc-mlir-python-bindings")
    except metadata.PackageNotFoundError:
        bindings = "unknown"
    return f"hm-mlir {hm_mlir.__version__}, mlir bindings {bindings}"


def cache_key(signature: str, device: str, top_k: int, target: str) -> str:
    return f"{signature}|{device}|top-{top_k}|{target}|{compiler_version()}"


def _load() -> dict:
    try:
        return json.loads(cache_path().read_text())
    except (OSError, ValueError):
        return {}


def _store(key: str, entry: dict) -> None:
    path = cache_path()
    data = _load()
    data[key] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True))
    tmp.replace(path)  # atomic: a concurrent reader sees the old or the new file


def standalone_module(op) -> str:
    """MLIR text of a function `main` whose arguments are `op`'s operands and whose results are its results."""
    from mlir import ir
    from mlir.dialects import func

    with op.context, ir.Location.unknown():
        module = ir.Module.create()
        types = [v.type for v in op.operands]
        with ir.InsertionPoint(module.body):
            function = func.FuncOp("main", ir.FunctionType.get(types, [r.type for r in op.results]))
            block = function.add_entry_block()
            with ir.InsertionPoint(block):
                clone = op.clone()
                for i, arg in enumerate(block.arguments):
                    clone.operands[i] = arg
                if "rtile.space" in clone.attributes:
                    del clone.attributes["rtile.space"]
                func.ReturnOp(list(clone.results))
        return str(module)


def _inputs(op) -> list:
    """Arguments for the standalone op (zoo.generate): floats in [-1, 1), integers in [0, 8), i1 either."""
    import numpy as np

    from hm_mlir.runtime.signature import value_spec
    from hm_mlir.zoo import generate

    arrays = []
    for i, value in enumerate(op.operands):
        spec = value_spec(value.type, f"operand {i}")
        floating = np.issubdtype(spec.dtype, np.floating)
        init = ({"kind": "uniform", "low": -1.0, "high": 1.0} if floating
                else {"kind": "integers", "low": 0, "high": 2 if spec.dtype == np.bool_ else 8})
        array = generate({"shape": list(spec.shape or ()), "dtype": spec.dtype.name, "init": init}, 0, i)
        arrays.append(array if spec.shape else array.reshape(()))  # a scalar operand (linalg.fill's value)
    return arrays


def measure(op, signature: str, device: str, top_k: int, count: int, target: str, label: str) -> int:
    """Index of the fastest of `count` candidates of `op` on `target` (cached); progress goes to stderr."""
    key = cache_key(signature, device, top_k, target)
    cached = _load().get(key)
    if cached is not None and 0 <= cached.get("best", -1) < count:
        print(f"roller-measure: {label}: candidate {cached['best']} (cached)", file=sys.stderr)
        return cached["best"]
    from hm_mlir.runtime.executable import compile as compile_module

    text = standalone_module(op)
    inputs = _inputs(op)
    times = []
    for choose in range(count):
        print(f"roller-measure: {label}: candidate {choose + 1}/{count} ...", file=sys.stderr, flush=True)
        exe = compile_module(text, target, roller_top_k=top_k, roller_choose=choose, device=device)
        exe.main(*inputs)  # warm-up
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            exe.main(*inputs)
            samples.append((time.perf_counter() - start) * 1e6)
        times.append(round(statistics.median(samples), 3))  # what the cache stores: `best` is its fastest
    best = min(range(count), key=times.__getitem__)
    print(f"roller-measure: {label}: candidate {best} is fastest ({times[best]:.1f} us; the model's choice "
          f"{times[0]:.1f} us)", file=sys.stderr)
    _store(key, {"best": best, "times_us": times, "target": target})
    return best
