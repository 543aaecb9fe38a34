"""The base of every hm pass: a frozen dataclass whose fields are its options (xDSL's habit).

A pass is added to any upstream `PassManager` with `add_to(pm)`; the stage dialects' Python verifier runs
after it (`add_to(pm, verify=False)` leaves that to an `hm-verify` later in the pipeline, as the compile
pipeline does: it verifies at stage boundaries). Options use MLIR's textual syntax:
`hm-naive-tiling{block=32 step=16}` sets `block=32, step=16`.
"""

from __future__ import annotations

import dataclasses
import os
import shlex
import traceback
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar


class PassOptionError(ValueError):
    """An unknown option or an option value that does not fit its type (a command-line problem)."""


class PassError(Exception):
    """Raised by a pass's `run` to fail with an error at `op`'s location."""

    def __init__(self, op, message: str) -> None:
        super().__init__(message)
        self.op = op
        self.message = message


class PassFailed(Exception):
    """Raised by a pass's `run` that has emitted its errors itself: the pass fails with nothing added."""


def device_option(value: str):
    """The hardware description an option `device=` names; PassOptionError naming the option otherwise."""
    from hm_mlir import hardware

    try:
        return hardware.get(value)
    except ValueError as err:
        raise PassOptionError(f"option 'device': {err}") from None


DISPATCHES = ("auto", "static", "queue")


def dispatch_option(pass_name: str, value: str) -> None:
    """A `dispatch=` option of Rammer's and Grinder's passes; PassOptionError naming the pass otherwise."""
    if value not in DISPATCHES:
        raise PassOptionError(f"{pass_name}: dispatch must be auto, static or queue, got '{value}'")


def _option_name(field_name: str) -> str:
    return field_name.replace("_", "-")


def _parse_value(text: str, kind: Any, option: str):
    try:
        if kind in (bool, "bool"):
            if text.lower() in ("true", "1", ""):
                return True
            if text.lower() in ("false", "0"):
                return False
            raise ValueError(text)
        if kind in (int, "int"):
            return int(text, 0)
        if kind in (float, "float"):
            return float(text)
        if kind in ("tuple[int, ...]",):
            return tuple(int(v, 0) for v in text.split(",") if v.strip())
        return text
    except ValueError:
        raise PassOptionError(f"option '{option}': cannot read '{text}' as {kind}") from None


def split_options(text: str) -> list[tuple[str, str]]:
    """`a=1 b="x y" c` -> [("a", "1"), ("b", "x y"), ("c", "")]."""
    try:
        words = shlex.split(text)
    except ValueError as err:
        raise PassOptionError(f"malformed options '{text}': {err}") from None
    pairs = []
    for word in words:
        name, _, value = word.partition("=")
        pairs.append((name.strip(), value.strip()))
    return pairs


@dataclass(frozen=True)
class HmPass(ABC):
    """Base class: subclasses set NAME and SUMMARY and implement `run`."""

    NAME: ClassVar[str] = ""
    SUMMARY: ClassVar[str] = ""

    @abstractmethod
    def run(self, module) -> None:
        """Transform the builtin.module `module` in place; raise PassError to fail at an op."""

    @classmethod
    def option_fields(cls) -> list[dataclasses.Field]:
        return list(dataclasses.fields(cls))

    @classmethod
    def from_options(cls, text: str = "") -> HmPass:
        """Build the pass from MLIR option text (the part between the braces)."""
        known = {_option_name(f.name): f for f in cls.option_fields()}
        values = {}
        for name, value in split_options(text):
            if name not in known:
                listed = ", ".join(known) or "none"
                raise PassOptionError(f"'{cls.NAME}' has no option '{name}' (options: {listed})")
            field = known[name]
            values[field.name] = _parse_value(value, field.type, name)
        instance = cls(**values)
        instance.check_options()
        return instance

    def check_options(self) -> None:  # noqa: B027 (optional hook: most passes accept any value)
        """Reject option values outside their range (raise PassOptionError)."""

    def pipeline_text(self) -> str:
        """The pass as it would be written in a pipeline, with options that differ from the defaults."""
        parts = []
        for field in self.option_fields():
            value = getattr(self, field.name)
            if value == field.default:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, tuple):
                value = ",".join(str(v) for v in value)
            parts.append(f"{_option_name(field.name)}={value}")
        return f"{self.NAME}{{{' '.join(parts)}}}" if parts else self.NAME

    def add_to(self, pm, verify: bool = True) -> None:
        """Append this pass to an upstream PassManager anchored on builtin.module; with `verify`, the stage
        dialects' Python verifier runs after it."""
        pm.add(self._callback(verify), name=self.NAME, argument=self.NAME, description=self.SUMMARY)

    def _callback(self, verify_after: bool = True):
        def run_pass(op, pass_) -> None:
            from hm_mlir.verifier import verify

            try:
                self.run(op)
            except PassError as err:
                err.op.location.emit_error(err.message)
                pass_.signal_pass_failure()
                return
            except PassFailed:
                pass_.signal_pass_failure()
                return
            except Exception as err:  # a bug in the pass: fail it with a message instead of a traceback
                if os.environ.get("HM_PASS_TRACEBACK"):  # for hm-mlir's developers
                    traceback.print_exc()
                op.location.emit_error(f"internal error in {self.NAME}: {type(err).__name__}: {err}")
                pass_.signal_pass_failure()
                return
            if verify_after and not verify(op):
                pass_.signal_pass_failure()

        return run_pass

    @classmethod
    def help_lines(cls) -> list[str]:
        """`--help` text: the name, the summary and one line per option."""
        lines = [f"  {cls.NAME:<28} {cls.SUMMARY}"]
        for field in cls.option_fields():
            doc = field.metadata.get("help", "")
            default = field.default
            if isinstance(default, tuple):
                default = ",".join(str(v) for v in default)
            lines.append(f"      {_option_name(field.name) + '=<' + str(field.type) + '>':<26} {doc} "
                         f"(default: {default})")
        return lines
