"""Modules hm-opt's process loads only when something uses them (a third of a small compile's time otherwise).

Two imports cost hm-opt more than most of its passes and are usually not needed at all:
- `numpy` (40-60 ms), which upstream's `mlir.ir` imports at start-up only to define three attribute builders;
- `mlir.dialects.linalg` (30 ms of opdsl, which imports numpy too), which the bindings import the first time
  Python sees a linalg op, attribute or type, only to give it its OpView class; hm-mlir reads linalg ops
  through their generic Operation (names, attributes, operands) and builds the few it creates generically.

`defer(name)` puts a placeholder module in `sys.modules`: importing it returns the placeholder without running
it, and the first attribute anybody reads runs the real module into it (the mechanism of importlib's
LazyLoader, which Python 3.11's import statement would trigger at once by reading `__spec__`). Only the
command-line tools call it, in their own process: the library never changes a caller's imports.
"""

from __future__ import annotations

import importlib.util
import sys
import types


class _Deferred(types.ModuleType):
    """A module not run yet: the first attribute it does not have runs it (its spec, name and path it has)."""

    def __getattr__(self, name: str):
        self.__class__ = types.ModuleType  # from here on an ordinary module
        try:
            self.__spec__.loader.exec_module(self)
        except BaseException:
            sys.modules.pop(self.__name__, None)  # as a failed import leaves it
            raise
        return getattr(self, name)


def defer(*names: str) -> None:
    """Defer each module of `names` that is not imported yet (see the module docstring)."""
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            continue
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _Deferred
        sys.modules[name] = module
