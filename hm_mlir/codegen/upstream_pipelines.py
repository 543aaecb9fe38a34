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

Targets (``pipeline(target)`` / ``build_pass_manager(target)`` / ``compile_module``)
------------------------------------------------------------------------------
``"gpu"``
    Host ``func.func`` with ``gpu.launch_func``, plus one outlined
    ``gpu.module`` per linalg op (``linalg.fill`` is an op too). Loops go
    through convert-linalg-to-parallel-loops -> scf-parallel-loop-tiling
    (tile = threads per block, ``no-min-max-bounds`` adds a guard) ->
    gpu-map-parallel-loops (innermost loop -> thread x) ->
    convert-parallel-loops-to-gpu -> gpu-kernel-outlining. Reduction dims stay
    sequential ``scf.for`` loops in each thread. An ``scf.for`` with tensor
    iter_args stays a host loop with launches inside.
``"nvvm"``
    ``"gpu"`` with these additions: ``gpu-async-region`` on the host,
    ``nvvm-attach-target{chip features O}``, ``gpu.module(convert-gpu-to-nvvm)``
    and ``gpu-to-llvm``. Kernels become llvm.func in NVVM and are not
    serialized (gpu-lower-to-nvvm-pipeline always serializes, so it is not
    used).
``"ptx"``
    ``"nvvm"`` + ``gpu-module-to-binary{format=isa}``. :func:`extract_ptx`
    returns one PTX module per kernel. The result also translates to LLVM IR:
    the PTX is embedded, loaded via ``mgpuModuleLoadJIT`` from
    libmlir_cuda_runtime.so.
``"cpu"``
    Same bufferization, then linalg lowers to loops and then to LLVM.
    ``llvm-request-c-wrappers`` adds ``_mlir_ciface_*`` wrappers. Run it with
    ExecutionEngine; see :func:`cpu_engine`, :func:`cpu_invoke`,
    :func:`cpu_bare_caller`.

Calling convention: ``buffer-results-to-out-params{modify-public-functions
hoist-static-allocs}``. Results become trailing memref out-params, after the
inputs and in result order. The last op writes straight into them, with no
copy.

Python passes (on by default in build_pass_manager / compile_module; the
pure-text :func:`pipeline` omits them)
---------------------------------------------------------------------------
* :func:`mark_args_readonly` runs before bufferization and adds
  ``bufferization.writable = false``. Without it, one-shot-bufferize writes
  into input buffers (e.g. ``tensor.insert_slice`` into an argument).
* :func:`prepare_host_buffers_for_gpu` (GPU targets) runs after bufferization.
  It makes host buffers device buffers:

  - ``memref.alloc`` -> ``gpu.alloc`` and ``memref.dealloc`` -> ``gpu.dealloc``.
    Without it, intermediates are host malloc memory that kernels cannot read.
  - ``memref.copy`` -> ``linalg.copy``, so the copy becomes a kernel.
  - ``memref.get_global`` -> ``gpu.alloc`` + ``gpu.memcpy`` from the host
    global.

  ``gpu-to-llvm`` lowers non-``host_shared`` gpu.alloc, gpu.dealloc and
  gpu.memcpy only in async form. Without gpu-async-region they are left
  unconverted, with no error.
* :func:`wrap_serial_host_loops` (GPU targets) handles linalg ops with no
  parallel dim (0-d fill, full reduction). Without it, they stay host loops
  over device memory. It wraps each in a 1-iteration scf.parallel, so a
  single thread runs it as a kernel.
* :func:`widen_i1_memrefs` rewrites ``memref<..xi1>`` to ``memref<..xi8>``
  before the LLVM lowering (see the pitfalls below).

