"""Wavefront scheduling of one program's kernels on a vDevice.

In: the program's kernels in program order (`Kernel`: its rTasks are its thread blocks, each of a modelled
duration), for every kernel the earlier kernels it must follow (a buffer conflict: read-after-write,
write-after-read or write-after-write), and the device description. Out: a `Schedule`:
- the vDevice: vEUs = SMs x blocks resident per SM for the largest threads, registers and shared memory of the
  kernels placed together (a persistent block must fit every task), sized down to the widest wave so that no
  vEU is without work;
- waves: the dependency levels (a kernel's wave is one more than the latest wave it follows);
- placement: wave by wave, the tasks of the wave's kernels (longest first) go to the earliest-free vEU, and a
  task starts when its vEU is free and every kernel it follows has finished;
- waits: kernel counters (each finished task adds 1 to its kernel's). A task waits until the counter of each
  kernel it follows equals that kernel's task count, except where the vector clocks of the tasks placed so
  far show it already follows every task of that kernel (program order on its vEU, and earlier waits,
  transitively); the latest waves are considered first, since waiting on them implies the most, and a wait
  the others imply is dropped;
- the modelled makespan, beside the time of one launch per kernel.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from math import ceil

from hm_mlir.hardware import Device
from hm_mlir.roller.model import LAUNCH_US, resident_blocks


@dataclass(frozen=True)
class Kernel:
    """One rOperator's kernel: `blocks` rTasks, its resources per block, and Roller's model of it as a launch of
    its own (`cost_us`, in `waves` waves)."""

    name: str
    blocks: int
    threads: int
    registers: int  # per thread
    smem_bytes: int
    cost_us: float
    waves: int = 1

    @property
    def block_us(self) -> float:
        """One rTask's modelled duration: a wave of the kernel's own launch, without the launch."""
        return max(0.0, self.cost_us - LAUNCH_US) / max(1, self.waves)


@dataclass(frozen=True)
class VDevice:
    sms: int
    veus_per_sm: int

    @property
    def veus(self) -> int:
        return self.sms * self.veus_per_sm


@dataclass(frozen=True)
class Task:
    kernel: int
    block: int
    wave: int
    start_us: float
    end_us: float
    waits: tuple[int, ...] = ()  # kernels whose counters this task waits on (until each is complete)


@dataclass
class Schedule:
    vdevice: VDevice
    kernels: list[Kernel]
    follows: list[frozenset[int]]  # per kernel, the earlier kernels it must follow
    waves: list[int]  # per kernel
    veus: list[list[Task]] = field(default_factory=list)  # per vEU, its tasks in order

    @property
    def makespan_us(self) -> float:
        """One launch plus the last task's end."""
        return LAUNCH_US + max((tasks[-1].end_us for tasks in self.veus if tasks), default=0.0)

    @property
    def launches_us(self) -> float:
        """One launch per kernel, one after the other (Roller's model of each): the baseline of Rammer's gain."""
        return sum(k.cost_us for k in self.kernels)

    @property
    def wave_count(self) -> int:
        return 1 + max(self.waves, default=0)

    def tasks(self):
        """(vEU, order, task) for every task."""
        for veu, tasks in enumerate(self.veus):
            for order, task in enumerate(tasks):
                yield veu, order, task


class ScheduleError(ValueError):
    """The kernels cannot share one persistent kernel on this device (a block that does not fit)."""


def waves_of(follows: list[frozenset[int]]) -> list[int]:
    """The dependency level of every kernel (0 for one that follows none)."""
    waves: list[int] = []
    for j, earlier in enumerate(follows):
        if any(i >= j for i in earlier):
            raise ValueError(f"kernel {j} follows a kernel that is not earlier in program order")
        waves.append(1 + max((waves[i] for i in earlier), default=-1))
    return waves


def transitive_reduction(follows: list[frozenset[int]]) -> list[frozenset[int]]:
    """Per kernel, the kernels it follows that no other kernel it follows follows in turn: ordering those
    orders the rest (every task of a kernel follows every task of what it follows)."""
    closure: list[frozenset[int]] = []
    for earlier in follows:
        closure.append(frozenset(earlier).union(*(closure[i] for i in earlier)))
    return [frozenset(earlier - frozenset().union(*(closure[i] for i in earlier))) for earlier in follows]


def vdevice_for(kernels: list[Kernel], waves: list[int], device: Device) -> VDevice:
    """The vDevice of `kernels` placed together (see the module docstring)."""
    threads = max(k.threads for k in kernels)
    regs = max(k.registers for k in kernels)
    smem = max(k.smem_bytes for k in kernels)
    per_sm = resident_blocks(threads, regs, smem, device, smem_per_block=device.smem_per_block)
    if per_sm == 0:
        raise ScheduleError(f"a persistent block of {threads} threads, {regs} registers per thread and {smem} B of "
                            f"shared memory does not fit one SM of {device.name}")
    widest = max(sum(k.blocks for k, w in zip(kernels, waves) if w == wave) for wave in set(waves))
    sms = min(device.sms, widest)
    return VDevice(sms, min(per_sm, ceil(widest / sms)))


