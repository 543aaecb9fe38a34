"""Differential fuzzing (issue 6): a fixed seeded batch of random programs compiled under the seeded choice of
built stage flags and devices, run on the CPU target and compared with their NumPy oracles; and the pieces of
the fuzzer itself (generator coverage, the oracle catching a miscompile, crash isolation, reduction)."""

import dataclasses
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from hm_mlir.fuzz import check, ops
from hm_mlir.fuzz.batch import Case, options_for, run_batch
from hm_mlir.fuzz.generate import DIMS, KIND_WEIGHTS, generate
from hm_mlir.fuzz.reduce import reduce, save_reproducer
from hm_mlir.fuzz.spec import BF16, DTYPES, MASK, from_json, to_json
from hm_mlir.fuzz.to_mlir import to_mlir

CI_BATCH = range(150)  # seeds of the CI batch (the suite stays under 15 minutes); bench/fuzz.py runs any other
PTX_EVERY = 4  # every 4th program of the batch is also compiled to PTX and assembled by ptxas


def test_ci_batch_matches_numpy():
    results = run_batch([Case(seed, options_for(seed), ptx=seed % PTX_EVERY == 0) for seed in CI_BATCH])
    assert len(results) == len(CI_BATCH)
    failures = [f"seed {r.case.seed} {r.case.options}: {r.outcome.status}: {r.outcome.detail}"
                for r in results if not r.outcome.ok]
    assert not failures, ("reproduce and reduce with: python bench/fuzz.py --seed SEED --count 1\n"
                          + "\n".join(failures))


def test_generator_covers_the_issue():
    programs = [generate(seed) for seed in CI_BATCH]
    kinds = Counter(node.kind for p in programs for node in p.all_nodes())
    assert set(kinds) == set(KIND_WEIGHTS), kinds
    assert all(3 <= p.op_count() <= 30 for p in programs)
    assert max(p.op_count() for p in programs) >= 25
    values = [v for p in programs for v in p.values.values()]
    assert {v.dtype for v in values} == set(DTYPES) | {MASK, BF16}
    sizes = {d for v in values for d in v.shape}
    assert {1, 7, 13, 17, 31, 37} <= sizes  # 1, primes, sizes no power-of-two tile divides
    reduce_dims = {tuple(n.params["dims"]) for p in programs for n in p.all_nodes() if n.kind == "reduce"}
    assert len(reduce_dims) >= 6
    scalar_ops = Counter()

    def count(expr):
        if expr[0] not in ("in", "idx"):
            scalar_ops[expr[0]] += 1
            for child in expr[2:]:
                count(child)
        elif expr[0] == "idx":
            scalar_ops["idx"] += 1

    for p in programs:
        for node in p.all_nodes():
            if node.kind == "elementwise":
                count(node.params["expr"])
    assert len(scalar_ops) >= len(ops.OPS) - 3, sorted(set(ops.OPS) - set(scalar_ops))
    assert set(DIMS) <= sizes | {2, 4, 5, 8, 11, 16, 32}
    # what the faults issue asked the fuzzer to reach: division and remainder by run-time values, index
    # values (linalg.index in integer bodies), bf16 values, scalar arguments and calls between functions
    assert all(scalar_ops[name] >= 5 for name in ("divi", "remi", "floordivi", "ceildivi", "divui", "idx")), \
        scalar_ops
    assert sum(v.dtype == BF16 for v in values) >= 10
    assert sum(v.scalar for v in values) >= 10
    calls = [n for p in programs for n in p.all_nodes() if n.params.get("call")]
    assert len(calls) >= 20
    texts = [to_mlir(p) for p in programs[:40]]
    assert any("func.call @fn" in t for t in texts) and any("tensor.from_elements %s" in t for t in texts)
    assert any("arith.truncf" in t and "bf16" in t for t in texts) and any("linalg.index" in t for t in texts)


def test_same_seed_same_program_and_json_round_trip():
    first, second = generate(7), generate(7)
    assert to_json(first) == to_json(second)
    assert to_mlir(from_json(to_json(first))) == to_mlir(first)
    assert to_json(generate(8)) != to_json(first)


def _miscompile_addf(monkeypatch):
    """The compiler sees subf where the program says addf; the oracle still computes addf."""
    wrong = dataclasses.replace(ops.OPS["addf"], mlir=ops._binary("arith.subf"))
    monkeypatch.setitem(ops.OPS, "addf", wrong)


