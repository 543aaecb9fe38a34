"""Grinder's device loops (stage utask, --grinder): a host scf.for whose body is one Rammer program runs inside its
persistent program. Checked by execution on the cpu target under adversarial interleavings against NumPy (the
oracle is proved by removing each carried wait in turn), by the schedule (a stacked RNN runs as a wavefront),
by counting launches, and on GPU targets by the IR and ptxas (no GPU runs here; the device check carries it)."""

import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from test_programs import PROGRAMS as REFERENCES  # test/python is on the path (pytest's rootdir-relative imports)
from test_rammer import _mismatches

import hm_mlir
from hm_mlir.grinder import loops
from hm_mlir.ir_walk import walk

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "test" / "programs"
LOOPS = ("rnn_for", "stacked_rnn")
# three random seeds, the reverse order, the latest iterations first, and every kernel starved in turn (13 kernels
# in stacked_rnn's body)
INTERLEAVINGS = ([("random", s) for s in range(3)] + [("reverse", 0), ("ahead", 0)]
                 + [("starve", k) for k in range(13)])


def _stage_ops(name: str, **flags):
    """(context, module, the rtask.program, the utask.loop) of test program `name` at --stop-after=utask."""
    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="cpu", grinder=True,
                                stop_after="utask", **flags)
    with ctx:
        ops = {op.operation.name: op.operation for op in module.body.operations
               if op.operation.name in ("rtask.program", "utask.loop")}
        assert "utask.loop" in ops, f"{name}'s loop stays on the host"
        return ctx, module, ops["rtask.program"], ops["utask.loop"]


def _triples(values) -> list[tuple[int, int, int]]:
    values = list(values)
    return [tuple(values[i:i + 3]) for i in range(0, len(values), 3)]


@pytest.mark.parametrize("flags", [{}, {"rammer_dispatch": "static"}, {"rammer_dispatch": "queue"}, {"welder": True}],
                         ids=["auto", "static", "queue", "welder"])
@pytest.mark.parametrize("name", LOOPS)
def test_a_device_loop_matches_numpy_in_every_interleaving(name, flags):
    exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", grinder=True, **flags)
    assert not _mismatches(exe, REFERENCES[name], INTERLEAVINGS)


@pytest.mark.parametrize("name", LOOPS)
def test_the_oracle_catches_every_missing_carried_wait(name, monkeypatch):
    """The loop as one queue (no program order: only the waits order its tickets) on 64 vEUs: each carried wait
    removed in turn, with the verifier's check bypassed, is refused by that check and gives a wrong result or a
    deadlock for some interleaving; the unmutated loop never does. (On the few vEUs the model picks, the tickets
    a vEU can hold at once may already keep a later iteration behind; the check does not count on that.)"""
    from hm_mlir.passes.utask import grinder_loops
    from hm_mlir.verifier import utask as utask_rules

    monkeypatch.setattr(grinder_loops.policy, "queue_veus", lambda *args: 64)
    program = REFERENCES[name]
    unmutated = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", grinder=True, rammer_dispatch="queue")
    assert not _mismatches(unmutated, program, INTERLEAVINGS)
    ctx, _, _, loop = _stage_ops(name, rammer_dispatch="queue")
    with ctx:
        waits = _triples(loop.attributes["carried_waits"])
    assert waits
    original = grinder_loops.policy.choose_waits
    monkeypatch.setattr(utask_rules, "_check_loop_waits", lambda *args: None)
    for missing in waits:
        refused = []

        def without(tables, carried, queue=False, missing=missing):
            chosen = [w for w in original(tables, carried, queue) if w != missing]
            refused.append(bool(loops.problems(tables, carried, chosen, queue)))
            return chosen

        monkeypatch.setattr(grinder_loops.policy, "choose_waits", without)
        mutant = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", grinder=True, rammer_dispatch="queue")
        assert refused and refused[-1], f"the check accepts the loop without the carried wait {missing}"
        assert _mismatches(mutant, program, INTERLEAVINGS), f"no interleaving shows the missing carried wait {missing}"


