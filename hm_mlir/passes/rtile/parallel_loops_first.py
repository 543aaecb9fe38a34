"""hm-parallel-loops-first: interchange the loops of every linalg.generic so parallel loops come first.

Consumes: linalg.generic ops (named ops generalized) on tensors or memrefs. Produces: the same ops with
their indexing maps, iterator types and `linalg.index` dims permuted so that every parallel loop precedes
every reduction loop (stable within each kind); results are unchanged. The loops of a reduction over a
leading or middle axis then lower to one parallel nest (one kernel) instead of a host loop around kernels.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from hm_mlir.codegen.host import host_funcs
from hm_mlir.ir_walk import walk
from hm_mlir.linalg_info import iterator_kinds
from hm_mlir.passes.base import HmPass


def parallel_first(op: ir.Operation) -> None:
    """Interchange the loops of linalg.generic `op` in place so that every parallel loop precedes every
    reduction loop (stable within each kind)."""
    iterators = iterator_kinds(op)
    order = [d for d, it in enumerate(iterators) if it == "parallel"]
    order += [d for d, it in enumerate(iterators) if it != "parallel"]
    if order == list(range(len(order))):
        return
    new_position = {old: new for new, old in enumerate(order)}
    dims = len(order)
    # new_map(new dims) = old_map(old dims), old dim d being new dim new_position[d].
    old_from_new = ir.AffineMap.get(dims, 0, [ir.AffineDimExpr.get(new_position[d]) for d in range(dims)])
    maps = []
    for attr in op.attributes["indexing_maps"]:
        old = attr.value
        results = [expr.compose(old_from_new) for expr in old.results]
        maps.append(ir.AffineMapAttr.get(ir.AffineMap.get(dims, old.n_symbols, results)))
    op.attributes["indexing_maps"] = ir.ArrayAttr.get(maps)
    kinds = ", ".join(f"#linalg.iterator_type<{iterators[d]}>" for d in order)
    op.attributes["iterator_types"] = ir.Attribute.parse(f"[{kinds}]")
    for inner in walk(op):
        if inner.name == "linalg.index":
            dim = inner.attributes["dim"].value
            inner.attributes["dim"] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), new_position[dim])


@dataclass(frozen=True)
class ParallelLoopsFirst(HmPass):
    NAME = "hm-parallel-loops-first"
    SUMMARY = "interchange linalg.generic loops so parallel loops precede reduction loops"

    def run(self, module) -> None:
        for func in host_funcs(module):
            for op in walk(func):
                if op.name == "linalg.generic":
                    parallel_first(op)
