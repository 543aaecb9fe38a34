"""hm-prepare-loop-tiling: put parallel loops first and let every loop nest remember its rTile config.

Consumes: bufferized host functions whose linalg ops are generic (named ops generalized), as the rtile stage
left them (`rtile.space = @...` on each op it tiled). Produces: the same ops with their loops interchanged so
that parallel loops come before reduction loops (indexing maps, iterator types and `linalg.index` dims
permuted; the result is unchanged), and the location of every op with an rTile wrapped in a name location
`rtile.config=@<chosen config>`. convert-linalg-to-parallel-loops gives the loops it creates that location,
which is how `hm-tile-parallel-loops` finds the config of each loop nest.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.passes.base import HmPass
from hm_mlir.verifier.common import module_body, walk

CONFIG_TAG = "rtile.config="


def chosen_configs(module: ir.Operation) -> dict[str, str]:
    """rtile.space name -> the name of its chosen rtile.config."""
    return {op.attributes["sym_name"].value: op.attributes["chosen"].value
            for op in module_body(module) if op.name == "rtile.space"}


def _iterators(op: ir.Operation) -> list[str]:
    return ["reduction" if "reduction" in str(it) else "parallel" for it in op.attributes["iterator_types"]]


def parallel_first(op: ir.Operation) -> None:
    """Interchange the loops of linalg.generic `op` in place so that every parallel loop precedes every
    reduction loop (stable within each kind)."""
    iterators = _iterators(op)
    order = [d for d, it in enumerate(iterators) if it == "parallel"]
    order += [d for d, it in enumerate(iterators) if it != "parallel"]
    if order == list(range(len(order))):
        return
    new_position = {old: new for new, old in enumerate(order)}
    dims = len(order)
    # new_map(new dims) = old_map(old dims), old dim d being new dim new_position[d].
    old_from_new = ir.AffineMap.get(dims, 0, [ir.AffineDimExpr.get(new_position[d]) for d in range(dims)])
    maps = [ir.AffineMapAttr.get(m.value.compose(old_from_new)) for m in op.attributes["indexing_maps"]]
    op.attributes["indexing_maps"] = ir.ArrayAttr.get(maps)
    kinds = list(op.attributes["iterator_types"])
    op.attributes["iterator_types"] = ir.ArrayAttr.get([kinds[d] for d in order])
    for inner in walk(op):
        if inner.name == "linalg.index":
            dim = inner.attributes["dim"].value
            inner.attributes["dim"] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), new_position[dim])


@dataclass(frozen=True)
class PrepareLoopTiling(HmPass):
    NAME = "hm-prepare-loop-tiling"
    SUMMARY = "linalg.generic loops parallel-first; loop nests remember their rtile config (location tag)"

    def run(self, module) -> None:
        configs = chosen_configs(module)
        for func in host_funcs(module):
            for op in walk(func):
                if op.name != "linalg.generic":
                    continue
                parallel_first(op)
                link = op.attributes["rtile.space"].value if "rtile.space" in op.attributes else None
                if link in configs:
                    op.location = ir.Location.name(CONFIG_TAG + configs[link], childLoc=op.location)
