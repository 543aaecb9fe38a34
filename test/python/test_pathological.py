"""Pathological inputs stay bounded: scf.if nested 28 deep compiles (and runs right) instead of taking time
that doubles per level, and nesting beyond what the parser survives is refused before parsing, located (the
bad-input corpus has those cases: test/bad-inputs/cases.py, kind "pathological")."""

import subprocess
import sys

import numpy as np
import pytest

import hm_mlir
from hm_mlir.source import MAX_NESTING, nesting_problem


def nested_ifs(depth: int) -> str:
    """scf.if nested `depth` deep on distinct conditions (one i1 argument each): each then-branch holds the next
    if and yields its tensor<4xf32> result, each else-branch yields the argument; the innermost adds %a to
    itself."""
    lines = [f"func.func @main(%a: tensor<4xf32>, {', '.join(f'%c{k}: i1' for k in range(depth))}) -> tensor<4xf32> {{"]

    def level(k: int, pad: str) -> list[str]:
        if k == depth:
            return [f"{pad}%e = tensor.empty() : tensor<4xf32>",
                    f"{pad}%r{k} = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>)"
                    " -> tensor<4xf32>"]
        return ([f"{pad}%r{k} = scf.if %c{k} -> (tensor<4xf32>) {{"] + level(k + 1, pad + "  ")
                + [f"{pad}  scf.yield %r{k + 1} : tensor<4xf32>", f"{pad}}} else {{",
                   f"{pad}  scf.yield %a : tensor<4xf32>", f"{pad}}}"])

    return "\n".join(lines + level(0, "  ") + ["  return %r0 : tensor<4xf32>", "}"]) + "\n"


@pytest.mark.parametrize("depth", [12, 28])
def test_nested_ifs_compile_in_bounded_time_and_run_right(depth, tmp_path):
    path = tmp_path / "ifs.mlir"
    path.write_text(nested_ifs(depth))
    # A bound, not a measurement: before, depth 25 took minutes in one-shot bufferization (0.2 s here now).
    subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_opt", str(path), "--target=cpu", "-o",
                    str(tmp_path / "out.mlir")], check=True, timeout=60)
    exe = hm_mlir.compile(path)
    a = np.arange(4, dtype=np.float32)
    np.testing.assert_array_equal(exe.main(a, *[True] * depth), 2 * a)
    np.testing.assert_array_equal(exe.main(a, *([True] * (depth - 1) + [False])), a)
    np.testing.assert_array_equal(exe.main(a, False, *[True] * (depth - 1)), a)


def test_the_nesting_guard_counts_brackets_not_arrows_strings_or_comments():
    deep = "(" * (MAX_NESTING + 1)
    assert nesting_problem(deep)[0] == MAX_NESTING
    assert nesting_problem("(" * MAX_NESTING) is None
    harmless = "// " + deep + "\n" + '"' + deep + '"\n' + "-> " * 3000 + ">= " * 3000
    assert nesting_problem(harmless) is None
    assert nesting_problem("()" * 5000) is None  # many brackets, shallow
