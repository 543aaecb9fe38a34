"""mlir-opt style ``--split-input-file`` and ``--verify-diagnostics`` in Python.

Mirrors ``splitAndProcessBuffer`` (mlir/lib/Support/ToolUtilities.cpp) and
``SourceMgrDiagnosticVerifierHandler`` (mlir/lib/IR/Diagnostics.cpp). The MLIR
bindings are only imported lazily, by :func:`collect_diagnostics` and
:func:`from_mlir_error`.

Extensions over upstream: several directives may share a line, ``@N`` names
an absolute line, text after the closing ``}}`` is tolerated, and malformed
directives are reported instead of being silently ignored.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any

_OP_NOTE_PREFIX = "see current operation:"
# Header of a directive; `(?<![\w-])` keeps e.g. `unexpected-error` out.
_HEAD = re.compile(r"(?<![\w-])expected-(error|warning|remark|note)\b(-re\b)?")
_BODY = re.compile(r" *(?:@([+-]?[0-9]+|above|below|unknown)(?![\w-]))? *\{\{")


@dataclasses.dataclass(frozen=True)
class Chunk:
    """One ``--split-input-file`` chunk, padded so that line numbers are truthful."""

    text: str
    first_line: int


def split_input_file(text: str, marker: str = "// -----") -> list[Chunk]:
    """Split ``text`` on lines whose stripped content starts with ``marker``.

    The marker lines belong to no chunk. Each chunk's text is prefixed with
    ``first_line - 1`` newlines so that parsing it yields the line numbers of
    the original file. An empty input yields no chunks.
    """
    if not text:
        return []
    lines = text.split("\n")
    chunks: list[Chunk] = []
    start = 0
    for i, line in enumerate(lines + [marker]):
        if i < len(lines) and not line.strip().startswith(marker):
            continue
        body = "".join(f"{ln}\n" for ln in lines[start:i]) if i < len(lines) else "\n".join(lines[start:])
        chunks.append(Chunk("\n" * start + body, start + 1))
        start = i + 1
    return chunks


@dataclasses.dataclass(frozen=True)
class Diagnostic:
    """A diagnostic as emitted by MLIR, flattened (notes are separate entries)."""

    severity: str
    filename: str
    line: int
    col: int
    message: str


@dataclasses.dataclass(frozen=True)
class Expectation:
    """An ``expected-<severity>`` directive.

    ``line`` is ``None`` for ``@unknown``. ``col`` is the 1-based column of
    ``expected-`` in the directive line, ``regex`` marks the ``-re`` form, and
    a non-``None`` ``error`` marks a malformed directive (reported as such by
    :func:`check_diagnostics`, never matched).
    """

    severity: str
    line: int | None
    message: str
    directive_line: int
    col: int = 1
    regex: bool = False
    error: str | None = None


@functools.cache
def _compile(message: str) -> re.Pattern[str]:
    """Compile an ``-re`` message: ``{{...}}`` pieces are regexes, the rest literal."""
    parts: list[str] = []
    rest = message
    while (begin := rest.find("{{")) >= 0:
        parts.append(re.escape(rest[:begin]))
        rest = rest[begin + 2 :]
        end = rest.find("}}")
        if end < 0:
            raise ValueError("found start of regex with no end '}}'")
        try:
            re.compile(rest[:end])
        except re.error as exc:
            raise ValueError(f"invalid regex: {exc}") from None
        parts.append(f"({rest[:end]})")
        rest = rest[end + 2 :]
    parts.append(re.escape(rest))
    return re.compile("".join(parts))


def _message_end(line: str, pos: int) -> int:
    """Index of the ``}}`` closing a message starting at ``pos``, or -1.

    The message runs to the last ``}}`` before the next directive header that
    follows some ``}}`` (so one directive per line behaves like upstream).
    """
    nxt = _HEAD.search(line, pos)
    while nxt and "}}" not in line[pos : nxt.start()]:
        nxt = _HEAD.search(line, nxt.end())
    return line.rfind("}}", pos, nxt.start() if nxt else len(line))


def parse_expectations(text: str, first_line: int = 1) -> list[Expectation]:
    """Parse ``expected-*`` directives; line ``i`` (0-based) of ``text`` is ``first_line + i``.

    Pass a padded :class:`Chunk` text with the default ``first_line=1``.
    ``@above``/``@below`` refer to the nearest previous/next line that holds
    no well-formed directive (upstream's ``lastNonDesignatorLine``; a dangling
    ``@below`` gets the last line of ``text.split("\\n")``); ``@+N``/``@-N`` are relative to
    the directive's line and ``@N`` is absolute.
    """
    lines = text.split("\n")
    result: list[Expectation] = []
    last_plain = first_line  # upstream starts with line index 0
    pending_below: list[int] = []
    for idx, raw in enumerate(lines):
        lineno = first_line + idx
        line = raw.rstrip()
        found: list[Expectation] = []
        designator_line = False  # upstream: the line matched the directive regex
        for head in _HEAD.finditer(line):
            severity, regex = head.group(1), bool(head.group(2))
            col = head.start() + 1
            body = _BODY.match(line, head.end())
            end = _message_end(line, body.end()) if body else -1
            if body is None or end < 0:
                bad = re.match(r" *@(\S*)", line[head.end() :])
                if body is not None:
                    err = "found start of expected message with no end '}}'"
                elif bad:
                    err = f"invalid location designator '@{bad.group(1)}'"
                else:
                    err = "expected '{{' to start the expected message"
                found.append(Expectation(severity, None, "", lineno, col, regex, err))
                continue
            designator_line = True
            message = line[body.end() : end]
            designator = body.group(1)
            target: int | None = lineno
            if designator == "unknown":
                target = None
            elif designator == "above":
                target = last_plain
            elif designator == "below":
                target = first_line - 1 + len(lines)  # fixed up at the next plain line
            elif designator and designator[0] in "+-":
                target = lineno + int(designator)
            elif designator:
                target = int(designator)
            error = None
            if regex:
                try:
                    _compile(message)
                except ValueError as exc:
                    error = str(exc)
            if designator == "below" and error is None:
                pending_below.append(len(result) + len(found))
            found.append(Expectation(severity, target, message, lineno, col, regex, error))
        if not designator_line:
            for i in pending_below:
                result[i] = dataclasses.replace(result[i], line=lineno)
            pending_below.clear()
            last_plain = lineno
        result.extend(found)
    return result


def _matches(exp: Expectation, message: str) -> bool:
    """Upstream matching: substring, or regex search for ``-re`` directives."""
    if exp.regex:
        return _compile(exp.message).search(message) is not None
    return exp.message in message


def check_diagnostics(expected: list[Expectation], actual: list[Diagnostic], filename: str) -> list[str]:
    """Verify ``actual`` against ``expected``; return mlir-opt style error lines.

    A located diagnostic is checked against the expectations of its line if
    its filename is ``filename`` (or ``"-"``/``""``, the anonymous buffer of
    ``ir.Module.parse``); line-0 diagnostics against ``@unknown`` ones. One
    expectation may match several diagnostics.
    """
    errors = [
        f"{filename}:{e.directive_line}:{e.col}: error: {e.error}" for e in expected if e.error is not None
    ]
    live = [e for e in expected if e.error is None]
    matched: set[int] = set()
    for diag in actual:
        located = diag.line > 0
        own_file = diag.filename in (filename, "-", "")
        near: Expectation | None = None
        for i, exp in enumerate(live):
            if located and (not own_file or exp.line != diag.line):
                continue
            if not located and exp.line is not None:
                continue
            if _matches(exp, diag.message):
                if exp.severity == diag.severity:
                    matched.add(i)
                    break
                near = exp
        else:
            if near is not None:
                errors.append(
                    f"{filename}:{near.directive_line}:{near.col}: error: '{diag.severity}' "
                    f"diagnostic emitted when expecting a '{near.severity}'"
                )
            else:
                where = (
                    f"{filename if own_file else diag.filename}:{diag.line}:{diag.col}"
                    if located
                    else "<unknown>:0"  # what mlir-opt prints for unknown locations
                )
                errors.append(f"{where}: error: unexpected {diag.severity}: {diag.message}")
    # Upstream reports the per-file expectations first, then the @unknown ones.
    order = sorted(range(len(live)), key=lambda i: live[i].line is None)
    for i in order:
        if i not in matched:
            e = live[i]
            errors.append(
                f"{filename}:{e.directive_line}:{e.col}: error: "
                f'expected {e.severity} "{e.message}" was not produced'
            )
    return errors


def _file_location(loc: Any) -> tuple[str, int, int] | None:
    """First file location inside ``loc`` (pre-order, callee before caller)."""
    if loc.is_a_file():
        return loc.filename, loc.start_line, loc.start_col
    if loc.is_a_name():
        return _file_location(loc.child_loc)
    if loc.is_a_callsite():
        return _file_location(loc.callee) or _file_location(loc.caller)
    if loc.is_a_fused():
        for sub in loc.locations:
            if found := _file_location(sub):
                return found
    return None


def _flatten(diag: Any, out: list[Diagnostic], op_notes: bool) -> None:
    """Append ``diag`` (an ``ir.Diagnostic``/``DiagnosticInfo``) and its notes to ``out``."""
    severity = diag.severity.name.lower()
    if severity == "note" and not op_notes and diag.message.startswith(_OP_NOTE_PREFIX):
        return
    filename, line, col = _file_location(diag.location) or ("", 0, 0)
    out.append(Diagnostic(severity, filename, line, col, diag.message))
    for note in diag.notes:
        _flatten(note, out, op_notes)


def collect_diagnostics(
    ctx: Any, *, capture_errors: bool = False, op_notes: bool = False
) -> tuple[list[Diagnostic], Callable[[], None]]:
    """Attach a handler to ``ctx`` collecting every diagnostic it receives.

    Returns the (live) list and a detach function. Errors raised as
    ``ir.MLIRError`` by parse/verify/pass-manager calls bypass handlers unless
    ``capture_errors`` sets ``ctx.emit_error_diagnostics`` (restored on
    detach). Like ``mlir-opt --verify-diagnostics`` (which disables
    printOpOnDiagnostic), "see current operation" notes are dropped unless
    ``op_notes`` is set.
    """
    collected: list[Diagnostic] = []

    def callback(diag: Any) -> bool:
        _flatten(diag, collected, op_notes)
        return True

    previous = ctx.emit_error_diagnostics
    if capture_errors:
        ctx.emit_error_diagnostics = True
    handler = ctx.attach_diagnostic_handler(callback)

    def detach() -> None:
        if handler.attached:
            handler.detach()
        ctx.emit_error_diagnostics = previous

    return collected, detach


def from_mlir_error(err: Any, *, op_notes: bool = False) -> list[Diagnostic]:
    """Flatten ``ir.MLIRError.error_diagnostics`` (parse, verify and pass failures)."""
    out: list[Diagnostic] = []
    for diag in err.error_diagnostics:
        _flatten(diag, out, op_notes)
    return out
