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


def host_loads(func, reads_device) -> list:
    """The memref.load ops of `func` outside device code whose buffer's allocating op name (None for an
    argument; see root_op_name) satisfies `reads_device`."""
    from mlir import ir

    found = []

    def visit(op):
        if op.name in DEVICE_CODE:
            return ir.WalkResult.SKIP
        if op.name == "memref.load" and reads_device(root_op_name(op.operands[0])):
            found.append(op)
        return ir.WalkResult.ADVANCE

    func.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


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
    """Bytes of a statically shaped tensor or memref type (1 byte per i1 element); 0 for other types."""
    from mlir import ir

    if not isinstance(t, ir.ShapedType) or not t.has_rank or not t.has_static_shape:
        return 0
    element = t.element_type
    bits = element.width if isinstance(element, (ir.IntegerType, ir.FloatType)) else 64
    count = 1
    for size in t.shape:
        count *= size
    return count * ((max(bits, 8) + 7) // 8)
