"""Checks on MLIR text for ops that make upstream MLIR abort while it verifies them.

This MLIR is an assertions build: the verifiers of some malformed ops (`_RULES` below, each found by running
the op through hm-opt and mlir-opt) hit an assertion and abort the whole process instead of failing to
verify. Parsing always verifies, and the bindings offer no parse without verification, so `find_aborts(text)`
looks at the text before the parser sees it: a small scanner finds each of these ops in its custom or generic
form, reads the pieces a rule needs (operand counts; attributes and types through `ir.Attribute.parse` and
`ir.Type.parse`, which verify no operation) and returns one located problem per offending op. What it cannot
read it leaves to the parser, which reports it as usual. Needs an active context with the hm dialects loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mlir import ir

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
DYNAMIC = INT64_MIN  # the "dynamic" marker of static_* arrays in generic form

_STRING_OR_COMMENT = re.compile(r'"(?:[^"\\\n]|\\.)*"?|//[^\n]*')
_ALIAS_DEFINITION = re.compile(r"^[ \t]*([#!][\w$.-]+)[ \t]*=", re.M)
_ALIAS_USE = re.compile(r"[#!][\w$.-]+")
_OPENERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_BRACKET = re.compile(r"[()\[\]{}<>]")
_CONV_NAME = re.compile(r"linalg\.(conv|depthwise_conv|pooling)_\w+")


@dataclass(frozen=True)
class Problem:
    """An op upstream would abort on: `offset` of its name in the text, and what is wrong with it."""

    offset: int
    message: str


@dataclass
class _Source:
    """The text, the same text with comments and string contents blanked, and the top-level aliases."""

    text: str
    masked: str
    string_starts: set[int]
    aliases: dict[str, str] = field(default_factory=dict)


@dataclass
class _GenericOp:
    """The pieces of `"name"(operands) [succ] <{props}> (regions) {attrs} : (inputs) -> results`."""

    operands: int
    properties: str  # "{...}" or ""
    regions: list[tuple[int, int]]  # (start, end) of each "{...}"
    attributes: str  # "{...}" or ""
    input_types: list[str]


@dataclass
class _Op:
    """One occurrence of a watched op: its name, where the name starts and ends, and its form."""

    name: str
    start: int
    end: int
    generic: _GenericOp | None = None


def find_aborts(text: str) -> list[Problem]:
    """The ops in `text` that would abort upstream's verifier, each with a message saying why."""
    if not _WATCHED.search(text):
        return []
    source = _scan(text)
    problems = []
    for op in _occurrences(source):
        rule = _rule_for(op.name)
        try:
            message = rule(source, op)
        except (ValueError, IndexError, TypeError, ir.MLIRError):
            message = None  # a piece that does not read as expected: the parser will report it
        if message:
            problems.append(Problem(op.start, f"'{op.name}' op {message}"))
    return problems


# --------------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------------


def _scan(text: str) -> _Source:
    starts: set[int] = set()

    def blank(match: re.Match) -> str:
        piece = match.group()
        if piece.startswith('"'):
            starts.add(match.start())
            return '"' + " " * max(len(piece) - 2, 0) + ('"' if len(piece) > 1 and piece.endswith('"') else " ")
        return " " * len(piece)

    masked = _STRING_OR_COMMENT.sub(blank, text)
    source = _Source(text, masked, starts)
    for match in _ALIAS_DEFINITION.finditer(masked):
        begin = _skip_space(masked, match.end())
        end = _value_end(masked, begin)
        source.aliases[match.group(1)] = text[begin:end].strip()
    return source


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i].isspace():
        i += 1
    return i


def _close(s: str, i: int) -> int:
    """Index just past the bracket that closes the one at `i` (`->` and `>=` close nothing); -1 if none."""
    stack: list[str] = []
    for match in _BRACKET.finditer(s, i):
        j = match.start()
        c = s[j]
        if c == "<":
            if not s.startswith("<=", j):
                stack.append(">")
            continue
        if c in "([{":
            stack.append(_OPENERS[c])
            continue
        if c == ">" and (s[j - 1] == "-" or s.startswith(">=", j) or not stack or stack[-1] != ">"):
            continue
        if not stack or c != stack[-1]:
            return -1
        stack.pop()
        if not stack:
            return j + 1
    return -1


