"""Roller's micro performance model: resources, traffic, waves and time of one rTile on one Device.

A Config is an rTile: `block` (output tile of one thread block, per parallel loop), `thread` (register tile of
one thread, divides `block`), `step` (reduction step staged through shared memory, per reduction loop), the
padding of every input staged in shared memory, the elements one copy instruction moves (`vector_width`, for
the staged inputs whose rows allow it) and the shared-memory buffers per staged input (`stages`: more than one
pipelines the steps with asynchronous copies, sm_80 and later) and the tensor-core instruction (`mma`: empty for
CUDA cores, [16, 8, 16] for a warp's mma.sync, [64, n, 16] for a warpgroup's wgmma on sm_90, whose block tile
is n wide and whose steps arrive by TMA). `evaluate` returns its Estimate; everything here is a pure
function of (OpSpec, Config, Device), shared by the construction, the verifier and the codegen.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, prod

from hm_mlir.hardware import Device
from hm_mlir.roller.spec import Access, OpSpec

# The register estimate of a CUDA-core kernel (`registers`): the sum of REGISTER_COSTS[term] times
# register_terms(spec, config)[term], fitted to `ptxas -v` (sm_90, ptxas 13.0) of the top 8 configs of every
# operator of test/programs and of the f32/f16 GEMMs 128^3..4096^3, for the most kernels within 20% (every
# first choice among them; bench/fit_registers.py collects them and refits): 605 of the 693 kernels that load
# something, all 103 first choices (`serial`, set when one-thread kernels joined, is the one cost fitted on
# them alone). Every unroll is the config's (hm-roller-codegen marks its loops `nounroll`), so what ptxas
# keeps live follows from it.
REGISTER_COSTS = {
    "base": 5.51,  # thread and block indices
    "accumulators": 1.24,  # per 32-bit value of the register tile
    "overhang": 1.32,  # per register-tile point when the block tile overhangs its loop (clamps, masks)
    "tail": 5.54,  # per overhanging loop of a rebuilt epilogue (epilogue_rebuilt: its start and bound)
    "payload": 0.05,  # per register of the body's peak (OpSpec.payload_registers)
    "long_payload": 0.94,  # again per register of that peak past SHORT_PAYLOAD (index registers are reused)
    "global_operands": 0.06,  # per 32-bit operand value one point reads from global memory
    "shared_operands": 0.0,  # ... from a shared-memory tile
    "async_copies": 4.3,  # per cp.async a thread issues per step (its source and destination addresses)
    "sync_copies": 1.64,  # per synchronous copy a thread has in flight per step (hoisted addresses, data)
    "step_loop": 3.79,  # the reduction-step loop: its counter, the tiles' addresses
    "index_dims": 0.33,  # per dimension of every operand (index arithmetic)
    "address_streams": 1.38,  # per distinct (map, shape) of the operands: one 64-bit address each
    "step_dims": 4.32,  # per reduction loop past the first that the steps walk (the counter's div/mod chains)
    "stage_copies": 1.34,  # per cp.async per stage past the second (the stage's buffer addresses)
    "in_place": -2.22,  # per output written over an input's buffer (one 64-bit base address fewer)
    "narrow_operands": -1.02,  # per operand of 8- or 16-bit elements (two values share a register)
    "serial": -5.0,  # a kernel without parallel loops (one thread): no block or thread coordinates
}
# A kernel that loads nothing (a fill, a generic of linalg.index) computes and stores each point in turn: its
# registers do not grow with the register tile. STORE_ONLY_COSTS times store_only_terms, fitted like
# REGISTER_COSTS on the 443 such kernels of the same collection (every first choice within 20%).
STORE_ONLY_COSTS = {
    "base": 3.32,  # thread and block indices, the output's base address
    "guards": 0.84,  # per register-tile point along a loop the block tile overhangs (its own bound check)
    "dims": 1.37,  # per output dimension (index arithmetic)
    "value": 1.94,  # per scalar input that is not the constant zero (stored from a register, not RZ)
    "payload": 0.83,  # per register of the body's peak (OpSpec.payload_registers)
}
SHORT_PAYLOAD = 6
MIN_CUDA_CORE_REGISTERS = 6  # the fewest ptxas allocates for any kernel measured (a 0-d op on one thread)
MIN_REGISTERS = 28  # what ptxas allocates for the smallest mma kernel
MIN_PIPELINED_REGISTERS = 34  # ... when its steps are pipelined (addresses of the copies in flight)
MMA_BASE_REGISTERS = 20  # warp and lane coordinates, fragment addresses
MMA_ACCUMULATOR_COST = 1.3  # per f32 accumulator of an mma kernel
MMA_TAIL_REGISTERS = 4  # when the block tile overhangs: the epilogue's bounds and guards
MMA_SYNC_COPY_REGISTERS = 3.68  # per synchronous copy in flight per step (its hoisted addresses and data)
# mma.sync on sm_90 runs at about two thirds of the tensor cores' wgmma peak (Luo et al., "Benchmarking and
# Dissecting the Nvidia Hopper GPU Architecture", 2024); an assumption until measured here (BENCHMARKS.md).
MMA_SYNC_FRACTION_SM90 = 0.65
LAUNCH_US = 2.0  # a kernel launch and its tail, in microseconds
LATENCY_WARPS_PER_PARTITION = 4  # warps per SM partition needed to hide latency (below: lower throughput)
MAX_VECTOR_BYTES = 16  # the widest global load (ld.global.v4.b32) and asynchronous copy (cp.async 16)
ASYNC_COPY_BYTES = (4, 8, 16)  # the sizes cp.async copies
MAX_COPY_ROUNDS = 16  # copies per thread, input and step, unrolled (more: a loop, and never cp.async)
# Hopper's warpgroup path (mma = [64, n, 16]): one warpgroup per block issues wgmma m64nNk16 on tiles that TMA
# loads into shared memory in 128-byte swizzled rows; see hm_mlir/passes/gpu/warpgroup_kernel.py.
WARPGROUP_THREADS = 128
WGMMA_M = 64  # rows of one wgmma
WGMMA_STEP = 64  # k per step: one 128-byte swizzled row of f16
WGMMA_BLOCKS_M = (64, 128)  # block rows (one or two wgmma row tiles)
WGMMA_BLOCKS_N = (64, 128, 256)  # block columns = the wgmma n (B arrives in 64-column TMA boxes)
TMA_BOX_COLUMNS = 64  # elements of a 128-byte swizzled row
SWIZZLE_ALIGN = 1024  # bytes: the 128-byte swizzle pattern repeats every 8 rows; tiles start on it
MBARRIER_BYTES = 8  # one mbarrier per stage, static shared memory
WGMMA_BASE_REGISTERS = 26  # thread and tile coordinates, descriptors, the epilogue's addresses


@dataclass(frozen=True)
class Config:
    block: tuple[int, ...]
    thread: tuple[int, ...]
    step: tuple[int, ...]
    pad: tuple[int, ...]  # elements added to the last dimension of each input's shared-memory tile
    staged: tuple[bool, ...]  # which inputs go through shared memory
    vector_width: int = 1
    stages: int = 1
    mma: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_threads", prod(b // t for b, t in zip(self.block, self.thread)))

    @property
    def threads(self) -> int:
        return self._threads

    def loop_sizes(self, spec: OpSpec, reduction: str = "step") -> tuple[int, ...]:
        """Iterations per loop of one block: the block tile, then the step (or the whole reduction)."""
        rest = self.step if reduction == "step" else spec.reduction
        return tuple(self.block) + tuple(rest)

    def thread_sizes(self, spec: OpSpec) -> tuple[int, ...]:
        """Iterations per loop of one thread for one reduction point."""
        return tuple(self.thread) + (1,) * len(spec.reduction)


@dataclass(frozen=True)
class Estimate:
    smem_bytes: int
    regs_per_thread: int
    traffic_bytes: int
    blocks: int
    resident_blocks: int  # per SM, limited by threads, registers and shared memory (0: does not fit)
    waves: int
    cost_us: float


MMA_SHAPE = (16, 8, 16)  # mma.sync m16n8k16: f16 inputs, f32 accumulators (sm_80 and later)
# Per lane of a warp, m16n8k16 holds (rows x columns) of the result tile: 2 x 2 (rows g, g+8; columns 2t,
# 2t+1), so a warp's 32 lanes are 8 x 4 "threads" of a tile and a Config's thread tile is the warp tile / (8, 4).
MMA_LANES = (8, 4)


def is_warpgroup(config: Config) -> bool:
    """The config multiplies with Hopper's wgmma (mma = [64, n, 16]) on TMA-loaded tiles."""
    return bool(config.mma) and config.mma[0] == WGMMA_M


