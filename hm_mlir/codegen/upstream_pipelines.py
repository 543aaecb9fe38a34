"""Upstream MLIR pass pipelines for the hm-mlir "plain path".

Input: ``func.func`` on statically shaped tensors using linalg named ops,
``linalg.generic`` and ``scf.for`` with tensor ``iter_args``. Only upstream
passes are used, plus a few small module-level Python passes (``pm.add``).

Every pipeline was run with the LLVM 22 Python bindings (an assertions
build) on these inputs:

* MLP: matmul 64x128x32 f32 + bias broadcast + ReLU;
* an scf.for with a tensor iter_arg around matmul + tanh;
* an f16 matmul;
* a row-sum reduction (37x91);
* 0-d full sums, batch_matmul, constants, insert_slice and i1 outputs.

PTX was assembled with ptxas 13.0 for ``-arch=sm_90`` and ``-arch=sm_80``.
CPU results were compared with numpy. Nothing was run on a GPU.

Targets (hm_mlir/pipeline.py puts the pieces together with the hm passes)
------------------------------------------------------------------------------
``"gpu"``
    Host ``func.func`` with ``gpu.launch_func``, plus one outlined
    ``gpu.module`` per linalg op (``linalg.fill`` is an op too). Loops go
    through convert-linalg-to-parallel-loops -> hm-tile-parallel-loops (block
    loops around thread loops from each op's rTile, an ``scf.if`` guard where
    a tile does not divide) -> gpu-map-parallel-loops (innermost loop ->
    thread x) -> convert-parallel-loops-to-gpu -> gpu-kernel-outlining.
    Reduction dims stay sequential ``scf.for`` loops in each thread. An
    ``scf.for`` with tensor iter_args stays a host loop with launches inside.
``"nvvm"``
    ``"gpu"`` with these additions: ``gpu-async-region`` on the host,
    ``nvvm-attach-target{chip features O}``, ``gpu.module(convert-gpu-to-nvvm)``
    and ``gpu-to-llvm``. Kernels become llvm.func in NVVM and are not
    serialized (gpu-lower-to-nvvm-pipeline always serializes, so it is not
    used).
``"ptx"``
    ``"nvvm"`` + ``gpu-module-to-binary{format=isa}``. ``hm_mlir.codegen.ptx.extract_ptx``
    returns one PTX module per kernel. The result also translates to LLVM IR:
    the PTX is embedded, loaded via ``mgpuModuleLoadJIT`` from
    libmlir_cuda_runtime.so.
``"cpu"``
    Same bufferization and the same block/thread loops as ``"gpu"`` (mapped
    ``scf.parallel``, not converted to launches), lowered to LLVM by
    :func:`cpu_to_llvm`. ``llvm-request-c-wrappers`` adds ``_mlir_ciface_*``
    wrappers. ``hm_mlir.compile`` runs it with the ExecutionEngine.

Calling convention: ``buffer-results-to-out-params{modify-public-functions
hoist-static-allocs}``. Results become trailing memref out-params, after the
inputs and in result order. The last op writes straight into them, with no
copy.

hm passes between these pieces (hm_mlir/pipeline.py puts them in)
------------------------------------------------------------------
* ``hm-mark-args-readonly`` runs before bufferization and adds
  ``bufferization.writable = false``. Without it, one-shot-bufferize writes
  into input buffers (e.g. ``tensor.insert_slice`` into an argument).
* ``hm-prepare-device-buffers`` (GPU targets) runs after bufferization.
  It makes host buffers device buffers:

  - ``memref.alloc`` -> ``gpu.alloc`` and ``memref.dealloc`` -> ``gpu.dealloc``.
    Without it, intermediates are host malloc memory that kernels cannot read.
  - ``memref.copy`` -> a copying ``linalg.generic``, so the copy becomes a kernel.
  - ``memref.get_global`` -> ``gpu.alloc`` + ``gpu.memcpy`` from the host
    global.

  ``gpu-to-llvm`` lowers non-``host_shared`` gpu.alloc, gpu.dealloc and
  gpu.memcpy only in async form. Without gpu-async-region they are left
  unconverted, with no error.
* ``hm-wrap-serial-host-loops`` (GPU targets) handles linalg ops with no
  parallel dim (0-d fill, full reduction). Without it, they stay host loops
  over device memory. It wraps each in a 1-iteration scf.parallel, so a
  single thread runs it as a kernel.
* ``hm-widen-i1-memrefs`` rewrites ``memref<..xi1>`` to ``memref<..xi8>``
  before the LLVM lowering (see the pitfalls below).

Pitfalls that abort the process (assertions build)
-------------------------------------------------
* Any ``memref.load`` or ``memref.store`` of ``i1`` (or another sub-byte int)
  hits ``Assertion `integralElementType.getWidth() >= 8'`` in
  MemRefToLLVM.cpp (Load/StoreOpLowering) and aborts, with both
  finalize-memref-to-llvm and convert-gpu-to-nvvm. Besides i1 tensors, the
  ``dealloc_helper`` that buffer-deallocation-pipeline emits
  (``memref<?xi1>``) also triggers it. That happens e.g. with an scf.for whose
  init is a copy of a read-only argument. ``hm-widen-i1-memrefs`` avoids it.
* ``nvvm-attach-target{chip=sm_90 features=+ptx70}`` (PTX version lower than
  the chip needs) makes gpu-module-to-binary print ``LLVM ERROR: PTX version
  7.0 does not support target 'sm_90'`` and exit. Use
  :func:`default_features`.

Known limit: convert-linalg-to-parallel-loops keeps a reduction dim that
precedes a parallel one as a host ``scf.for`` launching a kernel per
iteration; hm-parallel-loops-first interchanges the loops before it runs.

No ``mlir`` import happens at module level.
"""

