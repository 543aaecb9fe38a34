"""Builders for tilegraph ops (upstream-bindings style: snake_case functions, keyword-only loc/ip)."""

from __future__ import annotations

from collections.abc import Sequence

from mlir import ir

from hm_mlir.builders.rtile import _array, _i64


def kernel(name: str, *, function: str, space: str, nodes: int, grid: Sequence[int], block: Sequence[int],
           smem_bytes: int, traffic_bytes: int, cost_us: float, loc=None, ip=None) -> ir.Operation:
    """A `tilegraph.kernel`: the fused group outlined into `function`, compiled from `space`'s chosen rTile."""
    attributes = {
        "sym_name": ir.StringAttr.get(name), "function": ir.FlatSymbolRefAttr.get(function),
        "space": ir.FlatSymbolRefAttr.get(space), "nodes": _i64(nodes), "grid": _array(grid),
        "block": _array(block), "smem_bytes": _i64(smem_bytes), "traffic_bytes": _i64(traffic_bytes),
        "cost_us": ir.FloatAttr.get(ir.F64Type.get(), float(cost_us), loc=loc or ir.Location.unknown()),
    }
    return ir.Operation.create("tilegraph.kernel", attributes=attributes, loc=loc, ip=ip)


def node(kernel_name: str, *, index: int, op: str, tile: Sequence[int], space: str, loc=None, ip=None):
    attributes = {"kernel": ir.FlatSymbolRefAttr.get(kernel_name), "index": _i64(index), "op": ir.StringAttr.get(op),
                  "tile": _array(tile), "space": ir.FlatSymbolRefAttr.get(space)}
    return ir.Operation.create("tilegraph.node", attributes=attributes, loc=loc, ip=ip)


def edge(kernel_name: str, *, producer: int, consumer: int, operand: int, tile: Sequence[int], level: str,
         loc=None, ip=None):
    attributes = {"kernel": ir.FlatSymbolRefAttr.get(kernel_name), "producer": _i64(producer),
                  "consumer": _i64(consumer), "operand": _i64(operand), "tile": _array(tile),
                  "level": ir.StringAttr.get(level)}
    return ir.Operation.create("tilegraph.edge", attributes=attributes, loc=loc, ip=ip)
