"""hm-carried-buffers-by-iteration: a loop-carried buffer that is a function of the iteration is computed from the
iteration instead of being carried (Grinder, `--grinder`: what lets every vEU run its own iteration).

Consumes: host functions after bufferization and the memory plan, before the buffer deallocation pipeline.
Bufferization and hm-plan-memory turn a loop-carried tensor (an RNN's h) into a memref iter_arg whose yielded
value is one of two arena slots picked by the iteration's parity. Produces: for every `scf.for` memref iter_arg
whose yielded value depends on the induction variable and values from outside the loop alone
(hm_mlir.passes.utask.device_loop), its uses in the body read init at the first iteration and the yielded
value of the iteration before after it, its uses after the loop the yielded value of the last iteration (init if
the loop runs none), and the loop no longer carries it. The deallocation pipeline then has no ownership to track
for it (no dealloc_helper call per iteration), and the loop's body is the same at every iteration but for its
induction variable.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, scf

from hm_mlir.codegen.host import host_funcs
from hm_mlir.codegen.kernel_form import index_constant
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass
from hm_mlir.passes.utask.device_loop import DeviceLoop


@dataclass(frozen=True)
class CarriedBuffersByIteration(HmPass):
    NAME = "hm-carried-buffers-by-iteration"
    SUMMARY = "bufferize: scf.for memref iter_args whose yield depends on the iteration alone -> computed from it"

    def run(self, module) -> None:
        for function in host_funcs(module):
            for op in [op for op in walk(function) if op.name == "scf.for"]:
                loop = DeviceLoop(op)
                by_iteration = [index for index, (arg, value) in enumerate(zip(loop.iter_args, loop.yielded))
                                if isinstance(arg.type, ir.MemRefType) and loop.depends_on_iteration_only(value)]
                if by_iteration:
                    _compute(loop, by_iteration)


def _compute(loop: DeviceLoop, indices: list[int]) -> None:
    """Carried values `indices` of `loop` computed from its iteration; the loop rebuilt without them."""
    body = loop.body
    with ir.InsertionPoint.at_block_begin(body), loop.op.location:
        iteration = arith.DivUIOp(arith.SubIOp(loop.iv, loop.lower).result, loop.step).result
        memo: dict = {}
        for index in indices:
            loop.iter_args[index].replace_all_uses_with(loop.value_at(loop.iter_args[index], iteration, memo, True))
    with ir.InsertionPoint.after(loop.op), loop.op.location:
        trips = loop.trips()
        ran = arith.CmpIOp(arith.CmpIPredicate.sgt, trips, index_constant(0)).result
        last = arith.SubIOp(arith.MaxSIOp(trips, index_constant(1)).result, index_constant(1)).result
        for index in indices:
            result = loop.op.results[index]
            if len(list(result.uses)):
                final = loop.value_at(loop.yielded[index], last, {}, carried=False)
                result.replace_all_uses_with(arith.SelectOp(ran, final, loop.inits[index]).result)
    keep = [i for i in range(len(loop.iter_args)) if i not in indices]
    with ir.InsertionPoint(loop.op), loop.op.location:
        rebuilt = scf.ForOp(loop.lower, loop.upper, loop.step, [loop.inits[i] for i in keep])
    for attribute in loop.op.attributes:
        if attribute.name not in rebuilt.operation.attributes:
            rebuilt.operation.attributes[attribute.name] = attribute.attr
    with ir.InsertionPoint(rebuilt.body), loop.op.location:
        terminator = scf.YieldOp([loop.yielded[i] for i in keep])
    loop.iv.replace_all_uses_with(rebuilt.induction_variable)
    for position, i in enumerate(keep):
        loop.iter_args[i].replace_all_uses_with(rebuilt.inner_iter_args[position])
        loop.op.results[i].replace_all_uses_with(rebuilt.results[position])
    old_terminator = body.operations[len(body.operations) - 1]
    old_terminator.erase()
    for op in [op.operation for op in body.operations]:
        op.move_before(terminator)
    loop.op.erase()
