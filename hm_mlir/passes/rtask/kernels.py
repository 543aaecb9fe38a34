"""What Rammer reads from the IR of a bufferized host function: its runs of kernels and what each kernel
touches.

A kernel is a linalg op (one Roller kernel if it links an `rtile.space`, else the naive tile's), a call of a
Welder kernel function (`tilegraph.kernel`) or a copy between device buffers (a copy kernel on GPU targets;
one task). A run is a
maximal sequence of kernels in one block with nothing between them but constants, arithmetic, views,
allocations and deallocations and host assertions on constants, which do not order the kernels: every run of two or more
kernels becomes one rProgram. What a kernel touches is, per memref operand, the buffer it views (an argument of
a public function or an allocation; unknown otherwise, which conflicts with everything) and the byte range of
an arena view (the whole buffer otherwise), read or written.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, prod

from mlir import ir

from hm_mlir.codegen.host import VIEW_OPS, host_funcs
from hm_mlir.codegen.kernel_form import program_kernel, program_kernel_location
from hm_mlir.ir_walk import constant_int, walk

BETWEEN_KERNELS = VIEW_OPS + ("arith.constant", "memref.alloc", "memref.alloca", "memref.dealloc",
                              "memref.get_global")


@dataclass(frozen=True)
class Access:
    buffer: object  # a hashable identity of the viewed buffer; None: unknown, it may be any buffer
    start: int
    end: int  # bytes; (0, -1) is the whole buffer
    written: bool

    def overlaps(self, other: Access) -> bool:
        if self.buffer is None or other.buffer is None:
            return True
        if self.buffer != other.buffer:
            return False
        if self.end < 0 or other.end < 0:
            return True
        return self.start < other.end and other.start < self.end


def conflict(first: list[Access], second: list[Access]) -> bool:
    """Whether two kernels must stay ordered: a buffer region one writes and the other reads or writes."""
    return any(a.overlaps(b) and (a.written or b.written) for a in first for b in second)


ALLOCATIONS = ("memref.alloc", "memref.alloca", "memref.get_global")


def _identity(value: ir.Value, public: bool):
    """(buffer identity, byte range) of the memref `value` views. The buffer is an allocation, or an argument
    of a public function (the caller's distinct buffers, the arena among them); anything else (a loop's or a
    branch's result, an argument of a private function, which a caller may alias) is unknown: None. The range
    is the span of the elements a statically strided view reaches (a channel slice of a concatenation, an arena
    slot), shifted by the arena view it is in; the whole buffer when a view on the way is not static."""
    span = byte_span(value.type)
    shift = 0
    while True:
        owner = value.owner
        owner = owner.operation if hasattr(owner, "operation") and not isinstance(owner, ir.Block) else owner
        if isinstance(owner, ir.Block) or owner.name not in VIEW_OPS:
            break
        if owner.name == "memref.view" and span is not None:
            offset = constant_int(owner.operands[1])
            if offset is None:
                span = None
            shift += offset or 0
            span = None if span is None else (span[0] + shift, span[1] + shift)
            shift = 0
            value = owner.operands[0]
            continue  # the view's source is bytes: what it is in is that buffer, at this offset
        value = owner.operands[0]
    start, end = span if span is not None else (0, -1)
    owner = value.owner
    if isinstance(owner, ir.Block):
        parent = owner.owner.operation
        entry = parent.name == "func.func" and owner == parent.regions[0].blocks[0]
        return (hash(value) if entry and public else None), start, end
    owner = owner.operation if hasattr(owner, "operation") else owner
    return (hash(value) if owner.name in ALLOCATIONS else None), start, end


def byte_span(kind: ir.Type, offset: int | None = None) -> tuple[int, int] | None:
    """[first, last + 1) byte of a statically shaped, statically strided memref type, relative to its base, at
    the type's offset or at element offset `offset` (a view whose offset is known otherwise)."""
    from hm_mlir.linalg_info import element_bytes

    if not isinstance(kind, ir.MemRefType) or not kind.has_static_shape:
        return None
    memref = ir.MemRefType(kind)
    try:
        strides, static_offset = memref.get_strides_and_offset()
    except (ValueError, RuntimeError):
        return None
    offset = static_offset if offset is None else offset
    if offset < 0 or any(s < 0 for s in strides) or any(d == 0 for d in memref.shape):
        return None  # a dynamic stride or offset reads as a negative number
    size = element_bytes(memref.element_type)
    last = offset + sum((d - 1) * s for d, s in zip(memref.shape, strides))
    return offset * size, (last + 1) * size


def _written(value: ir.Value) -> bool:
    """Whether `value`, or a view of it, is written: a linalg op's init, a store, a copy's target, or a call
    argument its callee writes."""
    for use in value.uses:
        user = use.owner
        if user.name in VIEW_OPS and use.operand_number == 0:
            if _written(user.result):
                return True
        elif user.name.startswith("linalg."):
            if use.operand_number >= _input_count(user):
                return True
        elif user.name == "memref.store" and use.operand_number == 1:
            return True
        elif user.name == "memref.copy" and use.operand_number == 1:
            return True
        elif user.name in ("memref.atomic_rmw", "memref.generic_atomic_rmw"):
            return True
        elif user.name == "func.call":
            return True  # the caller asks of its own kernels; any other call writes what it is given
    return False


def _input_count(op: ir.Operation) -> int:
    segments = op.attributes["operandSegmentSizes"] if "operandSegmentSizes" in op.attributes else None
    return list(segments)[0] if segments is not None else len(op.operands) - 1


def accesses(kernel: ir.Operation, functions: dict[str, ir.Operation], public: bool) -> list[Access]:
    """The buffers `kernel` (in a public function, or not) reads and writes."""
    found = []
    callee = functions.get(kernel.attributes["callee"].value) if kernel.name == "func.call" else None
    for index, value in enumerate(kernel.operands):
        if not isinstance(value.type, ir.MemRefType):
            continue
        buffer, start, end = _identity(value, public)
        if callee is not None:
            written = _written(callee.regions[0].blocks[0].arguments[index])
        elif kernel.name == "memref.copy":
            written = index == 1
        elif kernel.name.startswith("linalg."):
            written = index >= _input_count(kernel)
        else:
            written = True
        found.append(Access(buffer, start, end, written))
    return found


@dataclass(frozen=True)
class KernelInfo:
    """A kernel op and what Rammer needs of its chosen rTile."""

    op: ir.Operation
    name: str  # its rtile.config
    blocks: int
    threads: int
    registers: int
    smem_bytes: int
    cost_us: float
    waves: int


@dataclass(frozen=True)
class Context:
    """The module's rTile spaces and configs, Welder kernels by function, host memory and device, by name."""

    spaces: dict
    configs: dict
    grouped: dict
    memory: object  # codegen.host.HostMemory
    device: object  # hardware.Device


COPY_THREADS = 256  # a copy task's block


def kernel_info(op: ir.Operation, context: Context) -> KernelInfo | None:
    """The KernelInfo of `op`, or None if it is not a kernel."""
    spaces, configs, grouped = context.spaces, context.configs, context.grouped
    if op.name == "memref.copy":
        if any(context.memory.is_host(v) for v in op.operands):
            return None  # an upload or a download, not a copy kernel
        from hm_mlir.codegen.host import static_bytes
        from hm_mlir.roller.model import LAUNCH_US

        moved = 2 * static_bytes(op.operands[1].type)
        return KernelInfo(op, "copy", 1, COPY_THREADS, 16, 0, LAUNCH_US + moved / (context.device.dram_gbps * 1e3), 1)
    if op.name == "func.call" and op.attributes["callee"].value in grouped:
        space = spaces.get(grouped[op.attributes["callee"].value].attributes["space"].value)
    elif op.name.startswith("linalg.") and "rtile.space" in op.attributes:
        space = spaces.get(op.attributes["rtile.space"].value)
    elif op.name.startswith("linalg."):
        return _untiled_kernel(op, context.device)
    else:
        return None
    if space is None:
        return None
    return config_kernel(op, space, configs[space.attributes["chosen"].value])


def variants(info: KernelInfo, context: Context) -> tuple[list[KernelInfo], int]:
    """(the rKernels `info`'s operator offers, the index of its current one): every candidate of a Roller
    kernel's rtile.space; a Welder kernel, a copy and an untiled op offer only their own."""
    op = info.op
    if not op.name.startswith("linalg.") or "rtile.space" not in op.attributes:
        return [info], 0
    space = context.spaces[op.attributes["rtile.space"].value]
    names = [ir.FlatSymbolRefAttr(c).value for c in space.attributes["candidates"]]
    found = [config_kernel(op, space, context.configs[name]) for name in names]
    return found, names.index(space.attributes["chosen"].value)


def config_kernel(op: ir.Operation, space: ir.Operation, config: ir.Operation) -> KernelInfo:
    """The KernelInfo of kernel `op` compiled from `config` of its `space`."""
    loops = list(space.attributes["loops"])
    parallel = [e for e, kind in zip(loops, space.attributes["iterators"]) if ir.StringAttr(kind).value == "parallel"]
    block = list(config.attributes["block"])
    blocks = prod(ceil(e / b) for e, b in zip(parallel, block)) if parallel else 1
    value = lambda name: config.attributes[name].value  # noqa: E731
    return KernelInfo(op, config.attributes["sym_name"].value, max(1, blocks), value("threads"),
                      value("regs_per_thread"), value("smem_bytes"), value("cost_us"), max(1, value("waves")))


def between_kernels(op: ir.Operation) -> bool:
    """Whether `op` may sit between two kernels of a run: it does not order them (a constant, arithmetic, a
    view, an allocation or deallocation, or a host assertion on values computed from constants alone)."""
    return op.name in BETWEEN_KERNELS or op.name.startswith("arith.") or (
        op.name == "cf.assert" and _from_constants(op.operands[0]))


def _from_constants(value: ir.Value, depth: int = 8) -> bool:
    owner = value.owner
    if isinstance(owner, ir.Block) or depth == 0:
        return False
    owner = owner.operation if hasattr(owner, "operation") else owner
    return (owner.name == "arith.constant"
            or (owner.name.startswith("arith.") and all(_from_constants(v, depth - 1) for v in owner.operands)))


def _untiled_kernel(op: ir.Operation, device) -> KernelInfo | None:
    """A linalg op without an rTile (a linalg.map that only writes, a pad's fill): the naive tile that
    hm-tile-parallel-loops gives it, its time the bytes it moves at DRAM bandwidth."""
    from hm_mlir.codegen.host import static_bytes
    from hm_mlir.linalg_info import loop_nest
    from hm_mlir.passes.rtile.naive_tiling import naive_block_shape, naive_tile
    from hm_mlir.roller.model import LAUNCH_US

    nest = loop_nest(op)
    shaped = [v.type for v in op.operands if isinstance(v.type, ir.MemRefType)]
    if nest is not None:
        parallel = list(nest.parallel)
    elif shaped and shaped[-1].has_static_shape:  # a named op without maps: the loops of its output
        parallel = list(shaped[-1].shape)
    else:
        return None
    tile = naive_tile(parallel, *naive_block_shape(device))
    blocks = prod(ceil(e / b) for e, b in zip(parallel, tile)) if parallel else 1
    moved = sum(static_bytes(t) for t in shaped)
    return KernelInfo(op, "untiled", max(1, blocks), prod(tile), 16, 0, LAUNCH_US + moved / (device.dram_gbps * 1e3), 1)


@dataclass(frozen=True)
class Run:
    """Two or more kernels of one block that become one program, and what ends the run (`ends_at`: the op
    that cannot sit between kernels, with its location, or None at the end of the block)."""

    kernels: list[KernelInfo]
    ends_at: str | None


def runs(block: ir.Block, context: Context, shortest: int = 2) -> list[Run]:
    """The runs of `shortest` (two) or more kernels of `block`, in order; `ends_at` is set only where kernels
    follow."""
    found, current, last_kernel = [], [], -1
    for position, op in enumerate(block.operations):
        op = op.operation
        info = kernel_info(op, context)
        if info is not None:
            current.append(info)
            last_kernel = position
        elif not between_kernels(op):
            if len(current) >= shortest:
                found.append((current, position, f"'{op.name}' at {_where(op.location)}"))
            current = []
    if len(current) >= shortest:
        found.append((current, None, None))
    return [Run(kernels, ends_at if end is not None and end < last_kernel else None)
            for kernels, end, ends_at in found]


def _where(location: ir.Location) -> str:
    """file:line:col of a location (through name locations), else 'an unknown location'."""
    import re

    found = re.search(r'"([^"]*)":(\d+):(\d+)', str(location))
    return f"{found.group(1)}:{found.group(2)}:{found.group(3)}" if found else "an unknown location"


def blocks_of(func: ir.Operation) -> list[ir.Block]:
    """Every block of `func` that may hold kernels (not the bodies of linalg ops)."""
    blocks = list(func.regions[0].blocks)
    for op in walk(func):
        if not op.name.startswith("linalg.") and op.name != "scf.parallel":
            blocks += [b for r in op.regions for b in r.blocks]
    return blocks


def inline_kernel_calls(module: ir.Operation, kernel_op: str) -> None:
    """Inline every tagged call (a Welder kernel of a program) whose callee is used only there: its body moves
    to the call, and its `kernel_op`s (the kernel form of the target) take the call's tag."""
    functions = {f.attributes["sym_name"].value: f for f in host_funcs(module)}
    calls = [op for f in functions.values() for op in walk(f) if op.name == "func.call"]
    uses: dict[str, int] = {}
    for call in calls:
        uses[call.attributes["callee"].value] = uses.get(call.attributes["callee"].value, 0) + 1
    for call in calls:
        tag = program_kernel(call.location)
        callee = functions.get(call.attributes["callee"].value)
        if tag is None or callee is None or uses[call.attributes["callee"].value] != 1 or call.results:
            continue
        block = callee.regions[0].blocks[0]
        for argument, value in zip(block.arguments, call.operands):
            argument.replace_all_uses_with(value)
        for op in list(block.operations)[:-1]:
            op.move_before(call)
            if op.name == kernel_op:
                op.location = program_kernel_location(*tag, op.location)
        call.erase()  # the callee is left empty (its tilegraph.kernel names it until hm-erase-stage-ir)


def program_vdevices(module: ir.Operation) -> dict[str, ir.Operation]:
    """Program name -> its `rtask.vdevice` op, for every `rtask.program` of `module`."""
    from hm_mlir.ir_walk import module_body

    body = list(module_body(module))
    vdevices = {op.attributes["sym_name"].value: op for op in body if op.name == "rtask.vdevice"}
    return {op.attributes["sym_name"].value: vdevices[ir.FlatSymbolRefAttr(op.attributes["vdevice"]).value]
            for op in body if op.name == "rtask.program"}
