"""Textual pass pipelines that mix upstream and hm passes: `builtin.module(canonicalize,hm-verify{},...)`.

Upstream `PassManager.parse` does not know Python passes (they cannot be registered), so the text is split
here into top-level steps; upstream steps go to `pm.add(text)`, hm steps to `HmPass.add_to(pm)`, in order,
into one PassManager. hm passes run on the module: nesting one under `func.func(...)` is rejected (upstream
aborts on a Python pass nested under an op).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hm_mlir import passes


class PipelineError(ValueError):
    """Malformed pipeline text, an unknown pass or a bad option: a command-line problem (exit 2)."""


@dataclass(frozen=True)
class Step:
    """One top-level element of a pipeline: an upstream element (text) or an hm pass."""

    text: str
    hm_pass: passes.HmPass | None = None
    stage: str = ""  # the compile stage this step belongs to ("" for user pipelines)
    verify: bool = True  # an hm pass runs the Python verifier after itself (the compile pipeline: hm-verify)

    def add_to(self, pm) -> None:
        if self.hm_pass is not None:
            self.hm_pass.add_to(pm, verify=self.verify)
            return
        try:
            pm.add(self.text)
        except ValueError as err:
            raise PipelineError(f"pass pipeline element '{self.text}': {_first_line(err)}") from None


def _first_line(err: Exception) -> str:
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    errors = [line.split("error:", 1)[1].strip() for line in lines if "error:" in line]
    return errors[0] if errors else (lines[0] if lines else type(err).__name__)


def split_top_level(text: str) -> list[str]:
    """Split on commas that are not inside (), {} or quotes."""
    parts, depth, quote, current = [], 0, "", []
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
            if depth < 0:
                raise PipelineError(f"unbalanced '{ch}' in pass pipeline '{text}'")
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    if depth != 0 or quote:
        raise PipelineError(f"unbalanced brackets or quotes in pass pipeline '{text}'")
    parts.append("".join(current).strip())
    if any(not p for p in parts) and parts != [""]:
        raise PipelineError(f"empty element in pass pipeline '{text}'")
    return [p for p in parts if p]


_ANCHORED = re.compile(r"^\s*builtin\.module\s*\((.*)\)\s*$", re.S)
_HM_NAME = re.compile(r"(?<![\w.-])(hm-[A-Za-z0-9-]+)")


def parse_pipeline(text: str) -> list[Step]:
    """Parse `builtin.module(...)` into steps; hm passes are created (options checked) right away."""
    match = _ANCHORED.match(text)
    if not match:
        raise PipelineError(f"the pass pipeline must be anchored on the module: 'builtin.module(...)', got '{text}'")
    steps = []
    for element in split_top_level(match.group(1)):
        name = re.match(r"[^({\s]*", element).group(0)
        if name.startswith("hm-"):
            steps.append(Step(element, _create_hm_pass(name, element)))
            continue
        nested = _HM_NAME.search(element)
        if nested:
            raise PipelineError(f"hm pass '{nested.group(1)}' must run on the module: it cannot be nested "
                                f"under '{name}(...)'; move it to the top level of builtin.module(...)")
        steps.append(Step(element))
    return steps


def _create_hm_pass(name: str, element: str) -> passes.HmPass:
    rest = element[len(name):].strip()
    if rest and not (rest.startswith("{") and rest.endswith("}")):
        raise PipelineError(f"malformed pass '{element}': options go between braces, e.g. {name}{{key=value}}")
    try:
        return passes.create(name, rest[1:-1] if rest else "")
    except KeyError as err:
        raise PipelineError(err.args[0]) from None
    except passes.PassOptionError as err:
        raise PipelineError(str(err)) from None


def pipeline_text(steps: list[Step]) -> str:
    """The textual pipeline of `steps` (what `--pass-pipeline=` accepts)."""
    return "builtin.module(" + ",".join(s.hm_pass.pipeline_text() if s.hm_pass else s.text for s in steps) + ")"