def test_with_static_tables_program_order_orders_the_rnn_iterations():
    """With static tables, program order on the vEUs (each walks its row iteration after iteration) and the
    in-iteration waits order the RNN's iterations (vEU 0 ends an iteration with the copy, which waits on the
    tanh, and starts the next with the fill every next task waits on): the loop needs no carried wait."""
    ctx, _, program, loop = _stage_ops("rnn_for", rammer_dispatch="static")
    with ctx:
        assert list(loop.attributes["carried_waits"]) == []
        assert program.attributes["dispatch"].value == "static"
        assert len(list(loop.attributes["carried"])) > 0


def test_a_stacked_rnn_runs_as_a_wavefront():
    """Read from the compiled schedule, with every task one unit long: over T steps the queue's time grows by
    one cell chain per step (T + L - 1 cell steps for L layers), the static tables' by the whole body (T x L):
    layer l of step t + 1 waits on layer l of step t and layer l - 1 of step t + 1, and on layer l + 1 of step
    t - 1 only for the slot it overwrites (a carried wait at distance 2)."""
    from hm_mlir.passes.utask.grinder_loops import program_follows, program_tables

    ctx, _, program, loop = _stage_ops("stacked_rnn")
    with ctx:
        assert program.attributes["dispatch"].value == "queue"
        queue_tables = program_tables(program)
        carried = {(a, b): d for a, b, d in _triples(loop.attributes["carried"])}
        waits = _triples(loop.attributes["carried_waits"])
        follows = program_follows(program)
    assert any(d == 2 for _, _, d in waits)
    kernels, layers, cell = len(follows), 3, 4  # a layer's cell: fill, two matmuls, tanh
    unit = [1.0] * kernels
    # the same body with static tables, as Rammer scheduled it
    static_ctx, _, static_program, _ = _stage_ops("stacked_rnn", rammer_dispatch="static")
    with static_ctx:
        static_tables = program_tables(static_program)
    static_waits = loops.choose_waits(static_tables, carried)
    for steps in (12, 24):
        queue, _ = loops.loop_makespan(queue_tables, unit, waits, steps, 64, True)
        static, _ = loops.loop_makespan(static_tables, unit, static_waits, steps, static_tables.veus, False)
        assert queue <= (steps + layers - 1) * cell + 1
        assert static >= 0.9 * steps * layers * cell
    # dropping the distance: every carried wait on the iteration before costs the wavefront
    nearer = [(a, b, 1) for a, b, _ in waits]
    assert loops.loop_makespan(queue_tables, unit, nearer, 24, 64, True)[0] > 1.5 * queue


@pytest.mark.parametrize("name", LOOPS)
def test_a_device_loop_is_one_launch_per_call(name):
    """Counted by execution: the loop's program is one launch per call (the final copy of the loop's result a
    second), where Rammer alone launches it every step; the kernels move the same bytes."""
    program = REFERENCES[name]
    counts = {}
    for label, flags in (("rammer", {"rammer": True}), ("grinder", {"grinder": True})):
        exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", count_events=True, **flags)
        exe[program.entry](*program.inputs(np.random.default_rng(0)))
        counts[label] = exe.event_counts()
    assert counts["grinder"]["launches"] == 2 and counts["rammer"]["launches"] > 5
    assert counts["grinder"]["host_syncs"] == 0
    assert counts["grinder"]["kernel_bytes"] == counts["rammer"]["kernel_bytes"]


