"""hm-widen-i1-memrefs: rewrite memref<...xi1> as memref<...xi8>.

Consumes: any bufferized module. Produces: the same with i1 buffers widened to i8 (loads truncate, stores
extend). Upstream memref-to-llvm asserts on sub-byte element loads/stores and aborts the process; i1 memrefs
come from boolean tensors and from buffer-deallocation's helper functions."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class WidenI1Memrefs(HmPass):
    NAME = "hm-widen-i1-memrefs"
    SUMMARY = "store i1 buffers as i8 (memref-to-llvm aborts on i1 loads and stores)"

    def run(self, module) -> None:
        widen_i1_memrefs(module)


def widen_i1_memrefs(op, pass_=None) -> None:
    """Rewrite every ``memref<...xi1>`` into ``memref<...xi8>`` (whole module).

    Loads get an ``arith.trunci`` to i1 and stores an ``arith.extui`` to i8.
    Block-argument, result and ``func.func`` types are updated. Run it right
    before the LLVM lowering. An i1 memref load or store aborts
    finalize-memref-to-llvm (assertion ``getWidth() >= 8``). Such memrefs come
    from i1 tensors and also from the ``dealloc_helper`` that
    buffer-deallocation-pipeline emits when buffer aliasing is decided at run
    time (e.g. an scf.for whose init is a copy of a read-only argument).
    """
    from mlir import ir
    from mlir.dialects import arith

    ctx = op.context
    i1 = ir.IntegerType.get_signless(1, context=ctx)
    i8 = ir.IntegerType.get_signless(8, context=ctx)

    def widen(t):
        if isinstance(t, ir.MemRefType):
            mt = t
            if mt.element_type == i1:
                with ir.Location.unknown(ctx):
                    return ir.MemRefType.get(mt.shape, i8, mt.layout, mt.memory_space)
        return None

    loads, stores, funcs, globals_, others = [], [], [], [], []

    def visit(o):
        n = o.name
        if n == "memref.load" and o.results[0].type == i1:
            loads.append(o)
        elif n == "memref.store" and o.operands[0].type == i1:
            stores.append(o)
        elif n in ("func.func", "gpu.func"):
            funcs.append(o)
        elif n == "memref.global":
            globals_.append(o)
        others.append(o)
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    for o in loads:
        if widen(o.operands[0].type) is None:
            continue
        res = o.results[0]
        res.set_type(i8)
        with ir.InsertionPoint.after(o), o.location:
            t = arith.TruncIOp(i1, res)
        res.replace_all_uses_except(t.result, t.operation)
    for o in stores:
        if widen(o.operands[1].type) is None:
            continue
        with ir.InsertionPoint(o), o.location:
            e = arith.ExtUIOp(i8, o.operands[0])
        o.operands[0] = e.result
    for o in others:
        for r in o.results:
            w = widen(r.type)
            if w is not None:
                r.set_type(w)
        for reg in o.regions:
            for b in reg.blocks:
                for a in b.arguments:
                    w = widen(a.type)
                    if w is not None:
                        a.set_type(w)
    for g in globals_:
        _widen_global(g, widen)
    for f in funcs:
        ft = ir.FunctionType(ir.TypeAttr(f.attributes["function_type"]).value)
        ins = [widen(t) or t for t in ft.inputs]
        outs = [widen(t) or t for t in ft.results]
        f.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(ins, outs, context=ctx))


def _widen_global(g, widen) -> None:
    """A memref.global of i1 becomes one of i8 with the same values (constant i1 tensors end up here)."""
    from mlir import ir

    memref_type = ir.TypeAttr(g.attributes["type"]).value
    wide = widen(memref_type)
    if wide is None:
        return
    g.attributes["type"] = ir.TypeAttr.get(wide)
    initial = g.attributes["initial_value"] if "initial_value" in g.attributes else None
    if initial is None or not isinstance(initial, ir.DenseIntElementsAttr):
        return  # an uninitialized global (or `uninitialized`): nothing to convert
    tensor = ir.RankedTensorType.get(memref_type.shape, wide.element_type)
    if initial.is_splat:
        value = ir.IntegerAttr.get(wide.element_type, int(bool(initial[0])))
        g.attributes["initial_value"] = ir.DenseElementsAttr.get_splat(tensor, value)
        return
    import numpy as np  # here: most programs have no i1 constant that is not a splat (numpy costs start-up)

    count = int(np.prod(memref_type.shape)) if memref_type.shape else 1
    flat = [int(bool(initial[i])) for i in range(count)]
    values = np.array(flat, dtype=np.int8).reshape(memref_type.shape)
    g.attributes["initial_value"] = ir.DenseElementsAttr.get(values, type=tensor)
