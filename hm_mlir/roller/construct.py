"""Roller's rTile construction: scale-up by data reuse, scale-out/shrink to fill the SMs, top-K by the model.

`top_k(spec, device, k)` returns up to k Candidates (Config + Estimate), best first. Sizes are aligned:
every tile size is a power of two (at most the next power of two of its loop's extent), the loop that walks an
operand's contiguous dimension gets at least one memory transaction of it, threads per block are a multiple
of the warp size (times the SM partitions where the tile has enough points), shared-memory rows are padded
against bank conflicts, and every candidate fits the device's threads, registers and shared memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, prod

from hm_mlir.hardware import Device
from hm_mlir.roller import model
from hm_mlir.roller.model import (
    MAX_VECTOR_BYTES,
    MMA_LANES,
    MMA_SHAPE,
    Config,
    Estimate,
    async_copied,
    copy_width,
    evaluate,
    input_padding,
    smem_bytes,
    smem_limit,
    staged_inputs,
)
from hm_mlir.roller.spec import OpSpec

DEFAULT_TOP_K = 8
MAX_STAGES = 3  # shared-memory buffers per staged input when the steps are pipelined (sm_80+)
MAX_THREAD_POINTS = 64  # register-tile points per thread (accumulators) the construction considers
MIN_WAVE_FILL = 1.0  # scale-out: at least this many blocks per SM before a tile counts as filling the GPU


@dataclass(frozen=True)
class Candidate:
    config: Config
    estimate: Estimate


def pow2_ceil(n: int) -> int:
    return 1 << max(0, (n - 1).bit_length())


def transaction_elements(spec: OpSpec, device: Device) -> dict[int, int]:
    """Loop -> elements of one memory transaction along it, for loops that walk an operand's contiguous dim."""
    aligned: dict[int, int] = {}
    for access in spec.inputs + spec.outputs:
        loop = access.contiguous_loop()
        if loop is not None and access.coeffs[-1][loop] == 1:
            elements = max(1, device.transaction_bytes // access.elem_bytes)
            aligned[loop] = max(aligned.get(loop, 1), elements)
    return aligned


def min_threads(spec: OpSpec, device: Device) -> int:
    """Threads a block must have: a warp per SM partition if the operator has that many points, else a warp,
    else (a tiny operator) as many as it has points rounded up to a power of two."""
    points = prod(pow2_ceil(e) for e in spec.parallel)
    for threads in (device.warp_size * device.sm_partitions, device.warp_size):
        if points >= threads * device.sms or (threads == device.warp_size and points >= threads):
            return threads
    return max(1, points)


def _limits(spec: OpSpec) -> tuple[int, ...]:
    return tuple(pow2_ceil(e) for e in spec.extents)


def _start_tile(spec: OpSpec, device: Device) -> list[int]:
    """The smallest aligned tile (block sizes for parallel loops, steps for reduction loops)."""
    limits = _limits(spec)
    tile = [1] * len(spec.extents)
    for loop, elements in transaction_elements(spec, device).items():
        tile[loop] = min(limits[loop], elements)
    for d in range(spec.num_parallel, len(tile)):
        tile[d] = min(tile[d], spec.extents[d])
    return tile


def _dram_bytes_per_point(spec: OpSpec, tile: list[int]) -> float:
    """DRAM bytes per output point of a block tile (the reduction read whole), the reuse measure."""
    whole = tuple(tile[:spec.num_parallel]) + spec.reduction
    data = sum(prod(a.footprint(whole)) * a.elem_bytes for a in spec.inputs + spec.outputs)
    return data / prod(tile[:spec.num_parallel])


def _smem_footprint(spec: OpSpec, tile: list[int]) -> int:
    return sum(prod(a.footprint(tuple(tile))) * a.elem_bytes for a in spec.inputs)


def scale_up(spec: OpSpec, device: Device) -> list[list[int]]:
    """Roller's scale-up: from the start tile, repeatedly double the parallel loop whose growth saves the most
    DRAM traffic per byte of shared memory added, while the tile fits; every tile on the way is returned."""
    limits = _limits(spec)
    tile = _start_tile(spec, device)
    path = [list(tile)]
    max_points = device.max_threads_per_block * MAX_THREAD_POINTS
    while True:
        best, best_score = None, 0.0
        for d in range(spec.num_parallel):
            if tile[d] * 2 > limits[d]:
                continue
            grown = list(tile)
            grown[d] *= 2
            if prod(grown[:spec.num_parallel]) > max_points:
                continue
            if _smem_footprint(spec, grown) > device.smem_per_block_default:
                continue
            saved = _dram_bytes_per_point(spec, tile) - _dram_bytes_per_point(spec, grown)
            added = max(1, _smem_footprint(spec, grown) - _smem_footprint(spec, tile))
            score = saved / added
            if best is None or score > best_score + 1e-12:
                best, best_score = grown, score
        if best is None:
            return path
        if best_score <= 0 and prod(best[:spec.num_parallel]) >= device.max_threads_per_block:
            return path  # no reuse left and enough points for the biggest block
        tile = best
        path.append(list(tile))


def shrink(spec: OpSpec, device: Device, tile: list[int]) -> list[list[int]]:
    """Small operators: halve the largest parallel block size (never below one transaction on a contiguous
    loop) until the grid has a block per SM."""
    floor = [1] * spec.num_parallel
    for loop, elements in transaction_elements(spec, device).items():
        if loop < spec.num_parallel:
            floor[loop] = min(elements, pow2_ceil(spec.extents[loop]))
    out = []
    tile = list(tile)
    while prod(ceil(e / b) for e, b in zip(spec.parallel, tile)) < device.sms * MIN_WAVE_FILL:
        shrinkable = [d for d in range(spec.num_parallel) if tile[d] > floor[d]]
        if not shrinkable:
            break
        d = max(shrinkable, key=lambda i: (tile[i], i))
        tile[d] //= 2
        out.append(list(tile))
    return out


def step_options(spec: OpSpec, device: Device, tile: list[int]) -> list[tuple[int, ...]]:
    """Reduction steps: the start step, doubled once on the reduction loop of the contiguous dimension."""
    start = tile[spec.num_parallel:]
    options = [tuple(start)]
    aligned = transaction_elements(spec, device)
    for i, d in enumerate(range(spec.num_parallel, len(spec.extents))):
        if d in aligned and start[i] * 2 <= spec.extents[d]:
            grown = list(start)
            grown[i] *= 2
            options.append(tuple(grown))
    if len(options) == 1 and start and start[-1] * 2 <= spec.extents[-1]:
        options.append(tuple(start[:-1]) + (start[-1] * 2,))
    return options


def thread_tiles(spec: OpSpec, device: Device, block: tuple[int, ...]) -> list[tuple[int, ...]]:
    """Register tiles for a block tile: grown greedily along the loop that most cuts the shared-memory reads per
    point; each tile that leaves a legal thread count (min_threads..max threads per block) is an option."""
    fewest = min_threads(spec, device)
    thread = [1] * len(block)
    options = []

    def legal(t: list[int]) -> bool:
        threads = prod(b // x for b, x in zip(block, t))
        return (threads <= device.max_threads_per_block and prod(t) <= MAX_THREAD_POINTS
                and threads >= fewest)

    def reads_per_point(t: list[int]) -> float:
        sizes = tuple(t) + (1,) * len(spec.reduction)
        return sum(prod(a.footprint(sizes)) for a in spec.inputs) / prod(t)

    while True:
        if legal(thread):
            options.append(tuple(thread))
        best, best_reads = None, None
        for d in range(len(block)):
            if thread[d] * 2 > block[d]:
                continue
            grown = list(thread)
            grown[d] *= 2
            threads = prod(b // x for b, x in zip(block, grown))
            if prod(grown) > MAX_THREAD_POINTS or threads < fewest:
                continue
            reads = reads_per_point(grown)
            if best is None or reads < best_reads - 1e-12 or (abs(reads - best_reads) < 1e-12 and d > best[1]):
                best, best_reads = (grown, d), reads
        if best is None:
            break
        thread = best[0]
    return options[-3:]


def candidates(spec: OpSpec, device: Device) -> list[Config]:
    """Every aligned config the construction considers (before ranking)."""
    if not spec.parallel:
        step = tuple(min(e, s) for e, s in zip(spec.extents, _start_tile(spec, device)))
        return [Config((), (), step, (0,) * len(spec.inputs), (False,) * len(spec.inputs))]
    path = scale_up(spec, device)
    tiles = path + shrink(spec, device, path[0])
    configs: list[Config] = []
    seen = set()
    for config in wgmma_candidates(spec, device) + mma_candidates(spec, device):
        if config not in seen and smem_bytes(spec, config) <= smem_limit(config, device):
            seen.add(config)
            configs.append(config)
    fewest = min_threads(spec, device)
    for tile in tiles:
        block = tuple(tile[:spec.num_parallel])
        if prod(block) < fewest:
            continue
        for step in step_options(spec, device, tile):
            for thread in thread_tiles(spec, device, block):
                single = _complete(spec, device, block, thread, step)
                for stages in stage_options(spec, device, single):
                    config = single if stages == 1 else _complete(spec, device, block, thread, step, stages)
                    if not pipelines(spec, config):
                        continue
                    if config not in seen and smem_bytes(spec, config) <= device.smem_per_block_default:
                        seen.add(config)
                        configs.append(config)
    return configs


def mma_candidates(spec: OpSpec, device: Device) -> list[Config]:
    """Tensor-core configs of an mma-eligible operator (OpSpec.tensor_core) on sm_80+: block tiles of whole
    m16n8k16 tiles (covering a transaction along contiguous loops), split among 1..8 warps whose warp tiles
    are as square as the split allows, k steps of whole mma k (the two largest that fit the reduction)."""
    if not spec.tensor_core or MMA_SHAPE not in device.mma_shapes or device.sm < 80:
        return []
    m = spec.num_parallel - 2
    rows, cols, depth = spec.parallel[m], spec.parallel[m + 1], spec.reduction[0]
    fewest = min_threads(spec, device)
    aligned = transaction_elements(spec, device)
    floor = [min(aligned.get(d, 1), pow2_ceil(spec.extents[d])) for d in range(len(spec.extents))]
    steps = [s for s in (16, 32, 64) if s <= max(MMA_SHAPE[2], pow2_ceil(depth)) and s >= floor[-1]][-2:]
    configs = []
    for bm in (16, 32, 64, 128):
        for bn in (8, 16, 32, 64, 128):
            if (bm > max(MMA_SHAPE[0], pow2_ceil(rows)) or bn > max(MMA_SHAPE[1], pow2_ceil(cols))
                    or bm < floor[m] or bn < floor[m + 1]):
                continue
            for warps in (1, 2, 4, 8):
                if (warps * device.warp_size) % fewest:
                    continue
                layout = _warp_layout(bm, bn, warps)
                if layout is None:
                    continue
                wm, wn = bm // layout[0], bn // layout[1]
                if wm * wn // device.warp_size > MAX_THREAD_POINTS:
                    continue
                block = (1,) * m + (bm, bn)
                thread = (1,) * m + (wm // MMA_LANES[0], wn // MMA_LANES[1])
                for step in steps:
                    single = _complete(spec, device, block, thread, (step,), mma=MMA_SHAPE)
                    for stages in stage_options(spec, device, single):
                        config = (single if stages == 1 else
                                  _complete(spec, device, block, thread, (step,), stages, MMA_SHAPE))
                        if pipelines(spec, config):
                            configs.append(config)
    return configs


def wgmma_candidates(spec: OpSpec, device: Device) -> list[Config]:
    """Hopper configs of a wgmma-eligible operator (model.wgmma_eligible) on sm_90+: one warpgroup per block,
    block tiles of 64 or 128 rows by 64..256 columns (not past the operator's size rounded up), k steps of 64
    arriving by TMA in 2..MAX_STAGES buffers, as long as the accumulators fit a thread's registers."""
    if not model.wgmma_eligible(spec) or device.sm < 90:
        return []
    rows, cols = spec.parallel
    steps = ceil(spec.reduction[0] / model.WGMMA_STEP)
    configs = []
    for bm in model.WGMMA_BLOCKS_M:
        for bn in model.WGMMA_BLOCKS_N:
            if (bm > max(model.WGMMA_M, pow2_ceil(rows)) or bn > max(model.WGMMA_BLOCKS_N[0], pow2_ceil(cols))):
                continue
            thread = (bm // 16, bn // 8)  # 16 x 8 = one warpgroup's threads over the block tile
            for stages in range(2, MAX_STAGES + 1):
                if stages > 2 and stages > steps:
                    continue
                config = Config((bm, bn), thread, (model.WGMMA_STEP,), (0, 0), (True, True), 1, stages,
                                (model.WGMMA_M, bn, MMA_SHAPE[2]))
                if model.registers(spec, config) <= device.max_registers_per_thread:
                    configs.append(config)
    return configs


def _warp_layout(bm: int, bn: int, warps: int) -> tuple[int, int] | None:
    """(warps along m, warps along n) giving each warp whole mma tiles, the squarest warp tile; None if the
    block has fewer mma tiles than warps."""
    best = None
    for along_m in (1, 2, 4, 8):
        if warps % along_m:
            continue
        wm, wn = bm // along_m, bn // (warps // along_m)
        if wm < MMA_SHAPE[0] or wn < MMA_SHAPE[1] or bm % along_m or bn % (warps // along_m):
            continue
        score = abs((wm / wn) - 1)
        if best is None or score < best[0]:
            best = (score, (along_m, warps // along_m))
    return None if best is None else best[1]


def _complete(spec: OpSpec, device: Device, block, thread, step, stages: int = 1, mma: tuple[int, ...] = ()) -> Config:
    """A Config with its staging decision, copy width and bank padding filled in: the widest vector (up to
    16 bytes of the narrowest staged element) that some staged input's copy can use."""
    staged = staged_inputs(spec, block, thread)
    none = (0,) * len(spec.inputs)
    width = 1
    staged_bytes = [a.elem_bytes for a, s in zip(spec.inputs, staged) if s]
    if staged_bytes:
        width = MAX_VECTOR_BYTES // min(staged_bytes)
        while width > 1:
            trial = Config(block, thread, step, none, staged, width, stages, mma)
            if any(copy_width(spec, trial, i) > 1 for i in range(len(spec.inputs))):
                break
            width //= 2
    bare = Config(block, thread, step, none, staged, max(1, width), stages, mma)
    pads = tuple(input_padding(spec, bare, i, device) for i in range(len(spec.inputs)))
    return Config(block, thread, step, pads, staged, bare.vector_width, stages, mma)


def pipelines(spec: OpSpec, config: Config) -> bool:
    """A config of one stage, or one whose extra buffers are filled by asynchronous copies (buffers that
    synchronous copies fill overlap nothing and only cost registers and shared memory)."""
    return config.stages == 1 or any(async_copied(spec, config, i) for i in range(len(spec.inputs)))


def stage_options(spec: OpSpec, device: Device, config: Config) -> list[int]:
    """Shared-memory buffers per staged input: 1, and on devices with asynchronous copies up to MAX_STAGES
    where the reduction has at least that many steps."""
    if not device.async_copy or not any(config.staged) or not spec.reduction:
        return [1]
    steps = prod(ceil(e / s) for e, s in zip(spec.reduction, config.step))
    return [s for s in range(1, MAX_STAGES + 1) if s == 1 or steps >= s]


def top_k(spec: OpSpec, device: Device, k: int = DEFAULT_TOP_K) -> list[Candidate]:
    """The k best configs by the micro performance model, best first (ties: less traffic, more threads)."""
    ranked = []
    for config in candidates(spec, device):
        estimate = evaluate(spec, config, device)
        if estimate.resident_blocks > 0:
            ranked.append(Candidate(config, estimate))
    ranked.sort(key=lambda c: (c.estimate.cost_us, c.estimate.traffic_bytes, -c.config.threads, c.config.block,
                               c.config.thread, c.config.step))
    return ranked[:k]
