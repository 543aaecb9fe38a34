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
