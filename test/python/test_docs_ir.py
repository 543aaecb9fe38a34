"""The IR that docs/ARCHITECTURE.md shows for the stages not built yet is accepted by the real verifier."""

from pathlib import Path

import pytest

from hm_mlir.tools.hm_opt import main

DOCS_IR = Path(__file__).resolve().parents[2] / "docs" / "ir"
FILES = sorted(DOCS_IR.glob("*.mlir"))


def test_the_documented_stages_have_verified_examples():
    names = " ".join(f.name for f in FILES)
    for stage in ("tilegraph", "rtask", "utask"):
        assert stage in names, f"docs/ir has no example of the {stage} stage"


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_documented_ir_verifies(path, capsys):
    assert main([str(path)]) == 0, capsys.readouterr().err


REAL_OUTPUT = "// REAL OUTPUT of `hm-opt "


@pytest.mark.parametrize("path", [f for f in FILES if f.read_text().startswith(REAL_OUTPUT)],
                         ids=lambda f: f.name)
def test_real_outputs_are_current(path, capsys, monkeypatch):
    """A docs/ir file that says it is real output is what that command prints today."""
    monkeypatch.chdir(DOCS_IR.parents[1])  # the command names files from the checkout's root
    text = path.read_text()
    command = text[len(REAL_OUTPUT):text.index("`", len(REAL_OUTPUT))].split()
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//")) + "\n"
    assert main(command) == 0
    assert capsys.readouterr().out == body, f"{path.name} is stale: regenerate it with the command it names"
