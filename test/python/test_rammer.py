"""Rammer (stage rtask): the wavefront schedule on random DAGs (every task once, no dependency violated, no vEU
running two tasks at once), the static happens-before check against brute-force reachability on mutated
schedules, and the CPU oracle: with the static check bypassed, a schedule missing a wait is caught by a
mismatch for some interleaving of the test's set, and one that cannot finish reports a deadlock."""

import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import hm_mlir
from hm_mlir import hardware, zoo
from hm_mlir.rammer import schedule as rammer
from hm_mlir.rammer.tables import Tables, problems
from hm_mlir.runtime.executable import ScheduleDeadlock

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "test" / "programs"
H100 = hardware.get("h100")


def _random_program(rng: random.Random):
    count = rng.randint(1, 9)
    kernels = [rammer.Kernel(f"k{i}", rng.randint(1, 40), rng.choice([32, 64, 128, 256]), rng.randint(8, 64),
                             rng.choice([0, 0, 4096, 16384]), 2.0 + rng.random() * 10, rng.randint(1, 3))
               for i in range(count)]
    follows = [frozenset(i for i in range(j) if rng.random() < 0.4) for j in range(count)]
    small = rammer.VDevice(rng.randint(1, 4), rng.randint(1, 3)) if rng.random() < 0.5 else None
    return kernels, follows, small


@pytest.mark.parametrize("seed", range(60))
def test_the_schedule_of_a_random_dag_is_legal(seed):
    rng = random.Random(seed)
    kernels, follows, vdevice = _random_program(rng)
    plan = rammer.schedule(kernels, follows, H100, vdevice)
    placed = sorted((task.kernel, task.block) for _, _, task in plan.tasks())
    assert placed == sorted((k, b) for k, kernel in enumerate(kernels) for b in range(kernel.blocks))
    end_of = {}
    for _, _, task in plan.tasks():
        end_of[task.kernel] = max(end_of.get(task.kernel, 0.0), task.end_us)
    for _, _, task in plan.tasks():
        for earlier in follows[task.kernel]:
            assert task.start_us >= end_of[earlier] - 1e-9, "a task started before a kernel it follows ended"
        assert task.wave > max((plan.waves[i] for i in follows[task.kernel]), default=-1)
    for tasks in plan.veus:
        for before, after in zip(tasks, tasks[1:]):
            assert after.start_us >= before.end_us - 1e-9, "a vEU ran two tasks at once"
    assert problems(Tables.of(plan), follows) == []


def _reachable_order(t: Tables) -> set[tuple[int, int]]:
    """Brute force: every (earlier task, later task) pair the task graph orders (program order on a vEU, and
    every task of a waited-on kernel before the waiting task), transitively."""
    tasks = len(t.task_kernel)
    preds = [set() for _ in range(tasks)]
    for v in range(t.veus):
        for task in list(t.tasks_of(v))[1:]:
            preds[task].add(task - 1)
    for task in range(tasks):
        for kernel in t.waits_of(task):
            preds[task].update(i for i in range(tasks) if t.task_kernel[i] == kernel)
    before = [None] * tasks

    def ancestors(task, stack=()):
        if before[task] is None:
            found = set()
            for p in preds[task]:
                if p in stack:
                    continue
                found |= {p} | ancestors(p, stack + (task,))
            before[task] = found
        return before[task]

    return {(a, b) for b in range(tasks) for a in ancestors(b)}


@pytest.mark.parametrize("seed", range(40))
def test_the_static_check_agrees_with_brute_force_on_schedules_missing_a_wait(seed):
    rng = random.Random(1000 + seed)
    kernels, follows, vdevice = _random_program(rng)
    t = Tables.of(rammer.schedule(kernels, follows, H100, vdevice))
    if not t.wait_kernel:
        return
    dropped = rng.randrange(len(t.wait_kernel))
    waits = list(t.wait_kernel)
    del waits[dropped]
    offsets = [o - (o > dropped) for o in t.wait_offsets]
    mutant = replace(t, wait_offsets=tuple(offsets), wait_kernel=tuple(waits))
    order = _reachable_order(mutant)
    of_kernel = [[i for i, k in enumerate(mutant.task_kernel) if k == j] for j in range(len(kernels))]
    legal = all((a, b) in order for j, earlier in enumerate(follows) for i in earlier
                for a in of_kernel[i] for b in of_kernel[j])
    assert (problems(mutant, follows) == []) == legal


