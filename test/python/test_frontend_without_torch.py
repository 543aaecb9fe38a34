"""Without the torch extra, the rest of hm-mlir works and the front end says what to install (simulated here
by making torch unimportable in a fresh process, so this runs whether or not the extra is installed)."""

import subprocess
import sys


def _hm_import(*args, cwd=None, block_torch=False):
    """Run hm-import in a fresh process; `block_torch` makes torch and torch_mlir unimportable in it."""
    blocked = "sys.modules['torch'] = None; sys.modules['torch_mlir'] = None; " if block_torch else ""
    code = f"import sys; {blocked}from hm_mlir.tools.hm_import import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


def test_hm_import_without_the_extra_says_what_to_install(tmp_path):
    model = tmp_path / "m.py"
    model.write_text("def model():\n    raise AssertionError('not called')\n")
    done = _hm_import(str(model), "-o", str(tmp_path / "m.mlir"), block_torch=True)
    assert done.returncode == 1
    assert "pip install 'hm-mlir[torch]'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "m.mlir").exists()


def test_from_torch_without_the_extra_raises_missing_extra():
    code = ("import sys; sys.modules['torch'] = None\n"
            "import hm_mlir\n"
            "from hm_mlir.frontend import MissingExtra\n"
            "try:\n    hm_mlir.from_torch(object(), ())\nexcept MissingExtra as err:\n    print(err)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "needs torch" in done.stdout and "hm-mlir[torch]" in done.stdout
