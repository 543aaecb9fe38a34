"""hm-tensormap-kernel-args: TMA descriptors passed to kernels as pointers (GPU targets, before NVVM lowering).

Consumes: outlined kernels (gpu.func) with !nvgpu.tensormap.descriptor arguments and the gpu.launch_func ops
that pass them (the warpgroup kernels of hm-roller-codegen). Produces: those arguments as !llvm.ptr, cast
back to the descriptor type at the kernel's entry, and the launches passing the descriptor cast to !llvm.ptr.
convert-nvgpu-to-nvvm turns a descriptor into the pointer the CUDA runtime returns for it
(mgpuTensorMapEncodeTiledMemref: the CUtensorMap in device memory), so after it the casts cancel
(reconcile-unrealized-casts); convert-gpu-to-nvvm alone cannot convert a descriptor-typed kernel signature.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import builtin

from hm_mlir.ir_walk import walk
from hm_mlir.passes.base import HmPass


def _is_tensor_map(kind: ir.Type) -> bool:
    return str(kind).startswith("!nvgpu.tensormap.descriptor")


@dataclass(frozen=True)
class TensormapKernelArgs(HmPass):
    NAME = "hm-tensormap-kernel-args"
    SUMMARY = "target (gpu): !nvgpu.tensormap.descriptor kernel arguments -> !llvm.ptr (cast at both ends)"

    def run(self, module) -> None:
        pointer = None  # !llvm.ptr, made when needed (typing it imports the llvm dialect's Python module)
        changed: set[tuple[str, str]] = set()
        for func in [op for op in walk(module) if op.name == "gpu.func"]:
            entry = func.regions[0].blocks[0]
            kinds = [arg.type for arg in entry.arguments]
            if not any(_is_tensor_map(kind) for kind in kinds):
                continue
            first = entry.operations[0]
            pointer = pointer or ir.Type.parse("!llvm.ptr")
            for arg in entry.arguments:
                if not _is_tensor_map(arg.type):
                    continue
                descriptor_type = arg.type
                with ir.InsertionPoint(first), func.location:
                    cast = builtin.UnrealizedConversionCastOp([descriptor_type], [arg])
                arg.replace_all_uses_except(cast.result, cast.operation)
                arg.set_type(pointer)
            inputs = [arg.type for arg in entry.arguments]
            old = ir.TypeAttr(func.attributes["function_type"]).value
            num_inputs = len(ir.FunctionType(old).inputs)
            func.attributes["function_type"] = ir.TypeAttr.get(
                ir.FunctionType.get(inputs[:num_inputs], ir.FunctionType(old).results))
            changed.add((func.parent.attributes["sym_name"].value, func.attributes["sym_name"].value))
        for launch in [op for op in walk(module) if op.name == "gpu.launch_func"]:
            if tuple(ir.SymbolRefAttr(launch.attributes["kernel"]).value) not in changed:
                continue
            for i, operand in enumerate(launch.operands):
                if _is_tensor_map(operand.type):
                    with ir.InsertionPoint(launch), launch.location:
                        launch.operands[i] = builtin.UnrealizedConversionCastOp([pointer], [operand]).result
