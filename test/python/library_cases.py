"""The cases the library tests build: every test program (test/programs, NumPy references) and every zoo
model (examples/zoo, PyTorch's outputs), named program:<name> and zoo:<name>."""

from pathlib import Path

import numpy as np

from hm_mlir import zoo

PROGRAM_DIR = Path(__file__).resolve().parents[1] / "programs"


def _programs():
    from test_programs import PROGRAMS  # test/python is on the path (pytest's rootdir-relative imports)

    return PROGRAMS


# Built by bench/library.py only: the ResNeXt block's 32 paths are 32 copies of resnet_block's kernel forms, and
# a library of it took 45 s of the suite's 15 minutes to build (its Rammer program is tested in test_zoo.py).
BENCH_ONLY = {"zoo:resnext_block"}


def case_names() -> list[str]:
    names = [f"program:{name}" for name in sorted(_programs())] + [f"zoo:{name}" for name in zoo.names()]
    return [name for name in names if name not in BENCH_ONLY]


def case_source(case: str) -> Path:
    kind, name = case.split(":", 1)
    return PROGRAM_DIR / f"{name}.mlir" if kind == "program" else zoo.load(name).mlir_path


def case_entry_and_arguments(case: str) -> tuple[str, list[np.ndarray]]:
    kind, name = case.split(":", 1)
    if kind == "program":
        program = _programs()[name]
        return program.entry, program.inputs(np.random.default_rng(0))
    model = zoo.load(name)
    return model.manifest["entry"], model.arguments(0)
