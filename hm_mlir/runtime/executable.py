"""`hm_mlir.compile`: a linalg-level module in, an object with one callable per public function out.

    exe = hm_mlir.compile(text, target="cpu")      # or "cuda"; stage options as for hm-opt
    y = exe.main(x, w)                              # NumPy in, NumPy out (a tuple for several results)

The cpu target runs the same block/thread loops the GPU kernels are made of through the ExecutionEngine;
the cuda target compiles to PTX and launches it through MLIR's CUDA runtime library (a driver is checked for
first). Inputs are checked against the function's signature before anything runs; nothing is written into
them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from hm_mlir.runtime.callable import ArenaPlan, CallableModule, Function, ProgramFault
from hm_mlir.runtime.signature import ArgumentError, FunctionSpec, SignatureError, public_functions

RUN_TARGETS = ("cpu", "cuda")

__all__ = ["ArenaPlan", "ArgumentError", "CompileError", "Executable", "Function", "ProgramFault", "compile",
           "RUN_TARGETS"]


class CompileError(Exception):
    """The module could not be parsed, verified or compiled; `diagnostics` are located `file:line:col` lines."""

    def __init__(self, diagnostics: list[str]) -> None:
        super().__init__("\n".join(diagnostics))
        self.diagnostics = diagnostics


def format_diagnostics(diagnostics) -> list[str]:
    """`file:line:col: severity: message` lines (what CompileError holds)."""
    lines = []
    for d in diagnostics:
        where = f"{d.filename}:{d.line}:{d.col}: " if d.line else "<unknown>:0: "
        lines.append(f"{where}{d.severity}: {d.message}")
    return lines


def _source_text(source) -> tuple[str, str, str | None]:
    """(text, file name for locations, path to parse from) of a str, Path, ir.Module or ir.Operation."""
    if isinstance(source, Path):
        from hm_mlir.source import read_input

        text, filename = read_input(str(source))  # ValueError, located, for binary or non-UTF-8 files
        return text, filename, str(source)
    if isinstance(source, str):
        return source, "<input>", None
    operation = getattr(source, "operation", source)
    return operation.get_asm(enable_debug_info=True), "<input>", None


def compile(source, target: str = "cpu", **options) -> Executable:  # noqa: A001 (the API's name)
    """Compile `source` (MLIR text, a Path, or an ir.Module) for `target` ("cpu" or "cuda").

    `options` are the stage options of hm-opt as keywords: roller_policy, roller_top_k, roller_choose (the
    Roller candidate to compile, 0 = the model's best), roller_measure (compile and time the top-K on
    `target`, keep the fastest, cached on disk; see hm_mlir.roller.measure), welder, rammer, rammer_dispatch
    ("auto", "static" or "queue": how a Rammer program's vEUs get their tasks), grinder, chip,
    device, opt_level, verify_each (the stage dialects' verifier after every pass, not only every stage),
    count_events (cpu only: count kernel launches, host syncs and kernel-boundary bytes; see
    Executable.event_counts), count_traffic (cpu only: count the distinct global bytes each block of a Roller
    or Welder kernel loads and stores; see Executable.block_traffic), isolate (cpu only: run every call in a
    forked child, so that a fault of the program, such as an integer division by zero or an index far out of
    bounds, raises ProgramFault instead of killing the interpreter; the counters do not see such calls).
    check_bounds (compile in run-time checks of every index and integer divisor: a violation raises
    RuntimeCheckFailed naming the op's source location; on the cpu target every call is then isolated).
    Raises CompileError (located diagnostics), ValueError (bad options) or, for cuda without a GPU,
    hm_mlir.runtime.cuda.CudaUnavailable.
    """
    from hm_mlir.interrupts import native_code

    with native_code():  # the bindings' native extensions initialise while imported
        from mlir import execution_engine, ir  # noqa: F401

        from hm_mlir.pipeline import CompileOptions, build_steps

    if target not in RUN_TARGETS:
        raise ValueError(f"unknown run target '{target}' (choose from {', '.join(RUN_TARGETS)})")
    unknown = set(options) - {"roller_policy", "roller_top_k", "roller_choose", "roller_measure", "welder", "rammer",
                              "rammer_dispatch", "rammer_epoch_start", "grinder", "grinder_host", "chip", "device",
                              "opt_level",
                              "verify_each", "count_events",
                              "count_traffic", "isolate", "check_bounds"}
    if unknown:
        raise ValueError(f"unknown compile option(s): {', '.join(sorted(unknown))}")
    opt_level = options.pop("opt_level", 2)
    isolate = options.pop("isolate", None)
    if isolate and target != "cpu":
        raise ValueError("isolate runs each call in a forked child, which a CUDA driver does not survive: it is "
                         "for the cpu target")
    if options.get("check_bounds") and target == "cpu":
        if isolate is False:
            raise ValueError("check_bounds on the cpu target runs every call isolated (a failed check ends the "
                             "process that runs it): it cannot be combined with isolate=False")
        isolate = True
    compile_options = CompileOptions(target="cpu" if target == "cpu" else "ptx", opt_level=opt_level, **options)
    with native_code():
        steps = build_steps(compile_options)  # raises OptionsError (a ValueError) on bad options
    if target == "cuda":
        from hm_mlir.runtime.cuda import check_driver

        check_driver()

    with native_code():  # a tool's Ctrl-C here ends it by SIGINT (hm_mlir.interrupts)
        ctx, module, functions, declarations = lower_to_llvm(source, steps, compile_options.verify_each)
        with ctx, ir.Location.unknown():
            engine = _engine(module, target, opt_level)
            _check_linked(engine, functions, declarations, ctx)
            engine.initialize()  # global constructors: a cuda module loads its kernel image here
        arena = arena_plan(module.operation)
        traffic_kernels = _traffic_kernels(module.operation)
    exe = Executable(target, functions, engine, ctx, module, arena)
    exe.isolate = bool(isolate)
    if compile_options.rammer and target == "cpu":  # the interleaving oracle: deadlocks raise, intermediates poisoned
        exe._rammer = exe.poison_arena = True
    exe._traffic_kernels = traffic_kernels
    return exe


def lower_to_llvm(source, steps, verify_each: bool = False):
    """(context, lowered module, public functions' specs, external declarations) of `source` run through the
    compile pipeline `steps`, after the checks every run target shares (the stage dialects' verifier,
    callable signatures, buffers that fit this machine's memory). Raises CompileError."""
    from mlir import ir

    from hm_mlir import dialects, verifier
    from hm_mlir.pipeline import pass_manager
    from hm_mlir.source import SourceError, parse_module
    from hm_mlir.tools.diagnostics import collect_diagnostics

    text, filename, path = _source_text(source)
    ctx = ir.Context()
    dialects.load(ctx)
    with ctx, ir.Location.unknown():
        try:
            module = parse_module(text, filename, path)
        except SourceError as err:
            raise CompileError(format_diagnostics(err.diagnostics)) from None
        collected, detach = collect_diagnostics(ctx, capture_errors=True)
        try:
            if not verifier.verify(module.operation):
                raise CompileError(format_diagnostics(collected))
            try:
                functions = public_functions(module.operation)
            except SignatureError as err:
                err.op.location.emit_error(str(err))
                raise CompileError(format_diagnostics(collected)) from None
            oversized = larger_than_memory(module.operation, machine_memory())
            if oversized:
                oversized[0].location.emit_error(oversized[1])
                raise CompileError(format_diagnostics(collected))
            declarations = external_declarations(module.operation)
            pm = pass_manager(steps, verify_each=verify_each)
            try:
                pm.run(module.operation)
            except ir.MLIRError:
                failed = format_diagnostics(collected) or ["<unknown>:0: error: compilation failed"]
                raise CompileError(failed) from None
        finally:
            detach()
    return ctx, module, functions, declarations


def _traffic_kernels(module_op) -> list[tuple[str, int, int]]:
    """(config, model loaded bytes, model stored bytes) per kernel hm-count-block-traffic counts, in its order."""
    from hm_mlir.passes.target.count_block_traffic import KERNELS_ATTR, MODEL_ATTR

    attributes = module_op.attributes
    if KERNELS_ATTR not in attributes:
        return []
    figures = list(attributes[MODEL_ATTR])
    return [(name.value, *((None, None) if figures[2 * i] < 0 else (figures[2 * i], figures[2 * i + 1])))
            for i, name in enumerate(attributes[KERNELS_ATTR])]


def arena_plan(module_op) -> ArenaPlan:
    """The ArenaPlan hm-plan-memory recorded on a compiled module (an empty one without an arena)."""
    from hm_mlir.passes.bufferize.plan_memory import ARENA_ATTR, FUNCTIONS_ATTR, PLANNED_ATTR

    attributes = module_op.attributes
    if ARENA_ATTR not in attributes:
        return ArenaPlan()
    return ArenaPlan(attributes[ARENA_ATTR].value, tuple(a.value for a in attributes[FUNCTIONS_ATTR]),
                     attributes[PLANNED_ATTR].value)


def external_declarations(module_op) -> list[tuple[str, str, object]]:
    """(name, symbol the JIT looks for, location) of every function of `module_op` declared without a body."""
    declarations = []
    for op in module_op.regions[0].blocks[0].operations:
        op = op.operation
        if op.name in ("func.func", "llvm.func") and not op.regions[0].blocks:
            name = op.attributes["sym_name"].value
            # llvm-request-c-wrappers makes calls to func.func declarations go through their C interface.
            symbol = f"_mlir_ciface_{name}" if op.name == "func.func" else name
            declarations.append((name, symbol, op.location))
    return declarations


def _check_linked(engine, functions, declarations, ctx) -> None:
    """Look every public function up now, so that a declaration no library defines is a located CompileError
    here rather than a RuntimeError at the first call."""
    from hm_mlir.tools.diagnostics import collect_diagnostics

    try:
        for name in functions:
            engine.lookup(name)
    except RuntimeError:
        libraries = [_library(path) for path in runner_utils_libraries()] + [_library(None)]
        missing = [d for d in declarations if not any(hasattr(lib, d[1]) for lib in libraries if lib)] or declarations
        with ctx:
            collected, detach = collect_diagnostics(ctx, capture_errors=True)
            try:
                for name, symbol, location in missing:
                    location.emit_error(f"@{name} is only declared, and no runtime library defines {symbol}: the "
                                        f"module cannot be linked to run")
            finally:
                detach()
        unlinked = format_diagnostics(collected) or ["<unknown>:0: error: the compiled module cannot be linked to run"]
        raise CompileError(unlinked) from None


def _library(path):
    import ctypes

    try:
        return ctypes.CDLL(path)
    except OSError:
        return None


def machine_memory() -> int:
    """Bytes of physical memory of this machine: no buffer of a run can be larger."""
    import os

    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def larger_than_memory(module_op, limit: int):
    """(op, message) for the first public-function argument or op result of `module_op` whose static type
    needs more than `limit` bytes (the compiled code would fail to allocate it and crash), else None."""
    from hm_mlir.codegen.host import static_bytes
    from hm_mlir.ir_walk import walk

    gib = limit / 2**30
    for op in walk(module_op):
        if op.name == "func.func":
            from mlir import ir

            ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            for t in list(ftype.inputs) + list(ftype.results):
                size = static_bytes(t)
                if size > limit:
                    return op, (f"@{op.attributes['sym_name'].value} exchanges {t} ({size} bytes): more than the "
                                f"{gib:.1f} GiB of memory of this machine")
        for value in op.results:
            size = static_bytes(value.type)
            if size > limit:
                return op, (f"'{op.name}' produces {value.type} ({size} bytes): more than the {gib:.1f} GiB of "
                            f"memory of this machine")
    return None


def runner_utils_libraries() -> list[str]:
    """The runner-utils libraries shipped with the bindings (memrefCopy, printing, ...)."""
    import os

    from mlir import ir

    libdir = os.path.join(os.path.dirname(os.path.abspath(ir.__file__)), "lib")
    return [os.path.join(libdir, n) for n in ("libmlir_c_runner_utils.so", "libmlir_runner_utils.so")]


def _engine(module, target: str, opt_level: int):
    from mlir import execution_engine

    libs = runner_utils_libraries()
    if target == "cuda":
        from hm_mlir.runtime.cuda import runtime_library

        libs = [runtime_library()] + libs
    return execution_engine.ExecutionEngine(module, opt_level=opt_level, shared_libs=libs)


class ScheduleDeadlock(RuntimeError):
    """A Rammer program on the CPU target stopped because no vEU could proceed: a wait that is never met (a
    schedule the static check would refuse). `tasks_left` tasks of the first such program did not run."""

    def __init__(self, function: str, tasks_left: int) -> None:
        super().__init__(f"@{function}: deadlock in a Rammer program: no vEU can proceed, {tasks_left} task(s) "
                         "did not run")
        self.tasks_left = tasks_left


class Executable(CallableModule):
    """A compiled module: `exe.<name>(...)` or `exe["name"](...)` calls public function `name`."""

    def __init__(self, target: str, functions: dict[str, FunctionSpec], engine, ctx, module,
                 arena: ArenaPlan | None = None) -> None:
        super().__init__(target, functions, arena)
        self._engine = engine
        self._ctx = ctx  # the engine's module lives in this context
        self._module = module

    def _entry(self, spec: FunctionSpec):
        return self._engine.lookup(spec.name)

    def interleave(self, policy: str = "in-order", seed: int = 0) -> None:
        """Choose how the CPU target interleaves the vEUs of every Rammer program (compiled with rammer=True)
        from the next call on: "in-order", "random" (from `seed`), "reverse", "starve" (the producers) or "ahead"
        (a device loop's latest iterations first; see hm_mlir.passes.rtask.rammer_cpu_program). One compile
        serves every policy and seed."""
        from hm_mlir.passes.rtask.cpu_config import CONFIGURE
        from hm_mlir.rammer import POLICIES
        from hm_mlir.runtime.memref_abi import PackedArguments

        if policy not in POLICIES:
            raise ValueError(f"unknown interleaving policy '{policy}' (choose from {', '.join(POLICIES)})")
        try:
            configure = self._engine.lookup(CONFIGURE)
        except RuntimeError:
            raise RuntimeError("interleave() needs a cpu module compiled with rammer=True") from None
        values = np.array([POLICIES.index(policy), seed & (2**63 - 1)], dtype=np.int64)
        packed = PackedArguments()
        packed.add_memref(values.ctypes.data, values.shape)
        configure(packed.array())

    def _after_call(self, spec: FunctionSpec) -> None:
        if not getattr(self, "_rammer", False):
            return
        from hm_mlir.passes.rtask.cpu_config import STATUS
        from hm_mlir.runtime.memref_abi import PackedArguments

        status = np.zeros(2, dtype=np.int64)
        packed = PackedArguments()
        packed.add_memref(status.ctypes.data, status.shape)
        self._engine.lookup(STATUS)(packed.array())
        if status[0]:
            raise ScheduleDeadlock(spec.name, int(status[1]))

    def event_counts(self) -> dict[str, int]:
        """Totals since compilation of what the GPU program would do (compiled with count_events=True): kernel
        launches, host syncs and kernel-boundary bytes (see hm_mlir.passes.target.count_device_events)."""
        from hm_mlir.passes.target.count_device_events import COUNTERS, EVENTS
        from hm_mlir.runtime.memref_abi import PackedArguments

        try:
            reader = self._engine.lookup(COUNTERS)
        except RuntimeError:
            raise RuntimeError("event_counts() needs a module compiled with count_events=True") from None
        counts = np.zeros(len(EVENTS), dtype=np.int64)
        packed = PackedArguments()
        packed.add_memref(counts.ctypes.data, counts.shape)
        reader(packed.array())
        return dict(zip(EVENTS, (int(c) for c in counts)))

    def block_traffic(self) -> list[dict]:
        """Per Roller or Welder kernel (compiled with count_traffic=True), totals since compilation: launches, the
        distinct bytes its blocks loaded and stored (each block on its own, summed), and the model's figures per
        launch (hm_mlir.roller.model.block_traffic, from the config; None where a body reads a buffer that is not
        an operand, a gather, whose traffic depends on the data). See hm-count-block-traffic."""
        from hm_mlir.passes.target.count_block_traffic import READER
        from hm_mlir.runtime.memref_abi import PackedArguments

        kernels = getattr(self, "_traffic_kernels", [])
        try:
            reader = self._engine.lookup(READER)
        except RuntimeError:
            raise RuntimeError("block_traffic() needs a module compiled with count_traffic=True") from None
        counts = np.zeros(3 * max(1, len(kernels)), dtype=np.int64)
        packed = PackedArguments()
        packed.add_memref(counts.ctypes.data, counts.shape)
        reader(packed.array())
        return [{"config": name, "launches": int(counts[3 * i]), "loaded": int(counts[3 * i + 1]),
                 "stored": int(counts[3 * i + 2]), "model_loaded": loaded, "model_stored": stored}
                for i, (name, loaded, stored) in enumerate(kernels)]
