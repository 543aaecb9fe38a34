"""Builders for rtask ops (upstream-bindings style: snake_case functions, keyword-only loc/ip)."""

from __future__ import annotations

from mlir import ir

from hm_mlir.builders.rtile import _array, _i64


def vdevice(name: str, *, sms: int, veus_per_sm: int, loc=None, ip=None) -> ir.Operation:
    attributes = {"sym_name": ir.StringAttr.get(name), "sms": _i64(sms), "veus_per_sm": _i64(veus_per_sm),
                  "num_veus": _i64(sms * veus_per_sm)}
    return ir.Operation.create("rtask.vdevice", attributes=attributes, loc=loc, ip=ip)


def program(name: str, *, function: str, vdevice: str, kernels: list[str], waves: int, cost_us: float,
            launches_us: float, follows: list[int], tables, dispatch: str = "static", loc=None,
            ip=None) -> ir.Operation:
    """An `rtask.program` holding `tables` (hm_mlir.rammer.tables.Tables; one row, a queue, for dispatch
    "queue") and the (later, earlier) pairs."""
    f64 = ir.F64Type.get()
    attributes = {"sym_name": ir.StringAttr.get(name), "function": ir.FlatSymbolRefAttr.get(function),
                  "vdevice": ir.FlatSymbolRefAttr.get(vdevice),
                  "kernels": ir.ArrayAttr.get([ir.StringAttr.get(k) for k in kernels]), "waves": _i64(waves),
                  "cost_us": ir.FloatAttr.get(f64, float(cost_us)),
                  "launches_us": ir.FloatAttr.get(f64, float(launches_us)), "follows": _array(follows),
                  "dispatch": ir.StringAttr.get(dispatch)}
    for field in tables.FIELDS:
        attributes[field] = _array(getattr(tables, field))
    return ir.Operation.create("rtask.program", attributes=attributes, loc=loc, ip=ip)
