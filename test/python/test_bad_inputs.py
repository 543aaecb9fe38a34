"""The bad-input corpus (test/bad-inputs/cases.py): every case fails with its exact exit code and message.

All cases run up front, concurrently, in one session fixture (each is a subprocess: an abort of upstream MLIR
must show up as a death by signal, not kill pytest); the parametrized tests then check each result.
"""

from __future__ import annotations

import concurrent.futures
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "test" / "bad-inputs"
MODULES = {"hm-opt": "hm_mlir.tools.hm_opt", "hm-run": "hm_mlir.tools.hm_run"}
TIMEOUT_S = 120


def _load_corpus():
    spec = importlib.util.spec_from_file_location("bad_input_cases", CORPUS / "cases.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building Case
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()
CASES = {case.name: case for case in corpus.CASES}


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    input_path: str
    folder: str


def _fill(text: str, input_path: str, folder: str, escape: bool = False) -> str:
    quote = re.escape if escape else (lambda s: s)
    return text.replace("{in}", quote(input_path)).replace("{dir}", quote(folder))


def _run_case(case, folder: Path) -> Outcome:
    """Write the case's files into `folder` and run its tool there."""
    folder.mkdir(parents=True)
    input_path = folder / f"input{case.suffix}"
    if case.input_file is not None:
        shutil.copyfile(CORPUS / "inputs" / case.input_file, input_path)
    elif case.source is not None:
        data = case.source.encode() if isinstance(case.source, str) else case.source
        input_path.write_bytes(data)
    for name, content in case.files.items():
        if content is None:
            (folder / name).mkdir()
        else:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content.encode() if isinstance(content, str) else content)
    for name, target in case.links.items():
        os.symlink(target, folder / name)
    argv = [_fill(arg, str(input_path), str(folder)) for arg in case.argv]
    env = dict(os.environ, PYTHONPATH=str(ROOT), HM_MLIR_REPRODUCER_DIR=str(folder))
    env.pop("HM_MLIR_TRACEBACK", None)
    try:
        done = subprocess.run([sys.executable, "-m", MODULES[case.tool], *argv], cwd=folder, env=env,
                              input=case.stdin if case.stdin is not None else b"", capture_output=True,
                              timeout=TIMEOUT_S)
        returncode, stdout, stderr = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as err:
        returncode, stdout, stderr = -int(signal.SIGKILL), err.stdout or b"", (err.stderr or b"") + b"\n(timed out)"
    return Outcome(returncode, stdout.decode(errors="replace"), stderr.decode(errors="replace"), str(input_path),
                   str(folder))


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory) -> dict[str, Outcome]:
    """Every case's outcome, run concurrently (the tools are single-threaded; startup dominates)."""
    base = tmp_path_factory.mktemp("bad-inputs")
    workers = max(4, 2 * (os.cpu_count() or 2))
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        futures = {name: pool.submit(_run_case, case, base / name) for name, case in CASES.items()}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_case(name, outcomes):
    case, outcome = CASES[name], outcomes[name]
    output = outcome.stdout + outcome.stderr
    where = f"{case.tool} {' '.join(case.argv)}\n--- stderr ---\n{outcome.stderr}"
    assert outcome.returncode >= 0 and outcome.returncode not in (134, 139), f"died by a signal\n{where}"
    assert "Traceback" not in output, where
    assert "internal error" not in output, where
    assert outcome.returncode == case.exit_code, f"exit code {outcome.returncode}, expected {case.exit_code}\n{where}"
    pattern = _fill(case.stderr, outcome.input_path, outcome.folder, escape=True)
    matched = re.search(pattern, outcome.stderr, re.M) is not None
    assert matched, f"stderr does not match /{case.stderr}/\n{where}"


def test_corpus_size_and_coverage():
    names = [case.name for case in corpus.CASES]
    assert len(set(names)) == len(names), "case names must be unique"
    assert len(names) >= 50
    kinds = {case.kind for case in corpus.CASES}
    assert kinds == set(corpus.KINDS), f"kinds without a case: {set(corpus.KINDS) - kinds}"
    assert {case.tool for case in corpus.CASES} == set(MODULES)
    for case in corpus.CASES:
        assert case.exit_code in (1, 2), case.name
        assert case.input_file is None or (CORPUS / "inputs" / case.input_file).is_file(), case.name


def test_located_messages_are_located():
    """A case whose input has a place in it expects `{in}:LINE:COL: error:` (or `<stdin>:...`)."""
    located = re.compile(r"^\^(\{in\}|<stdin>|/dev/stdin):\d+:\d+: error: ")
    for case in corpus.CASES:
        if case.kind in ("syntax", "verifier", "abort", "dynamic-shape") and case.exit_code == 1:
            assert located.match(case.stderr), case.name


def test_abort_guards_accept_valid_modules():
    """hm_mlir.abort_guards flags nothing in the valid modules of the repository, nor in look-alikes that name a
    watched op in a comment, a string or a value name (it runs before every parse: no false alarm)."""
    from mlir import ir

    from hm_mlir import dialects
    from hm_mlir.abort_guards import find_aborts

    texts = {p.relative_to(ROOT).as_posix(): p.read_text()
             for p in sorted((ROOT / "test" / "programs").glob("*.mlir")) + sorted((ROOT / "examples").rglob("*.mlir"))}
    texts["comment"] = "// linalg.reduce ins(%a, %b : t, t) outs(%e : t)\nfunc.func @f() {\n  return\n}\n"
    texts["string"] = ('func.func @f() attributes {note = "linalg.reduce ins(%a, %b : t, t) outs(%e : t)"} {\n'
                       "  return\n}\n")
    texts["value-name"] = ("func.func @f(%linalg.reduce: tensor<4xf32>) -> tensor<4xf32> {\n"
                           "  return %linalg.reduce : tensor<4xf32>\n}\n")
    ctx = ir.Context()
    dialects.load(ctx)
    with ctx:
        flagged = {name: find_aborts(text) for name, text in texts.items()}
    assert len(texts) > 10
    assert not {name: problems for name, problems in flagged.items() if problems}
