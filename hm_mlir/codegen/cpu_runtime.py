"""Running a module lowered for the CPU target with the ExecutionEngine (runner-utils libraries included)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence


def cpu_shared_libs() -> list[str]:
    """Runner-utils libraries shipped with the bindings (memrefCopy, printing...)."""
    from mlir import ir

    libdir = os.path.join(os.path.dirname(os.path.abspath(ir.__file__)), "lib")
    return [os.path.join(libdir, n) for n in ("libmlir_c_runner_utils.so", "libmlir_runner_utils.so")]


def cpu_engine(module, opt_level: int = 2):
    """ExecutionEngine for a module lowered with the cpu target."""
    from mlir import execution_engine

    return execution_engine.ExecutionEngine(module, opt_level=opt_level, shared_libs=cpu_shared_libs())


def cpu_invoke(engine, name: str, arrays: Iterable) -> None:
    """Call ``name`` (default descriptor convention, needs _mlir_ciface_ wrapper).

    ``arrays``: numpy arrays, inputs then out-params (C-contiguous). Building
    the descriptors costs about 50 us per array. Reuse them with
    :func:`cpu_descriptor_caller` when the same arrays are called repeatedly.
    """
    import ctypes

    from mlir import runtime

    engine.invoke(name, *[ctypes.pointer(ctypes.pointer(runtime.get_ranked_memref_descriptor(a))) for a in arrays])


def cpu_descriptor_caller(engine, name: str, arrays: Sequence) -> Callable[[], None]:
    """Prebuild descriptors and packed args once. Returns a zero-arg callable.

    Keep ``arrays`` alive and do not reallocate them.
    """
    import ctypes

    from mlir import runtime

    fn = engine.lookup(name)
    keep = [ctypes.pointer(ctypes.pointer(runtime.get_ranked_memref_descriptor(a))) for a in arrays]
    packed = (ctypes.c_void_p * len(keep))(*[ctypes.cast(k, ctypes.c_void_p) for k in keep])

    def call():
        fn(packed)

    call._keep = (keep, packed, arrays)  # type: ignore[attr-defined]
    return call


def cpu_bare_caller(engine, name: str) -> Callable[..., None]:
    """Caller for modules lowered with ``cpu_lowering(bare_ptr=True)``.

    ``f(*arrays)`` passes each array's data pointer. This costs about 10 us per
    call in total, against about 200 us for fresh descriptors on the MLP. Uses
    the packed wrapper ``_mlir_<name>`` that ExecutionEngine emits for every
    function.
    """
    import ctypes

    addr = engine.raw_lookup(name)
    if not addr:
        raise RuntimeError(f"unknown function {name}")
    fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(addr)

    def call(*arrays):
        ptrs = [ctypes.c_void_p(a.ctypes.data) for a in arrays]
        packed = (ctypes.c_void_p * len(ptrs))(*[ctypes.addressof(p) for p in ptrs])
        fn(packed)

    call._fn = fn  # type: ignore[attr-defined]
    return call