def test_a_schedule_that_cannot_finish_is_refused_as_a_deadlock():
    kernels = [rammer.Kernel("a", 1, 32, 16, 0, 3.0), rammer.Kernel("b", 1, 32, 16, 0, 3.0)]
    follows = [frozenset(), frozenset({0})]
    t = Tables.of(rammer.schedule(kernels, follows, H100, rammer.VDevice(1, 1)))
    # one vEU: b's task first, waiting for a, whose task comes after it
    swapped = replace(t, task_kernel=(1, 0), wait_offsets=(0, 1, 1), wait_kernel=(0,))
    assert any("deadlock" in p for p in problems(swapped, follows))


def test_independent_kernels_share_a_wave_and_dependent_ones_wait():
    kernels = [rammer.Kernel(n, 4, 128, 32, 0, 4.0) for n in "abc"]
    plan = rammer.schedule(kernels, [frozenset(), frozenset(), frozenset({0, 1})], H100)
    assert plan.waves == [0, 0, 1] and plan.vdevice.veus == 8  # a and b side by side: 8 tasks in wave 0
    waits = {task.waits for _, _, task in plan.tasks() if task.kernel == 2}
    assert waits == {(0, 1)}  # each vEU's first task of c waits on both counters, once
    assert plan.makespan_us < plan.launches_us


# -- the CPU oracle ---------------------------------------------------------------------------------------------

# three random seeds, the reverse order, and every kernel of a program starved in turn
ORACLE_INTERLEAVINGS = [("random", s) for s in range(3)] + [("reverse", 0)] + [("starve", k) for k in range(12)]
MUTATED_PROGRAMS = ("attention", "layernorm", "conv_bias_relu", "linalg_reduce_map", "generic_maps", "f16_matmul",
                    "nasnet_branches")  # the last: the hidden branches of a NASNet-style cell


def _program(name):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("hm_test_programs", PROGRAMS / "reference.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.PROGRAMS[name]


def _direct_waits(name: str) -> list[tuple[int, int]]:
    """The (kernel, waited-on kernel) pairs of the schedule of program `name` (it has one program), except
    those that program order already orders block by block: both kernels have the same blocks and block b of
    the waited-on kernel runs before block b of the other on the same vEU. Without the wait, such a pair is
    still correct where block b needs only block b (an aligned elementwise consumer: waits are kernel-level,
    block-level dependencies are not built), and no run could tell."""
    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="cpu", rammer=True,
                                rammer_dispatch="static", stop_after="rtask")
    with ctx:
        programs = [op for op in module.body.operations if op.operation.name == "rtask.program"]
        assert len(programs) == 1
        t = Tables(*(tuple(programs[0].attributes[f]) for f in Tables.FIELDS))
    pairs = sorted({(t.task_kernel[task], w) for task in range(len(t.task_kernel)) for w in t.waits_of(task)})
    place = {}
    for v in range(t.veus):
        for position, task in enumerate(t.tasks_of(v)):
            place[(t.task_kernel[task], t.task_block[task])] = (v, position)

    def aligned(kernel, waited):
        return t.kernel_blocks[kernel] == t.kernel_blocks[waited] and all(
            place[(waited, b)][0] == place[(kernel, b)][0] and place[(waited, b)][1] < place[(kernel, b)][1]
            for b in range(t.kernel_blocks[kernel]))

    return [pair for pair in pairs if not aligned(*pair)]