from __future__ import annotations

TARGETS = ("gpu", "nvvm", "ptx", "cpu")

# --------------------------------------------------------------------------
# Pipeline text pieces (no "builtin.module(...)" wrapper).
# --------------------------------------------------------------------------

#: Tensor -> memref, results as out-params (hm-forward-copies goes between the two pieces).
BUFFERIZE = (
    "one-shot-bufferize{bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map "
    "allow-return-allocs-from-loops},"
    "canonicalize,"
    "buffer-results-to-out-params{modify-public-functions hoist-static-allocs}"
)
#: Deallocs inserted, bufferization ops gone.
DEALLOCATE = "buffer-deallocation-pipeline,convert-bufferization-to-memref"

def gpu_parallel_loops() -> str:
    """Bufferized linalg -> scf.parallel (parallel dims) with nested scf.for (reduction dims)."""
    return "func.func(convert-linalg-to-parallel-loops)"


def map_parallel_loops() -> str:
    """Nested scf.parallel (block loops around thread loops) -> the same loops mapped to gpu block/thread ids.

    The innermost loop maps to thread x (``innermost-first``), which gives coalesced access for row-major
    data. hm-tile-parallel-loops builds the nest from each op's rTile."""
    return "func.func(gpu-map-parallel-loops{mapping-policy=innermost-first})"


def launch_parallel_loops() -> str:
    """Mapped scf.parallel -> gpu.launch (constant sizes once canonicalized; hm-rammer-gpu-program reads these)."""
    return "func.func(convert-parallel-loops-to-gpu),lower-affine,canonicalize,cse"


def outline_launches() -> str:
    """gpu.launch -> outlined gpu.module kernels + gpu.launch_func."""
    return "gpu-launch-sink-index-computations,gpu-kernel-outlining,canonicalize,cse"


def default_features(chip: str) -> str | None:
    """PTX ISA feature string that works for ``chip`` with LLVM 22 + ptxas 13.

    ``+ptx80`` was checked for sm_80 and sm_90: ptxas -arch=sm_90 and
    -arch=sm_80 both accept sm_80 PTX. Only -arch=sm_90 accepts sm_90 PTX.
    sm_90a PTX is accepted only by -arch=sm_90a. Returns None (LLVM's minimum
    for the chip) for chips newer than sm_90.
    """
    try:
        num = int("".join(ch for ch in chip.split("_", 1)[1] if ch.isdigit()))
    except (IndexError, ValueError):
        return None
    return "+ptx80" if num <= 90 else None


