"""hm-workgroup-attributions: shared-memory tiles of outlined kernels -> static or dynamic shared memory.

Consumes: outlined gpu.func kernels (GPU targets, after gpu-kernel-outlining) whose body allocates
`memref.alloc() : memref<..., #gpu.address_space<workgroup>>` at its top level (the tiles of
hm-roller-codegen). Produces: the same kernels with each such buffer a workgroup attribution of the gpu.func
(static shared memory, which convert-gpu-to-nvvm lowers to a `.shared` array); the allocs are gone. A buffer
marked `hm.dynamic_shared` (the warpgroup kernels' tiles, larger than the 48 KB of static shared memory)
becomes a view of gpu.dynamic_shared_memory instead, and every gpu.launch_func of the kernel requests its
size (the CUDA runtime raises the kernel's dynamic shared-memory limit to it at launch).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod

from mlir import ir
from mlir.dialects import arith, gpu, memref

from hm_mlir.codegen.kernel_form import DYNAMIC_SHARED_ATTR
from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass


def _is_workgroup(memref_type: ir.Type) -> bool:
    space = getattr(memref_type, "memory_space", None)
    return space is not None and "workgroup" in str(space)


_VIEWS = ("memref.subview", "memref.view", "memref.cast", "memref.reinterpret_cast", "memref.expand_shape",
          "memref.collapse_shape")


def _bytes_of(kind: ir.Type) -> int:
    if isinstance(kind, ir.VectorType):
        return _bytes_of(kind.element_type) * prod(kind.shape)
    return max(getattr(kind, "width", 32) // 8, 1)


def _access_width(buffer: ir.Value, depth: int = 4) -> int:
    """The widest access to `buffer` or its views, in bytes (16 at most): a cp.async's bytes, a vector's, an
    ldmatrix row's."""
    width = 0
    for use in buffer.uses:
        user = use.owner
        name = user.name
        if name in _VIEWS and depth:
            width = max(width, _access_width(user.results[0], depth - 1))
        elif name == "nvgpu.device_async_copy":
            element = _bytes_of(buffer.type.element_type)
            width = max(width, element * ir.IntegerAttr(user.attributes["dstElements"]).value)
        elif name == "nvgpu.ldmatrix":
            width = max(width, 16)
        elif name.startswith("vector."):
            width = max([width] + [_bytes_of(v.type) for v in list(user.results) + list(user.operands)
                                   if isinstance(v.type, ir.VectorType)])
    return min(width, 16)


def _dynamic(entry: ir.Block, allocs: list[ir.Operation]) -> int:
    """Replace `allocs` (i8 buffers) by consecutive views of the kernel's dynamic shared memory; its size."""
    offset = 0
    for alloc in allocs:
        kind = alloc.result.type
        with ir.InsertionPoint(alloc), alloc.location:
            base = gpu.DynamicSharedMemoryOp(ir.MemRefType.get([ir.ShapedType.get_dynamic_size()],
                                                               kind.element_type,
                                                               memory_space=kind.memory_space)).result
            shift = arith.ConstantOp(ir.IndexType.get(), offset).result
            view = memref.ViewOp(kind, base, shift, []).result
        alloc.result.replace_all_uses_with(view)
        alloc.erase()
        offset += kind.shape[0]
    return offset


def _request(module: ir.Operation, kernel: tuple[str, str], size: int) -> None:
    """Every gpu.launch_func of `kernel` (module, function) asks for `size` bytes of dynamic shared memory."""
    for launch in [op for op in walk(module) if op.name == "gpu.launch_func"]:
        if tuple(ir.SymbolRefAttr(launch.attributes["kernel"]).value) != kernel:
            continue
        old = launch.opview
        if len(old.results):
            raise ValueError("hm-workgroup-attributions runs before gpu-async-region (launches without tokens)")
        with ir.InsertionPoint(launch), launch.location:
            smem = arith.ConstantOp(ir.IntegerType.get_signless(32), size).result
            gpu.LaunchFuncOp(list(kernel), (old.gridSizeX, old.gridSizeY, old.gridSizeZ),
                             (old.blockSizeX, old.blockSizeY, old.blockSizeZ), list(old.kernelOperands),
                             dynamic_shared_memory_size=smem)
        launch.erase()


@dataclass(frozen=True)
class WorkgroupAttributions(HmPass):
    NAME = "hm-workgroup-attributions"
    SUMMARY = "gpu: workgroup-memory allocs in kernels -> gpu.func workgroup attributions (or dynamic smem)"

    def run(self, module) -> None:
        for func in [op for op in walk(module) if op.name == "gpu.func"]:
            entry = func.regions[0].blocks[0]
            allocs = [op for op in entry.operations
                      if op.name == "memref.alloc" and _is_workgroup(op.result.type)]
            dynamic = [op for op in allocs if DYNAMIC_SHARED_ATTR in op.attributes]
            static = [op for op in allocs if DYNAMIC_SHARED_ATTR not in op.attributes]
            if dynamic:
                size = _dynamic(entry, dynamic)
                _request(module, (func.parent.attributes["sym_name"].value, func.attributes["sym_name"].value),
                         size)
            if not static:
                continue
            existing = (func.attributes["workgroup_attributions"].value
                        if "workgroup_attributions" in func.attributes else 0)
            widths = [_access_width(alloc.result) for alloc in static]
            for alloc in static:
                argument = entry.add_argument(alloc.result.type, alloc.location)
                alloc.result.replace_all_uses_with(argument)
                alloc.erase()
            func.attributes["workgroup_attributions"] = ir.IntegerAttr.get(
                ir.IntegerType.get_signless(64), existing + len(static))
            # A tile written or read 8 or 16 bytes at a time (cp.async, vector copies, ldmatrix) is aligned to
            # that: the lowering otherwise aligns a buffer to its element, and a tile after one whose size is
            # no multiple of 16 would start misaligned. Other tiles keep their element's alignment (the
            # model's shared bytes are then what ptxas allocates).
            i64 = ir.IntegerType.get_signless(64)
            old = list(func.attributes["workgroup_attrib_attrs"]) if "workgroup_attrib_attrs" in func.attributes else []
            old += [ir.DictAttr.get({})] * (existing - len(old))
            added = [ir.DictAttr.get({"llvm.align": ir.IntegerAttr.get(i64, width)} if width > 4 else {})
                     for width in widths]
            func.attributes["workgroup_attrib_attrs"] = ir.ArrayAttr.get(old + added)
