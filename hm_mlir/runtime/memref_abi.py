"""MLIR's memref descriptors and the packed calling convention, built with ctypes for any element type.

A ranked memref is passed as a pointer to {allocated, aligned, offset, sizes[rank], strides[rank]}; the
ExecutionEngine's `_mlir__mlir_ciface_<name>` wrapper takes one `void**` whose entries point at each
argument (the descriptor pointer for a memref, the value itself for a scalar).
"""

from __future__ import annotations

import ctypes
from functools import cache

import numpy as np


@cache
def descriptor_type(rank: int) -> type[ctypes.Structure]:
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p), ("offset", ctypes.c_longlong)]
    if rank:
        fields += [("sizes", ctypes.c_longlong * rank), ("strides", ctypes.c_longlong * rank)]
    return type(f"MemRefDescriptor{rank}", (ctypes.Structure,), {"_fields_": fields})


def descriptor(address: int, shape: tuple[int, ...]) -> ctypes.Structure:
    """The descriptor of a C-contiguous buffer of `shape` at `address` (host or device)."""
    desc = descriptor_type(len(shape))()
    desc.allocated = desc.aligned = address
    desc.offset = 0
    if shape:
        strides, step = [], 1
        for size in reversed(shape):
            strides.append(step)
            step *= size
        desc.sizes[:] = list(shape)
        desc.strides[:] = list(reversed(strides))
    return desc


class PackedArguments:
    """The `void**` of one call; keeps everything it points at alive."""

    def __init__(self) -> None:
        self._keep: list[object] = []
        self._pointers: list[int] = []

    def add_memref(self, address: int, shape: tuple[int, ...]) -> None:
        desc = descriptor(address, shape)
        pointer = ctypes.pointer(desc)
        self._keep += [desc, pointer]
        self._pointers.append(ctypes.addressof(pointer))

    def add_scalar(self, value: np.ndarray) -> None:
        """A scalar argument, passed from the bytes of a 0-d array of its storage dtype."""
        self._keep.append(value)
        self._pointers.append(value.ctypes.data)

    def array(self) -> ctypes.Array:
        packed = (ctypes.c_void_p * max(1, len(self._pointers)))(*self._pointers)
        self._keep.append(packed)
        return packed
