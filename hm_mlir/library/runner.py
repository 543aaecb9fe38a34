"""Load a library folder (written by hm_mlir.compile_library or hm-opt --target=cpu-library|cuda-library) and
call its public functions with NumPy arrays, without the compiler: this module imports numpy and ctypes only.

    lib = load("model-lib")       # LibraryError for a folder that is not a library, CudaUnavailable without a GPU
    y = lib.main(x, w)            # the argument checks and messages of hm_mlir.compile
    lib.main.spec                 # the signature (also in DIR/manifest.json)

A cuda folder checks the driver and the GPU first (the runtime opens libcuda.so.1 itself), and every call
raises LibraryRuntimeError with the first CUDA error the runtime recorded.
"""

from __future__ import annotations

import ctypes
import json
import platform
from pathlib import Path

from hm_mlir.library.manifest import FORMAT, FORMAT_VERSION, MANIFEST_FILE, function_spec
from hm_mlir.runtime.callable import ArenaPlan, CallableModule, Function, ProgramFault
from hm_mlir.runtime.signature import ArgumentError, FunctionSpec

__all__ = ["ArgumentError", "Function", "Library", "LibraryError", "LibraryRuntimeError", "ProgramFault", "load"]


class LibraryError(Exception):
    """The folder is not a loadable library (missing files, another format, a library for another machine)."""


class LibraryRuntimeError(RuntimeError):
    """A call failed on the device (the runtime's first recorded CUDA error)."""


def load(directory, isolate: bool | None = None) -> Library:
    """The library folder `directory`, loaded; `isolate` (cpu folders) runs every call in a forked child, so
    that a fault of the program raises ProgramFault instead of killing the interpreter (the default for a cpu
    folder built with check_bounds, whose failed checks raise RuntimeCheckFailed)."""
    library = Library(directory)
    if isolate and library.target != "cpu":
        raise ValueError("isolate runs each call in a forked child, which a CUDA driver does not survive: it is "
                         "for cpu libraries")
    checked = bool(library.manifest.get("options", {}).get("check_bounds")) and library.target == "cpu"
    library.isolate = checked if isolate is None else isolate
    return library


def is_library(path) -> bool:
    """Whether `path` is a folder with a library manifest."""
    return (Path(path) / MANIFEST_FILE).is_file()


class Library(CallableModule):
    """A loaded library folder: `lib.<name>(...)` or `lib["name"](...)` calls public function `name`."""

    def __init__(self, directory) -> None:
        self.directory = Path(directory)
        self.manifest = read_manifest(self.directory)
        specs = {name: function_spec(name, record) for name, record in self.manifest["functions"].items()}
        arena_functions = tuple(name for name, record in self.manifest["functions"].items() if record["arena"])
        super().__init__(self.manifest["target"], specs, ArenaPlan(self.manifest["arena_bytes"], arena_functions))
        # The runtime's functions are looked up through the library itself: they are those its code is bound to.
        self._library = _open(str(self.directory / self.manifest["library"]), self.directory)
        self._library.hm_last_error.restype = ctypes.c_char_p
        if self.target == "cuda":
            from hm_mlir.runtime.cuda import CudaUnavailable

            if self._library.hm_cuda_init() != 0:
                raise CudaUnavailable(f"cannot run the cuda library {self.directory}: {self._error()}")
        self._entries = {}
        for name, record in self.manifest["functions"].items():
            entry = getattr(self._library, record["entry"])
            entry.argtypes, entry.restype = [ctypes.c_void_p], None
            self._entries[name] = entry

    def _entry(self, spec: FunctionSpec):
        return self._entries[spec.name]

    def _cuda_runtime(self):
        return self._library, "hm_"

    def _error(self) -> str | None:
        message = self._library.hm_last_error()
        return message.decode(errors="replace") if message else None

    def _after_call(self, spec: FunctionSpec) -> None:
        message = self._error()
        if message:
            self._library.hm_clear_error()
            raise LibraryRuntimeError(f"@{spec.name} failed on the device: {message}")

    def __repr__(self) -> str:
        return f"<hm_mlir library {self.directory} ({self.target}): {', '.join(self.functions)}>"


def read_manifest(directory: Path) -> dict:
    path = directory / MANIFEST_FILE
    if not directory.is_dir():
        raise LibraryError(f"'{directory}' is not a library folder: no such folder")
    try:
        manifest = json.loads(path.read_text())
    except OSError:
        raise LibraryError(f"'{directory}' is not a library folder: it has no {MANIFEST_FILE}") from None
    except ValueError as err:
        raise LibraryError(f"'{path}' is not valid JSON: {err}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise LibraryError(f"'{path}' is not the manifest of an hm-mlir library")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise LibraryError(f"'{directory}' is a library of format version {manifest.get('format_version')}; this "
                           f"runner reads version {FORMAT_VERSION}: rebuild it with this hm-mlir")
    if manifest.get("machine") != platform.machine():
        raise LibraryError(f"'{directory}' was built for {manifest.get('machine')} machines and this one is "
                           f"{platform.machine()}: rebuild it here")
    return manifest


def _open(path: str, directory: Path) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(path)
    except OSError as err:
        raise LibraryError(f"cannot load the library folder {directory}: {err}") from None
