"""Where a compile's time goes: `hm-opt --mlir-timing`'s report read back and split by kind.

In: the text upstream's pass timing prints at the end of a run (the lines `  0.0059 (  0.3%)  hm-verify`, nested
pipelines indented two more spaces; a user-time column before the wall time when some pass ran threads, as
the one of `--welder` runs does) and the process's wall time. Out: a CompileSplit with the time outside the
pass manager (Python and MLIR start-up, parse, print: `startup`), every hm pass (summed over its runs), the
upstream passes and the serialization to PTX/cubin (`gpu-module-to-binary`).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

SERIALIZATION = "GpuModuleToBinaryPass"
_LINE = re.compile(r"^\s+(?:\d+\.\d+ \(\s*[\d.]+%\)\s+)?(\d+\.\d+) \(\s*[\d.]+%\)  ( *)(\S.*?)\s*$")
_TOTAL = re.compile(r"Total Execution Time: (\d+\.\d+) seconds")


@dataclass
class CompileSplit:
    """Seconds of one compile: wall, outside the passes, per hm pass, upstream passes, serialization."""

    wall: float
    startup: float
    hm: dict[str, float] = field(default_factory=dict)
    upstream: float = 0.0
    serialization: float = 0.0

    @property
    def hm_total(self) -> float:
        return sum(self.hm.values())


def top_level_passes(report: str) -> list[tuple[str, float]]:
    """(name, seconds) of every top-level entry of a pass-timing report, in order (a nested pipeline is one
    entry, its passes not repeated; 'Total' is left out)."""
    entries = []
    for line in report.splitlines():
        match = _LINE.match(line)
        if match and not match.group(2) and match.group(3) != "Total":
            entries.append((match.group(3), float(match.group(1))))
    return entries


def split(report: str, wall: float) -> CompileSplit:
    """The CompileSplit of one process that took `wall` seconds and printed `report` (raises ValueError when
    the text holds no timing report)."""
    total = _TOTAL.search(report)
    if total is None:
        raise ValueError("no pass-timing report (run hm-opt with --mlir-timing)")
    result = CompileSplit(wall=wall, startup=max(0.0, wall - float(total.group(1))))
    for name, seconds in top_level_passes(report):
        if name.startswith("hm-"):
            result.hm[name] = result.hm.get(name, 0.0) + seconds
        elif name == SERIALIZATION:
            result.serialization += seconds
        else:
            result.upstream += seconds
    return result


def median_split(splits: list[CompileSplit]) -> CompileSplit:
    """Per part, the median over several runs of the same compile."""
    names = sorted({name for s in splits for name in s.hm})
    return CompileSplit(
        wall=statistics.median(s.wall for s in splits),
        startup=statistics.median(s.startup for s in splits),
        hm={name: statistics.median(s.hm.get(name, 0.0) for s in splits) for name in names},
        upstream=statistics.median(s.upstream for s in splits),
        serialization=statistics.median(s.serialization for s in splits),
    )