def _value_end(s: str, i: int) -> int:
    """End of an alias value starting at `i`: the first newline outside brackets."""
    depth = 0
    j = i
    while j < len(s):
        c = s[j]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "\n" and depth <= 0:
            return j
        j += 1
    return j


def _split_top(s: str, begin: int, end: int, separator: str = ",") -> list[tuple[int, int]]:
    """(start, end) of the pieces of s[begin:end] between top-level separators, empty pieces dropped."""
    pieces = []
    start = j = begin
    pattern = re.compile(r"[([{<" + re.escape(separator) + "]")
    while True:
        match = pattern.search(s, j, end)
        if match is None:
            break
        j = match.start()
        if s[j] == separator:
            pieces.append((start, j))
            start = j = j + 1
        elif s.startswith("<=", j):
            j += 2
        else:
            closing = _close(s, j)
            if closing < 0 or closing > end:
                break
            j = closing
    pieces.append((start, end))
    return [(a, b) for a, b in pieces if s[a:b].strip()]


_WATCHED_NAMES = (
    "linalg.reduce", "linalg.matmul", "linalg.contract", "linalg.batch_matmul", "linalg.batch_reduce_matmul",
    "linalg.elementwise", "linalg.generic", "linalg.pack", "linalg.unpack", "tensor.concat", "tensor.pad",
    "tensor.collapse_shape", "tensor.expand_shape", "scf.for",
)
_WATCHED = re.compile("|".join(re.escape(n) for n in _WATCHED_NAMES) + r"|linalg\.(?:conv|depthwise_conv|pooling)_")
_NAME_PATTERN = "(?:" + "|".join(re.escape(n) for n in _WATCHED_NAMES) + r"|" + _CONV_NAME.pattern + ")"
_CUSTOM = re.compile(r"(?<![\w.$%@#!^\"-])(" + _NAME_PATTERN + r")(?![\w.$-])")
_GENERIC = re.compile(r'"(' + _NAME_PATTERN + r')"\s*\(')


def _occurrences(source: _Source) -> list[_Op]:
    ops = [_Op(m.group(1), m.start(1), m.end(1)) for m in _CUSTOM.finditer(source.masked)]
    for match in _GENERIC.finditer(source.text):
        if match.start() in source.string_starts:
            op = _Op(match.group(1), match.start(), match.start() + len(match.group(1)) + 2)
            op.generic = _read_generic(source, op.end)
            if op.generic is not None:
                ops.append(op)
    return sorted(ops, key=lambda op: op.start)


def _read_generic(source: _Source, i: int) -> _GenericOp | None:
    """The pieces of the generic-form op whose operand list opens at `i`, or None if they do not read."""
    s = source.masked
    i = _skip_space(s, i)
    end = _close(s, i)
    if end < 0:
        return None
    operands = len(_split_top(s, i + 1, end - 1))
    pieces: dict[str, tuple[int, int]] = {}
    for name, opener in (("successors", "["), ("properties", "<"), ("regions", "("), ("attributes", "{")):
        i = _skip_space(s, end)
        if not s.startswith(opener, i) or name == "properties" and not s.startswith("{", _skip_space(s, i + 1)):
            continue
        end = _close(s, i)
        if end < 0:
            return None
        pieces[name] = (i, end)
    i = _skip_space(s, end)
    input_types: list[str] = []
    if s.startswith(":", i):
        i = _skip_space(s, i + 1)
        end = _close(s, i) if s.startswith("(", i) else -1
        if end > 0:
            input_types = [source.text[a:b].strip() for a, b in _split_top(s, i + 1, end - 1)]
    properties = source.text[pieces["properties"][0] + 1:pieces["properties"][1] - 1] if "properties" in pieces else ""
    attributes = source.text[slice(*pieces["attributes"])] if "attributes" in pieces else ""
    regions = _split_top(s, pieces["regions"][0] + 1, pieces["regions"][1] - 1) if "regions" in pieces else []
    return _GenericOp(operands, properties.strip(), regions, attributes, input_types)


