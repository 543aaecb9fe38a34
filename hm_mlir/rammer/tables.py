"""The rProgram as dense per-vEU tables (what the rtask.program op holds and the persistent kernel reads), and
the static checks of a schedule in that form.

Tables (flat, i64): vEU v runs tasks task_offsets[v] .. task_offsets[v+1]-1 in order; task t is block
task_block[t] of kernel task_kernel[t], in wave task_wave[t]; before it runs, it waits until the counter of
each kernel wait_kernel[w], for w in wait_offsets[t] .. wait_offsets[t+1]-1, equals that kernel's task count
kernel_blocks[k]. Each finished task adds one to its kernel's counter.

`problems(tables, follows)` checks: every block of every kernel runs exactly once; a wait names an earlier
kernel; the program cannot deadlock (an eager run finishes every task); and happens-before for every pair of
kernels that conflict on a buffer (read-after-write, write-after-read, write-after-write): every task of the
later kernel starts after every task of the earlier one, through program order on a vEU and the waits,
transitively.

Queue dispatch (`queue=True`, `Tables.queue_of`): the tables hold one row, the queue, which every vEU takes
tickets from; there is no program order between tasks, so happens-before is through the waits alone (every
task of a kernel waits, transitively, on every kernel it follows), and the eager run of the one row is the
queue's own deadlock check: a task's waits are complete once every task before it has run.
"""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.rammer.schedule import Schedule


@dataclass(frozen=True)
class Tables:
    kernel_blocks: tuple[int, ...]
    task_offsets: tuple[int, ...]
    task_kernel: tuple[int, ...]
    task_block: tuple[int, ...]
    task_wave: tuple[int, ...]
    wait_offsets: tuple[int, ...]
    wait_kernel: tuple[int, ...]

    FIELDS = ("kernel_blocks", "task_offsets", "task_kernel", "task_block", "task_wave", "wait_offsets",
              "wait_kernel")

    @classmethod
    def of(cls, plan: Schedule) -> Tables:
        offsets, kernel, block, wave, wait_offsets, wait_kernel = [0], [], [], [], [0], []
        for tasks in plan.veus:
            for task in tasks:
                kernel.append(task.kernel)
                block.append(task.block)
                wave.append(task.wave)
                wait_kernel.extend(task.waits)
                wait_offsets.append(len(wait_kernel))
            offsets.append(len(kernel))
        return cls(tuple(k.blocks for k in plan.kernels), tuple(offsets), tuple(kernel), tuple(block), tuple(wave),
                   tuple(wait_offsets), tuple(wait_kernel))

    @classmethod
    def queue_of(cls, plan: Schedule, order: list) -> Tables:
        """The queue form: `order`'s tasks in one row, each waiting on the kernels its kernel follows (the
        transitive reduction: those order the rest)."""
        from hm_mlir.rammer.schedule import transitive_reduction

        reduced = transitive_reduction(plan.follows)
        wait_offsets, wait_kernel = [0], []
        for task in order:
            wait_kernel.extend(sorted(reduced[task.kernel]))
            wait_offsets.append(len(wait_kernel))
        return cls(tuple(k.blocks for k in plan.kernels), (0, len(order)), tuple(t.kernel for t in order),
                   tuple(t.block for t in order), tuple(t.wave for t in order), tuple(wait_offsets),
                   tuple(wait_kernel))

    @property
    def veus(self) -> int:
        return len(self.task_offsets) - 1

    def tasks_of(self, veu: int) -> range:
        return range(self.task_offsets[veu], self.task_offsets[veu + 1])

    def waits_of(self, task: int) -> tuple[int, ...]:
        return self.wait_kernel[self.wait_offsets[task]:self.wait_offsets[task + 1]]


def shape_problems(t: Tables) -> list[str]:
    """Lengths and ranges of the tables."""
    tasks, kernels = len(t.task_kernel), len(t.kernel_blocks)
    found = []
    if not t.task_offsets or t.task_offsets[0] != 0 or t.task_offsets[-1] != tasks \
            or any(a > b for a, b in zip(t.task_offsets, t.task_offsets[1:])):
        found.append(f"'task_offsets' must rise from 0 to the {tasks} tasks")
    if not len(t.task_block) == len(t.task_wave) == tasks or len(t.wait_offsets) != tasks + 1:
        found.append("'task_block' and 'task_wave' need one entry per task, 'wait_offsets' one more")
    elif t.wait_offsets[0] != 0 or t.wait_offsets[-1] != len(t.wait_kernel) \
            or any(a > b for a, b in zip(t.wait_offsets, t.wait_offsets[1:])):
        found.append(f"'wait_offsets' must rise from 0 to the {len(t.wait_kernel)} waits")
    if any(not 0 <= k < kernels for k in t.task_kernel + t.wait_kernel):
        found.append(f"a task or a wait names a kernel outside 0..{kernels - 1}")
    return found