def test_oracle_catches_a_miscompile_and_the_reducer_shrinks_it(monkeypatch, tmp_path):
    options = {"roller_policy": "naive"}
    _miscompile_addf(monkeypatch)
    caught = []
    for seed in range(40):
        program = generate(seed)
        if program.op_count() >= 8 and '"addf"' in to_json(program):
            outcome = check.check(program, options)
            if outcome.status == "mismatch":
                caught.append((program, outcome))
        if len(caught) == 3:
            break
    assert len(caught) == 3  # every float program with an observable addf in an expression
    program, outcome = caught[0]
    reduced = reduce(program, lambda p: check.check(p, options).status == "mismatch")
    assert reduced.op_count() <= 3 < program.op_count()
    assert check.check(reduced, options).status == "mismatch"
    monkeypatch.undo()
    assert check.check(program, options).ok and check.check(reduced, options).ok
    folder = save_reproducer(tmp_path / "repro", reduced, options, outcome.detail)
    assert {"program.mlir", "oracle.py", "README.txt", "program.json", "arg0.npy"} <= {
        f.name for f in folder.iterdir()}
    # The saved commands work: hm-run on the saved inputs, then the oracle compares (the compiler is sound
    # again, so they agree).
    inputs = sorted(folder.glob("arg*.npy"))
    run = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_run", "program.mlir",
                          *[a for f in inputs for a in ("--input", f.name)], "--roller-policy=naive",
                          "--output", "out.npz"], cwd=folder, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    compare = subprocess.run([sys.executable, "oracle.py", "out.npz"], cwd=folder, capture_output=True, text=True)
    assert compare.returncode == 0 and "matches" in compare.stdout, compare.stdout + compare.stderr


def test_a_crashing_worker_fails_only_its_case():
    # A stand-in worker that answers its first job, then aborts on the second like an MLIR assertion would.
    worker = ("import json, os, sys\n"
              "for n, line in enumerate(sys.stdin):\n"
              "    if json.loads(line)['seed'] == 1: os.abort()\n"
              "    print(json.dumps({'status': 'ok', 'detail': ''}), flush=True)\n")
    cases = [Case(seed, {}) for seed in range(4)]
    results = run_batch(cases, workers=1, command=[sys.executable, "-c", worker])
    statuses = {r.case.seed: r.outcome.status for r in results}
    assert statuses == {0: "ok", 1: "crash", 2: "ok", 3: "ok"}
    crash = next(r for r in results if r.case.seed == 1)
    assert "signal 6" in crash.outcome.detail


def test_a_hanging_case_times_out():
    worker = "import sys, time\nfor line in sys.stdin:\n    time.sleep(60)\n"
    (result,) = run_batch([Case(0, {})], command=[sys.executable, "-c", worker], timeout=1)
    assert result.outcome.status == "timeout"


@pytest.mark.parametrize("dtype", ["f32", "f16", "i32"])
def test_compare_uses_design_tolerances(dtype):
    program = generate(0)
    out = program.outputs[0]
    program.values[out].dtype = dtype
    shape = program.values[out].shape
    base = np.ones(shape, dtype={"f32": np.float32, "f16": np.float16, "i32": np.int32}[dtype])
    nudged = base + base.dtype.type({"f32": 5e-5, "f16": 1e-2, "i32": 0}[dtype])
    program.outputs = [out]
    assert check.compare([nudged], [base], program) == ""
    off = base + base.dtype.type(1 if dtype == "i32" else 0.1)
    assert "differ" in check.compare([off], [base], program)


def test_verify_each_checks_the_stage_rules_after_every_upstream_step():
    from hm_mlir.pipeline import CompileOptions, build_steps

    for target in ("cpu", "ptx"):
        steps = build_steps(CompileOptions(target=target, verify_each=True))
        for step, following in zip(steps, steps[1:]):
            if step.hm_pass is None:
                assert following.text == "hm-verify", f"no hm-verify after '{step.text}'"
        plain = build_steps(CompileOptions(target=target))
        assert sum(s.text == "hm-verify" for s in plain) < sum(s.text == "hm-verify" for s in steps)


def test_bench_fuzz_command_runs_a_batch(tmp_path):
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "bench" / "fuzz.py"
    run = subprocess.run([sys.executable, str(script), "--count", "2", "--seed", "1000", "--out", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 checks of 2 programs" in run.stdout and "2 ok" in run.stdout
    assert not any(tmp_path.iterdir())  # nothing failed, nothing saved