def wgmma_eligible(spec: OpSpec) -> bool:
    """wgmma + TMA apply to an f16 x f16 -> f32 matmul without batch loops whose operands are A[m][k], B[k][n]
    and C[m][n], row-major, with rows of A and B a multiple of 16 bytes (TMA's global stride rule)."""
    if spec.tensor_core != "f16" or spec.num_parallel != 2 or len(spec.reduction) != 1:
        return False
    (a, b), c = spec.inputs, spec.outputs[0]
    rows = ((1, 0, 0), (0, 0, 1)), ((0, 0, 1), (0, 1, 0)), ((1, 0, 0), (0, 1, 0))
    if tuple(a.coeffs) != rows[0] or tuple(b.coeffs) != rows[1] or tuple(c.coeffs) != rows[2]:
        return False
    return all(x.shape[-1] * x.elem_bytes % 16 == 0 for x in (a, b))


def wgmma_buffer_bytes(spec: OpSpec, config: Config) -> int:
    """The warpgroup kernel's one shared buffer: `stages` x (A tile [bm][64] + B tile as n/64 boxes [64][64]),
    reused after the last step for the f32 result tile [bm][bn] (the epilogue adds it to the output)."""
    bm, bn = config.block
    stage = (bm + bn) * WGMMA_STEP * spec.inputs[0].elem_bytes
    return max(config.stages * stage, bm * bn * spec.outputs[0].elem_bytes)