def problems(t: Tables, follows: list[frozenset[int]], queue: bool = False) -> list[str]:
    """Everything wrong with schedule `t` for kernels that must follow `follows` (see the module docstring;
    `queue`: the tables are a queue of tickets)."""
    found = shape_problems(t)
    if found:
        return found
    seen: dict[tuple[int, int], int] = {}
    for task, (k, b) in enumerate(zip(t.task_kernel, t.task_block)):
        if not 0 <= b < t.kernel_blocks[k]:
            found.append(f"task {task}: block {b} is outside kernel {k}'s {t.kernel_blocks[k]} blocks")
        seen[(k, b)] = seen.get((k, b), 0) + 1
    if found:
        return found
    for k, blocks in enumerate(t.kernel_blocks):
        for b in range(blocks):
            if seen.get((k, b), 0) != 1:
                found.append(f"block {b} of kernel {k} runs {seen.get((k, b), 0)} times, not once")
                break
    for task, k in enumerate(t.task_kernel):
        for w in t.waits_of(task):
            if w >= k:
                found.append(f"task {task} of kernel {k} waits on kernel {w}, which is not earlier in program order")
    if found:
        return found
    if queue and t.veus != 1:
        return [f"a queue is one row of tasks, not {t.veus}"]
    order, stuck = _eager_run(t)
    if stuck:
        return stuck
    return _unordered_queue(t, follows) if queue else _unordered(t, follows, order)


def _unordered_queue(t: Tables, follows: list[frozenset[int]]) -> list[str]:
    """Happens-before through waits alone: the kernels each task knows complete (its waits, and what every task
    of those knew) must hold every kernel its kernel follows."""
    known: list[frozenset[int] | None] = [None] * len(t.kernel_blocks)  # per kernel: what all its tasks know
    found = []
    for task, k in enumerate(t.task_kernel):
        waits = t.waits_of(task)
        sure = frozenset(waits).union(*(known[w] or frozenset() for w in waits))
        known[k] = sure if known[k] is None else known[k] & sure
    for k, earlier in enumerate(follows):
        missing = sorted(earlier - (known[k] or frozenset()))
        if missing:
            found.append(f"kernel {k} may run before kernel {missing[0]} has finished, and they share a buffer "
                         f"(a task of it in the queue does not wait for it)")
    return found[:8]


def _eager_run(t: Tables) -> tuple[list[int], list[str]]:
    """(the tasks in the order an eager run takes them, a deadlock message if it cannot finish): each vEU runs
    its next task whenever every counter it waits on is complete."""
    done = [0] * len(t.kernel_blocks)
    position = [t.task_offsets[v] for v in range(t.veus)]
    order = []
    progress = True
    while progress:
        progress = False
        for v in range(t.veus):
            while position[v] < t.task_offsets[v + 1] and all(
                    done[w] == t.kernel_blocks[w] for w in t.waits_of(position[v])):
                order.append(position[v])
                done[t.task_kernel[position[v]]] += 1
                position[v] += 1
                progress = True
    stuck = [v for v in range(t.veus) if position[v] < t.task_offsets[v + 1]]
    if not stuck:
        return order, []
    v = stuck[0]
    waiting = [w for w in t.waits_of(position[v]) if done[w] != t.kernel_blocks[w]]
    return order, [f"deadlock: {len(stuck)} vEU(s) cannot proceed; vEU {v} waits at its task "
                   f"{position[v] - t.task_offsets[v]} for kernel {waiting[0]} ({done[waiting[0]]} of "
                   f"{t.kernel_blocks[waiting[0]]} tasks done)"]


def _unordered(t: Tables, follows: list[frozenset[int]], order: list[int]) -> list[str]:
    """Happens-before by vector clocks (clock[u]: tasks of vEU u known finished), walked in an execution order:
    a task's clock joins its vEU's and the final clock of every kernel it waits on (all of whose tasks ran
    before it); every task of kernel j must know of every task of each kernel it follows. Checked at the first
    task of j on each vEU (clocks only grow along a vEU), for the pairs of the transitive reduction."""
    import numpy as np

    from hm_mlir.rammer.schedule import transitive_reduction

    follows = transitive_reduction(follows)  # ordering these orders the rest
    veus, kernels = t.veus, len(t.kernel_blocks)
    veu_of = [0] * len(t.task_kernel)
    need = np.zeros((kernels, veus), dtype=np.int64)  # need[i][u]: 1 + the position of i's last task on u
    for v in range(veus):
        for position, task in enumerate(t.tasks_of(v)):
            veu_of[task] = v
            need[t.task_kernel[task], v] = position + 1
    current = np.zeros((veus, veus), dtype=np.int64)
    finished = np.zeros((kernels, veus), dtype=np.int64)
    checked: set[tuple[int, int]] = set()
    found = []
    for task in order:
        v, k = veu_of[task], t.task_kernel[task]
        clock = current[v].copy()
        for w in t.waits_of(task):
            np.maximum(clock, finished[w], out=clock)
        if (k, v) not in checked:
            checked.add((k, v))
            for i in sorted(follows[k]):
                if (clock < need[i]).any():
                    found.append(f"kernel {k} may run before kernel {i} has finished, and they share a buffer "
                                 f"(vEU {v}, task {task - t.task_offsets[v]})")
        clock[v] = task - t.task_offsets[v] + 1
        current[v] = clock
        np.maximum(finished[k], clock, out=finished[k])
    return sorted(set(found), key=found.index)[:8]
