"""The work behind hm-opt once its command line is read: select the steps, then for each input chunk parse,
verify, run, check or print diagnostics, and print the result. Imported lazily (after argument parsing) so
that `hm-opt --help` and usage errors do not pay for loading MLIR."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field

from mlir import ir, passmanager

from hm_mlir import dialects, verifier
from hm_mlir.interrupts import native_code
from hm_mlir.pipeline import CompileOptions, OptionsError, build_steps, pass_manager, verified
from hm_mlir.pipeline_text import PipelineError, Step, parse_pipeline, pipeline_text
from hm_mlir.source import SourceError, parse, read_input, write_atomically
from hm_mlir.tools.diagnostics import (
    Chunk,
    Diagnostic,
    check_diagnostics,
    collect_diagnostics,
    parse_expectations,
    split_input_file,
)
from hm_mlir.tools.errors import InputError, UsageError
from hm_mlir.tools.stage_flags import asks_to_compile, stage_options

TOOL = "hm-opt"

SPLIT_MARKER = "// -----"


def select_steps(args: argparse.Namespace) -> list[Step]:
    """The passes to run: the user's pipeline, the compile pipeline, or none (parse, verify, print)."""
    stage_flags = asks_to_compile(args)
    if args.emit_ptx:
        if args.target not in (None, "ptx") or args.stop_after or args.pass_pipeline is not None:
            raise UsageError("--emit-ptx prints the PTX of the compile pipeline: it needs --target=ptx (the "
                             "default with it) and no --stop-after or --pass-pipeline")
        args.target = "ptx"
    compile_mode = bool(stage_flags or args.target or args.stop_after)
    if args.hm_report not in (None, "-") and args.input in (None, "-") and args.hm_report.endswith(".mlir") \
            and os.path.exists(args.hm_report):
        raise UsageError(f"--hm-report took '{args.hm_report}' as its FILE (it would be overwritten) and the input "
                         "is read from stdin: write --hm-report=FILE, or the input before --hm-report")
    if args.rammer_gantt is not None and not (args.rammer or args.grinder
                                              or "hm-rammer-schedule" in (args.pass_pipeline or "")):
        raise UsageError("--rammer-gantt draws Rammer's programs: it needs --rammer (or hm-rammer-schedule in "
                         "--pass-pipeline)")
    reporting = ("hm-welder-fusion", "hm-rammer-schedule", "hm-grinder-loops")
    if args.hm_report is not None and not (args.welder or args.rammer or args.grinder
                                           or any(p in (args.pass_pipeline or "") for p in reporting)):
        raise UsageError("--hm-report lists what Welder, Rammer and Grinder decided: it needs --welder, --rammer "
                         "or --grinder (or hm-welder-fusion, hm-rammer-schedule or hm-grinder-loops in "
                         "--pass-pipeline)")
    if args.pass_pipeline is not None and compile_mode:
        raise UsageError("--pass-pipeline runs exactly the given pipeline: it cannot be combined with "
                         "stage flags, --target or --stop-after")
    try:
        if args.pass_pipeline is not None:
            steps = parse_pipeline(args.pass_pipeline)
        elif compile_mode:
            options = CompileOptions(target=args.target or "nvvm", stop_after=args.stop_after,
                                     verify_each=args.verify_each, **stage_options(args))
            steps = build_steps(options)
        else:
            return []
        if args.pass_pipeline is not None:  # the compile pipeline's own steps are known to parse
            steps = verified(steps) if args.verify_each else steps
            _check_upstream_steps(steps)
        return steps
    except (PipelineError, OptionsError) as err:
        raise UsageError(str(err)) from None


def _check_upstream_steps(steps: list[Step]) -> None:
    """Let upstream parse every upstream element now, so a bad name is a usage error before any work. LLVM
    prints why an option value is invalid straight to the process's stderr; that line joins our message."""
    with ir.Context():
        pm = passmanager.PassManager("builtin.module")
        for step in steps:
            if step.hm_pass is None:
                with _native_stderr() as captured:
                    try:
                        step.add_to(pm)
                    except PipelineError as err:
                        why = captured().strip().lstrip(": ").strip()
                        raise PipelineError(f"{err} ({why})" if why else str(err)) from None


