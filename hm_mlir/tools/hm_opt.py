"""hm-opt: the mlir-opt of hm-mlir.

With no stage flag, --target or --pass-pipeline it parses, verifies (IR and the stage dialects' Python
rules) and prints. A stage flag, --target or --stop-after runs the compile pipeline; --pass-pipeline runs
exactly the given pipeline. Exit codes: 0 success, 1 a problem with the input or files or during
compilation, 2 a problem with the command line, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import sys

from hm_mlir.tools.errors import UsageError, run_tool
from hm_mlir.tools.stage_flags import add_stage_flags

TOOL = "hm-opt"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit(2) itself; keep one exit path
        raise UsageError(message)


class _PassHelp(argparse.Action):
    """--help: argparse's help followed by every hm pass with its options (from the pass catalog: no pass module
    is imported)."""

    def __call__(self, parser, namespace, values, option_string=None):
        from hm_mlir.passes.catalog import HELP

        lines = [parser.format_help(), "hm passes (use in --pass-pipeline='builtin.module(...)'):", HELP]
        lines.append("\nAny upstream MLIR pass can be mixed in by name, e.g. canonicalize or func.func(cse).")
        print("\n".join(lines))
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=TOOL, add_help=False, allow_abbrev=False,
        description="Parse, verify, transform and compile MLIR with the Roller/Welder/Rammer/Grinder stages.",
    )
    parser.add_argument("input", nargs="?", default="-", help="input .mlir file ('-' for standard input)")
    parser.add_argument("-h", "--help", action=_PassHelp, nargs=0, help="show this help and every hm pass")
    parser.add_argument("-o", dest="output", default="-", metavar="FILE",
                        help="output file, written atomically (default: standard output); the folder of a "
                             "--target=cpu-library|cuda-library")
    mode = parser.add_argument_group("what to run")
    mode.add_argument("--pass-pipeline", metavar="PIPELINE",
                      help="run exactly this pipeline: 'builtin.module(pass1,hm-pass{opt=1},func.func(pass2))'")
    add_stage_flags(mode)
    mode.add_argument("--target", choices=("gpu", "nvvm", "ptx", "cubin", "cpu", "cpu-library", "cuda-library"),
                      default=None,
                      help="compile down to: gpu (gpu dialect), nvvm (default), ptx, cubin or cpu (LLVM dialect); "
                           "cpu-library or cuda-library write a self-contained library folder to -o DIR (a shared "
                           "library, its runtime and manifest.json; needs a system C compiler), which hm-run DIR "
                           "and hm_mlir.library.runner run without the compiler")
    mode.add_argument("--kernel-format", choices=("cubin", "ptx"), default=None,
                      help="how a cuda-library embeds its kernels: cubin for the --chip (default) or ptx, which "
                           "the driver compiles for whatever GPU it finds")
    mode.add_argument("--host-cpu", choices=("generic", "native"), default=None,
                      help="the CPU a library's host code is compiled for: generic (default; any machine of this "
                           "architecture) or native (this machine's CPU, as hm-run compiles; faster on the cpu "
                           "target)")
    mode.add_argument("--emit-ptx", action="store_true",
                      help="print the PTX text of every kernel instead of the IR (implies --target=ptx)")
    mode.add_argument("--stop-after", choices=("rtile", "tilegraph", "bufferize", "rtask", "utask", "gpu"),
                      default=None, help="print the IR after this stage of the compile pipeline")
    output = parser.add_argument_group("MLIR options")
    output.add_argument("--split-input-file", action="store_true",
                        help="split the input at '// -----' lines and process each chunk on its own")
    output.add_argument("--verify-diagnostics", action="store_true",
                        help="check the diagnostics against expected-error/warning/remark/note comments")
    output.add_argument("--verify-each", action="store_true",
                        help="check the IR (upstream's verifier and the stage dialects' Python rules) after every "
                             "pass of the compile pipeline, not only at the end of each stage (a --pass-pipeline "
                             "always has upstream's verifier after every pass)")
    output.add_argument("--mlir-print-ir-after-all", action="store_true", help="print the IR after every pass")
    output.add_argument("--mlir-print-op-generic", action="store_true", help="print ops in the generic form")
    output.add_argument("--mlir-print-debuginfo", action="store_true", help="print locations")
    output.add_argument("--mlir-timing", action="store_true", help="report the time of every pass")
    output.add_argument("--hm-report", nargs="?", const="-", default=None, metavar="FILE",
                        help="write what Welder, Rammer and Grinder decided to FILE (--hm-report=FILE), or to "
                             "stderr without one: Welder's accepted groups, tiles, memory level per edge, modelled "
                             "global bytes, rejected merges and why; Rammer's programs, vDevice, waves, per-vEU "
                             "tasks and waits, modelled makespan; Grinder's device loops, their carried waits, and "
                             "the loops left on the host and why; needs --welder, --rammer or --grinder")
    output.add_argument("--hm-report-format", choices=("text", "json"), default="text",
                        help="format of --hm-report (default: text)")
    output.add_argument("--rammer-gantt", metavar="FILE.png",
                        help="write a Gantt chart of Rammer's programs (a row per vEU, modelled time, a colour per "
                             "kernel) to FILE.png; needs --rammer")
    return parser


def _usage_line(parser: argparse.ArgumentParser) -> str:
    return f"usage: {TOOL} [options] [input.mlir]   (see '{TOOL} --help')"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the hm-opt command; returns the exit code."""
    parser = build_parser()

    def work() -> int:
        args = parser.parse_args(argv)
        from hm_mlir.tools.deferred_imports import defer

        defer("numpy", "mlir.dialects.linalg")  # this process's own imports: loaded when used (start-up)
        from hm_mlir.interrupts import native_code

        with native_code():  # the bindings' native extensions initialise while imported
            from hm_mlir.tools.opt_driver import run

        return run(args)

    return run_tool(TOOL, _usage_line(parser), work)


if __name__ == "__main__":
    sys.exit(main())