def nvvm_lowering(
    chip: str = "sm_90",
    features: str | None = "default",
    opt_level: int = 3,
    kernel_bare_ptr: bool = False,
    c_wrappers: bool = True,
) -> str:
    """Output of the gpu stage -> host in LLVM dialect, kernels in NVVM/LLVM.

    Nothing is serialized. ``opt_level`` is the ``O`` of the ``#nvvm.target``.
    It is used by gpu-module-to-binary. ``kernel_bare_ptr`` passes each static
    memref to kernels as one pointer instead of a 7-field descriptor.
    """
    if features == "default":
        features = default_features(chip)
    tgt = f"chip={chip}" + (f" features={features}" if features else "") + f" O={int(opt_level)}"
    bare_dev = "{use-bare-ptr-memref-call-conv}" if kernel_bare_ptr else ""
    bare_host = "{use-bare-pointers-for-kernels}" if kernel_bare_ptr else ""
    host_func = "func.func(gpu-async-region" + (",llvm-request-c-wrappers" if c_wrappers else "") + ")"
    return (
        f"{host_func},"
        "convert-complex-to-standard,"  # complex arithmetic, in kernels and on the host, on the two parts
        f"nvvm-attach-target{{{tgt}}},"
        # Kernels' nvgpu ops and the host's TMA descriptors (runtime calls); before scf-to-cf, which would
        # leave the loop-carried wgmma accumulators as block arguments no later pass converts.
        "convert-nvgpu-to-nvvm,"
        "convert-scf-to-cf,"
        "convert-nvvm-to-llvm,"
        "expand-strided-metadata,"
        "lower-affine,"
        f"gpu.module(convert-gpu-to-nvvm{bare_dev},convert-nvvm-to-llvm,canonicalize,cse,reconcile-unrealized-casts),"
        "convert-math-to-llvm,"
        "convert-arith-to-llvm,"
        "convert-index-to-llvm,"
        "convert-complex-to-llvm,"
        "finalize-memref-to-llvm,"
        "convert-cf-to-llvm,"
        "convert-func-to-llvm,"
        f"gpu-to-llvm{bare_host},"
        "convert-nvvm-to-llvm,"
        "reconcile-unrealized-casts,"
        "canonicalize,cse"
    )


def serialize(fmt: str = "isa", toolkit: str | None = None) -> str:
    """gpu-module-to-binary. ``fmt``: ``isa`` (PTX text), ``bin`` (cubin), ``fatbin``.

    ``bin`` and ``fatbin`` run ptxas (and fatbinary) from the CUDA toolkit.
    ``toolkit`` overrides the toolkit path (libdevice is also looked up there;
    /usr/local/cuda is found automatically).
    """
    opts = f"format={fmt}" + (f" toolkit={toolkit}" if toolkit else "")
    return f"gpu-module-to-binary{{{opts}}}"


def cpu_to_llvm() -> str:
    """Loops on memrefs -> LLVM dialect for the ExecutionEngine (memrefs passed as descriptors)."""
    return (
        "lower-affine,canonicalize,cse,"
        "convert-scf-to-cf,"
        "expand-strided-metadata,"
        "lower-affine,"
        # f32 -> bf16 as integer arithmetic rounding to nearest even: LLVM's fptrunc keeps subnormals on some
        # hosts and flushes them to zero on those with AVX512-BF16; this gives every host the same bits.
        "arith-expand{include-bf16=true},"
        "convert-complex-to-standard,"  # complex arithmetic as arith/math on the real and imaginary parts
        "convert-math-to-llvm,"
        "convert-math-to-libm,"  # what LLVM has no intrinsic for (erf, ...) calls libm, loaded in every process
        "convert-vector-to-llvm,"  # Roller's vectorized copies and mma fragments
        "convert-ub-to-llvm,"
        "convert-arith-to-llvm,"
        "convert-index-to-llvm,"
        "convert-complex-to-llvm,"  # complex values as {re, im} structs (what NumPy's complex64/128 hold)
        "finalize-memref-to-llvm,"
        "convert-cf-to-llvm,"
        "convert-func-to-llvm,"
        "reconcile-unrealized-casts,"
        "canonicalize,cse"
    )


