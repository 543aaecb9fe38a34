"""One differential check: compile a Program with hm-mlir for the CPU target, run it, compare with its NumPy
oracle at hm_mlir.zoo.TOLERANCE (f32 1e-4, f16/bf16 2e-2, integers exact). Runs in the calling process (the
batch runner isolates it in workers)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

import numpy as np

from hm_mlir.fuzz.spec import NUMPY_DTYPE, Program, is_float

TOLERANCE = {"f32": 1e-4, "f64": 1e-4, "f16": 2e-2, "bf16": 2e-2}  # rtol = atol; integers are exact


@dataclass
class Outcome:
    """`status`: ok, mismatch, compile-error, run-error or oracle-error (a bug of the fuzzer itself)."""

    status: str
    detail: str = ""
    options: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def make_inputs(program: Program) -> list[np.ndarray]:
    """The arguments of `program`: each drawn from its own seed (the program's and the argument's id), so an
    argument keeps its data when a reduction drops others. Floats in [-1, 1], integers in [-4, 4], i1 either."""
    arrays = []
    for vid in program.args:
        v = program.values[vid]
        rng = np.random.default_rng([program.seed, vid])
        if is_float(v.dtype):
            data = rng.uniform(-1.0, 1.0, v.shape)
        elif v.dtype == "i1":
            data = rng.integers(0, 2, v.shape)
        else:
            data = rng.integers(-4, 5, v.shape)
        arrays.append(np.asarray(data).astype(NUMPY_DTYPE[v.dtype]))
    return arrays


def compare(results: list, expected: list, program: Program) -> str:
    """'' when every result matches, else a description of the first that does not."""
    if len(results) != len(expected):
        return f"{len(results)} results, the oracle gives {len(expected)}"
    for i, (got, want, vid) in enumerate(zip(results, expected, program.outputs, strict=True)):
        dtype = program.values[vid].dtype
        got, want = np.asarray(got), np.asarray(want)
        if got.shape != want.shape:
            return f"result {i} (%v{vid}): shape {got.shape}, the oracle gives {want.shape}"
        if dtype in TOLERANCE:
            tol = TOLERANCE[dtype]
            close = np.isclose(got.astype(np.float64), want.astype(np.float64), rtol=tol, atol=tol, equal_nan=True)
        else:
            close = got == want
        if not np.all(close):
            bad = np.argwhere(~close)
            where = tuple(int(k) for k in bad[0])
            return (f"result {i} (%v{vid}, {dtype}): {len(bad)} of {got.size} elements differ; first at {where}: "
                    f"got {got[where]!r}, expected {want[where]!r}")
    return ""


def check(program: Program, options: dict, verify_each: bool = True) -> Outcome:
    """Compile `program` with the compile `options` (hm_mlir.compile's keywords), run it on the CPU target
    and compare with the NumPy oracle."""
    import hm_mlir
    from hm_mlir.fuzz.to_mlir import to_mlir
    from hm_mlir.fuzz.to_numpy import run_numpy, to_numpy

    inputs = make_inputs(program)
    try:
        expected = run_numpy(to_numpy(program), [x.copy() for x in inputs])
    except Exception:  # noqa: BLE001 (the oracle is our own code: report its failure as such)
        return Outcome("oracle-error", traceback.format_exc(limit=3), options)
    try:
        executable = hm_mlir.compile(to_mlir(program), target="cpu", verify_each=verify_each, **options)
    except Exception as err:  # noqa: BLE001 (every compile failure of a valid program is a finding)
        return Outcome("compile-error", f"{type(err).__name__}: {err}", options)
    # Rammer's programs run interleaved: in order, and in two seeded random orders
    orders = [("in-order", 0), ("random", 1), ("random", 2)] if options.get("rammer") else [None]
    for order in orders:
        if order is not None:
            executable.interleave(*order)
        try:
            results = executable.main(*[x.copy() for x in inputs])
        except Exception as err:  # noqa: BLE001
            return Outcome("run-error", f"{type(err).__name__}: {err}", options)
        if not isinstance(results, tuple):
            results = (results,)
        mismatch = compare(list(results), expected, program)
        if mismatch:
            where = f" (Rammer interleaving {order[0]}, seed {order[1]})" if order else ""
            return Outcome("mismatch", mismatch + where, options)
    return Outcome("ok", "", options)


def check_ptx(program: Program, options: dict) -> Outcome:
    """Compile `program` to PTX (the GPU-only steps: device buffers, host reads, outlining, NVVM) for the
    options' device (its chip; sm_90 when the device is not a GPU) and assemble every kernel with ptxas
    when it is installed. Status ptx-error or ptxas-error on failure."""
    import shutil

    from mlir import ir

    from hm_mlir import dialects, hardware
    from hm_mlir.codegen.ptx import extract_ptx, ptxas_check
    from hm_mlir.fuzz.to_mlir import to_mlir
    from hm_mlir.pipeline import CHIPS, CompileOptions, build_steps, pass_manager
    from hm_mlir.source import SourceError, parse_module
    from hm_mlir.tools.diagnostics import collect_diagnostics

    device = options.get("device")
    if device is not None and hardware.get(device).chip not in CHIPS:
        device = None
    flags = {k: v for k, v in options.items() if k != "device"}  # with --rammer: the persistent kernel's PTX
    compile_options = CompileOptions(target="ptx", device=device, verify_each=True, **flags)
    ctx = ir.Context()
    dialects.load(ctx)
    with ctx, ir.Location.unknown():
        collected, detach = collect_diagnostics(ctx, capture_errors=True)
        try:
            module = parse_module(to_mlir(program), "<fuzz>")
            pm = pass_manager(build_steps(compile_options), verify_each=True)
            pm.run(module.operation)
        except (SourceError, ir.MLIRError) as err:
            messages = [f"{d.line}:{d.col}: {d.message}" for d in collected] or [str(err)]
            return Outcome("ptx-error", "\n".join(messages), options)
        finally:
            detach()
        kernels = extract_ptx(module)
    if shutil.which("ptxas"):
        for name, ptx in kernels.items():
            code, stderr = ptxas_check(ptx, compile_options.ptx_chip)
            if code:
                return Outcome("ptxas-error", f"{name} ({compile_options.ptx_chip}): {stderr}", options)
    return Outcome("ok", "", options)
