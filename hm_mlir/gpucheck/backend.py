"""Where the GPU check's buffers live and how it takes time: torch on the GPU, or NumPy and torch on the CPU
in a dry run. Travels in the check's folder with the device script (numpy, and torch when present)."""

from __future__ import annotations

import platform
import statistics
import time

import numpy as np

TORCH_DTYPES = {"f32": "float32", "f16": "float16", "bf16": "bfloat16", "f64": "float64", "i64": "int64",
                "i32": "int32", "i8": "int8", "i1": "bool", "index": "int64", "i16": "int16"}


class Backend:
    """Where buffers live and how time is taken: torch on the GPU, or NumPy (torch on the CPU) in a dry run."""

    def __init__(self, dry_run: bool) -> None:
        self.dry_run = dry_run
        try:
            import torch
        except ImportError:
            torch = None
        if torch is None and not dry_run:
            raise SystemExit("the GPU check needs PyTorch on the device")
        self.torch = torch
        if not dry_run:
            torch.backends.cuda.matmul.allow_tf32 = False
            torch.backends.cudnn.allow_tf32 = False
        self.device = "cpu" if dry_run else "cuda"

    def describe(self) -> str:
        if self.dry_run:
            return f"dry run on {platform.processor() or platform.machine()} (cpu libraries)"
        return self.torch.cuda.get_device_name(0)

    def synchronize(self) -> None:
        if not self.dry_run:
            self.torch.cuda.synchronize()

    def time_ms(self, call, budget_s: float, warmup: int = 2, most: int = 50) -> float:
        """Median milliseconds of `call()`: CUDA events around each call on the GPU, the host clock otherwise;
        as many repetitions as fit `budget_s` (at least 3, at most `most`)."""
        for _ in range(warmup):
            call()
        self.synchronize()
        times, started = [], time.perf_counter()
        while len(times) < 3 or (len(times) < most and time.perf_counter() - started < budget_s):
            if self.dry_run:
                begin = time.perf_counter()
                call()
                times.append(1e3 * (time.perf_counter() - begin))
            else:
                start, end = self.torch.cuda.Event(enable_timing=True), self.torch.cuda.Event(enable_timing=True)
                start.record()
                call()
                end.record()
                end.synchronize()
                times.append(start.elapsed_time(end))
        return statistics.median(times)

    def tensor(self, array: np.ndarray):
        """A buffer holding `array` where the libraries read (a torch tensor; bf16 given as its uint16 bits)."""
        if self.torch is None:
            return np.ascontiguousarray(array)
        return self.torch.from_numpy(np.ascontiguousarray(array)).to(self.device)

    def random(self, shape, element: str, seed: int):
        torch = self.torch
        generator = torch.Generator(device=self.device).manual_seed(seed)
        value = torch.randn(tuple(shape), generator=generator, device=self.device, dtype=torch.float32)
        return value.to(getattr(torch, TORCH_DTYPES[element]))

    def empty(self, shape, element: str):
        return self.torch.empty(tuple(shape), device=self.device, dtype=getattr(self.torch, TORCH_DTYPES[element]))

    @staticmethod
    def address(buffer) -> int:
        return buffer.ctypes.data if isinstance(buffer, np.ndarray) else buffer.data_ptr()

    def copy_bandwidth(self, budget_s: float) -> float:
        """GB/s of a device-to-device copy (read + write) of 1 GiB (64 MiB in a dry run)."""
        nbytes = (64 if self.dry_run else 1024) * 2**20
        source = self.torch.ones(nbytes // 4, device=self.device) if self.torch else np.ones(nbytes // 4, np.float32)
        target = self.torch.empty_like(source) if self.torch else np.empty_like(source)
        copy = (lambda: target.copy_(source)) if self.torch else (lambda: np.copyto(target, source))
        return 2 * nbytes / (self.time_ms(copy, budget_s) * 1e-3) / 1e9