def dynamic_smem_bytes(spec: OpSpec, config: Config) -> int:
    """Dynamic shared memory the kernel's launch requests: the warpgroup buffer plus room to align it."""
    return wgmma_buffer_bytes(spec, config) + SWIZZLE_ALIGN if is_warpgroup(config) else 0


def smem_limit(config: Config, device: Device) -> int:
    """Shared memory one block may use: the opt-in maximum for dynamic shared memory (warpgroup kernels),
    else the static limit."""
    return device.smem_per_block if is_warpgroup(config) else device.smem_per_block_default


def warp_tile(spec: OpSpec, config: Config) -> tuple[int, int]:
    """(rows, columns) of the result one warp computes with mma (the last two parallel loops)."""
    m = spec.num_parallel - 2
    return config.thread[m] * MMA_LANES[0], config.thread[m + 1] * MMA_LANES[1]


def staged_inputs(spec: OpSpec, block: tuple[int, ...], thread: tuple[int, ...]) -> tuple[bool, ...]:
    """An input is staged in shared memory when the operator reduces and several threads of a block read the
    same elements of it: some parallel loop with more than one thread does not index it (and the body reads
    it at all, in the reduction: an operand read `once` per output point is not staged, nor a 0-d one)."""
    if not spec.reduction:
        return (False,) * len(spec.inputs)
    threaded = {d for d, (b, t) in enumerate(zip(block, thread)) if b // t > 1}
    return tuple(access.loaded and not access.once and bool(access.coeffs) and bool(threaded - access.loops())
                 for access in spec.inputs)


def vector_loop(access: Access) -> int | None:
    """The loop that alone indexes the operand's last dimension (coefficient 1, offset 0), if any: a tile
    along it starts at a multiple of its size, so whole vectors of the row can be loaded (Access.vector_loop)."""
    return access.vector_loop


def tile_box(spec: OpSpec, config: Config, index: int) -> tuple[int, ...]:
    """The box of input `index` one step of a block reads: its shared-memory tile before padding. An mma
    config keeps whole mma tiles even past the operand's end (rows clamped, k past the end zero-filled)."""
    return spec.inputs[index].footprint(config.loop_sizes(spec), capped=not config.mma)


def copy_width(spec: OpSpec, config: Config, index: int) -> int:
    """Elements one instruction of the shared-memory copy of input `index` moves: `vector_width` where the
    operand's rows and the tile along its vector loop are whole vectors, else 1."""
    access, width = spec.inputs[index], config.vector_width
    if width == 1 or not config.staged[index] or access.pair or width * access.elem_bytes > MAX_VECTOR_BYTES:
        return 1
    loop = vector_loop(access)
    if loop is None or access.shape[-1] % width:
        return 1
    return width if config.loop_sizes(spec)[loop] % width == 0 else 1


def copy_rounds(spec: OpSpec, config: Config, index: int) -> int:
    """Copies each thread makes of input `index`'s tile per step (its vectors round robin over the threads)."""
    return ceil(prod(tile_box(spec, config, index)) // copy_width(spec, config, index) / config.threads)


def async_copied(spec: OpSpec, config: Config, index: int) -> bool:
    """Input `index` is copied with cp.async: the config pipelines (stages > 1), the input is staged, one
    copy moves 4, 8 or 16 bytes and a thread issues at most MAX_COPY_ROUNDS of them per step (they are
    unrolled)."""
    access = spec.inputs[index]
    return (config.stages > 1 and config.staged[index] and not access.pair
            and copy_width(spec, config, index) * access.elem_bytes in ASYNC_COPY_BYTES
            and copy_rounds(spec, config, index) <= MAX_COPY_ROUNDS)


def bank_padding(access: Access, tile: tuple[int, ...], device: Device, width: int = 1) -> int:
    """Elements to add to the last dimension of a shared-memory tile so that its row stride is an odd number
    of bank words, or of vectors when it is copied `width` elements at a time (accesses by a warp then hit
    distinct banks and vector stores stay aligned); 0 for a one-row tile."""
    if len(tile) < 2 or prod(tile[:-1]) == 1:
        return 0
    unit = max(access.elem_bytes * width, device.bank_bytes)
    row_bytes = tile[-1] * access.elem_bytes
    if row_bytes % unit == 0 and (row_bytes // unit) % 2 == 0:
        return unit // access.elem_bytes
    return 0


def input_padding(spec: OpSpec, config: Config, index: int, device: Device) -> int:
    """The padding rule's value for input `index` of `config` (0 if it is not staged)."""
    if not config.staged[index]:
        return 0
    access = spec.inputs[index]
    return bank_padding(access, tile_box(spec, config, index), device, copy_width(spec, config, index))


def smem_tile(access: Access, config: Config, spec: OpSpec, index: int) -> tuple[int, ...]:
    """Shape of input `index`'s shared-memory tile, padding included (a leading dimension of `stages`
    buffers when the config pipelines)."""
    foot = list(tile_box(spec, config, index))
    foot[-1] += config.pad[index]
    return ((config.stages,) if config.stages > 1 else ()) + tuple(foot)


def smem_bytes(spec: OpSpec, config: Config) -> int:
    """Shared memory of the kernel: static as ptxas counts it, one buffer per staged input (x stages), in input
    order, each aligned to its element size; a warpgroup kernel has its mbarriers static and its tiles in
    dynamic shared memory (dynamic_smem_bytes)."""
    if is_warpgroup(config):  # ptxas pads the static mbarriers to the dynamic array's 1024-byte alignment
        return -(-config.stages * MBARRIER_BYTES // SWIZZLE_ALIGN) * SWIZZLE_ALIGN + dynamic_smem_bytes(spec, config)
    total = 0
    for i, (access, staged) in enumerate(zip(spec.inputs, config.staged)):
        if staged:
            align = max(1, access.elem_bytes)
            total = -(-total // align) * align
            total += prod(smem_tile(access, config, spec, i)) * access.elem_bytes
    return total


def copies_in_flight(spec: OpSpec, config: Config) -> tuple[int, int]:
    """(cp.async copies, synchronous copies) a thread issues per step, unrolled: a synchronous copy of more
    than MAX_COPY_ROUNDS rounds runs as a loop, one copy in flight."""
    async_copies = sync_copies = 0
    for i, (access, staged) in enumerate(zip(spec.inputs, config.staged)):
        if not (staged and access.read):
            continue
        rounds = copy_rounds(spec, config, i)
        if async_copied(spec, config, i):
            async_copies += rounds
        else:
            sync_copies += rounds if rounds <= MAX_COPY_ROUNDS else 1
    return async_copies, sync_copies


def epilogue_rebuilt(spec: OpSpec, config: Config) -> bool:
    """Whether a reduction kernel builds its output addresses and guards after the reduction, from each loop's
    start plus constant offsets (mma kernels, and register tiles of more points than loops + 1), instead of
    keeping every point's clamped coordinates live across it (hm-roller-codegen's _store_points)."""
    return bool(spec.reduction) and (bool(config.mma) or prod(config.thread) > spec.num_parallel + 1)


def mma_registers(spec: OpSpec, config: Config) -> int:
    """32-bit registers per thread of an mma kernel: accumulators, one k-step's fragments, addressing, and the
    synchronous copies in flight."""
    rows, cols = warp_tile(spec, config)
    accumulators = rows * cols // 32
    fragments = (rows // 16) * 4 + (cols // 8) * 2
    estimate = MMA_BASE_REGISTERS + ceil(MMA_ACCUMULATOR_COST * accumulators) + fragments
    if overhanging_loops(spec, config):
        estimate += MMA_TAIL_REGISTERS
    estimate += ceil(MMA_SYNC_COPY_REGISTERS * copies_in_flight(spec, config)[1])
    return max(MIN_PIPELINED_REGISTERS if config.stages > 1 else MIN_REGISTERS, estimate)


def overhanging_loops(spec: OpSpec, config: Config) -> list[int]:
    """The parallel loops the block tile does not divide (its last blocks run past their end)."""
    return [d for d, (extent, block) in enumerate(zip(spec.parallel, config.block)) if extent % block]


def register_terms(spec: OpSpec, config: Config) -> dict[str, int]:
    """What a CUDA-core kernel of `config` keeps in registers, counted per REGISTER_COSTS term."""
    thread = config.thread_sizes(spec)
    points = prod(config.thread)
    words = {True: 0, False: 0}  # operand words per point, from shared memory (staged) and from global
    for access, staged in zip(spec.inputs, config.staged):
        if access.loaded:
            words[staged] += prod(access.footprint(thread)) * ceil(access.elem_bytes / 4)
    async_copies, sync_copies = copies_in_flight(spec, config)
    operands = [a for a in spec.inputs if a.loaded] + list(spec.outputs)
    overhanging = len(overhanging_loops(spec, config))
    rebuilt = epilogue_rebuilt(spec, config)
    walked = sum(1 for extent, step in zip(spec.reduction, config.step) if extent > step)
    return {
        "base": 1,
        "accumulators": sum(points * ceil(out.elem_bytes / 4) for out in spec.outputs),
        "overhang": 0 if rebuilt else points * bool(overhanging),
        "tail": overhanging if rebuilt else 0,
        "payload": spec.payload_registers,
        "long_payload": max(0, spec.payload_registers - SHORT_PAYLOAD),
        "global_operands": words[False],
        "shared_operands": words[True],
        "async_copies": async_copies,
        "sync_copies": sync_copies,
        "step_loop": 1 if spec.reduction else 0,
        "index_dims": sum(len(a.coeffs) for a in operands),
        "address_streams": len({(a.coeffs, a.shape) for a in operands}),
        "step_dims": max(0, walked - 1),
        "stage_copies": async_copies * max(0, config.stages - 2),
        "in_place": spec.outputs_in_place,
        "narrow_operands": sum(1 for a in operands if a.elem_bytes < 4),
        "serial": 0 if spec.parallel else 1,
    }


def stores_only(spec: OpSpec) -> bool:
    """Whether the kernel loads nothing: no reduction and no input buffer the body reads (a fill, a generic of
    linalg.index)."""
    return not spec.reduction and not any(a.loaded for a in spec.inputs)


def store_only_terms(spec: OpSpec, config: Config) -> dict[str, int]:
    """What a kernel that loads nothing keeps in registers, counted per STORE_ONLY_COSTS term."""
    return {
        "base": 1,
        "guards": sum(config.thread[d] for d in overhanging_loops(spec, config)),
        "dims": spec.num_parallel,
        "value": sum(1 for a in spec.inputs if a.scalar and not a.zero),
        "payload": spec.payload_registers,
    }


def registers(spec: OpSpec, config: Config) -> int:
    """32-bit registers per thread as ptxas allocates them. Warpgroup kernels: the block's f32 accumulators
    over the warpgroup; mma kernels: mma_registers; kernels that load nothing: the fitted sum over
    store_only_terms; other CUDA-core kernels: the fitted sum over register_terms."""
    if is_warpgroup(config):  # the f32 accumulators of the block tile, spread over the warpgroup
        return WGMMA_BASE_REGISTERS + prod(config.block) // WARPGROUP_THREADS
    if config.mma:
        return mma_registers(spec, config)
    if stores_only(spec):
        estimate = sum(STORE_ONLY_COSTS[term] * count for term, count in store_only_terms(spec, config).items())
    else:
        estimate = sum(REGISTER_COSTS[term] * count for term, count in register_terms(spec, config).items())
    return max(MIN_CUDA_CORE_REGISTERS, ceil(estimate))


def coalesced_bytes(access: Access, box: tuple[int, ...], device: Device) -> int:
    """Bytes moved from DRAM to read a box of `access`: each contiguous row costs whole transactions."""
    if not box:
        return device.transaction_bytes
    rows = prod(box[:-1])
    row_bytes = box[-1] * access.elem_bytes
    return rows * -(-row_bytes // device.transaction_bytes) * device.transaction_bytes


def resident_blocks(threads: int, regs: int, smem: int, device: Device, smem_per_block: int | None = None) -> int:
    """Blocks one SM holds at once; 0 if one block does not fit (`smem_per_block`: the block's shared-memory
    limit, by default the static one)."""
    warps = -(-threads // device.warp_size)
    limits = [device.max_blocks_per_sm, device.max_threads_per_sm // (warps * device.warp_size)]
    regs_per_warp = -(-regs * device.warp_size // 256) * 256  # allocated per warp in units of 256
    limits.append(device.registers_per_sm // (regs_per_warp * warps))
    if smem:
        limits.append(device.smem_per_sm // smem)
    if threads > device.max_threads_per_block or regs > device.max_registers_per_thread:
        return 0
    if smem > (device.smem_per_block_default if smem_per_block is None else smem_per_block):
        return 0
    return max(0, min(limits))


def evaluate(spec: OpSpec, config: Config, device: Device) -> Estimate:
    """The micro-model's view of `config`: resources, DRAM traffic (coalescing counted), waves and time."""
    blocks = prod(ceil(e / b) for e, b in zip(spec.parallel, config.block))
    smem = smem_bytes(spec, config)
    regs = registers(spec, config)
    threads = config.threads
    resident = resident_blocks(threads, regs, smem, device, smem_limit(config, device))
    whole = config.loop_sizes(spec, reduction="all")
    block_traffic = sum(coalesced_bytes(a, a.footprint(whole), device) for a in spec.inputs if not a.scalar)
    block_traffic += sum(coalesced_bytes(a, a.footprint(whole), device) for a in spec.outputs)
    traffic = blocks * block_traffic
    if resident == 0:
        return Estimate(smem, regs, traffic, blocks, 0, 0, float("inf"))
    waves = ceil(blocks / (device.sms * resident))
    per_sm = min(resident, ceil(blocks / device.sms))  # blocks an SM runs at once
    active_sms = min(device.sms, blocks)
    warps = per_sm * (-(-threads // device.warp_size))
    latency = min(1.0, warps / (device.sm_partitions * LATENCY_WARPS_PER_PARTITION))
    block_flops = prod(whole) * spec.flops_per_point
    peak = device.tc_fp16_tflops if config.mma else device.fp32_tflops
    if config.mma and not is_warpgroup(config) and device.sm >= 90:
        peak *= MMA_SYNC_FRACTION_SM90
    peak_per_sm = peak * 1e6 / device.sms  # flops per microsecond
    compute = per_sm * block_flops / (peak_per_sm * latency)
    bandwidth = min(device.dram_gbps, active_sms * 2 * device.dram_gbps / device.sms) * 1e3  # bytes per us
    memory = active_sms * per_sm * block_traffic / bandwidth
    if is_warpgroup(config):  # each wgmma row tile reads the A rows it needs and the whole B tile
        bm, bn = config.block
        smem_reads = (bm + bn * bm // WGMMA_M) * spec.reduction[0] * spec.inputs[0].elem_bytes
    elif config.mma:  # a warp reads its rows of the first input and its columns of the second, once per k
        smem_reads = sum(warp_tile(spec, config)) * spec.reduction[0] * spec.inputs[0].elem_bytes * threads // 32
    else:
        thread_whole = tuple(config.thread) + tuple(spec.reduction)
        smem_reads = sum(prod(a.footprint(thread_whole)) * a.elem_bytes
                         for a, staged in zip(spec.inputs, config.staged) if staged) * threads
    shared = per_sm * smem_reads / (device.smem_gbps_per_sm * 1e3)
    # A step's copy and its arithmetic serialize within a block unless the steps are pipelined; the other
    # resident blocks hide part of it.
    exposed = min(compute, memory) / (per_sm * config.stages)
    cost = waves * (max(compute, memory, shared) + exposed) + LAUNCH_US
    return Estimate(smem, regs, traffic, blocks, resident, waves, cost)


def _distinct_indices(row: tuple[int, ...], sizes: tuple[int, ...]) -> int:
    """How many distinct values sum(row[d] * i_d) takes for 0 <= i_d < sizes[d] (a window with stride and
    dilation revisits some): enumerated when small, else the span."""
    terms = [(c, n) for c, n in zip(row, sizes) if c and n > 1]
    if not terms:
        return 1
    if len(terms) == 1:
        return terms[0][1]
    if prod(n for _, n in terms) > 4096:
        return 1 + sum(c * (n - 1) for c, n in terms)
    values = {0}
    for c, n in terms:
        values = {v + c * i for v in values for i in range(n)}
    return len(values)


def _staged_indices(row, offset: int, starts, config: Config, spec: OpSpec, dim: int) -> int:
    """Distinct indices of one dimension of a staged input that a block's copies read: every step copies the
    box of the block tile and the step (indices clamped at the operand's end), so a strided window's steps
    leave gaps the whole box would not."""
    num_parallel = spec.num_parallel
    low = offset + sum(c * s for c, s in zip(row[:num_parallel], starts))
    span = sum(c * (b - 1) for c, b in zip(row[:num_parallel], config.block))
    span += sum(c * (t - 1) for c, t in zip(row[num_parallel:], config.step))
    origins = {0}
    for c, extent, step in zip(row[num_parallel:], spec.reduction, config.step):
        if c:
            origins = {o + c * k for o in origins for k in range(0, extent, step)}
    covered, end = 0, -1
    for origin in sorted(origins):
        first, last = max(low + origin, end + 1), min(low + origin + span, dim - 1)
        if last >= first:
            covered += last - first + 1
        end = max(end, last)
    return covered


def block_traffic(spec: OpSpec, config: Config, repeated: frozenset[int] = frozenset()) -> tuple[int, int]:
    """(loaded, stored): the distinct global bytes the kernel of `config` loads and stores, each block counted on
    its own and summed over the blocks, as hm-count-block-traffic measures them on the CPU target. A staged input
    is copied a whole tile at a time (the block tile, clamped at the operand's end); the other operands are read
    and the outputs written at the block's points (the last block along a loop has fewer); an output is also
    loaded when the body reads it (a reduction's initial value). `repeated`: inputs that are another input's
    buffer read through the same map (x * x), whose elements are counted once."""
    from itertools import product

    options = []  # per parallel loop: (block size, start of such a block, how many blocks have it)
    for extent, block in zip(spec.parallel, config.block):
        full, rest = divmod(extent, block)
        options.append(([(block, 0, full)] if full else []) + ([(rest, full * block, 1)] if rest else []))
    loaded = stored = 0
    for combo in product(*options):
        count = prod(n for _, _, n in combo)
        sizes = tuple(size for size, _, _ in combo) + tuple(spec.reduction)
        starts = tuple(start for _, start, _ in combo) + (0,) * len(spec.reduction)
        for i, (access, staged) in enumerate(zip(spec.inputs, config.staged)):
            if not access.loaded or i in repeated:
                continue
            elements = 1
            for row, offset, dim in zip(access.coeffs, access.offsets, access.shape):
                if staged:
                    elements *= _staged_indices(row, offset, starts, config, spec, dim)
                else:
                    elements *= min(dim, _distinct_indices(row, sizes))
            loaded += count * elements * access.elem_bytes
        in_place = spec.outputs_in_place
        for access in spec.outputs:
            elements = prod(min(dim, _distinct_indices(row, sizes)) for row, dim in zip(access.coeffs, access.shape))
            stored += count * elements * access.elem_bytes
            # Written over an input read at the same points, its initial values are that input's loads.
            same = any(a.loaded and (a.coeffs, a.offsets, a.shape) == (access.coeffs, access.offsets, access.shape)
                       for a in spec.inputs)
            if access.read and not (in_place and same):
                loaded += count * elements * access.elem_bytes
    return loaded, stored

