"""Device-side loops: the waits that order a loop body's kernels across iterations, and their check.

A loop on the device runs its body's rProgram once per iteration, every vEU walking its row of the tables for
iteration 0, 1, ... in turn; nothing synchronizes the iterations as a whole. Kernel k's counter counts its
finished tasks over all iterations, so "k is complete in iteration i" is the counter reaching blocks_k x (i + 1)
(plus the epochs before the launch). That reading is sound only if no task of k in iteration i + 1 can finish
before every task of k in iteration i: the invariant is that every kernel happens after its own previous
iteration. Within an iteration the tables order the kernels that conflict (`follows`, checked by Rammer's
tables). Across iterations, kernel a of iteration i conflicts with kernel b of iteration i - d
(`carried[(a, b)] = d`, the smallest such distance: read-after-write, write-after-read or write-after-write);
a carried wait (a, b, e) with e <= d makes every task of a wait until b's counter says b finished iteration
i - e, which orders a after every iteration of b up to i - e (and so at every distance from d on).

`choose_waits` picks the carried waits, leaving out those the order already implies; `problems` checks a set of
waits: for every carried pair and for every kernel with itself at distance 1, every task of a in iteration i
happens after every task of b in iteration i - d, through program order on the vEUs (each walks its row, then
its row of the next iteration), the tables' in-iteration waits and the carried waits (`LoopOrder`). A wait at a
distance of 2 or more is what lets a stacked recurrence run as a wavefront (layer l of step t + 1 overwrites
the buffer layer l + 1 of step t - 1 read, not the one of step t).
"""

from __future__ import annotations


def carried_distances(per_iteration: list[list[list]], conflict) -> dict[tuple[int, int], int]:
    """(a, b) -> the smallest d >= 1 such that kernel a in some iteration i and kernel b in iteration i - d
    `conflict`. `per_iteration[i][k]` is what kernel k touches in iteration i (any form `conflict` compares)."""
    trips = len(per_iteration)
    kernels = len(per_iteration[0]) if trips else 0
    found: dict[tuple[int, int], int] = {}
    for a in range(kernels):
        for b in range(kernels):
            for d in range(1, trips):
                if any(conflict(per_iteration[i][a], per_iteration[i - d][b]) for i in range(d, trips)):
                    found[(a, b)] = d
                    break
    return found


Wait = tuple[int, int, int]  # (a, b, d): every task of a in iteration i waits for b's iteration i - d


def required(kernels: int, carried: dict[tuple[int, int], int]) -> list[Wait]:
    """The happens-before a loop needs: every carried pair at its distance, and every kernel after its own
    previous iteration (the counters' invariant)."""
    needs = dict(carried)
    for k in range(kernels):
        needs[(k, k)] = 1
    return sorted((a, b, d) for (a, b), d in needs.items())


class LoopOrder:
    """Happens-before between the tasks of a device loop's iterations: on each vEU its row in order, iteration
    after iteration (not with queue dispatch, whose tickets run in any order their waits allow); a task after
    every task of each kernel it waits on in its iteration (the tables' waits) and, for each carried wait (its
    kernel, b, d), after every task of b d iterations before. `reaches(a, b, d)`:
    every task of kernel a in iteration i happens after every task of kernel b in iteration i - d (for every
    i >= d: the edges are the same in every iteration and only go back in time)."""

    def __init__(self, tables, waits: list[Wait], queue: bool = False) -> None:
        self.t = tables
        self.queue = queue  # one row of tickets: no program order, only the waits
        self.carried: dict[int, list[tuple[int, int]]] = {}
        for a, b, d in waits:
            self.carried.setdefault(a, []).append((b, d))
        self.row_of = {task: v for v in range(tables.veus) for task in tables.tasks_of(v)}
        self.tasks_of_kernel: dict[int, list[int]] = {}
        for task, k in enumerate(tables.task_kernel):
            self.tasks_of_kernel.setdefault(k, []).append(task)
        self.memo: dict[tuple[int, int], set] = {}

    def _before(self, node: tuple[str, int, int]):
        kind, x, it = node
        if kind == "k":
            return [("t", task, it) for task in self.tasks_of_kernel.get(x, ())]
        t = self.t
        found = [("k", w, it) for w in t.waits_of(x)]
        found += [("k", b, it - d) for b, d in self.carried.get(t.task_kernel[x], ()) if it - d >= 0]
        row = t.tasks_of(self.row_of[x])
        if self.queue:
            return found
        if x > row.start:
            found.append(("t", x - 1, it))
        elif it > 0:  # the vEU's row of the iteration before, up to its last task
            found.append(("t", row.stop - 1, it - 1))
        return found

    def _reach(self, task: int, span: int) -> set:
        """The tasks (task, iteration) that task `task` of iteration `span` happens after."""
        key = (task, span)
        if key not in self.memo:
            start = ("t", task, span)
            seen, stack = {start}, [start]
            while stack:
                for node in self._before(stack.pop()):
                    if node not in seen:
                        seen.add(node)
                        stack.append(node)
            self.memo[key] = {(x, it) for kind, x, it in seen if kind == "t"}
        return self.memo[key]

    def reaches(self, a: int, b: int, d: int) -> bool:
        awaited = [(task, 0) for task in self.tasks_of_kernel.get(b, ())]
        return all(all(node in self._reach(task, d) for node in awaited) for task in self.tasks_of_kernel.get(a, ()))


def choose_waits(tables, carried: dict[tuple[int, int], int], queue: bool = False) -> list[Wait]:
    """The carried waits of a loop whose body's program has static `tables` (hm_mlir.rammer.tables.Tables): per
    required pair, in order of the waiting kernel, the latest awaited kernel first (a wait on a late kernel
    implies the kernels it follows) and the farthest distance first, one wait unless the order so far implies it."""
    waits: list[Wait] = []
    for a, b, d in sorted(required(len(tables.kernel_blocks), carried), key=lambda w: (w[0], -w[1], -w[2])):
        if not LoopOrder(tables, waits, queue).reaches(a, b, d):
            waits.append((a, b, d))
    return sorted(waits)


