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

`choose_waits` picks the carried waits, leaving out those the others imply; `problems` checks a set of waits:
for every carried pair and for every kernel with itself at distance 1, a path of happens-before from a in
iteration i to b in iteration i - d through the in-iteration order (`follows`, in every iteration) and the
waits. Kernel-level edges are transitive, since a kernel's edge holds for every one of its tasks. A wait at a
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


def _reaches(follows: list[frozenset[int]], waits: list[Wait], a: int, b: int, d: int) -> bool:
    """Whether kernel a of iteration i happens after kernel b of iteration i - d, for every i >= d."""
    by_kernel: dict[int, list[tuple[int, int]]] = {}
    for x, y, e in waits:
        by_kernel.setdefault(x, []).append((y, e))
    start, goal = (a, d), (b, 0)
    seen, stack = {start}, [start]
    while stack:
        k, it = stack.pop()
        if (k, it) == goal:
            return True
        nexts = [(e, it) for e in follows[k]] + [(y, it - e) for y, e in by_kernel.get(k, ()) if it - e >= 0]
        for node in nexts:
            if node not in seen:
                seen.add(node)
                stack.append(node)
    return False


def choose_waits(kernels: int, follows: list[frozenset[int]], carried: dict[tuple[int, int], int]) -> list[Wait]:
    """The carried waits: per required pair, in order of the waiting kernel, the latest awaited kernel first
    (a wait on a late kernel implies the kernels it follows) and the farthest distance first, one wait unless
    those chosen imply it."""
    waits: list[Wait] = []
    for a, b, d in sorted(required(kernels, carried), key=lambda w: (w[0], -w[1], -w[2])):
        if not _reaches(follows, waits, a, b, d):
            waits.append((a, b, d))
    return sorted(waits)


def problems(kernels: int, follows: list[frozenset[int]], carried: dict[tuple[int, int], int],
             waits: list[Wait]) -> list[str]:
    """What the waits leave unordered (empty when the loop is correct for any interleaving)."""
    found = [f"carried wait ({a}, {b}, {d}) names a kernel outside 0..{kernels - 1} or a distance below 1"
             for a, b, d in waits if not (0 <= a < kernels and 0 <= b < kernels and d >= 1)]
    found += [f"carried pair ({a}, {b}) names a kernel outside 0..{kernels - 1} or a distance below 1"
              for (a, b), d in carried.items() if not (0 <= a < kernels and 0 <= b < kernels and d >= 1)]
    if found:
        return found
    for a, b, d in required(kernels, carried):
        if not _reaches(follows, waits, a, b, d):
            what = "its own previous iteration (the counters' invariant)" if a == b and d == 1 else \
                f"kernel {b} of the iteration {d} before, which it conflicts with"
            found.append(f"kernel {a} of an iteration is not ordered after {what}")
    return found


def critical_path(kernels: int, follows: list[frozenset[int]], waits: list[Wait], trips: int,
                  cost: list[float]) -> float:
    """The loop's longest chain of kernel durations over `trips` iterations through the in-iteration order and
    the carried waits: what overlapping iterations can reach (serial iterations: trips x the body's chain)."""
    finish: list[list[float]] = []
    for it in range(trips):
        row: list[float] = []
        for k in range(kernels):
            before = [row[e] for e in follows[k]] + [finish[it - d][b] for a, b, d in waits if a == k and it >= d]
            row.append(max(before, default=0.0) + cost[k])
        finish.append(row)
    return max((max(row) for row in finish), default=0.0)
