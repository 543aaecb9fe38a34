"""hm-rammer-task-functions: the cases of Rammer's persistent kernels as device functions of their own.

Consumes: outlined kernels (after hm-workgroup-attributions), each program P's persistent kernel the gpu.func
`P_rammer` whose task switch (`scf.index_switch`) has one case per kernel of the program. Produces: each
case's body moved into a `func.func @P_rammer_k<N>` of the same gpu.module, marked noinline
(`passthrough = ["noinline"]`), and the case a call of it. The values a body uses from the kernel are its
parameters, except constants, which it makes itself, and private buffers (`memref.alloca`) that only it uses,
which move to its entry. LLVM and ptxas then compile each kernel's body as the function it was, with the
registers it needs, instead of one function of every case: on the zoo's ResNeXt block (260 cases) the PTX
step took 2.3 s of a 4.8 s compile, and the registers of the largest case held for all.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import func

from hm_mlir.ir_walk import defined_within, defining_op, walk
from hm_mlir.passes.base import HmPass
from hm_mlir.passes.rtask.rammer_gpu_program import PERSISTENT_SUFFIX


@dataclass(frozen=True)
class RammerTaskFunctions(HmPass):
    NAME = "hm-rammer-task-functions"
    SUMMARY = "gpu: each case of a persistent kernel's task switch -> a noinline device function called from it"

    def run(self, module) -> None:
        for kernel in [op for op in walk(module) if op.name == "gpu.func"
                       and op.attributes["sym_name"].value.endswith(PERSISTENT_SUFFIX)]:
            switches = [op for op in walk(kernel) if op.name == "scf.index_switch"]
            functions = []
            for switch in switches:
                for index, region in enumerate(switch.regions[1:]):  # region 0 is the default
                    functions.append(_outline(kernel, region, f"{kernel.attributes['sym_name'].value}_k{index}"))
            _share_identical([f for f in functions if f is not None], kernel)


def _share_identical(functions: list, kernel: ir.Operation) -> None:
    """One function for every set of identical ones (kernels of one operator on other buffers: the ResNeXt
    block's 32 paths), its calls renamed."""
    first: dict[str, str] = {}
    rename: dict[str, str] = {}
    for function in functions:
        name = function.attributes["sym_name"].value
        function.attributes["sym_name"] = ir.StringAttr.get("_")
        key = function.get_asm(use_local_scope=True, assume_verified=True)
        function.attributes["sym_name"] = ir.StringAttr.get(name)
        if key in first:
            rename[name] = first[key]
            function.erase()
        else:
            first[key] = name
    for call in [op for op in walk(kernel) if op.name == "func.call"]:
        callee = call.attributes["callee"].value
        if callee in rename:
            call.attributes["callee"] = ir.FlatSymbolRefAttr.get(rename[callee])


def _nested_in_order(ops: list[ir.Operation]) -> list[ir.Operation]:
    """`ops` and the ops nested in them, in order (what the captured parameters' order follows)."""
    return [inner for op in ops for inner in [op, *walk(op)]]


def _outline(kernel: ir.Operation, region: ir.Region, name: str):
    block = region.blocks[0]
    ops = list(block.operations)[:-1]  # the scf.yield stays
    if not ops:
        return None
    inside = defined_within(ops)
    nested = set(_nested_in_order(ops))
    captured: list[ir.Value] = []
    local: list[ir.Operation] = []  # constants and private buffers the function makes itself
    seen: set = set()
    for inner in _nested_in_order(ops):
        for value in inner.operands:
            if value in inside or value in seen:
                continue
            seen.add(value)
            source = defining_op(value)
            if source is not None and (source.name == "arith.constant" or (
                    source.name == "memref.alloca" and not len(source.operands))):
                local.append(source)
            else:
                captured.append(value)
    private = [op for op in local if op.name == "memref.alloca"]
    for alloca in private:  # an alloca used outside this case is a parameter after all
        if any(use.owner.operation not in nested for use in alloca.results[0].uses):
            local.remove(alloca)
            captured.append(alloca.results[0])
    gpu_module = kernel.parent
    with ir.InsertionPoint(gpu_module.regions[0].blocks[0]), kernel.location:
        function = func.FuncOp(name, ir.FunctionType.get([v.type for v in captured], []))
        function.attributes["passthrough"] = ir.ArrayAttr.get([ir.StringAttr.get("noinline")])
        function.attributes["sym_visibility"] = ir.StringAttr.get("private")
        entry = function.add_entry_block()
    mapping = {value: entry.arguments[i] for i, value in enumerate(captured)}
    with ir.InsertionPoint(entry):
        terminator = func.ReturnOp([])
    for op in local:
        if op.name == "memref.alloca":
            op.move_before(terminator)
            continue
        copy = op.clone(ip=ir.InsertionPoint(terminator))
        mapping[op.results[0]] = copy.results[0]
    for op in ops:
        op.move_before(terminator)
    for op in walk(function.operation):
        for i, value in enumerate(op.operands):
            if value in mapping:
                op.operands[i] = mapping[value]
    with ir.InsertionPoint(list(block.operations)[-1]), kernel.location:
        func.CallOp([], ir.FlatSymbolRefAttr.get(name), captured)
    return function.operation