def choose_variants(options: list[list[Kernel]], current: list[int], follows: list[frozenset[int]],
                    device: Device, rounds: int = 2) -> list[int]:
    """Per kernel, which of its rKernels (`options[k]`, each its operator's kernel with another rTile) to run:
    wave by wave, each kernel in turn takes the variant that minimises the wave's modelled time (its tasks,
    longest first, on the earliest-free vEUs) with the others' choices fixed, `rounds` times over; the
    vDevice is the one of the `current` choices, and a variant needing more threads, registers or shared
    memory than its persistent block has is not offered. A kernel alone in its wave keeps the variant that
    fills the vEUs best, which need not be the fastest on its own launch."""
    waves = waves_of(follows)
    base = [options[k][i] for k, i in enumerate(current)]
    if not base:
        return []
    vdev = vdevice_for(base, waves, device)
    threads, regs, smem = (max(getattr(k, a) for k in base) for a in ("threads", "registers", "smem_bytes"))
    choice = list(current)
    for wave in sorted(set(waves)):
        members = [k for k, w in enumerate(waves) if w == wave]
        allowed = {k: [i for i, v in enumerate(options[k]) if v.threads <= threads and v.registers <= regs
                       and v.smem_bytes <= smem] or [current[k]] for k in members}
        for _ in range(rounds):
            for k in members:
                def time_with(i, k=k):
                    return _wave_time([options[m][i if m == k else choice[m]] for m in members], vdev.veus)
                choice[k] = min(allowed[k], key=lambda i: (time_with(i), i != current[k], i))
    return choice


ROUNDS_SIMULATED = 4  # a wave of more tasks per vEU is timed by its bounds, not placed task by task


def _wave_time(kernels: list[Kernel], veus: int) -> float:
    """The modelled time of `kernels`' tasks, longest first, each on the earliest-free of `veus` vEUs."""
    if len(kernels) == 1:
        return ceil(kernels[0].blocks / veus) * kernels[0].block_us
    tasks = sum(k.blocks for k in kernels)
    if tasks > ROUNDS_SIMULATED * veus:  # many rounds: the bounds (placement rounds off little)
        return max(max(ceil(k.blocks / veus) * k.block_us for k in kernels),
                   sum(k.blocks * k.block_us for k in kernels) / veus)
    free = [0.0] * min(veus, tasks)
    for duration, blocks in sorted(((k.block_us, k.blocks) for k in kernels), reverse=True):
        for _ in range(blocks):
            heapq.heapreplace(free, free[0] + duration)
    return max(free, default=0.0)


def schedule(kernels: list[Kernel], follows: list[frozenset[int]], device: Device,
             vdevice: VDevice | None = None) -> Schedule:
    """Place every rTask of `kernels` (see the module docstring); `vdevice` overrides the device's."""
    waves = waves_of(follows)
    if not kernels:
        return Schedule(vdevice or VDevice(1, 1), kernels, follows, waves, [[]])
    vdev = vdevice or vdevice_for(kernels, waves, device)
    plan = Schedule(vdev, kernels, follows, waves, [[] for _ in range(vdev.veus)])
    free = [(0.0, veu) for veu in range(vdev.veus)]  # (time the vEU is free, vEU): a heap
    finish = [0.0] * len(kernels)
    clocks = _Clocks(vdev.veus, len(kernels))
    direct = transitive_reduction(follows)
    for wave in range(plan.wave_count):
        members = [j for j, w in enumerate(waves) if w == wave]
        ready = {j: max((finish[i] for i in follows[j]), default=0.0) for j in members}
        duration = {j: kernels[j].block_us for j in members}
        items = sorted(((j, b) for j in members for b in range(kernels[j].blocks)),
                       key=lambda item: (-duration[item[0]], ready[item[0]], item))
        for j, block in items:
            free_at, veu = heapq.heappop(free)
            start = max(free_at, ready[j])
            end = start + duration[j]
            waits = clocks.place(veu, len(plan.veus[veu]), j, direct[j], waves)
            plan.veus[veu].append(Task(j, block, wave, start, end, waits))
            finish[j] = max(finish[j], end)
            heapq.heappush(free, (end, veu))
    return plan


class _Clocks:
    """Vector clocks of the tasks placed so far (placement order is an execution order): which waits a new
    task needs, the latest kernels first, skipping those that program order and earlier waits already imply."""

    def __init__(self, veus: int, kernels: int) -> None:
        import numpy as np

        self.current = np.zeros((veus, veus), dtype=np.int32)  # per vEU: what its last task knows finished
        self.finished = np.zeros((kernels, veus), dtype=np.int32)  # per kernel: what all its tasks know
        self.last = np.zeros((kernels, veus), dtype=np.int32)  # per kernel: 1 + its last task's position per vEU

    def place(self, veu: int, position: int, kernel: int, direct: frozenset[int], waves: list[int]) -> tuple[int, ...]:
        import numpy as np

        clock = self.current[veu].copy()
        waits = []
        for earlier in sorted(direct, key=lambda i: (waves[i], i), reverse=True):
            if (clock < self.last[earlier]).any():
                waits.append(earlier)
                np.maximum(clock, self.finished[earlier], out=clock)
        for wait in list(waits):  # one a later choice implies
            others = [self.current[veu]] + [self.finished[w] for w in waits if w != wait]
            if not (np.maximum.reduce(others) < self.last[wait]).any():
                waits.remove(wait)
        clock[veu] = position + 1
        self.current[veu] = clock
        np.maximum(self.finished[kernel], clock, out=self.finished[kernel])
        self.last[kernel, veu] = position + 1
        return tuple(sorted(waits))
