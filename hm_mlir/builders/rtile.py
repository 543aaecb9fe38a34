"""Builders for rtile ops (upstream-bindings style: snake_case functions, keyword-only loc/ip)."""

from __future__ import annotations

from collections.abc import Sequence

from mlir import ir


def _i64(value: int) -> ir.IntegerAttr:
    return ir.IntegerAttr.get(ir.IntegerType.get_signless(64), int(value))


def _array(values: Sequence[int]) -> ir.DenseI64ArrayAttr:
    return ir.DenseI64ArrayAttr.get([int(v) for v in values])


def config(name: str, *, block: Sequence[int], thread: Sequence[int], step: Sequence[int], pad: Sequence[int],
           mma: Sequence[int] = (), vector_width: int = 1, stages: int = 1, smem_bytes: int = 0,
           regs_per_thread: int = 0, traffic_bytes: int = 0, waves: int = 1, cost_us: float = 0.0,
           loc: ir.Location | None = None, ip: ir.InsertionPoint | None = None) -> ir.Operation:
    """Create an `rtile.config` op (one candidate rTile)."""
    threads = 1
    for b, t in zip(block, thread):
        threads *= b // t
    attributes = {
        "sym_name": ir.StringAttr.get(name),
        "block": _array(block),
        "thread": _array(thread),
        "step": _array(step),
        "pad": _array(pad),
        "mma": _array(mma),
        "vector_width": _i64(vector_width),
        "stages": _i64(stages),
        "threads": _i64(threads),
        "smem_bytes": _i64(smem_bytes),
        "regs_per_thread": _i64(regs_per_thread),
        "traffic_bytes": _i64(traffic_bytes),
        "waves": _i64(waves),
        "cost_us": ir.FloatAttr.get(ir.F64Type.get(), float(cost_us), loc=loc or ir.Location.unknown()),
    }
    return ir.Operation.create("rtile.config", attributes=attributes, loc=loc, ip=ip)


def space(name: str, *, op: str, loops: Sequence[int], iterators: Sequence[str], candidates: Sequence[str],
          policy: str, top_k: int, device: str, chosen: str | None = None, loc: ir.Location | None = None,
          ip: ir.InsertionPoint | None = None) -> ir.Operation:
    """Create an `rtile.space` op listing `candidates` (config names, best first) for `device`; `chosen`
    (default: the first) is the one compiled."""
    attributes = {
        "sym_name": ir.StringAttr.get(name),
        "op": ir.StringAttr.get(op),
        "loops": _array(loops),
        "iterators": ir.ArrayAttr.get([ir.StringAttr.get(it) for it in iterators]),
        "top_k": _i64(top_k),
        "candidates": ir.ArrayAttr.get([ir.FlatSymbolRefAttr.get(c) for c in candidates]),
        "chosen": ir.FlatSymbolRefAttr.get(chosen or candidates[0]),
        "policy": ir.StringAttr.get(policy),
        "device": ir.StringAttr.get(device),
    }
    return ir.Operation.create("rtile.space", attributes=attributes, loc=loc, ip=ip)
