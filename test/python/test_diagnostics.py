"""Tests for hm_mlir.tools.diagnostics (split-input-file / verify-diagnostics)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hm_mlir.tools.diagnostics import (  # noqa: E402
    Chunk,
    Diagnostic,
    Expectation,
    check_diagnostics,
    collect_diagnostics,
    from_mlir_error,
    parse_expectations,
    split_input_file,
)

# --------------------------------------------------------------------------- split_input_file


def test_split_line_numbers_are_truthful() -> None:
    text = "a\nb\n// -----\nc\n  // ----- trailing\nd\ne"
    chunks = split_input_file(text)
    assert [c.first_line for c in chunks] == [1, 4, 6]
    assert chunks[0] == Chunk("a\nb\n", 1)
    assert chunks[1] == Chunk("\n\n\nc\n", 4)
    assert chunks[2] == Chunk("\n" * 5 + "d\ne", 6)
    original = text.split("\n")
    for chunk in chunks:
        lines = chunk.text.split("\n")
        assert set(lines[: chunk.first_line - 1]) <= {""}
        body = lines[chunk.first_line - 1 : -1 if chunk.text.endswith("\n") else None]
        assert body == original[chunk.first_line - 1 : chunk.first_line - 1 + len(body)]


def test_split_no_marker_and_empty() -> None:
    assert split_input_file("x\ny\n") == [Chunk("x\ny\n", 1)]
    assert split_input_file("") == []


def test_split_marker_only_at_line_start_and_custom_marker() -> None:
    # A marker after code on the same line does not split; a custom marker does.
    assert len(split_input_file("%a = x // -----\n")) == 1
    chunks = split_input_file("a\n# ===\nb\n", marker="# ===")
    assert chunks == [Chunk("a\n", 1), Chunk("\n\nb\n", 3)]


def test_split_consecutive_markers_give_empty_chunk() -> None:
    chunks = split_input_file("a\n// -----\n// -----\nb")
    assert chunks == [Chunk("a\n", 1), Chunk("\n\n", 3), Chunk("\n\n\nb", 4)]


# --------------------------------------------------------------------------- parse_expectations


def _lines(exps: list[Expectation]) -> list[tuple[str, int | None, str]]:
    return [(e.severity, e.line, e.message) for e in exps]


def test_plain_and_relative_designators() -> None:
    text = "\n".join(
        [
            "op  // expected-error {{same line}}",  # 1
            "// expected-warning@+2 {{plus}}",  # 2
            "// expected-remark@-1 {{minus}}",  # 3
            "// expected-note @7 {{absolute}}",  # 4
        ]
    )
    exps = parse_expectations(text)
    assert _lines(exps) == [
        ("error", 1, "same line"),
        ("warning", 4, "plus"),
        ("remark", 2, "minus"),
        ("note", 7, "absolute"),
    ]
    assert [e.directive_line for e in exps] == [1, 2, 3, 4]
    assert exps[0].col == 8  # 1-based column of `expected-`


def test_above_and_below_skip_directive_lines() -> None:
    text = "\n".join(
        [
            "op1",  # 1
            "// expected-error@above {{a1}}",  # 2
            "// expected-error@above {{a2}}",  # 3 -> still line 1
            "// expected-error@below {{b1}}",  # 4
            "// expected-error@below {{b2}}",  # 5
            "op6",  # 6 <- both @below
            "op7 // expected-error {{inline}}",  # 7: a directive line itself
            "// expected-error@above {{a3}}",  # 8 -> line 6, like upstream
        ]
    )
    assert _lines(parse_expectations(text)) == [
        ("error", 1, "a1"),
        ("error", 1, "a2"),
        ("error", 6, "b1"),
        ("error", 6, "b2"),
        ("error", 7, "inline"),
        ("error", 6, "a3"),
    ]


def test_above_at_start_and_dangling_below() -> None:
    exps = parse_expectations("// expected-error@above {{x}}\n// expected-error@below {{y}}\n")
    # Upstream: lastNonDesignatorLine starts at the first line; a dangling
    # @below gets the number of split lines (3 here: the trailing "" counts).
    assert _lines(exps) == [("error", 1, "x"), ("error", 3, "y")]


def test_unknown_and_first_line_offset() -> None:
    text = "x\n// expected-error @unknown {{u}} \n// expected-note@-1 {{n}}"
    exps = parse_expectations(text, first_line=10)
    assert _lines(exps) == [("error", None, "u"), ("note", 11, "n")]
    assert [e.directive_line for e in exps] == [11, 12]


def test_multiple_directives_on_one_line_and_braces_in_message() -> None:
    exps = parse_expectations("op // expected-error {{a}} expected-note {{b}}\n// expected-error {{x {y} }}")
    assert _lines(exps) == [("error", 1, "a"), ("note", 1, "b"), ("error", 2, "x {y} ")]


def test_regex_directive() -> None:
    (exp,) = parse_expectations("// expected-error-re {{op has {{[0-9]+}} operands}}")
    assert exp.regex and exp.message == "op has {{[0-9]+}} operands" and exp.error is None
    ok = Diagnostic("error", "f.mlir", 1, 3, "'x' op has 12 operands")
    assert check_diagnostics([exp], [ok], "f.mlir") == []
    bad = Diagnostic("error", "f.mlir", 1, 3, "'x' op has N operands")
    assert len(check_diagnostics([exp], [bad], "f.mlir")) == 2


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("// expected-error no braces", "expected '{{' to start the expected message"),
        ("// expected-error {{never closed", "found start of expected message with no end '}}'"),
        ("// expected-error@sideways {{x}}", "invalid location designator '@sideways'"),
        ("// expected-error-re {{a{{[0-9}}b}}", "invalid regex:"),
        ("// expected-error-re {{a{{[0-9]b}}", "found start of regex with no end '}}'"),
    ],
)
def test_malformed_directive_is_reported(line: str, error: str) -> None:
    (exp,) = parse_expectations("op\n" + line)
    assert exp.error is not None and exp.error.startswith(error)
    assert check_diagnostics([exp], [], "f.mlir") == [f"f.mlir:2:4: error: {exp.error}"]


def test_non_directives_are_ignored() -> None:
    assert parse_expectations("// unexpected-error {{x}}\n// expected-errors {{y}}\n// expected error") == []


# --------------------------------------------------------------------------- check_diagnostics


def _exp(severity: str, line: int | None, message: str, directive_line: int = 9) -> Expectation:
    return Expectation(severity, line, message, directive_line, 4)


def test_substring_match_and_one_expectation_many_diags() -> None:
    exps = [_exp("error", 3, "different type")]
    diags = [
        Diagnostic("error", "f.mlir", 3, 7, "use expects different type than prior uses"),
        Diagnostic("error", "f.mlir", 3, 9, "another different type"),
    ]
    assert check_diagnostics(exps, diags, "f.mlir") == []


def test_unexpected_and_unmatched_messages() -> None:
    exps = [_exp("error", 3, "foo"), _exp("warning", None, "w", 5), _exp("note", 4, "bar", 8)]
    diags = [
        Diagnostic("error", "f.mlir", 4, 2, "wrong line foo"),
        Diagnostic("note", "f.mlir", 4, 1, "bar baz"),
        Diagnostic("remark", "", 0, 0, "lost"),
    ]
    assert check_diagnostics(exps, diags, "f.mlir") == [
        "f.mlir:4:2: error: unexpected error: wrong line foo",
        "<unknown>:0: error: unexpected remark: lost",
        'f.mlir:9:4: error: expected error "foo" was not produced',
        'f.mlir:5:4: error: expected warning "w" was not produced',
    ]


def test_unknown_location_only_matches_unknown_expectation() -> None:
    diag = Diagnostic("error", "", 0, 0, "boom")
    assert check_diagnostics([_exp("error", None, "boom")], [diag], "f.mlir") == []
    assert check_diagnostics([_exp("error", 0, "boom")], [diag], "f.mlir")[0].startswith("<unknown>:0:")
    located = Diagnostic("error", "f.mlir", 2, 1, "boom")
    assert check_diagnostics([_exp("error", None, "boom")], [located], "f.mlir") == [
        "f.mlir:2:1: error: unexpected error: boom",
        'f.mlir:9:4: error: expected error "boom" was not produced',
    ]


def test_severity_near_miss() -> None:
    out = check_diagnostics([_exp("error", 2, "x")], [Diagnostic("warning", "f.mlir", 2, 1, "x!")], "f.mlir")
    assert out == [
        "f.mlir:9:4: error: 'warning' diagnostic emitted when expecting a 'error'",
        'f.mlir:9:4: error: expected error "x" was not produced',
    ]


def test_filename_handling() -> None:
    exps = [_exp("error", 2, "x")]
    # "-" is the buffer name ir.Module.parse gives; it counts as the checked file.
    assert check_diagnostics(exps, [Diagnostic("error", "-", 2, 1, "x")], "f.mlir") == []
    out = check_diagnostics(exps, [Diagnostic("error", "other.mlir", 2, 1, "x")], "f.mlir")
    assert out[0] == "other.mlir:2:1: error: unexpected error: x"


def test_end_to_end_with_split_chunks() -> None:
    text = "a\n// -----\nop  // expected-error {{bad op}}\n// expected-note@above {{here}}\n"
    chunk = split_input_file(text)[1]
    exps = parse_expectations(chunk.text)
    diags = [Diagnostic("error", "t.mlir", 3, 1, "a bad op!"), Diagnostic("note", "t.mlir", 2, 1, "here")]
    # @above skips the directive line 3 and lands on line 2 (the padding/marker line).
    assert check_diagnostics(exps, diags, "t.mlir") == []


# --------------------------------------------------------------------------- MLIR bindings


ir = pytest.importorskip("mlir.ir")

TYPES = "'i64' vs 'i32'"
BAD_TYPES = "\n\nfunc.func @f() {\n  %0 = arith.constant 1 : i32\n  return %0 : i64\n}\n"


def test_parse_errors_arrive_only_via_mlir_error() -> None:
    with ir.Context() as ctx, ir.Location.unknown():
        collected, detach = collect_diagnostics(ctx)
        with pytest.raises(ir.MLIRError) as info:
            ir.Module.parse(BAD_TYPES)
        detach()
    assert collected == []  # the bindings' error capture swallows parse errors
    assert from_mlir_error(info.value) == [
        Diagnostic("error", "-", 5, 10, f"use of value '%0' expects different type than prior uses: {TYPES}"),
        Diagnostic("note", "-", 4, 3, "prior use here"),
    ]


def test_capture_errors_routes_parse_errors_to_handler() -> None:
    with ir.Context() as ctx, ir.Location.unknown():
        collected, detach = collect_diagnostics(ctx, capture_errors=True)
        assert ctx.emit_error_diagnostics
        with pytest.raises(ir.MLIRError) as info:
            ir.Module.parse(BAD_TYPES)
        detach()
        assert not ctx.emit_error_diagnostics
    assert info.value.error_diagnostics == []
    assert [(d.severity, d.line, d.col) for d in collected] == [("error", 5, 10), ("note", 4, 3)]


def test_emitted_error_reaches_handler_and_detach_stops_it() -> None:
    with ir.Context() as ctx, ir.Location.unknown():
        collected, detach = collect_diagnostics(ctx)
        ir.Location.file("f.mlir", 3, 5).emit_error("x")
        detach()
        detach()  # idempotent
        # After detaching, the default handler prints to stderr instead.
        ir.Location.file("f.mlir", 4, 1).emit_error("after")
    assert collected == [Diagnostic("error", "f.mlir", 3, 5, "x")]


def test_nested_locations_are_resolved() -> None:
    with ir.Context() as ctx:
        f = ir.Location.file("a.mlir", 4, 2)
        g = ir.Location.file("b.mlir", 8, 1)
        locs = [
            ir.Location.name("nm", childLoc=f),
            ir.Location.callsite(f, [g]),
            ir.Location.fused([ir.Location.name("n"), g, f]),
            ir.Location.name("bare"),
            ir.Location.unknown(),
        ]
        collected, detach = collect_diagnostics(ctx)
        for loc in locs:
            loc.emit_error("m")
        detach()
    assert [(d.filename, d.line, d.col) for d in collected] == [
        ("a.mlir", 4, 2),
        ("a.mlir", 4, 2),
        ("b.mlir", 8, 1),
        ("", 0, 0),
        ("", 0, 0),
    ]


def test_verifier_error_and_op_notes() -> None:
    src = 'func.func @g() -> i32 {\n  "func.return"() : () -> ()\n}\n'
    with ir.Context(), ir.Location.unknown():
        with pytest.raises(ir.MLIRError) as info:
            ir.Module.parse(src)
    plain = from_mlir_error(info.value)
    assert [(d.severity, d.line) for d in plain] == [("error", 2)]
    assert "has 0 operands" in plain[0].message
    full = from_mlir_error(info.value, op_notes=True)
    assert full[1].severity == "note" and full[1].message.startswith("see current operation:")
    exps = parse_expectations(src.replace("-> ()\n", "-> () // expected-error {{0 operands}}\n"))
    assert check_diagnostics(exps, plain, "t.mlir") == []


def test_pass_remarks_reach_handler_and_errors_raise() -> None:
    passmanager = pytest.importorskip("mlir.passmanager")
    src = """
module {
  func.func @f() { return }
  module attributes {transform.with_named_sequence} {
    transform.named_sequence @__transform_main(%arg0: !transform.any_op {transform.readonly}) {
      %f = transform.structured.match ops{["func.func"]} in %arg0 : (!transform.any_op) -> !transform.any_op
      transform.debug.emit_remark_at %f, "hello" : !transform.any_op
      transform.structured.tile_using_for %f tile_sizes [4]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      transform.yield
    }
  }
}
"""
    with ir.Context() as ctx, ir.Location.unknown():
        module = ir.Module.parse(src)
        collected, detach = collect_diagnostics(ctx)
        pm = passmanager.PassManager.parse("builtin.module(transform-interpreter)")
        with pytest.raises(ir.MLIRError) as info:
            pm.run(module.operation)
        detach()
    assert collected == [Diagnostic("remark", "-", 3, 3, "hello")]
    errors = from_mlir_error(info.value)
    assert [(d.severity, d.line) for d in errors] == [("error", 8), ("note", 3)]
    assert errors[1].message == "target op"
