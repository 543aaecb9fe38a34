"""How robust a static schedule is: the rProgram simulated with its task durations perturbed, against
event-driven dispatch of the same tasks on the same vEUs (each vEU takes the next ready task when it is free,
as Mirage's persistent kernel does).

In: a Schedule (hm_mlir.rammer.schedule) and per task a duration (`perturbed` draws them: the model's, times
a seeded uniform factor in [1 - spread, 1 + spread]). Out: makespans in microseconds, without the launch.
- `static_makespan`: every vEU runs its tasks in the table's order; a task starts when its vEU is free and the
  counter of every kernel it waits on is complete.
- `dynamic_makespan`: a task is ready once every kernel its kernel follows is complete; a free vEU takes the
  ready task of the earliest wave, longest first (the static placement's priority), at once.
- `queue_makespan`: what the persistent kernel's queue dispatch does: one queue of every task in `queue_order`
  (earliest wave, longest first); a free vEU takes the next ticket and starts it once the kernels it follows
  are complete (no ready-list: a task of the next wave may wait at a vEU while an earlier one is late).
`choose_dispatch` picks the static tables or the queue by their mean perturbed makespans.
"""

from __future__ import annotations

import heapq
import random

from hm_mlir.rammer.schedule import Schedule


def perturbed(plan: Schedule, spread: float, seed: int) -> dict[tuple[int, int], float]:
    """(kernel, block) -> the modelled duration of that task times a factor in [1 - spread, 1 + spread]."""
    rng = random.Random(seed)
    return {(k, b): kernel.block_us * rng.uniform(1 - spread, 1 + spread)
            for k, kernel in enumerate(plan.kernels) for b in range(kernel.blocks)}


def static_makespan(plan: Schedule, durations: dict[tuple[int, int], float]) -> float:
    """The table's order on every vEU, each task after its vEU's previous one and its waits' kernels."""
    finish = [0.0] * len(plan.kernels)
    left = [k.blocks for k in plan.kernels]
    position = [0] * len(plan.veus)
    free = [0.0] * len(plan.veus)
    progress = True
    while progress:  # an execution order: a vEU advances while its next task's waits are complete
        progress = False
        for veu, tasks in enumerate(plan.veus):
            while position[veu] < len(tasks) and all(left[w] == 0 for w in tasks[position[veu]].waits):
                task = tasks[position[veu]]
                start = max([free[veu]] + [finish[w] for w in task.waits])
                free[veu] = start + durations[(task.kernel, task.block)]
                finish[task.kernel] = max(finish[task.kernel], free[veu])
                left[task.kernel] -= 1
                position[veu] += 1
                progress = True
    if any(position[v] < len(tasks) for v, tasks in enumerate(plan.veus)):
        raise ValueError("the schedule cannot finish (a wait that is never met)")
    return max(free, default=0.0)


def dynamic_makespan(plan: Schedule, durations: dict[tuple[int, int], float]) -> float:
    """Event-driven dispatch of the plan's tasks on its vEUs (see the module docstring)."""
    kernels = plan.kernels
    dependents: list[list[int]] = [[] for _ in kernels]
    waiting = [len(f) for f in plan.follows]
    for j, earlier in enumerate(plan.follows):
        for i in earlier:
            dependents[i].append(j)
    ready: list[tuple[int, float, int, int]] = []  # (wave, -duration, kernel, block): a heap

    def release(k: int) -> None:
        for b in range(kernels[k].blocks):
            heapq.heappush(ready, (plan.waves[k], -durations[(k, b)], k, b))

    for k, count in enumerate(waiting):
        if count == 0:
            release(k)
    left = [k.blocks for k in kernels]
    events: list[tuple[float, int, int]] = []  # (time, vEU, kernel that finished there or -1)
    idle = list(range(len(plan.veus)))
    now = 0.0
    end = 0.0
    while True:
        while idle and ready:
            veu = idle.pop()
            _, _, k, b = heapq.heappop(ready)
            heapq.heappush(events, (now + durations[(k, b)], veu, k))
        if not events:
            break
        now, veu, k = heapq.heappop(events)
        end = max(end, now)
        idle.append(veu)
        left[k] -= 1
        if left[k] == 0:
            for j in dependents[k]:
                waiting[j] -= 1
                if waiting[j] == 0:
                    release(j)
    if any(left):
        raise ValueError("a kernel never became ready")
    return end


QUEUE_GAIN = 0.03  # the queue must beat the static tables by this much: a ticket is one more atomic per task


def queue_order(plan: Schedule) -> list:
    """Every task of `plan` in queue order: earliest wave, then longest kernel, then kernel, then block."""
    return sorted((task for _, _, task in plan.tasks()),
                  key=lambda t: (plan.waves[t.kernel], -plan.kernels[t.kernel].block_us, t.kernel, t.block))


def queue_makespan(plan: Schedule, durations: dict[tuple[int, int], float], order: list) -> float:
    """Queue dispatch of `order` on the plan's vEUs (see the module docstring)."""
    finish = [0.0] * len(plan.kernels)
    left = [k.blocks for k in plan.kernels]
    free = [(0.0, v) for v in range(len(plan.veus))]
    heapq.heapify(free)
    for task in order:
        now, veu = heapq.heappop(free)
        if any(left[i] for i in plan.follows[task.kernel]):
            raise ValueError("the queue has a task before a task of a kernel it follows")
        end = max([now] + [finish[i] for i in plan.follows[task.kernel]]) + durations[(task.kernel, task.block)]
        finish[task.kernel] = max(finish[task.kernel], end)
        left[task.kernel] -= 1
        heapq.heappush(free, (end, veu))
    return max((end for end, _ in free), default=0.0)


def choose_dispatch(plan: Schedule, spread: float = 0.3, seeds: range = range(3)) -> dict:
    """{"mode": "static" | "queue", "static_us", "queue_us"}: the queue when its mean makespan with the
    durations perturbed beats the static tables' by more than QUEUE_GAIN."""
    order = queue_order(plan)
    static = queue = 0.0
    for seed in seeds:
        durations = perturbed(plan, spread, seed)
        static += static_makespan(plan, durations) / len(seeds)
        queue += queue_makespan(plan, durations, order) / len(seeds)
    mode = "queue" if queue and static / queue > 1 + QUEUE_GAIN else "static"
    return {"mode": mode, "static_us": static, "queue_us": queue}


def robustness(plan: Schedule, spread: float = 0.3, seeds: range = range(5)) -> dict:
    """Mean makespans (us, without the launch) of the static schedule and of event-driven dispatch over the
    seeds, and their ratio (above 1: the static schedule loses)."""
    static, dynamic = [], []
    for seed in seeds:
        durations = perturbed(plan, spread, seed)
        static.append(static_makespan(plan, durations))
        dynamic.append(dynamic_makespan(plan, durations))
    mean_static, mean_dynamic = sum(static) / len(static), sum(dynamic) / len(dynamic)
    return {"static_us": mean_static, "dynamic_us": mean_dynamic,
            "static_over_dynamic": mean_static / mean_dynamic if mean_dynamic else 1.0}
