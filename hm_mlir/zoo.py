"""The model zoo (examples/zoo) from NumPy alone: each model's MLIR, its seeded arguments and PyTorch's outputs.

examples/zoo/<name>.py defines a PyTorch model; examples/zoo/export.py (needs the torch extra) writes
examples/zoo/<name>/ with model.mlir, manifest.json (the arguments, how each is drawn, the cases) and
expected.npz (PyTorch's results per case: keys case<c>_result<i>). Tests and hm-bench read only these, so the
zoo runs without PyTorch.

An argument is described by a dict: name, shape, dtype and `init`, one of
    {"kind": "normal", "scale": s}              s * N(0, 1)
    {"kind": "uniform", "low": a, "high": b}    U[a, b)
    {"kind": "integers", "low": a, "high": b}   integers in [a, b)
The value of argument `index` depends only on (seed, index) and the description.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# rtol = atol per result dtype (f16/bf16 accumulate in f32); integers and booleans compare exactly.
TOLERANCE = {"float32": 1e-4, "float64": 1e-4, "float16": 2e-2, "bfloat16": 2e-2}


def generate(description: dict, seed: int, index: int) -> np.ndarray:
    """The array an argument description stands for."""
    rng = np.random.default_rng([seed, index])
    shape, dtype, init = tuple(description["shape"]), np.dtype(description["dtype"]), description["init"]
    if init["kind"] == "normal":
        values = rng.standard_normal(shape) * init["scale"]
    elif init["kind"] == "uniform":
        values = rng.uniform(init["low"], init["high"], shape)
    elif init["kind"] == "integers":
        values = rng.integers(init["low"], init["high"], shape)
    else:
        raise ValueError(f"unknown init kind {init['kind']!r}")
    return np.ascontiguousarray(values.astype(dtype))


def generate_all(descriptions: list[dict], seed: int) -> list[np.ndarray]:
    return [generate(description, seed, index) for index, description in enumerate(descriptions)]


def weight_init(name: str, shape: tuple) -> dict:
    """How a weight of this state-dict name and shape is drawn: fan-in scaled normals for matrices and filters,
    values near 1 for norm scales and running variances, small normals for biases and running means."""
    if name.endswith("running_var"):
        return {"kind": "uniform", "low": 0.5, "high": 1.5}
    if len(shape) >= 2:
        return {"kind": "normal", "scale": 1.0 / math.sqrt(math.prod(shape[1:]))}
    if name.endswith("weight"):
        return {"kind": "uniform", "low": 0.8, "high": 1.2}
    return {"kind": "normal", "scale": 0.1}


def zoo_root() -> Path:
    """examples/zoo of the source tree this package sits in (hm-mlir installed editable or run from a clone)."""
    return Path(__file__).resolve().parent.parent / "examples" / "zoo"


@dataclass(frozen=True)
class ZooModel:
    """One exported zoo model: examples/zoo/<name>/."""

    name: str
    folder: Path
    manifest: dict

    @property
    def mlir_path(self) -> Path:
        return self.folder / "model.mlir"

    @property
    def cases(self) -> list[int]:
        """The input seeds, one per case."""
        return list(self.manifest["cases"])

    def arguments(self, case: int = 0) -> list[np.ndarray]:
        """The function's arguments for case `case`: weights from the weight seed, inputs from the case's."""
        seeds = {"weight": self.manifest["weight_seed"], "input": self.cases[case]}
        return [generate(argument, seeds[argument["role"]], argument["index"])
                for argument in self.manifest["arguments"]]

    def expected(self, case: int = 0) -> list[np.ndarray]:
        with np.load(self.folder / "expected.npz") as saved:
            return [saved[f"case{case}_result{i}"] for i in range(len(self.manifest["results"]))]


def load(name: str, root: Path | None = None) -> ZooModel:
    folder = (root or zoo_root()) / name
    return ZooModel(name, folder, json.loads((folder / "manifest.json").read_text()))


def model_source(name: str, root: Path | None = None):
    """The Python module examples/zoo/<name>.py (needs the torch extra): its `model(input_seed)` factory,
    `WEIGHTS`, `INPUTS` and optional `CASES`. Loaded once; registered in sys.modules, as torch.cond's tracing
    looks the model's module up by name."""
    import importlib
    import sys

    folder = str(root or zoo_root())
    sys.path.insert(0, folder)  # the zoo files import their shared `common` module
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(folder)


def names(root: Path | None = None) -> list[str]:
    """The exported models, sorted."""
    return sorted(path.parent.name for path in (root or zoo_root()).glob("*/manifest.json"))


def mismatch(results: list, expected: list) -> str:
    """'' when every result matches PyTorch's within TOLERANCE, else what differs first."""
    if len(results) != len(expected):
        return f"{len(results)} results, PyTorch gives {len(expected)}"
    for index, (got, want) in enumerate(zip(results, expected)):
        got, want = np.asarray(got), np.asarray(want)
        if got.shape != want.shape:
            return f"result {index}: shape {got.shape}, PyTorch gives {want.shape}"
        tolerance = TOLERANCE.get(str(want.dtype))
        if tolerance is None:
            close = got == want
        else:
            close = np.isclose(got.astype(np.float64), want.astype(np.float64), rtol=tolerance, atol=tolerance)
        if not np.all(close):
            first = tuple(int(k) for k in np.argwhere(~close)[0])
            return (f"result {index}: {int((~close).sum())} of {got.size} elements differ; first at {first}: "
                    f"got {got[first]!r}, PyTorch gives {want[first]!r}")
    return ""