# --------------------------------------------------------------------------------------------------
# Reading attributes, types and custom-form pieces
# --------------------------------------------------------------------------------------------------


def _resolve_aliases(source: _Source, text: str) -> str:
    for _ in range(8):
        resolved = _ALIAS_USE.sub(lambda m: source.aliases.get(m.group(), m.group()), text)
        if resolved == text:
            break
        text = resolved
    return text


def _attribute(source: _Source, text: str):
    """The attribute `text` spells (aliases of the file resolved), or None."""
    if not text:
        return None
    try:
        return ir.Attribute.parse(_resolve_aliases(source, text))
    except (ir.MLIRError, ValueError):
        return None


def _shape(source: _Source, text: str) -> list[int] | None:
    """The static-or-dynamic shape of a ranked shaped type, [] for other types, None if unreadable."""
    try:
        t = ir.Type.parse(_resolve_aliases(source, text))
    except (ir.MLIRError, ValueError):
        return None
    if isinstance(t, ir.ShapedType) and t.has_rank:
        return list(t.shape)
    return []


def _generic_attributes(source: _Source, op: _Op) -> dict:
    """Properties and attributes of a generic-form op by name (properties win)."""
    found = {}
    for text in (op.generic.attributes, op.generic.properties):
        attr = _attribute(source, text)
        if isinstance(attr, ir.DictAttr):
            found.update({named.name: named.attr for named in attr})
    return found


def _group(source: _Source, i: int, keyword: str) -> tuple[int, int] | None:
    """(start, end) of the parenthesized group of `keyword(...)` at `i` (after spaces), or None."""
    s = source.masked
    i = _skip_space(s, i)
    if not re.match(re.escape(keyword) + r"\b", s[i:i + len(keyword) + 1]):
        return None
    i = _skip_space(s, i + len(keyword))
    if not s.startswith("(", i):
        return None
    end = _close(s, i)
    return (i, end) if end > 0 else None


def _operands_and_types(source: _Source, group: tuple[int, int]) -> tuple[int, list[str]]:
    """`(%a, %b : T1, T2)` -> (2, ["T1", "T2"])."""
    s = source.masked
    begin, end = group[0] + 1, group[1] - 1
    colon = _split_top(s, begin, end, ":")
    operands = len(_split_top(s, colon[0][0], colon[0][1])) if colon else 0
    types = []
    if len(colon) > 1:
        types = [source.text[a:b].strip() for a, b in _split_top(s, colon[1][0], end)]
    return operands, types


@dataclass
class _Structured:
    """A custom-form structured op: text between name and `ins(`, its ins/outs operand counts and types."""

    header: tuple[int, int]
    inputs: int
    inits: int
    types: list[str]


def _custom_structured(source: _Source, op: _Op) -> _Structured | None:
    """The header, ins and outs of a custom-form structured op (`name header [ins(...)] outs(...)`), or None."""
    s = source.masked
    i = _skip_space(s, op.end)
    while i < len(s) and not (_group(source, i, "ins") or _group(source, i, "outs")):
        if s[i] in "{[<(":
            i = _close(s, i)
            if i < 0:
                return None
        elif s[i] in "%^\"})":
            return None  # the next statement, or no ins/outs: not this op's operands
        else:
            i += 1
        i = _skip_space(s, i)
    header = (op.end, i)
    inputs_group = _group(source, i, "ins")
    outs_group = _group(source, inputs_group[1] if inputs_group else i, "outs")
    if outs_group is None:
        return None
    inputs, input_types = _operands_and_types(source, inputs_group) if inputs_group else (0, [])
    inits, init_types = _operands_and_types(source, outs_group)
    return _Structured(header, inputs, inits, input_types + init_types)


