"""The alignment and resource rules every Roller config obeys on its device (checked by the rtile verifier for
policy "roller" and by the property tests). `violations` returns one sentence per broken rule."""

from __future__ import annotations

from math import prod

from hm_mlir.hardware import Device
from hm_mlir.roller.construct import min_threads, pow2_ceil, transaction_elements
from hm_mlir.roller.model import Config, bank_padding, registers, resident_blocks, smem_bytes, staged_inputs
from hm_mlir.roller.spec import OpSpec


def _pow2(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def violations(spec: OpSpec, config: Config, device: Device) -> list[str]:
    out: list[str] = []
    if len(config.block) != spec.num_parallel or len(config.thread) != spec.num_parallel:
        return [f"block/thread tiles need {spec.num_parallel} sizes"]
    if len(config.step) != len(spec.reduction):
        return [f"step needs {len(spec.reduction)} sizes"]
    for d, (b, t, e) in enumerate(zip(config.block, config.thread, spec.parallel)):
        if not (_pow2(b) and _pow2(t)) or b % t or b > pow2_ceil(e):
            out.append(f"loop {d}: block {b} / thread {t} must be powers of two, the thread tile dividing the "
                       f"block tile, the block at most {pow2_ceil(e)} (extent {e})")
    for i, (s, e) in enumerate(zip(config.step, spec.reduction)):
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
    for i, (access, is_staged) in enumerate(zip(spec.inputs, staged)):
        expected = bank_padding(access, access.footprint(config.loop_sizes(spec)), device) if is_staged else 0
        if config.pad[i] != expected:
            out.append(f"input {i}: padding {config.pad[i]} must be {expected} (odd bank-word row stride)")
    smem = smem_bytes(spec, config)
    regs = registers(spec, config)
    if smem > device.smem_per_block_default:
        out.append(f"{smem} bytes of shared memory exceed {device.smem_per_block_default} per block")
    if prod(config.thread) > 64 or regs > device.max_registers_per_thread:
        out.append(f"{regs} registers per thread exceed the budget")
    if resident_blocks(threads, regs, smem, device) < 1:
        out.append("one block does not fit on an SM (threads, registers or shared memory)")
    return out
