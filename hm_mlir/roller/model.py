"""Roller's micro performance model: resources, traffic, waves and time of one rTile on one Device.

A Config is an rTile: `block` (output tile of one thread block, per parallel loop), `thread` (register tile of
one thread, divides `block`), `step` (reduction step staged through shared memory, per reduction loop) and the
padding of every input staged in shared memory. `evaluate` returns its Estimate; everything here is a pure
function of (OpSpec, Config, Device), shared by the construction, the verifier and the codegen.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, prod

from hm_mlir.hardware import Device
from hm_mlir.roller.spec import Access, OpSpec

# The register estimate, fitted to `ptxas -v` (sm_90, ptxas 13.0) on the GEMM kernels of
# test/python/test_roller_resources.py (128^3..4096^3, f32 and f16, top-3 configs): worst error 17%.
BASE_REGISTERS = 14  # indices, addresses, loop counters
ACCUMULATOR_COST = 1.2  # registers per register-tile value (the value and its share of addressing)
TAIL_COST = 0.75  # extra registers per tile value when the block tile overhangs its loop (clamps, masks)
MIN_REGISTERS = 28  # what ptxas allocates for the smallest of these kernels
LAUNCH_US = 2.0  # a kernel launch and its tail, in microseconds
LATENCY_WARPS_PER_PARTITION = 4  # warps per SM partition needed to hide latency (below: lower throughput)


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

    @property
    def threads(self) -> int:
        return prod(b // t for b, t in zip(self.block, self.thread))

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


def staged_inputs(spec: OpSpec, block: tuple[int, ...], thread: tuple[int, ...]) -> tuple[bool, ...]:
    """An input is staged in shared memory when the operator reduces and several threads of a block read the
    same elements of it: some parallel loop with more than one thread does not index it (and the body reads
    it at all)."""
    if not spec.reduction:
        return (False,) * len(spec.inputs)
    threaded = {d for d, (b, t) in enumerate(zip(block, thread)) if b // t > 1}
    return tuple(access.read and bool(threaded - access.loops()) for access in spec.inputs)


def bank_padding(access: Access, tile: tuple[int, ...], device: Device) -> int:
    """Elements to add to the last dimension of a shared-memory tile so that its row stride is an odd number
    of bank words (column walks by a warp then hit distinct banks); 0 for a one-row tile."""
    if len(tile) < 2 or prod(tile[:-1]) == 1:
        return 0
    unit = max(access.elem_bytes, device.bank_bytes)
    row_bytes = tile[-1] * access.elem_bytes
    if row_bytes % unit == 0 and (row_bytes // unit) % 2 == 0:
        return unit // access.elem_bytes
    return 0


def smem_tile(access: Access, config: Config, spec: OpSpec, index: int) -> tuple[int, ...]:
    """Shape of input `index`'s shared-memory tile, padding included."""
    foot = list(access.footprint(config.loop_sizes(spec)))
    foot[-1] += config.pad[index]
    return tuple(foot)


def smem_bytes(spec: OpSpec, config: Config) -> int:
    """Static shared memory of the kernel as ptxas counts it: one buffer per staged input (x stages), in input
    order, each aligned to its element size."""
    total = 0
    for i, (access, staged) in enumerate(zip(spec.inputs, config.staged)):
        if staged:
            align = max(1, access.elem_bytes)
            total = -(-total // align) * align
            total += prod(smem_tile(access, config, spec, i)) * access.elem_bytes * config.stages
    return total


def registers(spec: OpSpec, config: Config) -> int:
    """32-bit registers per thread as ptxas allocates them: the register tile's values (x ACCUMULATOR_COST),
    one reduction point's operands, addressing (BASE_REGISTERS), the clamps and masks of a block tile that
    overhangs its loop (TAIL_COST per tile value), and never fewer than MIN_REGISTERS."""
    thread = config.thread_sizes(spec)
    values = sum(prod(config.thread) * ceil(out.elem_bytes / 4) for out in spec.outputs)
    operands = sum(prod(a.footprint(thread)) * ceil(a.elem_bytes / 4) for a in spec.inputs)
    overhang = any(e % b for e, b in zip(spec.parallel, config.block))
    estimate = BASE_REGISTERS + ceil(ACCUMULATOR_COST * values) + operands
    if overhang:
        estimate += ceil(TAIL_COST * values)
    return max(MIN_REGISTERS, estimate)


def coalesced_bytes(access: Access, box: tuple[int, ...], device: Device) -> int:
    """Bytes moved from DRAM to read a box of `access`: each contiguous row costs whole transactions."""
    if not box:
        return device.transaction_bytes
    rows = prod(box[:-1])
    row_bytes = box[-1] * access.elem_bytes
    return rows * -(-row_bytes // device.transaction_bytes) * device.transaction_bytes


def resident_blocks(threads: int, regs: int, smem: int, device: Device) -> int:
    """Blocks one SM holds at once; 0 if one block does not fit."""
    warps = -(-threads // device.warp_size)
    limits = [device.max_blocks_per_sm, device.max_threads_per_sm // (warps * device.warp_size)]
    regs_per_warp = -(-regs * device.warp_size // 256) * 256  # allocated per warp in units of 256
    limits.append(device.registers_per_sm // (regs_per_warp * warps))
    if smem:
        limits.append(device.smem_per_sm // smem)
    if threads > device.max_threads_per_block or regs > device.max_registers_per_thread:
        return 0
    if smem > device.smem_per_block_default:
        return 0
    return max(0, min(limits))


def evaluate(spec: OpSpec, config: Config, device: Device) -> Estimate:
    """The micro-model's view of `config`: resources, DRAM traffic (coalescing counted), waves and time."""
    blocks = prod(ceil(e / b) for e, b in zip(spec.parallel, config.block))
    smem = smem_bytes(spec, config)
    regs = registers(spec, config)
    threads = config.threads
    resident = resident_blocks(threads, regs, smem, device)
    whole = config.loop_sizes(spec, reduction="all")
    block_traffic = sum(coalesced_bytes(a, a.footprint(whole), device) for a in spec.inputs)
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
    peak_per_sm = device.fp32_tflops * 1e6 / device.sms  # flops per microsecond
    compute = per_sm * block_flops / (peak_per_sm * latency)
    bandwidth = min(device.dram_gbps, active_sms * 2 * device.dram_gbps / device.sms) * 1e3  # bytes per us
    memory = active_sms * per_sm * block_traffic / bandwidth
    thread_whole = tuple(config.thread) + tuple(spec.reduction)
    smem_reads = sum(prod(a.footprint(thread_whole)) * a.elem_bytes
                     for a, staged in zip(spec.inputs, config.staged) if staged) * threads
    shared = per_sm * smem_reads / (device.smem_gbps_per_sm * 1e3)
    cost = waves * max(compute, memory, shared) + LAUNCH_US
    return Estimate(smem, regs, traffic, blocks, resident, waves, cost)