def _mismatches(exe, program, interleavings=ORACLE_INTERLEAVINGS) -> bool:
    """Whether some interleaving of the set gives a result other than the reference (or a deadlock)."""
    inputs = program.inputs(np.random.default_rng(0))
    expected = program.reference(*[np.array(x, copy=True) for x in inputs])
    function = exe[program.entry]
    for policy, seed in interleavings:
        exe.interleave(policy, seed)
        try:
            got = function(*[np.array(x, copy=True) for x in inputs])
        except ScheduleDeadlock:
            return True
        results = [got] if len(function.spec.results) == 1 else list(got)
        if any(not np.allclose(np.asarray(g, dtype=np.float64), np.asarray(w, dtype=np.float64), rtol=1e-4,
                               atol=1e-4) for g, w in zip(results, expected)):
            return True
    return False


@pytest.mark.parametrize("name", MUTATED_PROGRAMS)
def test_the_cpu_oracle_catches_every_missing_wait(name, monkeypatch):
    """Each (kernel, waited-on kernel) pair of the schedule (not block-aligned) removed in turn, with the static
    check bypassed:
    the static check refuses every mutant (the scheduler keeps no wait that placement already implies), and
    every mutant gives a wrong result for some interleaving, while the unmutated program never does."""
    from hm_mlir.passes.rtask import rammer_schedule
    from hm_mlir.verifier import rtask as rtask_rules

    program = _program(name)
    pairs = _direct_waits(name)
    assert pairs
    exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", rammer=True, rammer_dispatch="static")
    assert not _mismatches(exe, program)
    original = rammer_schedule.schedule
    monkeypatch.setattr(rtask_rules, "_check_program", lambda *args: None)
    refused = []
    for kernel, waited in pairs:
        def without_wait(*args, **kwargs):
            plan = original(*args, **kwargs)
            plan.veus = [[replace(task, waits=tuple(w for w in task.waits if (task.kernel, w) != (kernel, waited)))
                          for task in tasks] for tasks in plan.veus]
            refused.append(bool(problems(Tables.of(plan), plan.follows)))
            return plan
        monkeypatch.setattr(rammer_schedule, "schedule", without_wait)
        mutant = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", rammer=True, rammer_dispatch="static")
        assert refused[-1], f"the static check accepts the schedule without kernel {kernel}'s wait on {waited}"
        assert _mismatches(mutant, program), f"no interleaving shows kernel {kernel}'s missing wait on {waited}"


QUEUED_PROGRAMS = ("attention", "layernorm", "conv_bias_relu", "nasnet_branches")


@pytest.mark.parametrize("name", QUEUED_PROGRAMS)
def test_the_cpu_oracle_catches_every_missing_wait_of_a_queue(name, monkeypatch):
    """Queue dispatch: each (kernel, waited-on kernel) wait of the queue removed in turn, with the static check
    bypassed: the check refuses every mutant (nothing but waits orders a queue's tasks), and every mutant gives
    a wrong result for some interleaving, while the unmutated program never does."""
    from hm_mlir.passes.rtask import rammer_schedule
    from hm_mlir.verifier import rtask as rtask_rules

    program = _program(name)
    exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", rammer=True, rammer_dispatch="queue")
    assert not _mismatches(exe, program)
    original = Tables.queue_of
    pairs = []

    def record(plan, order):
        tables = original(plan, order)
        pairs.extend(sorted({(tables.task_kernel[t], w) for t in range(len(tables.task_kernel))
                             for w in tables.waits_of(t)}))
        return tables

    monkeypatch.setattr(rammer_schedule.Tables, "queue_of", staticmethod(record))
    hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="cpu", rammer=True, rammer_dispatch="queue",
                  stop_after="rtask")
    assert pairs
    monkeypatch.setattr(rtask_rules, "_check_program", lambda *args: None)
    for kernel, waited in pairs:
        refused = []

        def without_wait(plan, order, kernel=kernel, waited=waited):
            t = original(plan, order)
            offsets, waits = [0], []
            for task in range(len(t.task_kernel)):
                waits.extend(w for w in t.waits_of(task) if (t.task_kernel[task], w) != (kernel, waited))
                offsets.append(len(waits))
            mutant = replace(t, wait_offsets=tuple(offsets), wait_kernel=tuple(waits))
            refused.append(bool(problems(mutant, plan.follows, queue=True)))
            return mutant

        monkeypatch.setattr(rammer_schedule.Tables, "queue_of", staticmethod(without_wait))
        mutant = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", rammer=True, rammer_dispatch="queue")
        assert refused and refused[-1], f"the check accepts the queue without kernel {kernel}'s wait on {waited}"
        assert _mismatches(mutant, program), f"no interleaving shows kernel {kernel}'s missing wait on {waited}"


