"""Reading MLIR sources with truthful locations (`file.mlir:LINE:COL`), and writing outputs atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mlir import ir

from hm_mlir.tools.diagnostics import Diagnostic, from_mlir_error

_PARSER_BUFFER = '"-"'  # the name upstream's string parser gives every location


class SourceError(Exception):
    """The input could not be parsed or verified; `diagnostics` say where."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


def parse(text: str, filename: str, path: str | None = None) -> ir.Operation:
    """`parse_module(...)`'s builtin.module operation."""
    return parse_module(text, filename, path).operation


def parse_module(text: str, filename: str, path: str | None = None) -> ir.Module:
    """Parse `text` as mlir-opt does (implicit module around top-level ops and aliases) and verify it.

    Locations name `filename`: a whole file given by `path` is parsed from disk; other text (standard
    input, split chunks padded to their original line numbers) is parsed from memory and its locations
    renamed. Returns the ir.Module; raises SourceError with located diagnostics. Needs an
    active context with the hm dialects loaded.
    """
    try:
        module = ir.Module.parseFile(path) if path else ir.Module.parse(text)
    except ir.MLIRError as err:
        raise SourceError([_rename(d, filename) for d in from_mlir_error(err)]) from None
    op = module.operation
    if not path:
        _rename_locations(op, filename)
    return module


def _rename(diag: Diagnostic, filename: str) -> Diagnostic:
    if diag.filename in ("-", ""):
        return Diagnostic(diag.severity, filename, diag.line, diag.col, diag.message)
    return diag


def _renamed(loc: ir.Location, filename: str) -> ir.Location | None:
    text = str(loc)
    if not text.startswith(f"loc({_PARSER_BUFFER}:"):
        return None
    return ir.Location.file(filename, loc.start_line, loc.start_col)


def _rename_locations(op: ir.Operation, filename: str) -> None:
    for region in op.regions:
        for block in region.blocks:
            for arg in block.arguments:
                new = _renamed(arg.location, filename)
                if new is not None:
                    arg.set_location(new)
            for child in block.operations:
                child = child.operation
                new = _renamed(child.location, filename)
                if new is not None:
                    child.location = new
                _rename_locations(child, filename)


def read_input(path: str) -> tuple[str, str]:
    """(text, filename for locations) of a file or of standard input ('-'). Raises OSError/ValueError."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read()
        filename = "<stdin>"
    else:
        data = Path(path).read_bytes()
        filename = path
    if b"\0" in data:
        raise ValueError(f"{filename}: error: the input is binary, not MLIR text")
    try:
        return data.decode("utf-8"), filename
    except UnicodeDecodeError as err:
        raise ValueError(f"{filename}: error: the input is not UTF-8 text (byte {err.start})") from None


def write_atomically(path: str, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode() if isinstance(data, str) else data)
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