@contextmanager
def _native_stderr():
    """Capture what native code writes to file descriptor 2; yields a function returning the text so far."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)

        def captured() -> str:
            sink.seek(0)
            return sink.read().decode(errors="replace")

        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)


@dataclass
class ChunkResult:
    ok: bool
    output: str = ""
    reports: list = field(default_factory=list)  # what Welder's and Rammer's passes decided (--hm-report)


LIBRARY_TARGETS = {"cpu-library": "cpu", "cuda-library": "cuda"}


def run(args: argparse.Namespace) -> int:
    if args.target in LIBRARY_TARGETS:
        return build_library(args)
    if args.kernel_format is not None:
        raise UsageError("--kernel-format chooses how a cuda library embeds its kernels: it needs "
                         "--target=cuda-library")
    if args.host_cpu is not None:
        raise UsageError("--host-cpu chooses the CPU of a library's host code: it needs --target=cpu-library or "
                         "--target=cuda-library")
    with native_code():  # Ctrl-C while compiling ends hm-opt by SIGINT (hm_mlir.interrupts)
        results = _compile_input(args)
    printed = f"{SPLIT_MARKER}\n".join(r.output for r in results if r.ok)
    all_ok = all(r.ok for r in results)
    if all_ok or args.output == "-":  # a failed run leaves an existing -o file untouched
        _emit(printed, args.output)
    if args.rammer_gantt is not None and all_ok:
        from hm_mlir.rammer import gantt

        programs = [p for result in results for r in result.reports if r["stage"] == "rtask" for p in r["programs"]]
        try:
            gantt.write(programs, args.rammer_gantt)
        except OSError as err:
            raise InputError(f"{TOOL}: error: cannot write '{args.rammer_gantt}': {err.strerror or err}") from None
    if args.hm_report is not None and all_ok:
        from hm_mlir import stage_report

        rendered = stage_report.render([r for result in results for r in result.reports], args.hm_report_format)
        if args.hm_report == "-":
            sys.stderr.write(rendered)
        else:
            _emit(rendered, args.hm_report)
    return 0 if all_ok else 1


def _compile_input(args: argparse.Namespace) -> list[ChunkResult]:
    """The result of every chunk of the input run through the selected steps."""
    steps = select_steps(args)
    try:
        text, filename = read_input(args.input)
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot read '{args.input}': {err.strerror or err}") from None
    except ValueError as err:
        raise InputError(str(err)) from None
    chunks = split_input_file(text, SPLIT_MARKER) if args.split_input_file else [Chunk(text, 1)]
    if not chunks:
        chunks = [Chunk("", 1)]
    ctx = ir.Context()
    dialects.load(ctx)
    # A whole file on disk is parsed from disk (exact locations); chunks and stdin from memory.
    path = args.input if not args.split_input_file and args.input != "-" else None
    return [_process_chunk(chunk, filename, path, steps, args, ctx) for chunk in chunks]


def build_library(args: argparse.Namespace) -> int:
    """--target=cpu-library|cuda-library: compile the input into the library folder -o DIR."""
    from pathlib import Path

    from hm_mlir.library.build import LibraryError, compile_library
    from hm_mlir.runtime.executable import CompileError

    target = LIBRARY_TARGETS[args.target]
    if args.output == "-":
        raise UsageError(f"--target={args.target} writes a folder: name it with -o DIR")
    conflicts = [flag for flag, given in (("--stop-after", args.stop_after), ("--emit-ptx", args.emit_ptx),
                                          ("--pass-pipeline", args.pass_pipeline is not None),
                                          ("--split-input-file", args.split_input_file),
                                          ("--verify-diagnostics", args.verify_diagnostics),
                                          ("--hm-report", args.hm_report is not None)) if given]
    if conflicts:
        raise UsageError(f"--target={args.target} compiles the whole pipeline into a library: it cannot be "
                         f"combined with {conflicts[0]}")
    if args.kernel_format is not None and target != "cuda":
        raise UsageError("--kernel-format chooses how a cuda library embeds its kernels: a cpu library has none")
    if args.input == "-":
        source = sys.stdin.read()
    else:
        source = Path(args.input)
        if not source.is_file():
            why = "it is a directory" if source.is_dir() else "no such file"
            raise InputError(f"{TOOL}: error: cannot read '{args.input}': {why}")
    try:
        compile_library(source, args.output, target, kernel_format=args.kernel_format or "cubin",
                        host_cpu=args.host_cpu or "generic", verify_each=args.verify_each, **stage_options(args))
    except OptionsError as err:
        raise UsageError(str(err)) from None
    except CompileError as err:
        for line in err.diagnostics:
            print(line, file=sys.stderr)
        return 1
    except LibraryError as err:
        raise InputError(f"{TOOL}: error: {err}") from None
    except ValueError as err:  # a binary or non-UTF-8 input, located
        raise InputError(str(err)) from None
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot read '{args.input}': {err.strerror or err}") from None
    return 0


def _emit(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        write_atomically(output, text)
    except OSError as err:
        raise InputError(f"{TOOL}: error: cannot write '{output}': {err.strerror or err}") from None


def _configure(pm: passmanager.PassManager, args: argparse.Namespace) -> None:
    if args.mlir_print_ir_after_all:
        pm.enable_ir_printing(print_after_all=True, print_generic_op_form=args.mlir_print_op_generic,
                              enable_debug_info=args.mlir_print_debuginfo)
    if args.mlir_timing:
        pm.enable_timing()


def _process_chunk(
    chunk: Chunk, filename: str, path: str | None, steps: list[Step], args, ctx: ir.Context
) -> ChunkResult:
    with ctx, ir.Location.unknown():
        diagnostics: list[Diagnostic] = []
        module = None
        pipeline_failed = False
        try:
            module = parse(chunk.text, filename, path)
        except SourceError as err:
            diagnostics.extend(err.diagnostics)
        if module is not None:
            collected, detach = collect_diagnostics(ctx, capture_errors=True)
            try:
                if verifier.verify(module) and steps:
                    # A user's pipeline verifies the IR after every pass, as mlir-opt does; the compile pipeline
                    # at the end of every stage (its hm-verify steps), or after every pass with --verify-each.
                    each = args.verify_each or args.pass_pipeline is not None
                    pm = pass_manager(steps, verify_each=each)
                    _configure(pm, args)
                    try:
                        pm.run(module)
                    except ir.MLIRError:
                        pipeline_failed = True
                    del pm  # prints the timing report, if any, now
            finally:
                detach()
            diagnostics.extend(collected)
        failed = module is None or pipeline_failed or any(d.severity == "error" for d in diagnostics)
        if args.verify_diagnostics:
            mismatches = check_diagnostics(parse_expectations(chunk.text), diagnostics, filename)
            for line in mismatches:
                print(line, file=sys.stderr)
            ok = not mismatches
        else:
            _print_diagnostics(diagnostics, chunk.text, filename)
            ok = not failed
            if pipeline_failed:
                _print_reproducer(chunk.text, filename, steps, args)
        output = ""
        if ok and module is not None and not failed:
            output = _ptx_text(module) if args.emit_ptx else module.get_asm(
                print_generic_op_form=args.mlir_print_op_generic, enable_debug_info=args.mlir_print_debuginfo)
        reports = []
        if ok and (args.hm_report is not None or args.rammer_gantt is not None):
            import copy

            from hm_mlir import stage_report

            reports = copy.deepcopy(stage_report.collect(steps))
        return ChunkResult(ok=ok, output=output, reports=reports)


def _ptx_text(module) -> str:
    from hm_mlir.codegen.ptx import extract_ptx

    return "".join(f"// ----- gpu.binary @{name}\n{ptx.rstrip()}\n" for name, ptx in extract_ptx(module).items())


def _print_diagnostics(diagnostics: list[Diagnostic], text: str, filename: str) -> None:
    lines = text.split("\n")
    for diag in diagnostics:
        where = f"{diag.filename}:{diag.line}:{diag.col}: " if diag.line else "<unknown>:0: "
        print(f"{where}{diag.severity}: {diag.message}", file=sys.stderr)
        if diag.filename == filename and 0 < diag.line <= len(lines) and diag.severity != "note":
            print(lines[diag.line - 1], file=sys.stderr)
            print(" " * max(diag.col - 1, 0) + "^", file=sys.stderr)


def _run_quietly(module, steps: list[Step]) -> bool:
    pm = passmanager.PassManager("builtin.module")
    for step in steps:
        step.add_to(pm)
    try:
        pm.run(module)
        return True
    except ir.MLIRError:
        return False


def _print_reproducer(text: str, filename: str, steps: list[Step], args) -> None:
    """Find the failing step by replaying the pipeline step by step from the input, save that step's input
    and print the hm-opt command that fails the same way."""
    ctx = ir.Context()
    dialects.load(ctx)
    with ctx, ir.Location.unknown():
        _, detach = collect_diagnostics(ctx, capture_errors=True)  # already reported above
        try:
            module = parse(text, filename)
            for step in steps:
                before = module.get_asm(enable_debug_info=True, print_generic_op_form=True)
                if not _run_quietly(module, [step]):
                    break
            else:
                return
        finally:
            detach()
    folder = os.environ.get("HM_MLIR_REPRODUCER_DIR") or tempfile.gettempdir()
    fd, path = tempfile.mkstemp(prefix="hm-opt-reproducer-", suffix=".mlir", dir=folder)
    with os.fdopen(fd, "w") as handle:
        handle.write(before)
    stage = f" (stage {step.stage})" if step.stage else ""
    print(f"{TOOL}: the pipeline failed at step '{step.text}'{stage}; its input is saved in {path}; "
          f"reproduce with:\n  {TOOL} {path} --pass-pipeline='{pipeline_text([step])}'", file=sys.stderr)