@pytest.mark.parametrize("seed", range(30))
def test_the_queue_of_a_random_dag_is_legal_and_its_simulation_respects_every_dependency(seed):
    from hm_mlir.rammer.simulate import perturbed, queue_makespan, queue_order

    rng = random.Random(seed)
    kernels, follows, vdevice = _random_program(rng)
    plan = rammer.schedule(kernels, follows, H100, vdevice)
    order = queue_order(plan)
    assert problems(Tables.queue_of(plan, order), follows, queue=True) == []
    durations = perturbed(plan, 0.3, seed)
    # the queue cannot beat the critical path, nor lose to running every task on one vEU
    assert queue_makespan(plan, durations, order) <= sum(durations.values()) + 1e-9
    if len(follows) and follows[-1]:
        backwards = order[::-1]  # a consumer before its producer: refused by the check and the simulation
        assert problems(Tables.queue_of(plan, backwards), follows, queue=True)
        with pytest.raises(ValueError):
            queue_makespan(plan, durations, backwards)


def test_the_model_chooses_the_queue_where_the_static_tables_lose_to_late_tasks():
    """The BERT layer with Welder: its static tables lose 1.18x to ideal event-driven dispatch with durations
    +-30%, the queue recovers part of it and is chosen; the ResNeXt block's even waves stay static."""
    bert = [r for r in hm_mlir.report(zoo.load("bert_layer").mlir_path, rammer=True, welder=True)
            if r["stage"] == "rtask"][0]["programs"][0]["dispatch"]
    assert bert["mode"] == "queue" and bert["static_us"] > bert["queue_us"] * 1.03
    resnext = [r for r in hm_mlir.report(zoo.load("resnext_block").mlir_path, rammer=True, welder=False)
               if r["stage"] == "rtask"][0]["programs"][0]["dispatch"]
    assert resnext["mode"] == "static"


def test_a_deadlocked_program_raises_instead_of_hanging(monkeypatch):
    from hm_mlir.passes.rtask import rammer_schedule
    from hm_mlir.verifier import rtask as rtask_rules

    original = rammer_schedule.schedule

    def waits_on_itself(*args, **kwargs):  # every task of the last kernel waits on its own counter
        plan = original(*args, **kwargs)
        last = len(plan.kernels) - 1
        plan.veus = [[replace(task, waits=task.waits + (last,)) if task.kernel == last else task for task in tasks]
                     for tasks in plan.veus]
        return plan

    monkeypatch.setattr(rtask_rules, "_check_program", lambda *args: None)
    monkeypatch.setattr(rammer_schedule, "schedule", waits_on_itself)
    exe = hm_mlir.compile(PROGRAMS / "mlp.mlir", "cpu", rammer=True, rammer_dispatch="static")
    program = _program("mlp")
    with pytest.raises(ScheduleDeadlock, match="no vEU can proceed"):
        exe[program.entry](*program.inputs(np.random.default_rng(0)))