def _header_value(source: _Source, header: tuple[int, int], key: str) -> str | None:
    """The text of `key = value` (a bracketed value or an alias) in the custom-form header."""
    s = source.masked
    match = re.compile(r"\b" + re.escape(key) + r"\s*=\s*").search(s, header[0], header[1])
    if match is None:
        return None
    i = match.end()
    if s.startswith("[", i):
        return source.text[i:_close(s, i)]
    alias = _ALIAS_USE.match(s, i)
    return source.aliases.get(alias.group()) if alias else None


def _header_attributes(source: _Source, header: tuple[int, int]) -> dict:
    """The attribute dictionary `{...}` opening a custom-form header, by name."""
    s = source.masked
    i = _skip_space(s, header[0])
    if not s.startswith("{", i):
        return {}
    attr = _attribute(source, source.text[i:_close(s, i)])
    return {named.name: named.attr for named in attr} if isinstance(attr, ir.DictAttr) else {}


def _ints(attr) -> list[int]:
    return [int(v) for v in attr]


# --------------------------------------------------------------------------------------------------
# Rules: each returns the message for an op upstream would abort on, or None
# --------------------------------------------------------------------------------------------------


def _reduce_operands(source: _Source, op: _Op) -> str | None:
    """linalg.reduce without inputs or with a different number of inputs and inits (ReduceOp::verify indexes
    past its operands)."""
    if op.generic:
        n = op.generic.operands
        if n == 0 or n % 2:
            return (f"takes as many inits as inputs (one result per input), so an even number of operands; "
                    f"got {n}")
        return None
    structured = _custom_structured(source, op)  # the short form's `{ arith.addf }` is part of the header
    if structured is not None and (structured.inputs == 0 or structured.inputs != structured.inits):
        return (f"takes as many inits as inputs (one result per input); got {structured.inputs} input(s) and "
                f"{structured.inits} init(s)")
    return None


def _maps_and_shapes(source: _Source, op: _Op) -> tuple[list, list[list[int] | None]] | None:
    """The explicit indexing maps of a structured op and the shapes of its operands, or None if it has none."""
    if op.generic:
        maps = _generic_attributes(source, op).get("indexing_maps")
        shapes = [_shape(source, t) for t in op.generic.input_types]
        return (list(maps), shapes) if isinstance(maps, ir.ArrayAttr) else None
    structured = _custom_structured(source, op)
    if structured is None:
        return None
    text = _header_value(source, structured.header, "indexing_maps")
    maps = _attribute(source, text) if text else _header_attributes(source, structured.header).get("indexing_maps")
    if not isinstance(maps, ir.ArrayAttr):
        return None
    return list(maps), [_shape(source, t) for t in structured.types]


def _three_maps(source: _Source, op: _Op) -> str | None:
    """linalg.matmul / linalg.contract whose explicit indexing_maps are not one per operand (3)."""
    found = _maps_and_shapes(source, op)
    if found is None:
        if op.generic is None:
            structured = _custom_structured(source, op)
            text = _header_value(source, structured.header, "indexing_maps") if structured else None
            if text and text.startswith("["):
                count = len(_split_top(text, 1, len(text) - 1))
                if count != 3:
                    return f"expects 3 indexing maps (one for each operand), got {count}"
        return None
    maps, _ = found
    if len(maps) != 3:
        return f"expects 3 indexing maps (one for each operand), got {len(maps)}"
    return _map_evaluation(source, op)


