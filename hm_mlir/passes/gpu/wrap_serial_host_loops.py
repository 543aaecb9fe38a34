"""hm-wrap-serial-host-loops: give loop nests without parallel loops a one-thread kernel.

Consumes: host functions after convert-linalg-to-parallel-loops. Produces: each top-level scf.for nest that
came from a linalg op without a parallel loop (a full reduction, a 0-d fill) wrapped in a 1x1 scf.parallel,
so it becomes a (serial) kernel instead of a host loop over device memory. A loop-free op (a 0-d generic)
is a bare memref.store: the loads and arith/math ops that only feed it move into its kernel too, so no
computation is left on the host (where math.erf, for one, has no lowering on GPU targets). Loops over host
memory only (codegen.host.HostMemory: the deallocation helper's flags) stay host loops."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.codegen.host import HostMemory, host_funcs
from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class WrapSerialHostLoops(HmPass):
    NAME = "hm-wrap-serial-host-loops"
    SUMMARY = "run loop nests without a parallel loop as one-thread kernels"

    def run(self, module) -> None:
        wrap_serial_host_loops(module)


def wrap_serial_host_loops(op, pass_=None) -> None:
    """Serial-kernel fallback. Run after convert-linalg-to-parallel-loops.

    Linalg ops with no parallel loop (e.g. a full reduction to a 0-d tensor,
    or the fill of a 0-d tensor) lower to host scf.for / memref.store on
    device memory. Each such host op (no results, touches a non-host buffer,
    contains no scf.parallel or gpu op) is wrapped in a 1-iteration
    scf.parallel. It then becomes a kernel where a single thread does the
    work: correct, but serial.
    """
    from mlir import ir
    from mlir.dialects import arith, scf

    ctx = op.context
    idx = ir.IndexType.get(context=ctx)
    cands = []
    memory = HostMemory(op)

    def touches_device(o) -> bool:
        found = [False]

        def v(x):
            n = x.name
            if n == "scf.parallel" or n.startswith("gpu."):
                found[0] = None
                return ir.WalkResult.INTERRUPT
            if n in ("memref.load", "memref.store"):
                mem = x.operands[0] if n == "memref.load" else x.operands[1]
                if not memory.is_host(mem):
                    found[0] = True
            return ir.WalkResult.ADVANCE

        o.walk(v, ir.WalkOrder.PRE_ORDER)
        return found[0] is True

    def visit(o):
        n = o.name
        if n == "func.func":
            return ir.WalkResult.ADVANCE
        if n == "scf.parallel" or n.startswith("gpu."):
            return ir.WalkResult.SKIP  # already parallel / device code
        if n in ("memref.store", "scf.for", "scf.if") and len(o.results) == 0 and touches_device(o):
            cands.append(o)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    for f in host_funcs(op):
        f.walk(visit, ir.WalkOrder.PRE_ORDER)

    for o in cands:
        feeding = _feeding_ops(o) if o.name == "memref.store" else []
        with ir.InsertionPoint(o), o.location:
            c0 = arith.ConstantOp(idx, 0).result
            c1 = arith.ConstantOp(idx, 1).result
            par = scf.ParallelOp([], [c0], [c1], [c1], [])
            body = par.regions[0].blocks.append(idx)
            with ir.InsertionPoint(body):
                red = scf.ReduceOp([], 0)
        for producer in feeding:
            producer.move_before(red.operation)
        o.move_before(red.operation)


MOVABLE_DIALECTS = ("arith", "math")


def _feeding_ops(store) -> list:
    """The memref.load / arith / math ops of the store's block whose results only feed the store (directly or
    through each other), in block order. Constants stay: outlining copies them into each kernel."""
    block = store.operation.block
    chosen = {store.operation}
    changed = True
    while changed:
        changed = False
        for op in block.operations:
            op = op.operation
            movable = op.name == "memref.load" or op.name.split(".")[0] in MOVABLE_DIALECTS
            if op in chosen or not movable or op.name == "arith.constant" or not op.results:
                continue
            users = [use.owner.operation for result in op.results for use in result.uses]
            if users and all(user in chosen for user in users):
                chosen.add(op)
                changed = True
    return [op.operation for op in block.operations if op.operation in chosen and op.operation != store.operation]
