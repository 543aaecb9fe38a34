"""Helpers shared by the passes that rewrite host functions."""

from __future__ import annotations


def host_funcs(module_op):
    """func.func ops directly in the top-level module body."""
    region = module_op.regions[0]
    for op in region.blocks[0].operations:
        if op.operation.name == "func.func":
            yield op.operation


DEVICE_CODE = ("scf.parallel", "gpu.launch", "gpu.launch_func")  # a kernel, before or after gpu mapping


def outermost_parallel_loops(func) -> list:
    """The scf.parallel nests of `func` that no other scf.parallel encloses (the future kernels), in order."""
    from mlir import ir

    found = []

    def visit(op):
        if op.name == "scf.parallel":
            found.append(op)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    func.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def host_ops(func, name: str) -> list:
    """The ops `name` of `func` outside device code (a kernel's own loads, buffers and copies are not the host's)."""
    from mlir import ir

    found = []

    def visit(op):
        if op.name in DEVICE_CODE:
            return ir.WalkResult.SKIP
        if op.name == name:
            found.append(op)
        return ir.WalkResult.ADVANCE

    func.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def host_loads(func, reads_device) -> list:
    """The memref.load ops of `func` outside device code whose buffer satisfies `reads_device`."""
    return [op for op in host_ops(func, "memref.load") if reads_device(op.operands[0])]


def is_public_definition(func) -> bool:
    """True for a func.func with a body and public visibility (what callers outside the module can call)."""
    visibility = func.attributes["sym_visibility"].value if "sym_visibility" in func.attributes else "public"
    return visibility == "public" and len(func.regions[0].blocks) > 0


VIEW_OPS = (
    "memref.cast",
    "memref.subview",
    "memref.reinterpret_cast",
    "memref.expand_shape",
    "memref.collapse_shape",
    "memref.transpose",
    "memref.view",
)


def op_key(o):
    """Identity key of an op. Python op wrappers are not stable, but Value hashes are."""
    return hash(o.results[0]) if len(o.results) else id(o)


def root_op(v):
    """The op that allocated memref value `v`, following view-like ops; None for a block argument."""
    from mlir import ir

    while True:
        owner = v.owner
        if not isinstance(owner, ir.Operation) and hasattr(owner, "operation"):
            owner = owner.operation
        if not isinstance(owner, ir.Operation):
            return None
        if owner.name not in VIEW_OPS:
            return owner
        v = owner.operands[0]


def root_key(v):
    """Key of the op that allocated memref value v, following view-like ops."""
    owner = root_op(v)
    return hash(owner.results[0]) if owner is not None and len(owner.results) else None


def root_op_name(v):
    """Name of the op that allocated memref value v, following view-like ops."""
    owner = root_op(v)
    return owner.name if owner is not None else None


def static_bytes(t) -> int:
    """Bytes of a statically shaped tensor or memref type (1 byte per i1 element, both parts of a complex
    one); 0 for other types."""
    from mlir import ir

    from hm_mlir.linalg_info import element_bytes

    if not isinstance(t, ir.ShapedType) or not t.has_rank or not t.has_static_shape:
        return 0
    count = 1
    for size in t.shape:
        count *= size
    return count * element_bytes(t.element_type)


# Ops that use a buffer without needing its data in device memory: the host reads or writes it, or only asks
# for its pointer, shape or deallocation.
HOST_ONLY_USES = ("memref.load", "memref.store", "memref.dealloc", "memref.dim",
                  "memref.extract_aligned_pointer_as_index", "memref.extract_strided_metadata")
# Buffers that are host memory by the way they are made: the host stack and the module's constants.
HOST_MADE = ("memref.alloca", "memref.get_global")


class HostMemory:
    """Which buffers of a module's host functions are host memory (the rest live on the device on GPU targets).

    Built from the IR on host functions before or after hm-prepare-device-buffers: a `memref.alloc` is host
    memory when the host is all that uses it (HOST_ONLY_USES, through view ops and through calls into
    parameters that are used that way); a parameter of a private function is host memory when it is used
    that way and every call passes host memory for it (the ownership flags and pointer lists that upstream's
    buffer deallocation hands to its `dealloc_helper`). A public function's parameters are the caller's
    device buffers; loop-carried buffers (other block arguments) and `gpu.alloc` are device memory.
    """

    def __init__(self, module_op) -> None:
        from mlir import ir

        self._functions = {f.attributes["sym_name"].value: f for f in host_funcs(module_op)}
        self._private = {name for name, f in self._functions.items() if f.regions[0].blocks
                         and not is_public_definition(f)}
        params = [(name, i) for name in self._private
                  for i, arg in enumerate(self._entry(name).arguments) if isinstance(arg.type, ir.MemRefType)]
        self._host_used = dict.fromkeys(params, True)  # refined to a fixpoint: used by the host only
        changed = True
        while changed:
            changed = False
            for key in params:
                if self._host_used[key] and not self._only_host_uses(self._entry(key[0]).arguments[key[1]]):
                    self._host_used[key] = False
                    changed = True
        self._host_allocs: set = set()
        calls: dict[str, list] = {}
        for f in self._functions.values():
            for op in _nested(f):
                if op.name == "memref.alloc" and self._only_host_uses(op.results[0]):
                    self._host_allocs.add(op.results[0])
                elif op.name == "func.call":
                    calls.setdefault(op.attributes["callee"].value, []).append(op)
        self._host_params = {key for key, used in self._host_used.items() if used}
        changed = True
        while changed:  # a parameter stays host memory only if every caller passes host memory for it
            changed = False
            for name, i in list(self._host_params):
                if not all(self.is_host(call.operands[i]) for call in calls.get(name, [])):
                    self._host_params.discard((name, i))
                    changed = True

    def _entry(self, name: str):
        return self._functions[name].regions[0].blocks[0]

    def _only_host_uses(self, value) -> bool:
        for use in value.uses:
            user = use.owner
            if user.name in VIEW_OPS:
                if not all(self._only_host_uses(result) for result in user.results):
                    return False
            elif user.name == "func.call":
                key = (user.attributes["callee"].value, use.operand_number)
                if not self._host_used.get(key, False):
                    return False
            elif user.name not in HOST_ONLY_USES or _in_device_code(user):
                return False
        return True

    def is_host(self, value) -> bool:
        """Whether memref `value` (through view ops) is host memory."""
        from mlir import ir

        root = root_op(value)
        if root is not None:
            if root.name in HOST_MADE:
                return True
            return root.name == "memref.alloc" and root.results[0] in self._host_allocs
        while not isinstance(value.owner, ir.Block):  # a view of a block argument
            value = value.owner.operands[0]
        block = value.owner
        parent = block.owner.operation  # not the OpView: func.FuncOp's `name` is its symbol
        if parent.name != "func.func" or parent.attributes["sym_name"].value not in self._functions:
            return False
        name = parent.attributes["sym_name"].value
        return block == self._entry(name) and (name, ir.BlockArgument(value).arg_number) in self._host_params


def _nested(op) -> list:
    from mlir import ir

    found = []
    op.walk(lambda child: (found.append(child), ir.WalkResult.ADVANCE)[1], ir.WalkOrder.PRE_ORDER)
    return found


def _in_device_code(op) -> bool:
    """Whether `op` sits inside a kernel-to-be (an scf.parallel nest or a gpu op's region)."""
    parent = op.operation.parent
    while parent is not None and parent.operation.name != "func.func":
        parent = parent.operation
        if parent.name in DEVICE_CODE or parent.name.startswith("gpu."):
            return True
        parent = parent.parent
    return False
