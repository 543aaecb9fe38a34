"""hm-rename-reserved-symbols: a user's function never takes the place of one the compiled code calls.

Consumes: a module of func.func. Produces: the same module where every private function *defined* under a
name the lowering or the runtime calls (a C library or libm function such as `expf` or `malloc`, the
runtimes' `memrefCopy`, `mgpu*`, `print*`, `_mlir_*`, `hm_*`, compiler helpers `__*`) is renamed to
`hm_user_<name>` with every use; a public function defined under such a name is a located error (its name is
the module's interface, and keeping it would make `math.exp` call it, or crash the host code). Declarations
are left alone: declaring `@expf` is how a module calls the C function itself.

Without this pass a private `@expf` returning 42 made every `math.exp` of the module return 42 on the cpu
target (the math-to-libm lowering finds a function of that name and calls it), and a public one crashed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlir import ir

from hm_mlir.passes.base import HmPass, PassFailed

_MATH = ("acos acosh asin asinh atan atan2 atanh cbrt ceil copysign cos cosh erf erfc exp exp2 expm1 fabs floor "
         "fma fmax fmin fmod hypot log log10 log1p log2 nearbyint pow remainder rint round roundeven sin sinh sqrt "
         "tan tanh tgamma trunc lgamma").split()
_C = ("malloc free calloc realloc aligned_alloc posix_memalign memcpy memmove memset memcmp abort exit puts printf "
      "fprintf putchar strlen").split()
RESERVED = re.compile(r"(?:" + "|".join(f"{name}f?" for name in _MATH) + "|" + "|".join(_C)
                      + r"|memrefCopy|mlir\w*|print[A-Z]\w*|mgpu\w*|hm_\w*|_mlir_\w*|__\w*)")
PREFIX = "hm_user_"


def reserved(name: str) -> bool:
    """Whether the lowering or a runtime may call a function of this name (never one this pass gave: running
    it twice changes nothing)."""
    return not name.startswith(PREFIX) and RESERVED.fullmatch(name) is not None


@dataclass(frozen=True)
class RenameReservedSymbols(HmPass):
    NAME = "hm-rename-reserved-symbols"
    SUMMARY = "private functions named like C, libm or runtime functions are renamed (public ones are an error)"

    def run(self, module) -> None:
        body = module.regions[0].blocks[0]
        taken = {op.operation.attributes["sym_name"].value for op in body.operations
                 if "sym_name" in op.operation.attributes}
        failed = False
        for op in list(body.operations):
            op = op.operation
            if op.name != "func.func" or not op.regions[0].blocks:
                continue
            name = op.attributes["sym_name"].value
            if not reserved(name):
                continue
            private = "sym_visibility" in op.attributes and op.attributes["sym_visibility"].value == "private"
            if not private:
                op.location.emit_error(f"public function @{name} has the name of a function the compiled code calls "
                                       f"(C library, libm or runtime): rename it, or make it private")
                failed = True
                continue
            new = PREFIX + name
            while new in taken:
                new += "_"
            taken.add(new)
            ir.SymbolTable.replace_all_symbol_uses(name, new, module)
            op.attributes["sym_name"] = ir.StringAttr.get(new)
        if failed:
            raise PassFailed()
