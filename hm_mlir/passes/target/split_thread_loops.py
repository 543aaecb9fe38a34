"""hm-split-thread-loops: run Roller's kernels on the CPU target (the CPU target's mapping of blocks and threads).

Consumes: the kernels of hm-roller-codegen (`scf.parallel {hm.roller_kernel}` over blocks around one
`scf.parallel {hm.threads}` over threads whose body may hold gpu.barrier, also inside thread-uniform scf.for
loops). Produces the same program for a machine that runs one thread at a time:
- the thread loop is split at every barrier into consecutive thread loops; a loop that holds a barrier runs
  once per block around the thread loops of its body;
- every thread's register tile (memref.alloca) becomes its row of a [threads x points] buffer;
- shared-memory tiles (and typed views of them) lose the workgroup address space; they and the register
  buffers are allocated once before the kernel and freed after it (blocks run one after another);
- pure values a later piece needs (thread coordinates, constants) are recomputed there.
Anything else that crosses a barrier is an error: the GPU program would not have it either.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import memref, scf

from hm_mlir.codegen.host import host_funcs
from hm_mlir.codegen.kernel_form import KERNEL_ATTR, THREADS_ATTR, index_constant
from hm_mlir.ir_walk import defining_op, walk
from hm_mlir.passes.base import HmPass, PassError

_PURE_PREFIXES = ("arith.", "index.", "affine.apply")


def _has_barrier(op: ir.Operation) -> bool:
    return op.name == "gpu.barrier" or any(inner.name == "gpu.barrier" for inner in walk(op))


def enclosing(op: ir.Operation, attr: str) -> ir.Operation | None:
    """The nearest op around `op` (or `op` itself) that carries `attr`, stopping at a kernel loop."""
    current = op
    while current is not None:
        if attr in current.attributes:
            return current
        if KERNEL_ATTR in current.attributes or current.name == "func.func":
            return None
        current = current.parent
    return None


def _without_space(memref_type: ir.Type) -> ir.Type:
    """The same identity-layout memref type in the default memory space."""
    return ir.MemRefType.get(memref_type.shape, memref_type.element_type)


@dataclass
class _Splitter:
    kernel: ir.Operation
    threads: ir.Operation

    def run(self) -> None:
        body = self.threads.regions[0].blocks[0]
        self.count = self.threads.opview.upperBound[0]
        self.old_id = body.arguments[0]
        allocas = [op for op in body.operations if op.name == "memref.alloca"]
        self.segments: list[ir.Operation] = []
        self._distribute(list(body.operations)[:-1], self.threads)
        for segment in self.segments:
            new_id = segment.regions[0].blocks[0].arguments[0]
            for op in walk(segment):
                for i, value in enumerate(op.operands):
                    if value == self.old_id:
                        op.operands[i] = new_id
        if any(True for _ in self.old_id.uses):
            raise PassError(self.kernel, "hm-split-thread-loops: a loop that holds a gpu.barrier depends on the "
                                         "thread id")
        for alloca in allocas:
            self._per_thread_buffer(alloca)
        self._rematerialize()
        self.threads.erase()
        self._hoist_shared_tiles()

    # -- splitting ------------------------------------------------------------------------------------------
    def _distribute(self, ops: list[ir.Operation], before: ir.Operation) -> None:
        """Wrap runs of `ops` between barriers in new thread loops placed before `before`; an op holding a
        barrier moves there too, its body distributed the same way."""
        run: list[ir.Operation] = []
        for op in ops:
            if op.name == "gpu.barrier":
                self._flush(run, before)
                run = []
                op.erase()
            elif _has_barrier(op):
                self._flush(run, before)
                run = []
                if op.name != "scf.for":
                    raise PassError(op, f"hm-split-thread-loops: a gpu.barrier inside '{op.name}' is not "
                                        "supported (only thread-uniform scf.for loops)")
                op.move_before(before)
                inner = op.regions[0].blocks[0]
                inner_ops = list(inner.operations)
                self._distribute(inner_ops[:-1], inner_ops[-1])
            else:
                run.append(op)
        self._flush(run, before)

    def _flush(self, run: list[ir.Operation], before: ir.Operation) -> None:
        if not run:
            return
        with ir.InsertionPoint(before), before.location:
            loop = scf.ParallelOp([], [index_constant(0)], [self.count], [index_constant(1)], [])
            loop.operation.attributes[THREADS_ATTR] = ir.UnitAttr.get()
            body = loop.region.blocks.append(ir.IndexType.get())
            with ir.InsertionPoint(body):
                terminator = scf.ReduceOp([], 0)
        for op in run:
            op.move_before(terminator.operation)
        self.segments.append(loop.operation)

    # -- values that cross a barrier ------------------------------------------------------------------------
    @staticmethod
    def _thread_id(segment: ir.Operation) -> ir.Value:
        return segment.regions[0].blocks[0].arguments[0]

    def _rematerialize(self) -> None:
        """Recompute, where it is used, every pure value defined in another piece of the thread loop."""
        self.thread_ids = {self._thread_id(segment) for segment in self.segments}
        users = [op for segment in self.segments for op in walk(segment)]
        users += [op for op in walk(self.kernel) if enclosing(op, THREADS_ATTR) is None]
        for user in users:
            home = enclosing(user, THREADS_ATTR)
            for i, value in enumerate(user.operands):
                self._fix_operand(user, i, value, home)

    def _fix_operand(self, user: ir.Operation, index: int, value: ir.Value, home) -> None:
        definer = defining_op(value)
        if definer is None:  # a block argument: another piece's thread id becomes this piece's
            if home is not None and value in self.thread_ids and value != self._thread_id(home):
                user.operands[index] = self._thread_id(home)
            return
        origin = enclosing(definer, THREADS_ATTR)
        if origin is None or origin == home:
            return
        if not definer.name.startswith(_PURE_PREFIXES) or definer.regions:
            raise PassError(user, f"hm-split-thread-loops: '{definer.name}' computes a value used across a "
                                  "gpu.barrier; only pure index arithmetic may cross one")
        clone = definer.clone(ip=ir.InsertionPoint(user))
        for i, operand in enumerate(clone.operands):
            self._fix_operand(clone, i, operand, home)
        number = [r for r in definer.results].index(value) if len(definer.results) > 1 else 0
        user.operands[index] = clone.results[number]

    # -- memory ---------------------------------------------------------------------------------------------
    def _per_thread_buffer(self, alloca: ir.Operation) -> None:
        """A thread's register tile -> its row of one buffer for all threads, allocated around the kernel."""
        shape = list(alloca.result.type.shape)
        count = defining_op(self.count).attributes["value"].value
        element = alloca.result.type.element_type
        with ir.InsertionPoint(self.kernel), alloca.location:
            buffer = memref.AllocOp(ir.MemRefType.get([count] + shape, element), [], []).result
        with ir.InsertionPoint.after(self.kernel), alloca.location:
            memref.DeallocOp(buffer)
        for use in list(alloca.result.uses):
            user = use.owner
            thread = enclosing(user, THREADS_ATTR).regions[0].blocks[0].arguments[0]
            with ir.InsertionPoint(user), user.location:
                if user.name == "memref.load":
                    new = memref.LoadOp(buffer, [thread] + list(user.operands[1:]))
                    user.result.replace_all_uses_with(new.result)
                elif user.name == "memref.store":
                    memref.StoreOp(user.operands[0], buffer, [thread] + list(user.operands[2:]))
                else:
                    raise PassError(user, f"hm-split-thread-loops: register tile used by '{user.name}'")
            user.erase()
        alloca.erase()

    def _hoist_shared_tiles(self) -> None:
        block = self.kernel.regions[0].blocks[0]
        for op in list(block.operations):
            if op.name != "memref.alloc" or op.result.type.memory_space is None:
                continue
            op.result.set_type(_without_space(op.result.type))
            for use in list(op.result.uses):  # typed views of a byte buffer (warpgroup kernels)
                if use.owner.name == "memref.view":
                    use.owner.result.set_type(_without_space(use.owner.result.type))
                elif use.owner.name == "memref.dealloc":  # freed once, after the kernel, not per block
                    use.owner.erase()
            op.move_before(self.kernel)
            with ir.InsertionPoint.after(self.kernel), op.location:
                memref.DeallocOp(op.result)


@dataclass(frozen=True)
class SplitThreadLoops(HmPass):
    NAME = "hm-split-thread-loops"
    SUMMARY = "cpu: split Roller kernels' thread loops at gpu.barrier, register tiles become per-thread rows"

    def run(self, module) -> None:
        for func in host_funcs(module):
            for kernel in [op for op in walk(func) if KERNEL_ATTR in op.attributes]:
                threads = [op for op in kernel.regions[0].blocks[0].operations if THREADS_ATTR in op.attributes]
                for loop in threads:
                    _Splitter(kernel, loop).run()
