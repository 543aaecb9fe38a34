"""The kernels of Rammer's persistent kernel: each `gpu.launch` of a program as the task body it becomes.

`read_kernel(launch)` checks and describes a launch (constant grid and block, one body block, shared memory as
top-level workgroup allocs). `TaskBodies` moves each kernel's body into the persistent launch: task b of a
kernel with more blocks than the table's N runs blocks b, b + N, ... (block ids delinearized, x fastest); the
threads past the kernel's own block size skip the body, whose barriers then count only its threads (named
barrier 1 for a multiple of 32 threads, a warp barrier `bar.warp.sync` of its lanes under 32, which orders
their memory too); its shared memory is a view of the program's one buffer (the largest kernel's size, 16-byte
aligned offsets, or 1024 and dynamic shared memory when a kernel's is dynamic or the buffer passes 48 KB); its
private buffers move to the entry block. `sink_views` then moves the views a kernel uses into it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from mlir import ir
from mlir.dialects import arith, gpu, memref, nvvm, scf

from hm_mlir.codegen.host import VIEW_OPS
from hm_mlir.codegen.kernel_form import DYNAMIC_SHARED_ATTR, index_constant
from hm_mlir.ir_walk import constant_int, defined_within, walk
from hm_mlir.passes.base import PassError
from hm_mlir.passes.rtask.persistent_sync import i32_constant

STATIC_SHARED_LIMIT = 48 * 1024
BARRIERS = ("gpu.barrier", "nvvm.barrier0")


def _is_workgroup(kind: ir.Type) -> bool:
    space = getattr(kind, "memory_space", None)
    return space is not None and "workgroup" in str(space)


def _bytes(kind: ir.MemRefType) -> int:
    width = kind.element_type.width if hasattr(kind.element_type, "width") else 32
    return int(np.prod(kind.shape)) * max(width // 8, 1)


def _aligned(size: int, alignment: int) -> int:
    return -(-size // alignment) * alignment


def delinearize(linear: ir.Value, sizes: tuple[int, ...]) -> list[ir.Value]:
    """x-fastest coordinates of `linear` in a grid of `sizes`."""
    coords = []
    for size in sizes:
        coords.append(arith.RemUIOp(linear, index_constant(size)).result if size > 1 else index_constant(0))
        linear = arith.DivUIOp(linear, index_constant(size)).result if size > 1 else linear
    return coords


@dataclass
class Kernel:
    launch: ir.Operation
    grid: tuple[int, int, int]
    block: tuple[int, int, int]
    shared: list[ir.Operation]  # top-level workgroup allocs

    @property
    def threads(self) -> int:
        return self.block[0] * self.block[1] * self.block[2]

    @property
    def blocks(self) -> int:
        return self.grid[0] * self.grid[1] * self.grid[2]

    def barriers(self) -> list[ir.Operation]:
        return [op for op in walk(self.launch) if op.name in BARRIERS]


def _sizes(launch: ir.Operation, first: int) -> tuple[int, int, int]:
    sizes = tuple(constant_int(launch.operands[first + i]) for i in range(3))
    if any(size is None for size in sizes):
        raise PassError(launch, "hm-rammer-gpu-program: a kernel of a program has a grid or block size that is "
                                "not a constant")
    return sizes


def read_kernel(launch: ir.Operation) -> Kernel:
    if len(launch.regions[0].blocks) != 1 or len(launch.regions[0].blocks[0].arguments) != 12:
        raise PassError(launch, "hm-rammer-gpu-program: a kernel of a program has attributions or several blocks")
    if launch.opview.asyncToken is not None or launch.opview.clusterSizeX is not None:
        raise PassError(launch, "hm-rammer-gpu-program: a kernel of a program is asynchronous or a cluster launch")
    body = launch.regions[0].blocks[0]
    shared = [op for op in body.operations if op.name == "memref.alloc" and _is_workgroup(op.result.type)]
    nested = [op for op in walk(launch) if op.name == "memref.alloc" and _is_workgroup(op.result.type)
              and op.operation.parent != launch]
    if nested:
        raise PassError(nested[0], "hm-rammer-gpu-program: shared memory allocated inside a kernel's control flow")
    return Kernel(launch, _sizes(launch, 0), _sizes(launch, 3), shared)


def unsharable(kernels: list[Kernel]) -> bool:
    """Whether a kernel's barriers could not count only its threads in the block of the largest kernel: more
    than a warp and not a multiple of 32 (a named barrier counts whole warps, and the idle threads of its last
    warp would have to reach it too)."""
    threads = max(kernel.threads for kernel in kernels)
    return any(threads > k.threads > 32 and k.threads % 32 and k.barriers() for k in kernels)


class TaskBodies:
    """Moves the kernels of one program into its persistent launch (built at the insertion point)."""

    def __init__(self, kernels: list[Kernel], table_blocks: tuple[int, ...], threads: int) -> None:
        self.kernels = kernels  # none of them `unsharable`
        self.table_blocks = table_blocks
        self.threads = threads
        self.prepare = None  # called with a kernel's launch at the start of its case (a device loop's values)

    def allocate(self, entry: ir.Operation) -> None:
        """The program's shared buffer, at the insertion point; private buffers will move before `entry`."""
        self.entry = entry
        allocs = [alloc for kernel in self.kernels for alloc in kernel.shared]
        dynamic = any(DYNAMIC_SHARED_ATTR in alloc.attributes for alloc in allocs)

        def size(alignment: int) -> int:
            return max(sum(_aligned(_bytes(a.result.type), alignment) for a in k.shared) for k in self.kernels)

        self.alignment = 1024 if dynamic else 16
        if not dynamic and size(16) > STATIC_SHARED_LIMIT:
            dynamic, self.alignment = True, 1024
        self.shared = None
        if allocs:
            workgroup = allocs[0].result.type.memory_space
            alloc = memref.AllocOp(ir.MemRefType.get([size(self.alignment)], ir.IntegerType.get_signless(8),
                                                     memory_space=workgroup), [], [])
            if dynamic:
                alloc.attributes[DYNAMIC_SHARED_ATTR] = ir.UnitAttr.get()
            self.shared = alloc.result

    def switch(self, kernel: ir.Value, task_block: ir.Value, tid: ir.Value) -> None:
        """At the insertion point: the switch on `kernel` into the task's blocks."""
        switch = scf.IndexSwitchOp([], kernel, list(range(len(self.kernels))))
        for case, k in zip(switch.caseRegions, range(len(self.kernels))):
            with ir.InsertionPoint(case.blocks[0] if len(case.blocks) else case.blocks.append()):
                end = scf.YieldOp([])
            with ir.InsertionPoint(end):
                self._blocks(k, task_block, tid)
        default = switch.defaultRegion
        with ir.InsertionPoint(default.blocks[0] if len(default.blocks) else default.blocks.append()):
            scf.YieldOp([])

    def _blocks(self, k: int, task_block: ir.Value, tid: ir.Value) -> None:
        kernel = self.kernels[k]
        step = self.table_blocks[k]
        if self.prepare is not None:
            self.prepare(kernel.launch)
        loop = scf.ForOp(task_block, index_constant(kernel.blocks), index_constant(step))
        with ir.InsertionPoint(loop.body):
            loop_end = scf.YieldOp([])
        guarded = kernel.threads < self.threads
        barriers = kernel.barriers()  # before the body moves
        with ir.InsertionPoint(loop_end):
            block_ids = delinearize(loop.induction_variable, kernel.grid)
            end = loop_end
            if guarded:
                guard = scf.IfOp(arith.CmpIOp(arith.CmpIPredicate.ult, tid, index_constant(kernel.threads)).result)
                with ir.InsertionPoint(guard.then_block):
                    end = scf.YieldOp([])
        with ir.InsertionPoint(end):
            thread_ids = delinearize(tid, kernel.block)
            sizes = [index_constant(v) for v in kernel.grid + kernel.block]
            self._move_body(kernel, block_ids + thread_ids + sizes, end)
        if guarded:
            for barrier in barriers:
                with ir.InsertionPoint(barrier), barrier.location:
                    if kernel.threads < 32:
                        nvvm.SyncWarpOp(i32_constant((1 << kernel.threads) - 1))
                    else:
                        nvvm.BarrierOp(None, barrierId=i32_constant(1), numberOfThreads=i32_constant(kernel.threads))
                barrier.erase()
        if kernel.shared and step < kernel.blocks:
            with ir.InsertionPoint(loop_end):
                gpu.BarrierOp()  # the task's next block reuses the shared buffer

    def _move_body(self, kernel: Kernel, values: list[ir.Value], end: ir.Operation) -> None:
        """The kernel's body before `end`: its ids and sizes `values`, its shared memory views of the buffer."""
        body = kernel.launch.regions[0].blocks[0]
        for argument, value in zip(body.arguments, values):
            argument.replace_all_uses_with(value)
        offset = 0
        for alloc in kernel.shared:
            kind = alloc.result.type
            alloc.result.replace_all_uses_with(memref.ViewOp(kind, self.shared, index_constant(offset), []).result)
            offset += _aligned(_bytes(kind), self.alignment)
        for op in list(body.operations)[:-1]:  # the gpu.terminator stays
            if op in kernel.shared:
                continue
            if op.name == "memref.alloca" and not len(op.operands):
                op.move_before(self.entry)  # in the entry block, where LLVM keeps it in registers
            else:
                op.move_before(end)
        for alloc in kernel.shared:
            alloc.erase()


def sink_views(launch: ir.Operation) -> None:
    """Views defined outside `launch` and used inside it, cloned into its body (with the constants they use):
    outlining then passes the viewed buffer once instead of one descriptor per view (a program's kernels view
    one arena many times, which passed PTX's 4 KB of kernel parameters on the zoo's BERT layer)."""
    first = launch.regions[0].blocks[0].operations[0]
    cloned: dict = {}

    def inside(value: ir.Value) -> ir.Value:
        owner = value.owner
        if isinstance(owner, ir.Block):
            return value
        op = owner.operation if hasattr(owner, "operation") else owner
        if op.name not in VIEW_OPS + ("arith.constant",) or len(op.results) != 1:
            return value
        if op not in cloned:
            operands = [inside(v) for v in op.operands]
            copy = op.clone(ip=ir.InsertionPoint(first))
            for i, v in enumerate(operands):
                copy.operands[i] = v
            cloned[op] = copy.results[0]
        return cloned[op]

    defined = defined_within([launch])
    for op in walk(launch):
        for i, value in enumerate(op.operands):
            if isinstance(value.type, ir.MemRefType) and value not in defined:
                op.operands[i] = inside(value)
