"""A plain (non-editable) install works: the wheel carries the IRDL dialect files inside the package."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_the_dialect_files_and_loads_them(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("hm_mlir-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for dialect in ("rtile", "tilegraph", "rtask", "utask", "hm"):
        assert f"hm_mlir/dialects/irdl/{dialect}.irdl.mlir" in names
    # Import the unpacked wheel (not the checkout) and load the dialects from inside the package.
    probe = (
        "import hm_mlir.dialects as d; from mlir import ir; ctx = ir.Context(); d.load(ctx); "
        "print(d.irdl_dir(), d.is_loaded(ctx))"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    folder, loaded = result.stdout.split()
    assert folder == str(tmp_path / "site" / "hm_mlir" / "dialects" / "irdl") and loaded == "True"