def _fold(expr, dims: list[int]) -> int | None:
    """The value upstream's affine folding gives `expr` at `dims`, or None where it cannot fold (division by
    zero, modulo by a non-positive number, int64 overflow)."""
    if isinstance(expr, ir.AffineConstantExpr):
        return expr.value
    if isinstance(expr, ir.AffineDimExpr):
        return dims[expr.position]
    if not isinstance(expr, ir.AffineBinaryExpr):
        return None
    lhs, rhs = _fold(expr.lhs, dims), _fold(expr.rhs, dims)
    if lhs is None or rhs is None:
        return None
    if isinstance(expr, ir.AffineAddExpr):
        value = lhs + rhs
    elif isinstance(expr, ir.AffineMulExpr):
        value = lhs * rhs
    elif isinstance(expr, ir.AffineModExpr):
        value = lhs % rhs if rhs >= 1 else None
    elif isinstance(expr, ir.AffineFloorDivExpr):
        value = lhs // rhs if rhs else None
    elif isinstance(expr, ir.AffineCeilDivExpr):
        value = -(-lhs // rhs) if rhs else None
    else:
        return None
    return value if value is not None and INT64_MIN <= value <= INT64_MAX else None


def _map_evaluation(source: _Source, op: _Op) -> str | None:
    """Structured ops whose indexing maps do not fold at the loop bounds: upstream's shape check
    (verifyStructuredOpInterface) casts the folded results to constants and aborts."""
    found = _maps_and_shapes(source, op)
    if found is None:
        return None
    maps, shapes = found
    maps = [m.value for m in maps if isinstance(m, ir.AffineMapAttr)]
    if not maps or len(maps) != len(shapes) or any(s is None for s in shapes):
        return None
    loops = maps[0].n_dims
    if any(m.n_dims != loops or m.n_symbols or len(m.results) != len(s) for m, s in zip(maps, shapes)):
        return None
    ranges: list[int | None] = [None] * loops
    for m, shape in zip(maps, shapes):
        for result, size in zip(m.results, shape):
            if isinstance(result, ir.AffineDimExpr) and ranges[result.position] is None:
                ranges[result.position] = size
    if any(r is None or r == DYNAMIC for r in ranges):
        return None
    for point in ([0] * loops, [r - 1 for r in ranges]):
        for index, m in enumerate(maps):
            for result in m.results:
                if _fold(result, point) is None:
                    return (f"indexing map #{index} cannot be evaluated at the loop bounds {point}: '{result}' "
                            f"divides by zero, takes a modulo by a non-positive number or overflows int64")
    return None


def _convolution_window(source: _Source, op: _Op) -> str | None:
    """Convolution and pooling ops whose strides or dilations overflow int64 in the window arithmetic."""
    if op.generic:
        attrs = _generic_attributes(source, op)
        shapes = [_shape(source, t) for t in op.generic.input_types]
    else:
        structured = _custom_structured(source, op)
        if structured is None:
            return None
        attrs = _header_attributes(source, structured.header)
        shapes = [_shape(source, t) for t in structured.types]
    factors = []
    for key in ("strides", "dilations"):
        if key in attrs and isinstance(attrs[key], ir.DenseIntElementsAttr):
            factors.append(max((abs(v) for v in _ints(attrs[key])), default=1))
        else:
            factors.append(1)
    sizes = [d for s in shapes if s for d in s if d != DYNAMIC]
    largest = max(sizes, default=1)
    if (largest - 1) * sum(factors) > INT64_MAX:
        return (f"has strides ({factors[0]}) and dilations ({factors[1]}) so large that the window index "
                f"arithmetic overflows int64 for dimensions of size {largest}")
    return None


def _concat_dimension(source: _Source, op: _Op) -> str | None:
    """tensor.concat along a negative dimension (the verifier indexes the shape with it)."""
    if op.generic:
        dim = _generic_attributes(source, op).get("dim")
        value = dim.value if isinstance(dim, ir.IntegerAttr) else None
    else:
        match = re.compile(r"\s*dim\s*\(\s*(-?\d+)\s*\)").match(source.masked, op.end)
        value = int(match.group(1)) if match else None
    if value is not None and not 0 <= value <= INT64_MAX:
        return f"concatenates along dimension {value}, which is out of range (dimensions count from 0)"
    return None


def _pad_dynamic_sizes(source: _Source, op: _Op) -> str | None:
    """Generic tensor.pad whose static_low/static_high mark more dynamic sizes than operands give."""
    if not op.generic:
        return None
    attrs = _generic_attributes(source, op)
    segments = attrs.get("operandSegmentSizes")
    if segments is None or len(list(segments)) != 3:
        return None
    counts = _ints(segments)
    for key, given in (("static_low", counts[1]), ("static_high", counts[2])):
        if key in attrs:
            marked = sum(1 for v in _ints(attrs[key]) if v == DYNAMIC)
            if marked > given:
                return f"'{key}' marks {marked} dynamic size(s) but {given} operand(s) give them"
    return None


def _reassociation(source: _Source, op: _Op) -> str | None:
    """tensor.collapse_shape / expand_shape with a negative or huge reassociation index."""
    if op.generic:
        groups = _generic_attributes(source, op).get("reassociation")
    else:
        s = source.masked
        match = re.compile(r"\s*%[\w$.-]+(?:#\d+)?\s*").match(s, op.end)
        if match is None or not s.startswith("[", match.end()):
            return None
        groups = _attribute(source, source.text[match.end():_close(s, match.end())])
    if not isinstance(groups, ir.ArrayAttr):
        return None
    for group in groups:
        if not isinstance(group, ir.ArrayAttr):
            return None
        for index in group:
            value = index.value if isinstance(index, ir.IntegerAttr) else 0
            if not 0 <= value < 2**31:
                return f"has reassociation index {value}, which is out of range (dimensions count from 0)"
    return None


def _for_block_arguments(source: _Source, op: _Op) -> str | None:
    """Generic scf.for whose body block declares no arguments (the verifier drops the induction variable)."""
    if not op.generic or not op.generic.regions:
        return None
    s = source.masked
    begin, end = op.generic.regions[0]
    i = _skip_space(s, begin)
    if not s.startswith("{", i):
        return None
    i = _skip_space(s, i + 1)
    if s.startswith("}", i):
        return None  # no block at all: the verifier says so
    label = re.compile(r"\^[\w$.-]+\s*").match(s, i)
    if label and s.startswith("(", label.end()):
        closing = _close(s, label.end())
        if _split_top(s, label.end() + 1, closing - 1):
            return None
    return ("body has no block arguments: its entry block must take the induction variable and one value "
            "per loop-carried init")


def _inner_tiles(source: _Source, op: _Op) -> str | None:
    """linalg.pack / linalg.unpack with a negative tile size, or generic-form dynamic tiles without operands."""
    if op.generic:
        attrs = _generic_attributes(source, op)
        tiles = attrs.get("static_inner_tiles")
        segments = attrs.get("operandSegmentSizes")
        if tiles is None:
            return None
        values = _ints(tiles)
        if segments is not None and list(segments):
            given = _ints(segments)[-1]
            marked = sum(1 for v in values if v == DYNAMIC)
            if marked > given:
                return f"'static_inner_tiles' marks {marked} dynamic tile(s) but {given} operand(s) give them"
        values = [v for v in values if v != DYNAMIC]
    else:
        match = re.compile(r"\binner_tiles\s*=\s*\[([^\]]*)\]").search(source.masked, op.end)
        if match is None or re.search(r"\binto\b", source.masked[op.end:match.start()]):
            return None
        values = [int(v) for v in re.findall(r"(?<![\w%$.])-?\d+", match.group(1))]
    negative = [v for v in values if v < 0]
    if negative:
        return f"has inner tile size {negative[0]}; tile sizes must be positive"
    return None


_RULES: dict[str, Callable[[_Source, _Op], str | None]] = {
    "linalg.reduce": _reduce_operands,
    "linalg.matmul": _three_maps,
    "linalg.contract": _three_maps,
    "linalg.batch_matmul": _map_evaluation,
    "linalg.batch_reduce_matmul": _map_evaluation,
    "linalg.elementwise": _map_evaluation,
    "linalg.generic": _map_evaluation,
    "linalg.pack": _inner_tiles,
    "linalg.unpack": _inner_tiles,
    "tensor.concat": _concat_dimension,
    "tensor.pad": _pad_dynamic_sizes,
    "tensor.collapse_shape": _reassociation,
    "tensor.expand_shape": _reassociation,
    "scf.for": _for_block_arguments,
}


def _rule_for(name: str) -> Callable[[_Source, _Op], str | None]:
    return _RULES.get(name, _convolution_window)