# -- what the user sees ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("welder", [False, True])
def test_a_program_is_one_launch(welder):
    """The attention's kernels run as one persistent program: one launch per call, the same bytes."""
    source = PROGRAMS / "attention.mlir"
    program = _program("attention")
    counts = []
    for rammer_on in (False, True):
        exe = hm_mlir.compile(source, "cpu", count_events=True, rammer=rammer_on, welder=welder)
        exe[program.entry](*program.inputs(np.random.default_rng(0)))
        counts.append(exe.event_counts())
    assert counts[0]["launches"] > 2 and counts[1]["launches"] == 1
    assert counts[1]["kernel_bytes"] == counts[0]["kernel_bytes"]


def test_the_report_shows_the_schedule():
    import json

    (report,) = hm_mlir.report(PROGRAMS / "attention.mlir", rammer=True, welder=False)
    json.dumps(report)
    assert report["stage"] == "rtask"
    (program,) = report["programs"]
    assert program["function"] == "main" and program["waves"] >= 2
    assert sum(len(tasks) for tasks in program["veus"]) == sum(k["blocks"] for k in program["kernels"])
    assert len(program["veus"]) == program["vdevice"]["veus"]
    assert program["makespan_us"] < program["launches_us"]
    both = hm_mlir.report(PROGRAMS / "mlp.mlir", rammer=True)
    assert [r["stage"] for r in both] == ["tilegraph", "rtask"]
    assert program["ends_at"] is None  # attention is one data-flow function: one program
    # skipnet reads its branch condition on the host: the program before the read says where it ends
    from hm_mlir import zoo

    (split,) = [r for r in hm_mlir.report(zoo.load("skipnet").mlir_path, rammer=True, welder=False)
                if r["stage"] == "rtask"]
    assert split["programs"][0]["ends_at"].startswith("'memref.load' at ")
    assert split["programs"][0]["ends_at"].endswith("skipnet/model.mlir:63:18")


def test_rammer_on_a_gpu_target_builds_the_persistent_kernel_before_outlining():
    steps = [s.text for s in hm_mlir.stage_pipeline(rammer=True, target="ptx")]
    program = steps.index("hm-rammer-gpu-program")
    assert steps[program - 1] == "cse" and steps[program + 1].startswith("gpu-launch-sink-index-computations")
    assert steps.index("hm-rammer-launch-bounds") > steps.index("hm-workgroup-attributions")
    assert "hm-rammer-cpu-program" not in steps


def test_a_kernel_takes_the_variant_that_fits_the_vEUs_its_wave_leaves_free():
    """On 4 vEUs, B's 3 tasks of 2 us leave one vEU free: A's fastest kernel on its own (4 tasks of 1 us, one
    wave of its launch) would need two rounds there, its 1-task variant of 1.9 us fits; the wave takes 2 us
    instead of 3."""
    from dataclasses import replace as with_fields

    device = with_fields(H100, sms=4, max_blocks_per_sm=1)
    a_fast = rammer.Kernel("a_k0", 4, 128, 32, 0, 2.0 + 1.0)
    a_one = rammer.Kernel("a_k1", 1, 128, 32, 0, 2.0 + 1.9)
    b = rammer.Kernel("b_k0", 3, 128, 32, 0, 2.0 + 2.0)
    follows = [frozenset(), frozenset()]
    assert rammer.choose_variants([[a_fast, a_one], [b]], [0, 0], follows, device) == [1, 0]
    slow = rammer.schedule([a_fast, b], follows, device)
    fitted = rammer.schedule([a_one, b], follows, device)
    assert slow.vdevice.veus == fitted.vdevice.veus == 4
    assert fitted.makespan_us < slow.makespan_us
    # a variant that needs a larger block than the program's persistent block is not offered
    a_wide = rammer.Kernel("a_k2", 1, 1024, 32, 0, 2.0 + 0.1)
    assert rammer.choose_variants([[a_fast, a_wide], [b]], [0, 0], follows, device) == [0, 0]


