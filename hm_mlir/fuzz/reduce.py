"""Shrink a failing Program to a small reproducer, and save it as files a user can run.

`reduce(program, still_fails)` tries, keeping each change that still fails: (1) one value as the only output
(the one with the fewest operators behind it first), (2) each operand and block result replaced by a new
argument of its type, which cuts off everything behind it. Unused operators and arguments are pruned after
every change. `save_reproducer` writes the MLIR, the NumPy oracle, the inputs and the commands.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from hm_mlir.fuzz.spec import Program, Value, from_json, to_json

MAX_OUTPUT_TRIES = 40


def reduce(program: Program, still_fails: Callable[[Program], bool]) -> Program:
    """A smaller program on which `still_fails` holds (`program` itself if nothing smaller does)."""
    best = program.pruned()
    best = _single_output(best, still_fails)
    changed = True
    while changed:
        changed = False
        for site in _cut_sites(best):
            candidate = _cut(best, site)
            if candidate.op_count() < best.op_count() and still_fails(candidate):
                best, changed = candidate, True
                break
    return best


def _ancestors(program: Program) -> dict[int, int]:
    """For each top-level node result: how many operators the pruned program with it alone would keep."""
    counts = {}
    for node in program.nodes:
        trial = from_json(to_json(program))
        trial.outputs = [node.result]
        counts[node.result] = trial.pruned().op_count()
    return counts


def _single_output(program: Program, still_fails: Callable[[Program], bool]) -> Program:
    if len(program.nodes) <= 1:
        return program
    counts = _ancestors(program)
    for vid in sorted(counts, key=lambda v: counts[v])[:MAX_OUTPUT_TRIES]:
        if counts[vid] >= program.op_count():
            break
        trial = from_json(to_json(program))
        trial.outputs = [vid]
        trial = trial.pruned()
        if still_fails(trial):
            return trial
    return program


def _cut_sites(program: Program) -> list[tuple[int, int]]:
    """(node result, operand position) pairs whose operand another node defines; position -1 is a block's
    result. The latest sites first: they cut the most."""
    defined = {node.result for node in program.all_nodes()}
    sites = []
    for node in program.all_nodes():
        for position, operand in enumerate(node.operands):
            if operand in defined:
                sites.append((node.result, position))
        for b, block in enumerate(node.blocks):
            if block.result in defined:
                sites.append((node.result, -1 - b))
    return list(reversed(sites))


def _cut(program: Program, site: tuple[int, int]) -> Program:
    """A copy where the operand at `site` is a new argument of the same type."""
    trial = from_json(to_json(program))
    owner, position = site
    node = next(n for n in trial.all_nodes() if n.result == owner)
    old = trial.values[node.operands[position] if position >= 0 else node.blocks[-1 - position].result]
    new_id = max(trial.values) + 1
    trial.values[new_id] = Value(new_id, list(old.shape), old.dtype, old.bound)
    trial.args.append(new_id)
    if position >= 0:
        node.operands[position] = new_id
    else:
        node.blocks[-1 - position].result = new_id
    return trial.pruned()


def hm_run_flags(options: dict) -> list[str]:
    """The hm-run/hm-opt flags of compile options."""
    flags = []
    for key, value in sorted(options.items()):
        if value is True:
            flags.append(f"--{key.replace('_', '-')}")
        elif value not in (False, None):
            flags.append(f"--{key.replace('_', '-')}={value}")
    return flags


ORACLE_MAIN = '''

if __name__ == "__main__":
    # python oracle.py [out.npz]: run the oracle on arg*.npy; with an hm-run output, compare with it.
    import sys
    from pathlib import Path

    here = Path(__file__).parent
    inputs = [np.load(here / f"arg{i}.npy") for i in range(ARG_COUNT)]
    expected = program(*inputs)
    for i, value in enumerate(expected):
        print(f"result{i}:", value.dtype, value.shape)
    if len(sys.argv) > 1:
        got = np.load(sys.argv[1])
        bad = 0
        for i, (want, tol) in enumerate(zip(expected, TOLERANCES)):
            have = got[f"result{i}"]
            ok = have.shape == want.shape and (np.array_equal(have, want) if tol is None else
                                               np.allclose(have, want, rtol=tol, atol=tol, equal_nan=True))
            print(f"result{i}:", "matches" if ok else "DIFFERS")
            bad += not ok
        sys.exit(1 if bad else 0)
'''


def save_reproducer(folder: Path, program: Program, options: dict, detail: str) -> Path:
    """Write program.mlir, oracle.py, arg<i>.npy, program.json and README.txt into `folder`."""
    import numpy as np

    from hm_mlir.fuzz.check import TOLERANCE, make_inputs
    from hm_mlir.fuzz.to_mlir import to_mlir
    from hm_mlir.fuzz.to_numpy import to_numpy

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "program.mlir").write_text(to_mlir(program))
    tolerances = [TOLERANCE.get(program.values[o].dtype) for o in program.outputs]
    oracle = to_numpy(program) + f"\nARG_COUNT = {len(program.args)}\nTOLERANCES = {tolerances!r}\n" + ORACLE_MAIN
    (folder / "oracle.py").write_text(oracle)
    inputs = make_inputs(program)
    for i, array in enumerate(inputs):
        np.save(folder / f"arg{i}.npy", array)
    (folder / "program.json").write_text(json.dumps({"program": json.loads(to_json(program)),
                                                     "options": options}, indent=1))
    args = " ".join(f"--input arg{i}.npy" for i in range(len(inputs)))
    flags = " ".join(hm_run_flags(options))
    (folder / "README.txt").write_text(
        f"hm-mlir fuzz failure, seed {program.seed}, {program.op_count()} operators\n\n{detail}\n\n"
        f"Reproduce (in this folder):\n  hm-run program.mlir {args} {flags} --output out.npz\n"
        f"  python oracle.py out.npz\n")
    return folder
