"""hm-tag-loop-configs: let the loops of every linalg op remember the op's rTile config.

Consumes: bufferized host functions whose linalg ops carry `rtile.space = @...` (the rtile stage). Produces:
the same ops, the location of each wrapped in a name location `rtile.config=<chosen config>`.
convert-linalg-to-parallel-loops gives the loops it creates that location, which is how
`hm-tile-parallel-loops` finds the config of each loop nest.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import module_body, walk
from hm_mlir.passes.base import HmPass

CONFIG_TAG = "rtile.config="


def chosen_configs(module: ir.Operation) -> dict[str, str]:
    """rtile.space name -> the name of its chosen rtile.config."""
    return {op.attributes["sym_name"].value: op.attributes["chosen"].value
            for op in module_body(module) if op.name == "rtile.space"}


@dataclass(frozen=True)
class TagLoopConfigs(HmPass):
    NAME = "hm-tag-loop-configs"
    SUMMARY = "linalg ops' locations name their chosen rtile config, for the loops lowered from them"

    def run(self, module) -> None:
        configs = chosen_configs(module)
        for func in host_funcs(module):
            for op in walk(func):
                if not op.name.startswith("linalg."):
                    continue
                link = op.attributes["rtile.space"].value if "rtile.space" in op.attributes else None
                if link in configs:
                    op.location = ir.Location.name(CONFIG_TAG + configs[link], childLoc=op.location)