# -- robustness and the chart ---------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(20))
def test_the_simulations_agree_with_the_plan_and_respect_every_dependency(seed):
    from hm_mlir.rammer import simulate

    rng = random.Random(3000 + seed)
    kernels, follows, vdevice = _random_program(rng)
    plan = rammer.schedule(kernels, follows, H100, vdevice)
    exact = simulate.perturbed(plan, 0.0, 0)
    planned = max((tasks[-1].end_us for tasks in plan.veus if tasks), default=0.0)
    assert simulate.static_makespan(plan, exact) == pytest.approx(planned)
    # a lower bound both must respect: the longest chain of kernels, each at least one of its tasks long
    chain = [0.0] * len(kernels)
    for j, earlier in enumerate(follows):
        chain[j] = kernels[j].block_us + max((chain[i] for i in earlier), default=0.0)
    for spread, s in ((0.0, 0), (0.3, seed)):
        durations = simulate.perturbed(plan, spread, s)
        low = (1 - spread) * max(chain)
        assert simulate.static_makespan(plan, durations) >= low - 1e-9
        assert simulate.dynamic_makespan(plan, durations) >= low - 1e-9
    report = simulate.robustness(plan)
    assert report["static_over_dynamic"] > 0


def test_the_static_simulation_follows_the_waits():
    """A plan whose consumer waits: dropping the wait from the plan shortens the simulated static makespan."""
    from hm_mlir.rammer import simulate

    kernels = [rammer.Kernel("a", 2, 32, 16, 0, 2.0 + 5.0), rammer.Kernel("b", 2, 32, 16, 0, 2.0 + 1.0)]
    plan = rammer.schedule(kernels, [frozenset(), frozenset({0})], H100, rammer.VDevice(4, 1))
    durations = simulate.perturbed(plan, 0.0, 0)
    assert simulate.static_makespan(plan, durations) == pytest.approx(6.0)
    plan.veus = [[replace(t, waits=()) for t in tasks] for tasks in plan.veus]
    assert simulate.static_makespan(plan, durations) == pytest.approx(5.0)


def test_the_gantt_chart_is_a_png_with_a_row_per_veu_and_a_colour_per_kernel(tmp_path):
    import zlib

    from hm_mlir.rammer import gantt
    from hm_mlir.tools.hm_opt import main

    out = tmp_path / "chart.png"
    assert main([str(PROGRAMS / "layernorm.mlir"), "--rammer", "--target=cpu", "--stop-after=rtask", "-o",
                 str(tmp_path / "out.mlir"), "--rammer-gantt", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    (report,) = hm_mlir.report(PROGRAMS / "layernorm.mlir", rammer=True, welder=False)
    (program,) = report["programs"]
    image = gantt.pixels(report["programs"])
    assert image.shape == (height, width, 3) and height == len(program["veus"]) * gantt.MAX_ROW
    start = data.index(b"IDAT") + 4
    raw = zlib.decompress(data[start:data.index(b"IEND") - 8])
    assert len(raw) == height * (1 + 3 * width)
    colours = {tuple(c) for c in image.reshape(-1, 3)} - {(255, 255, 255)}
    used = {t["kernel"] for tasks in program["veus"] for t in tasks}
    assert colours == {gantt._colour(k) for k in used}


@pytest.mark.parametrize("name, paths", [("resnext_block", 32), ("nasnet_cell", 5)])
def test_independent_branches_share_waves(name, paths):
    """The ResNeXt block's 32 paths and the NASNet cell's branches run side by side: the program's waves are
    the depth of a branch, not their sum (bufferization gives every operator its own destination, the arena
    does not share bytes between kernels that could run together, and channel slices of a concatenation are
    told apart by their byte ranges)."""
    from hm_mlir import zoo

    (report,) = [r for r in hm_mlir.report(zoo.load(name).mlir_path, rammer=True, welder=False)
                 if r["stage"] == "rtask"]
    (program,) = report["programs"]
    assert len(program["kernels"]) >= 2 * paths
    assert program["waves"] <= 10
    widest = max(sum(1 for k in program["kernels"] if k["wave"] == w) for w in range(program["waves"]))
    assert widest >= paths
