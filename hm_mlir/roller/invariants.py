"""The alignment and resource rules every Roller config obeys on its device (checked by the rtile verifier for
policy "roller" and by the property tests). `violations` returns one sentence per broken rule."""

from __future__ import annotations

from math import prod

from hm_mlir.hardware import Device
from hm_mlir.roller import model
from hm_mlir.roller.construct import MAX_STAGES, min_threads, pipelines, pow2_ceil, transaction_elements
from hm_mlir.roller.model import (
    MAX_COPY_ROUNDS,
    MAX_VECTOR_BYTES,
    MMA_SHAPE,
    Config,
    input_padding,
    registers,
    resident_blocks,
    smem_bytes,
    smem_limit,
    staged_inputs,
    warp_tile,
)
from hm_mlir.roller.spec import OpSpec


def _pow2(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def violations(spec: OpSpec, config: Config, device: Device) -> list[str]:
    out: list[str] = []
    if len(config.block) != spec.num_parallel or len(config.thread) != spec.num_parallel:
        return [f"block/thread tiles need {spec.num_parallel} sizes"]
    if len(config.step) != len(spec.reduction):
        return [f"step needs {len(spec.reduction)} sizes"]
    warpgroup = model.is_warpgroup(config)
    if warpgroup:
        out += _wgmma_violations(spec, config, device)
    elif config.mma:
        out += _mma_violations(spec, config, device)
    whole = (config.mma[0], config.mma[1]) if config.mma else (1, 1)
    for d, (b, t, e) in enumerate(zip(config.block, config.thread, spec.parallel)):
        largest = max(pow2_ceil(e), whole[d - spec.num_parallel + 2] if d >= spec.num_parallel - 2 else 1)
        if not (_pow2(b) and _pow2(t)) or b % t or b > largest:
            out.append(f"loop {d}: block {b} / thread {t} must be powers of two, the thread tile dividing the "
                       f"block tile, the block at most {largest} (extent {e})")
    for i, (s, e) in enumerate(zip(config.step, spec.reduction)):
        if config.mma:
            continue  # checked with the mma rules
        if s < 1 or s > e or not (_pow2(s) or s == e):
            out.append(f"reduction loop {i}: step {s} must be a power of two or the extent {e}, at most {e}")
    sizes = tuple(config.block) + tuple(config.step)
    for loop, elements in transaction_elements(spec, device).items():
        largest = spec.extents[loop] if loop >= spec.num_parallel else pow2_ceil(spec.extents[loop])
        need = min(elements, largest)
        if sizes[loop] < need:
            out.append(f"loop {loop} walks a contiguous dimension: its tile {sizes[loop]} must cover a "
                       f"{device.transaction_bytes}-byte transaction ({need} elements)")
    threads = config.threads
    fewest = min_threads(spec, device)
    if threads > device.max_threads_per_block or threads < fewest or threads % fewest:
        out.append(f"{threads} threads per block: must be a multiple of {fewest} and at most "
                   f"{device.max_threads_per_block}")
    staged = staged_inputs(spec, config.block, config.thread)
    if tuple(config.staged) != staged:
        out.append(f"staged inputs {list(config.staged)} differ from the rule's {list(staged)}")
    width = config.vector_width
    staged_bytes = [a.elem_bytes for a, s in zip(spec.inputs, staged) if s]
    if not _pow2(width) or (width > 1 and (not staged_bytes or width * min(staged_bytes) > MAX_VECTOR_BYTES)):
        out.append(f"vector width {width} must be a power of two, copying at most {MAX_VECTOR_BYTES} bytes "
                   f"of a staged input")
    if not 1 <= config.stages <= MAX_STAGES:
        out.append(f"{config.stages} stages: must be 1..{MAX_STAGES}")
    elif config.stages > 1 and (not device.async_copy or not any(staged)):
        out.append(f"{config.stages} stages need asynchronous copies (sm_80 or later; '{device.name}' is "
                   f"{device.chip}) and a staged input")
    elif not warpgroup and not pipelines(spec, config):
        out.append(f"{config.stages} stages but no input is copied asynchronously (4, 8 or 16-byte copies, "
                   f"at most {MAX_COPY_ROUNDS} per thread and step)")
    if tuple(config.staged) == staged and not warpgroup:  # warpgroup tiles are swizzled, not padded
        for i in range(len(spec.inputs)):
            expected = input_padding(spec, config, i, device)
            if config.pad[i] != expected:
                out.append(f"input {i}: padding {config.pad[i]} must be {expected} (an odd number of bank words "
                           f"or copied vectors per row)")
    smem = smem_bytes(spec, config)
    regs = registers(spec, config)
    limit = smem_limit(config, device)
    if smem > limit:
        out.append(f"{smem} bytes of shared memory exceed {limit} per block")
    if (prod(config.thread) > 64 and not warpgroup) or regs > device.max_registers_per_thread:
        out.append(f"{regs} registers per thread exceed the budget")
    if resident_blocks(threads, regs, smem, device, limit) < 1:
        out.append("one block does not fit on an SM (threads, registers or shared memory)")
    return out


def _mma_violations(spec: OpSpec, config: Config, device: Device) -> list[str]:
    """The tensor-core rules: an mma-eligible operator on a device with m16n8k16, whole mma tiles per warp,
    1..8 warps, k steps of whole mma k, no blocking of batch loops."""
    if tuple(config.mma) != MMA_SHAPE:
        return [f"mma shape {list(config.mma)}: the only one built is {list(MMA_SHAPE)}"]
    if not spec.tensor_core:
        return ["mma needs two f16 inputs multiplied and accumulated into f32 over one reduction loop"]
    if MMA_SHAPE not in device.mma_shapes or device.sm < 80:
        return [f"device '{device.name}' ({device.chip}) has no m16n8k16 mma"]
    out = []
    m = spec.num_parallel - 2
    if any(b != 1 for b in config.block[:m]) or any(t != 1 for t in config.thread[:m]):
        out.append("mma: batch loops take block and thread tiles of 1")
    rows, cols = warp_tile(spec, config)
    if rows % MMA_SHAPE[0] or cols % MMA_SHAPE[1] or config.block[m] % rows or config.block[m + 1] % cols:
        out.append(f"mma: the warp tile {rows}x{cols} must be whole {MMA_SHAPE[0]}x{MMA_SHAPE[1]} tiles "
                   f"dividing the block tile")
    if config.threads // device.warp_size not in (1, 2, 4, 8):
        out.append(f"mma: {config.threads} threads must be 1..8 warps")
    step, depth = config.step[0], spec.reduction[0]
    if step % MMA_SHAPE[2] or step > max(MMA_SHAPE[2], pow2_ceil(depth)) or not _pow2(step):
        out.append(f"mma: step {step} must be a power-of-two multiple of {MMA_SHAPE[2]}, at most "
                   f"{max(MMA_SHAPE[2], pow2_ceil(depth))}")
    return out


def _wgmma_violations(spec: OpSpec, config: Config, device: Device) -> list[str]:
    """The warpgroup rules: an eligible operator (model.wgmma_eligible) on sm_90+, one warpgroup, a block tile
    of WGMMA_BLOCKS_M rows by the wgmma n columns (one of WGMMA_BLOCKS_N), k steps of WGMMA_STEP in 2 or more
    TMA buffers, tiles swizzled instead of padded."""
    if not model.wgmma_eligible(spec):
        return ["wgmma needs an f16 x f16 -> f32 matmul A[m][k] B[k][n] -> C[m][n] (no batch loops) whose rows "
                "are multiples of 16 bytes"]
    if device.sm < 90:
        return [f"device '{device.name}' ({device.chip}) has no wgmma (sm_90 and later)"]
    out = []
    bm, bn = config.block
    if tuple(config.mma) != (model.WGMMA_M, bn, MMA_SHAPE[2]) or bn not in model.WGMMA_BLOCKS_N:
        out.append(f"wgmma shape {list(config.mma)} must be [{model.WGMMA_M}, n, {MMA_SHAPE[2]}] with n the block's "
                   f"columns, one of {list(model.WGMMA_BLOCKS_N)}")
    if bm not in model.WGMMA_BLOCKS_M:
        out.append(f"wgmma: block rows {bm} must be one of {list(model.WGMMA_BLOCKS_M)}")
    if config.threads != model.WARPGROUP_THREADS:
        out.append(f"wgmma: {config.threads} threads must be one warpgroup ({model.WARPGROUP_THREADS})")
    if tuple(config.step) != (model.WGMMA_STEP,):
        out.append(f"wgmma: the step must be {model.WGMMA_STEP} (one 128-byte swizzled row of f16)")
    if config.stages < 2:
        out.append("wgmma: at least 2 stages (a step's buffer is refilled while the next step multiplies)")
    if any(config.pad) or config.vector_width != 1:
        out.append("wgmma: tiles are swizzled by TMA, without padding or vector copies")
    return out