def problems(tables, carried: dict[tuple[int, int], int], waits: list[Wait], queue: bool = False) -> list[str]:
    """What the waits leave unordered (empty when the loop is correct for any interleaving)."""
    kernels = len(tables.kernel_blocks)
    found = [f"carried wait ({a}, {b}, {d}) names a kernel outside 0..{kernels - 1} or a distance below 1"
             for a, b, d in waits if not (0 <= a < kernels and 0 <= b < kernels and d >= 1)]
    found += [f"carried pair ({a}, {b}) names a kernel outside 0..{kernels - 1} or a distance below 1"
              for (a, b), d in carried.items() if not (0 <= a < kernels and 0 <= b < kernels and d >= 1)]
    if found:
        return found
    order = LoopOrder(tables, waits, queue)
    for a, b, d in required(kernels, carried):
        if not order.reaches(a, b, d):
            what = "its own previous iteration (the counters' invariant)" if a == b and d == 1 else \
                f"kernel {b} of the iteration {d} before, which it conflicts with"
            found.append(f"kernel {a} of an iteration is not ordered after {what}")
    return found


def queue_tables(tables, follows: list[frozenset[int]], durations: list[float]):
    """The queue form of a loop body's static `tables`: every task in one row, earliest wave first, then the
    longest kernel (`durations`: a task's modelled microseconds per kernel), each waiting on the transitive
    reduction of the kernels its kernel follows (as Rammer's queue dispatch)."""
    from hm_mlir.rammer.schedule import transitive_reduction
    from hm_mlir.rammer.tables import Tables

    t = tables
    order = sorted(range(len(t.task_kernel)), key=lambda task: (t.task_wave[task], -durations[t.task_kernel[task]],
                                                                 t.task_kernel[task], t.task_block[task]))
    reduced = transitive_reduction(follows)
    wait_offsets, wait_kernel = [0], []
    for task in order:
        wait_kernel.extend(sorted(reduced[t.task_kernel[task]]))
        wait_offsets.append(len(wait_kernel))
    return Tables(t.kernel_blocks, (0, len(order)), tuple(t.task_kernel[x] for x in order),
                  tuple(t.task_block[x] for x in order), tuple(t.task_wave[x] for x in order), tuple(wait_offsets),
                  tuple(wait_kernel))


def loop_makespan(tables, durations: list[float], waits: list[Wait], trips: int, veus: int, queue: bool) -> float:
    """The modelled time of `trips` iterations of the loop: static tables (each vEU its row, iteration after
    iteration) or a queue of tickets on `veus` vEUs (iteration after iteration, each to the vEU free first), every
    task starting
    once its waits' kernels are complete (those of its iteration, and of the iterations its carried waits name)."""
    import heapq

    t = tables
    kernels = len(t.kernel_blocks)
    carried: dict[int, list[tuple[int, int]]] = {}
    for a, b, d in waits:
        carried.setdefault(a, []).append((b, d))
    done = [[0.0] * kernels for _ in range(trips)]
    left = [list(t.kernel_blocks) for _ in range(trips)]

    def ready(task: int, it: int) -> float | None:
        times = []
        for k in t.waits_of(task):
            if left[it][k]:
                return None
            times.append(done[it][k])
        for b, d in carried.get(t.task_kernel[task], ()):
            if it - d >= 0:
                if left[it - d][b]:
                    return None
                times.append(done[it - d][b])
        return max(times, default=0.0)

    def run(task: int, it: int, start: float) -> float:
        k = t.task_kernel[task]
        end = start + durations[k]
        left[it][k] -= 1
        done[it][k] = max(done[it][k], end)
        return end

    if queue:
        free = [(0.0, v) for v in range(veus)]
        heapq.heapify(free)
        used = set()
        for it in range(trips):
            for task in range(len(t.task_kernel)):
                now, veu = heapq.heappop(free)
                at = ready(task, it)
                if at is None:
                    raise ValueError("a ticket waits on a task of a later ticket")
                used.add(veu)
                heapq.heappush(free, (run(task, it, max(now, at)), veu))
        return max(end for end, _ in free), len(used)
    position = [(0, t.task_offsets[v]) for v in range(t.veus)]  # per vEU: (iteration, task)
    free = [0.0] * t.veus
    while True:
        best = None
        for v in range(t.veus):
            it, task = position[v]
            if it >= trips or task >= t.task_offsets[v + 1]:
                continue
            at = ready(task, it)
            if at is not None and (best is None or max(free[v], at) < best[0]):
                best = (max(free[v], at), v)
        if best is None:
            break
        start, v = best
        it, task = position[v]
        free[v] = run(task, it, start)
        task += 1
        position[v] = (it + 1, t.task_offsets[v]) if task == t.task_offsets[v + 1] else (it, task)
    if any(any(row) for row in left):
        raise ValueError("the loop's tables cannot finish")
    return max(free, default=0.0), sum(1 for v in range(t.veus) if t.tasks_of(v))


def queue_veus(tables, durations: list[float], waits: list[Wait], trips: int, most: int) -> int:
    """The fewest vEUs (up to `most`) on which the loop's queue is modelled within 1% of its time on `most`."""
    best, _ = loop_makespan(tables, durations, waits, trips, most, True)
    low, high = 1, most
    while low < high:
        middle = (low + high) // 2
        if loop_makespan(tables, durations, waits, trips, middle, True)[0] <= best * 1.01:
            high = middle
        else:
            low = middle + 1
    return low
