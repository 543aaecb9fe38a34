"""Helpers shared by the passes that rewrite host functions."""

from __future__ import annotations


def host_funcs(module_op):
    """func.func ops directly in the top-level module body."""
    region = module_op.regions[0]
    for op in region.blocks[0].operations:
        if op.operation.name == "func.func":
            yield op.operation


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