def test_a_loop_kept_on_the_host_is_launched_every_step():
    """--grinder-host=main: the loop stays on the host, its program launched every step, the results the same."""
    program = REFERENCES["rnn_for"]
    exe = hm_mlir.compile(PROGRAMS / "rnn_for.mlir", "cpu", count_events=True, grinder=True, grinder_host=("main",))
    assert not _mismatches(exe, program, [("random", 0), ("ahead", 0)])
    before = exe.event_counts()["launches"]
    exe[program.entry](*program.inputs(np.random.default_rng(0)))
    assert exe.event_counts()["launches"] - before == 6  # 5 steps and the final copy


@pytest.mark.parametrize("dispatch", ["static", "queue"])
@pytest.mark.parametrize("name", LOOPS)
def test_on_gpu_targets_the_host_loop_is_gone(name, dispatch):
    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="gpu", opt_level=1, grinder=True,
                                rammer_dispatch=dispatch)
    with ctx:
        (main,) = [op.operation for op in module.body.operations if op.operation.name == "func.func"
                   and op.operation.attributes["sym_name"].value == "main"]
        host = [op.name for op in walk(main)]
        launches = [op for op in walk(main) if op.name == "gpu.launch_func"]
    assert "scf.for" not in host and "scf.while" not in host
    assert len(launches) == 2 and "_rammer" in str(launches[0])


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")
@pytest.mark.parametrize("name", LOOPS)
def test_the_device_loop_assembles_without_spills(name):
    from hm_mlir.codegen.ptx import extract_ptx, ptxas_resources

    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="ptx", grinder=True)
    with ctx:
        (ptx,) = extract_ptx(module).values()
    entries = re.findall(r"\.visible \.entry (\w+)\(", ptx)
    resources = ptxas_resources(ptx, "sm_90")
    for entry in entries:
        assert resources[entry].spill_bytes == 0 and resources[entry].stack_bytes == 0


def test_a_loop_the_device_cannot_run_stays_on_the_host_and_is_named():
    """A loop whose body reads a device value on the host every trip (test/utask's @host_read) stays a host
    loop, numerically the same; the report names it and why."""
    import json
    import subprocess

    source = ROOT / "test" / "utask" / "grinder-loops.mlir"
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_opt", str(source), "--grinder", "--stop-after=utask",
                           "-o", "/dev/null", "--hm-report", "--hm-report-format=json"],
                          capture_output=True, text=True, check=True)
    (grinder,) = [r for r in json.loads(done.stderr) if r["stage"] == "utask"]
    assert [loop["function"] for loop in grinder["loops"]] == ["rnn", "halve"]
    (host,) = grinder["host"]
    assert host["function"] == "host_read" and "memref.load" in host["reason"]


@pytest.mark.parametrize("seed", [119, 130, 145])
def test_the_fuzzers_loops_run_on_the_device_and_match_numpy(seed):
    """Random programs of the fuzzer whose scf.for runs on the device with --grinder (a lone kernel in a loop is a
    program of its own), against the fuzzer's NumPy oracle under adversarial interleavings and every dispatch."""
    from hm_mlir.fuzz.check import compare, make_inputs
    from hm_mlir.fuzz.generate import generate
    from hm_mlir.fuzz.to_mlir import to_mlir
    from hm_mlir.fuzz.to_numpy import run_numpy, to_numpy

    program = generate(seed)
    text = to_mlir(program)
    (grinder,) = [r for r in hm_mlir.report(text, grinder=True, welder=False) if r["stage"] == "utask"]
    assert grinder["loops"], f"seed {seed}: no loop runs on the device"
    inputs = make_inputs(program)
    expected = run_numpy(to_numpy(program), [x.copy() for x in inputs])
    for dispatch in ("static", "queue"):
        exe = hm_mlir.compile(text, target="cpu", grinder=True, rammer_dispatch=dispatch)
        for order in [("random", 1), ("reverse", 0), ("ahead", 0), ("starve", 0), ("starve", 1)]:
            exe.interleave(*order)
            got = exe.main(*[x.copy() for x in inputs])
            assert not compare(list(got if isinstance(got, tuple) else (got,)), expected, program), (dispatch, order)
