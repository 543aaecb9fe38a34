"""Reading MLIR sources with truthful locations (`file.mlir:LINE:COL`), and writing outputs atomically."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from mlir import ir

from hm_mlir.abort_guards import find_aborts
from hm_mlir.tools.diagnostics import Diagnostic, from_mlir_error
from hm_mlir.tools.files import write_atomically  # noqa: F401 (the writers import it from here too)

_PARSER_BUFFER = '"-"'  # the name upstream's string parser gives every location


class SourceError(Exception):
    """The input could not be parsed or verified; `diagnostics` say where."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


MAX_NESTING = 1000  # brackets deep; upstream's recursive-descent parser dies by SIGSEGV some thousands deep
_BRACKETS = re.compile(r"->|[<>]=|[()\[\]{}<>]")
_MASKED = re.compile(r'"(?:[^"\\\n]|\\.)*"?|//[^\n]*')


def nesting_problem(text: str) -> tuple[int, str] | None:
    """(offset, message) where `text` nests brackets ((, [, {, <, outside strings and comments) more than
    MAX_NESTING deep, else None: 5,000 nested regions or a 100,000-deep tuple type overflow the parser's stack
    and kill the process with nothing printed, so they are refused before it sees them."""
    if sum(text.count(c) for c in "([{<") <= MAX_NESTING:
        return None
    masked = _MASKED.sub(lambda m: " " * len(m.group()), text)
    depth = 0
    for match in _BRACKETS.finditer(masked):
        piece = match.group()
        if len(piece) == 2:  # an arrow or a comparison, not a bracket
            continue
        depth += 1 if piece in "([{<" else -1
        if depth > MAX_NESTING:
            return match.start(), (f"the input nests brackets more than {MAX_NESTING} deep here, more than the "
                                   f"parser can take")
    return None


_RESOURCE_USE = re.compile(r"^dense_resource<([\w.$-]+)> : (.*)$")
_RESOURCE_BLOB = re.compile(r'^\s*([\w.$-]+): "0x([0-9A-Fa-f]*)"', re.M)


def resource_problems(module_op) -> list[tuple[object, str]]:
    """(location, message) for every `dense_resource` attribute whose blob is missing or holds another number
    of bytes than its type needs: upstream accepts both until the LLVM translation, which then fails inside
    the ExecutionEngine."""
    from hm_mlir.ir_walk import walk

    text = module_op.get_asm(large_elements_limit=None)
    start = text.rfind("{-#")
    blobs = {name: len(data) // 2 - 4 for name, data in _RESOURCE_BLOB.findall(text[start:])} if start >= 0 else {}
    problems = []
    for op in walk(module_op):
        for index in range(len(op.attributes)):
            attr = op.attributes[index].attr
            match = _RESOURCE_USE.match(str(attr))
            if not match:
                continue
            name, shaped = match.group(1), ir.ShapedType(attr.type)
            width = getattr(shaped.element_type, "width", None)
            if name not in blobs:
                problems.append((op.location, f"dense_resource<{name}> names no blob of the module's "
                                              f"dialect_resources"))
            elif width is not None and shaped.has_static_shape:
                expected = math.prod(shaped.shape) * -(-width // 8)
                if blobs[name] != expected:
                    problems.append((op.location, f"dense_resource<{name}> holds {blobs[name]} bytes, and "
                                                  f"{attr.type} needs {expected}"))
    return problems


def diagnostic_at(location, message: str, filename: str) -> Diagnostic:
    """An error Diagnostic at an ir.Location (`loc("file":line:col)`), else unlocated in `filename`."""
    match = re.match(r'loc\("(.*?)":(\d+):(\d+)\)', str(location))
    if not match:
        return Diagnostic("error", filename, 0, 0, message)
    return Diagnostic("error", match.group(1), int(match.group(2)), int(match.group(3)), message)


def parse(text: str, filename: str, path: str | None = None) -> ir.Operation:
    """`parse_module(...)`'s builtin.module operation."""
    return parse_module(text, filename, path).operation


def parse_module(text: str, filename: str, path: str | None = None) -> ir.Module:
    """Parse `text` as mlir-opt does (implicit module around top-level ops and aliases) and verify it.

    Locations name `filename`: a whole regular file given by `path` is parsed from disk; other text
    (standard input, a pipe, split chunks padded to their original line numbers) is parsed from memory and
    its locations renamed. Ops that would make upstream's verifier abort the process are reported before
    parsing (hm_mlir.abort_guards). Returns the ir.Module; raises SourceError with located diagnostics.
    Needs an active context with the hm dialects loaded.
    """
    deep = nesting_problem(text)
    if deep is not None:
        raise SourceError([_located(text, filename, *deep)])
    aborts = find_aborts(text)
    if aborts:
        raise SourceError([_located(text, filename, p.offset, p.message) for p in aborts])
    if path and not os.path.isfile(path):
        path = None  # a pipe or device reads once: parse the text already read
    try:
        module = ir.Module.parseFile(path) if path else ir.Module.parse(text)
    except ir.MLIRError as err:
        raise SourceError([_rename(d, filename) for d in from_mlir_error(err)]) from None
    op = module.operation
    if not path:
        _rename_locations(op, filename)
    if "dense_resource<" in text:
        problems = resource_problems(op)
        if problems:
            raise SourceError([diagnostic_at(where, message, filename) for where, message in problems])
    return module


def _located(text: str, filename: str, offset: int, message: str) -> Diagnostic:
    """An error at character `offset` of `text`, with a 1-based line and column."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Diagnostic("error", filename, line, col, message)


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