Pitfalls that abort the process (assertions build)
-------------------------------------------------
* Any ``memref.load`` or ``memref.store`` of ``i1`` (or another sub-byte int)
  hits ``Assertion `integralElementType.getWidth() >= 8'`` in
  MemRefToLLVM.cpp (Load/StoreOpLowering) and aborts, with both
  finalize-memref-to-llvm and convert-gpu-to-nvvm. Besides i1 tensors, the
  ``dealloc_helper`` that buffer-deallocation-pipeline emits
  (``memref<?xi1>``) also triggers it. That happens e.g. with an scf.for whose
  init is a copy of a read-only argument. :func:`widen_i1_memrefs` avoids it.
* ``nvvm-attach-target{chip=sm_90 features=+ptx70}`` (PTX version lower than
  the chip needs) makes gpu-module-to-binary print ``LLVM ERROR: PTX version
  7.0 does not support target 'sm_90'`` and exit. Use
  :func:`default_features`.

Known limits: convert-linalg-to-parallel-loops keeps a leading reduction dim
(e.g. a column sum) as a host ``scf.for`` that launches one kernel per
iteration. Tile sizes are global, not per op (``tile_sizes=(16, 16)``: 256
threads for 2-D ops, 16 for 1-D ops).

No ``mlir`` import happens at module level.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence

TARGETS = ("gpu", "nvvm", "ptx", "cpu")

# --------------------------------------------------------------------------
# Pipeline text pieces (no "builtin.module(...)" wrapper).
# --------------------------------------------------------------------------

#: Tensor -> memref. Results become out-params. Deallocs are inserted.
BUFFERIZE = (
    "one-shot-bufferize{bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map "
    "allow-return-allocs-from-loops},"
    "canonicalize,"
    "buffer-results-to-out-params{modify-public-functions hoist-static-allocs},"
    "buffer-deallocation-pipeline,"
    "convert-bufferization-to-memref"
)

DEFAULT_TILE_SIZES = (16, 16)


def gpu_parallel_loops() -> str:
    """Bufferized linalg -> scf.parallel (parallel dims) with nested scf.for (reduction dims)."""
    return "func.func(convert-linalg-to-parallel-loops)"


def gpu_map_and_outline(tile_sizes: Sequence[int] = DEFAULT_TILE_SIZES) -> str:
    """scf.parallel -> gpu.launch -> outlined gpu.module kernels + gpu.launch_func.

    ``tile_sizes`` apply by position to the parallel loops of every op. Tile
    i becomes the thread count of loop i. Loops after the last given size get
    tile size 1 (one thread). With ``innermost-first``, the innermost loop
    maps to thread x, which gives coalesced access for row-major data.
    ``no-min-max-bounds`` rounds each grid up and adds an ``scf.if`` bounds
    guard. Without it, convert-parallel-loops-to-gpu silently leaves
    non-divisible loops (e.g. 37 rows, tile 16) on the host.
    """
    ts = ",".join(str(int(t)) for t in tile_sizes)
    return (
        f"func.func(scf-parallel-loop-tiling{{parallel-loop-tile-sizes={ts} no-min-max-bounds}},"
        "gpu-map-parallel-loops{mapping-policy=innermost-first},"
        "convert-parallel-loops-to-gpu),"
        "lower-affine,canonicalize,cse,"
        "gpu-launch-sink-index-computations,"
        "gpu-kernel-outlining,"
        "canonicalize,cse"
    )


def gpu_mapping(tile_sizes: Sequence[int] = DEFAULT_TILE_SIZES) -> str:
    """gpu_parallel_loops + gpu_map_and_outline as one text (no serial-kernel fallback)."""
    return gpu_parallel_loops() + "," + gpu_map_and_outline(tile_sizes)


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
    """Output of :func:`gpu_mapping` -> host in LLVM dialect, kernels in NVVM/LLVM.

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
        f"nvvm-attach-target{{{tgt}}},"
        "convert-scf-to-cf,"
        "convert-nvvm-to-llvm,"
        "expand-strided-metadata,"
        "lower-affine,"
        f"gpu.module(convert-gpu-to-nvvm{bare_dev},canonicalize,cse,reconcile-unrealized-casts),"
        "convert-math-to-llvm,"
        "convert-arith-to-llvm,"
        "convert-index-to-llvm,"
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


def cpu_loops(c_wrappers: bool = True) -> str:
    """Bufferized linalg -> scf loops (plus C-interface request)."""
    return "func.func(convert-linalg-to-loops" + (",llvm-request-c-wrappers" if c_wrappers else "") + ")"


def cpu_to_llvm(bare_ptr: bool = False) -> str:
    """Loops on memrefs -> LLVM dialect for ExecutionEngine.

    With ``bare_ptr`` (static shapes only), each memref argument is a single
    pointer. Call it through the packed wrapper ``ee.raw_lookup(name)``; see
    :func:`cpu_bare_caller`. This is the cheapest calling convention.
    """
    func_to_llvm = "convert-func-to-llvm{use-bare-ptr-memref-call-conv}" if bare_ptr else "convert-func-to-llvm"
    return (
        "lower-affine,canonicalize,cse,"
        "convert-scf-to-cf,"
        "expand-strided-metadata,"
        "lower-affine,"
        "convert-math-to-llvm,"
        "convert-arith-to-llvm,"
        "convert-index-to-llvm,"
        "finalize-memref-to-llvm,"
        "convert-cf-to-llvm,"
        f"{func_to_llvm},"
        "reconcile-unrealized-casts,"
        "canonicalize,cse"
    )


def cpu_lowering(bare_ptr: bool = False, c_wrappers: bool = True) -> str:
    """cpu_loops + cpu_to_llvm as one text (no i1 widening in between)."""
    return cpu_loops(c_wrappers and not bare_ptr) + "," + cpu_to_llvm(bare_ptr)


# --------------------------------------------------------------------------
# Whole pipelines
# --------------------------------------------------------------------------


def stages(
    target: str,
    chip: str = "sm_90",
    opt_level: int = 3,
    tile_sizes: Sequence[int] = DEFAULT_TILE_SIZES,
    features: str | None = "default",
    device_buffers: bool = True,
    readonly_args: bool = True,
    kernel_bare_ptr: bool = False,
    bare_ptr: bool = False,
    widen_i1: bool = True,
    serial_fallback: bool = True,
) -> list:
    """Ordered list of pipeline text pieces (str) and module-level Python passes.

    Feed it to :func:`build_pass_manager`. Text pieces carry no
    ``builtin.module(...)`` wrapper.
    """
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; expected one of {TARGETS}")
    out: list = []
    if readonly_args:
        out.append(mark_args_readonly)
    out.append(BUFFERIZE)
    if target == "cpu":
        out.append(cpu_loops(c_wrappers=not bare_ptr))
        if widen_i1:
            out.append(widen_i1_memrefs)
        out.append(cpu_to_llvm(bare_ptr=bare_ptr))
        return out
    if device_buffers:
        out.append(prepare_host_buffers_for_gpu)
    out.append(gpu_parallel_loops())
    if serial_fallback:
        out.append(wrap_serial_host_loops)
    out.append(gpu_map_and_outline(tile_sizes))
    if target == "gpu":
        return out
    if widen_i1:
        out.append(widen_i1_memrefs)
    out.append(nvvm_lowering(chip, features, opt_level, kernel_bare_ptr=kernel_bare_ptr))
    if target == "ptx":
        out.append(serialize("isa"))
    return out


def pipeline(
    target: str,
    chip: str = "sm_90",
    opt_level: int = 3,
    tile_sizes: Sequence[int] = DEFAULT_TILE_SIZES,
    features: str | None = "default",
    kernel_bare_ptr: bool = False,
    bare_ptr: bool = False,
) -> str:
    """Pure-text pipeline for ``PassManager.parse``, without the Python passes.

    For gpu, nvvm and ptx, intermediate buffers stay host ``malloc`` memory and
    ``memref.copy`` stays a host memcpy. Kernels and PTX still compile, but the
    program is only correct where the device can access host memory. Use
    :func:`build_pass_manager` for device-correct buffers.
    """
    parts = [
        p
        for p in stages(
            target,
            chip,
            opt_level,
            tile_sizes,
            features,
            device_buffers=False,
            readonly_args=False,
            kernel_bare_ptr=kernel_bare_ptr,
            bare_ptr=bare_ptr,
            widen_i1=False,
            serial_fallback=False,
        )
        if isinstance(p, str)
    ]
    return "builtin.module(" + ",".join(parts) + ")"


def build_pass_manager(target: str, context=None, **kwargs):
    """PassManager for ``target`` with the Python passes included.

    kwargs go to :func:`stages`. Use it inside an active ``ir.Context`` (or pass
    ``context``) and run it with ``pm.run(module.operation)``.
    """
    from mlir import passmanager

    pm = passmanager.PassManager.parse("builtin.module()", context=context)
    for st in stages(target, **kwargs):
        if isinstance(st, str):
            pm.add(st)
        else:
            pm.add(st, name=st.__name__)
    return pm


def compile_module(module, target: str, **kwargs):
    """Run the full pipeline for ``target`` on ``module`` (in place) and return it.

    For gpu, nvvm and ptx, input that leaves device-memory accesses on the
    host (e.g. an all-reduction linalg op) raises ValueError after the gpu
    stage.
    """
    if target == "cpu":
        build_pass_manager(target, context=module.context, **kwargs).run(module.operation)
        return module
    from mlir import passmanager

    full = stages(target, **kwargs)
    n_gpu = len(stages("gpu", **kwargs))

    def run_part(part):
        pm = passmanager.PassManager.parse("builtin.module()", context=module.context)
        for st in part:
            if isinstance(st, str):
                pm.add(st)
            else:
                pm.add(st, name=st.__name__)
        pm.run(module.operation)

    run_part(full[:n_gpu])
    bad = host_memory_accesses(module)
    if bad:
        raise ValueError("ops left on the host that touch device memory: " + "; ".join(bad[:5]))
    if n_gpu < len(full):
        run_part(full[n_gpu:])
    return module


# --------------------------------------------------------------------------
# Python passes (module-level; pm.add(callable))
# --------------------------------------------------------------------------


def _host_funcs(module_op):
    """func.func ops directly in the top-level module body."""
    region = module_op.regions[0]
    for op in region.blocks[0].operations:
        if op.operation.name == "func.func":
            yield op.operation


def mark_args_readonly(op, pass_=None) -> None:
    """Set ``bufferization.writable = false`` on tensor args of functions with a body."""
    from mlir import ir

    ctx = op.context
    for f in _host_funcs(op):
        if len(f.regions[0].blocks) == 0:
            continue
        args = f.regions[0].blocks[0].arguments
        if not any(isinstance(a.type, ir.RankedTensorType) or isinstance(a.type, ir.UnrankedTensorType) for a in args):
            continue
        old = f.attributes["arg_attrs"] if "arg_attrs" in f.attributes else None
        new = []
        for i, a in enumerate(args):
            d = {}
            if old is not None:
                od = ir.DictAttr(ir.ArrayAttr(old)[i])
                for j in range(len(od)):
                    na = od[j]
                    d[na.name] = na.attr
            if isinstance(a.type, (ir.RankedTensorType, ir.UnrankedTensorType)):
                d["bufferization.writable"] = ir.BoolAttr.get(False, context=ctx)
            new.append(ir.DictAttr.get(d, context=ctx))
        f.attributes["arg_attrs"] = ir.ArrayAttr.get(new, context=ctx)


_VIEW_OPS = (
    "memref.cast",
    "memref.subview",
    "memref.reinterpret_cast",
    "memref.expand_shape",
    "memref.collapse_shape",
    "memref.transpose",
    "memref.view",
)
_HOST_USE_OPS = ("memref.load", "memref.store", "memref.dealloc", "func.call", "memref.dim")


def _op_key(o):
    """Identity key of an op. Python op wrappers are not stable, but Value hashes are."""
    return hash(o.results[0]) if len(o.results) else id(o)


def _root_key(v):
    """Key of the op that allocated memref value v, following view-like ops."""
    from mlir import ir

    while True:
        owner = v.owner
        if not isinstance(owner, ir.Operation) and hasattr(owner, "operation"):
            owner = owner.operation
        if not isinstance(owner, ir.Operation):
            return None  # block argument
        if owner.name in _VIEW_OPS:
            v = owner.operands[0]
            continue
        return hash(owner.results[0]) if len(owner.results) else None


def _root_op_name(v):
    from mlir import ir

    while True:
        owner = v.owner
        if not isinstance(owner, ir.Operation) and hasattr(owner, "operation"):
            owner = owner.operation
        if not isinstance(owner, ir.Operation):
            return None
        if owner.name in _VIEW_OPS:
            v = owner.operands[0]
            continue
        return owner.name


def _only_host_uses(v) -> bool:
    """True if memref value v (through view ops) is only loaded/stored/passed to calls on the host."""
    for use in v.uses:
        u = use.owner
        name = u.name
        if name in _VIEW_OPS:
            if not all(_only_host_uses(r) for r in u.results):
                return False
        elif name not in _HOST_USE_OPS and name != "memref.extract_aligned_pointer_as_index":
            return False
    return True


def prepare_host_buffers_for_gpu(op, pass_=None) -> None:
    """Make host-side buffers device buffers. Run after BUFFERIZE, before gpu_mapping.

    Rewrites inside top-level func.func (not inside gpu.module):
      memref.alloc -> gpu.alloc, memref.dealloc -> gpu.dealloc,
      memref.copy -> linalg.copy (becomes a kernel; handles strided subviews),
      memref.get_global -> gpu.alloc + gpu.memcpy(host global) (+ gpu.dealloc
      before the block terminator when the value does not reach it).
    """
    from mlir import ir
    from mlir.dialects import gpu, linalg, memref

    todo = []

    def visit(o):
        n = o.name
        if n in ("memref.alloc", "memref.dealloc", "memref.copy", "memref.get_global"):
            todo.append(o)
        return ir.WalkResult.ADVANCE

    for f in _host_funcs(op):
        f.walk(visit, ir.WalkOrder.PRE_ORDER)

    # Small host-only buffers (e.g. the index/i1 arrays that the
    # buffer-deallocation pipeline passes to its dealloc_helper) stay host memory.
    host_allocs = [o for o in todo if o.name == "memref.alloc" and _only_host_uses(o.results[0])]
    host_ptrs = {_op_key(o) for o in host_allocs}
    todo = [o for o in todo if not (o.name == "memref.alloc" and _op_key(o) in host_ptrs)]
    todo = [o for o in todo if not (o.name == "memref.dealloc" and _root_key(o.operands[0]) in host_ptrs)]

    for o in todo:
        n = o.name
        with ir.InsertionPoint(o), o.location:
            if n == "memref.alloc":
                v = o.opview
                new = gpu.AllocOp(o.results[0].type, None, [], list(v.dynamicSizes), list(v.symbolOperands))
                o.results[0].replace_all_uses_with(new.results[0])
            elif n == "memref.dealloc":
                gpu.DeallocOp(None, [], o.operands[0])
            elif n == "memref.copy":
                linalg.copy(o.operands[0], outs=[o.operands[1]])
            else:  # memref.get_global -> fresh get_global + gpu.alloc + gpu.memcpy
                v = o.opview
                host = memref.GetGlobalOp(o.results[0].type, v.name).result
                dev = gpu.AllocOp(host.type, None, [], [], []).results[0]
                gpu.MemcpyOp(None, [], dev, host)
                o.results[0].replace_all_uses_with(dev)
                term = o.block.operations[len(o.block.operations) - 1]
                if all(x != dev for x in term.operands):
                    with ir.InsertionPoint(term):
                        gpu.DeallocOp(None, [], dev)
        o.erase()


def wrap_serial_host_loops(op, pass_=None) -> None:
    """Serial-kernel fallback. Run after convert-linalg-to-parallel-loops.

    Linalg ops with no parallel loop (e.g. a full reduction to a 0-d tensor,
    or the fill of a 0-d tensor) lower to host scf.for / memref.store on
    device memory. Each such host op (no results, touches a non-host buffer,
    contains no scf.parallel or gpu op) is wrapped in a 1-iteration
    scf.parallel. It then becomes a kernel where a single thread does the
    work: correct, but serial.
    """
    from mlir import ir
    from mlir.dialects import arith, scf

    ctx = op.context
    idx = ir.IndexType.get(context=ctx)
    cands = []

    def touches_device(o) -> bool:
        found = [False]

        def v(x):
            n = x.name
            if n == "scf.parallel" or n.startswith("gpu."):
                found[0] = None
                return ir.WalkResult.INTERRUPT
            if n in ("memref.load", "memref.store"):
                mem = x.operands[0] if n == "memref.load" else x.operands[1]
                if _root_op_name(mem) not in ("memref.alloc", "memref.alloca"):
                    found[0] = True
            return ir.WalkResult.ADVANCE

        o.walk(v, ir.WalkOrder.PRE_ORDER)
        return found[0] is True

    def visit(o):
        n = o.name
        if n == "func.func":
            return ir.WalkResult.ADVANCE
        if n == "scf.parallel" or n.startswith("gpu."):
            return ir.WalkResult.SKIP  # already parallel / device code
        if n in ("memref.store", "scf.for", "scf.if") and len(o.results) == 0 and touches_device(o):
            cands.append(o)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    for f in _host_funcs(op):
        if "sym_visibility" in f.attributes and ir.StringAttr(f.attributes["sym_visibility"]).value == "private":
            continue
        f.walk(visit, ir.WalkOrder.PRE_ORDER)

    for o in cands:
        with ir.InsertionPoint(o), o.location:
            c0 = arith.ConstantOp(idx, 0).result
            c1 = arith.ConstantOp(idx, 1).result
            par = scf.ParallelOp([], [c0], [c1], [c1], [])
            body = par.regions[0].blocks.append(idx)
            with ir.InsertionPoint(body):
                red = scf.ReduceOp([], 0)
        o.move_before(red.operation)


def widen_i1_memrefs(op, pass_=None) -> None:
    """Rewrite every ``memref<...xi1>`` into ``memref<...xi8>`` (whole module).

    Loads get an ``arith.trunci`` to i1 and stores an ``arith.extui`` to i8.
    Block-argument, result and ``func.func`` types are updated. Run it right
    before the LLVM lowering. An i1 memref load or store aborts
    finalize-memref-to-llvm (assertion ``getWidth() >= 8``). Such memrefs come
    from i1 tensors and also from the ``dealloc_helper`` that
    buffer-deallocation-pipeline emits when buffer aliasing is decided at run
    time (e.g. an scf.for whose init is a copy of a read-only argument).
    """
    from mlir import ir
    from mlir.dialects import arith

    ctx = op.context
    i1 = ir.IntegerType.get_signless(1, context=ctx)
    i8 = ir.IntegerType.get_signless(8, context=ctx)

    def widen(t):
        if isinstance(t, ir.MemRefType):
            mt = t
            if mt.element_type == i1:
                with ir.Location.unknown(ctx):
                    return ir.MemRefType.get(mt.shape, i8, mt.layout, mt.memory_space)
        return None

    loads, stores, funcs, others = [], [], [], []

    def visit(o):
        n = o.name
        if n == "memref.load" and o.results[0].type == i1:
            loads.append(o)
        elif n == "memref.store" and o.operands[0].type == i1:
            stores.append(o)
        elif n in ("func.func", "gpu.func"):
            funcs.append(o)
        others.append(o)
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    for o in loads:
        if widen(o.operands[0].type) is None:
            continue
        res = o.results[0]
        res.set_type(i8)
        with ir.InsertionPoint.after(o), o.location:
            t = arith.TruncIOp(i1, res)
        res.replace_all_uses_except(t.result, t.operation)
    for o in stores:
        if widen(o.operands[1].type) is None:
            continue
        with ir.InsertionPoint(o), o.location:
            e = arith.ExtUIOp(i8, o.operands[0])
        o.operands[0] = e.result
    for o in others:
        for r in o.results:
            w = widen(r.type)
            if w is not None:
                r.set_type(w)
        for reg in o.regions:
            for b in reg.blocks:
                for a in b.arguments:
                    w = widen(a.type)
                    if w is not None:
                        a.set_type(w)
    for f in funcs:
        ft = ir.FunctionType(ir.TypeAttr(f.attributes["function_type"]).value)
        ins = [widen(t) or t for t in ft.inputs]
        outs = [widen(t) or t for t in ft.results]
        f.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(ins, outs, context=ctx))


# --------------------------------------------------------------------------
# Checks / extraction
# --------------------------------------------------------------------------


def check_no_i1_memrefs(module) -> None:
    """Raise ValueError if i1 tensors/memrefs appear.

    Use this with the pure-text :func:`pipeline`, which has no
    :func:`widen_i1_memrefs` step. An i1 memref load or store aborts
    finalize-memref-to-llvm.
    """
    import re

    text = str(module)
    if re.search(r"(tensor|memref)<([0-9?]+x)*i1[,>]", text):
        raise ValueError(
            "i1 tensors/memrefs are not supported: storing i1 through "
            "finalize-memref-to-llvm aborts the process. Use i8 (arith.extui/trunci)."
        )


def host_memory_accesses(module) -> list[str]:
    """After gpu_mapping: memref element accesses / linalg ops left in host functions.

    A non-empty result means some op could not be mapped to the GPU. Examples:
    a linalg op with only reduction loops (a full reduction to a 0-d tensor),
    or a tensor.extract. On a real GPU the host would then read device memory.
    """
    bad: list[str] = []
    from mlir import ir

    def visit(o):
        n = o.name
        if n in ("memref.load", "memref.store"):
            mem = o.operands[0] if n == "memref.load" else o.operands[1]
            if _root_op_name(mem) in ("memref.alloc", "memref.alloca"):
                return ir.WalkResult.ADVANCE  # host-only buffer
            bad.append(f"{n} at {o.location}")
        elif n.startswith("linalg.") or n == "scf.parallel":
            bad.append(f"{n} at {o.location}")
        return ir.WalkResult.ADVANCE

    for f in _host_funcs(module.operation):
        vis = f.attributes["sym_visibility"] if "sym_visibility" in f.attributes else None
        name = ir.StringAttr(f.attributes["sym_name"]).value
        if vis is not None and ir.StringAttr(vis).value == "private" and name.startswith("dealloc_helper"):
            continue
        f.walk(visit, ir.WalkOrder.PRE_ORDER)
    return bad


def extract_ptx(module) -> dict[str, str]:
    """PTX text of every ``gpu.binary`` in ``module`` (after the ptx target).

    Returns ``{gpu.binary sym_name: ptx}``, in module order. Each entry is a
    complete PTX module. There is one per outlined kernel: one kernel per
    linalg op, each in its own gpu.module. Uses
    ``gpu.ObjectAttr(binary.attributes["objects"][i]).object`` (bytes).
    """
    from mlir import ir
    from mlir.dialects import gpu

    out: dict[str, str] = {}
    for op in module.body.operations:
        if op.operation.name != "gpu.binary":
            continue
        name = ir.StringAttr(op.operation.attributes["sym_name"]).value
        objs = op.operation.attributes["objects"]
        for i in range(len(objs)):
            obj = gpu.ObjectAttr(objs[i])
            key = name if len(objs) == 1 else f"{name}#{i}"
            out[key] = obj.object.decode()
    return out


def ptxas_check(ptx: str, arch: str = "sm_90", ptxas: str | None = None) -> tuple[int, str]:
    """Assemble ``ptx`` with ptxas for ``arch``. Returns (returncode, stderr)."""
    exe = ptxas or shutil.which("ptxas") or "/usr/local/cuda/bin/ptxas"
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "k.ptx")
        with open(src, "w") as fh:
            fh.write(ptx)
        command = [exe, f"-arch={arch}", src, "-o", os.path.join(d, "k.cubin")]
        r = subprocess.run(command, capture_output=True, text=True)
    return r.returncode, r.stderr


# --------------------------------------------------------------------------
# CPU execution helpers
# --------------------------------------------------------------------------


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
