"""The kernel form: what hm-roller-codegen emits and the later passes of both targets read.

A kernel is a block loop (`scf.parallel`, marked KERNEL_ATTR, its name location KERNEL_TAG + the rtile.config
it was built from) around one thread loop (marked THREADS_ATTR); its loops are `kernel_loop`s, which neither
LLVM nor ptxas unroll (LOOP_ANNOTATION_ATTR = NO_UNROLL); a workgroup buffer marked DYNAMIC_SHARED_ATTR goes to
dynamic shared memory on GPU targets. Passes that build or rewrite kernels import the markers from here, not
from the pass that emits them.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, scf

KERNEL_ATTR = "hm.roller_kernel"
MODEL_TRAFFIC_ATTR = "hm.model_traffic"  # on the block loop: model.block_traffic's (loaded, stored) bytes
KERNEL_TAG = "rtile.kernel="  # the block loop's name location: the config it was built from (kept by outlining)
PROGRAM_KERNEL_TAG = "rtask.kernel="  # an rProgram's kernel op and the loops lowered from it: rtask.kernel=P/N
THREADS_ATTR = "hm.threads"
DYNAMIC_SHARED_ATTR = "hm.dynamic_shared"  # a workgroup buffer GPU targets place in dynamic shared memory
LOOP_ANNOTATION_ATTR = "llvm.loop_annotation"  # what scf-to-cf carries from an scf.for to its back edge
# Every unroll of a kernel is the config's (register-tile points, copy rounds, k16 steps of mma): its loops are
# marked so that neither LLVM nor ptxas unrolls them further (NVPTX prints `.pragma "nounroll"`), which keeps
# the registers what the model says. scf-to-cf carries the mark to the loop's back edge; hm-loop-pragmas makes
# it the llvm.br's own loop_annotation.
NO_UNROLL = "#llvm.loop_annotation<unroll = <disable = true>>"


def kernel_config(location: ir.Location) -> str | None:
    """The rtile.config a kernel was built from, read from its name location (KERNEL_TAG), or None."""
    while location.is_a_name() and not location.name_str.startswith(KERNEL_TAG):
        location = location.child_loc
    return location.name_str[len(KERNEL_TAG):] if location.is_a_name() else None


def program_kernel(location: ir.Location) -> tuple[str, int] | None:
    """(rtask.program, kernel index) of a location tagged by hm-rammer-schedule (PROGRAM_KERNEL_TAG), or None."""
    while location.is_a_name():
        if location.name_str.startswith(PROGRAM_KERNEL_TAG):
            program, _, index = location.name_str[len(PROGRAM_KERNEL_TAG):].rpartition("/")
            return program, int(index)
        location = location.child_loc
    return None


def program_kernel_location(program: str, index: int, location: ir.Location) -> ir.Location:
    """`location` tagged as kernel `index` of rtask.program `program`."""
    return ir.Location.name(f"{PROGRAM_KERNEL_TAG}{program}/{index}", childLoc=location)


def index_constant(value: int) -> ir.Value:
    """An arith.constant of index type at the insertion point."""
    return arith.ConstantOp(ir.IndexType.get(), int(value)).result


def zero_attribute(element: ir.Type) -> ir.Attribute:
    """The zero of a scalar element type."""
    if isinstance(element, ir.IntegerType):
        return ir.IntegerAttr.get(element, 0)
    return ir.FloatAttr.get(element, 0.0)


def kernel_loop(lower: ir.Value, upper: ir.Value, step: ir.Value, iter_args=()) -> scf.ForOp:
    """An scf.for of a kernel, marked not to be unrolled by LLVM or ptxas (LOOP_ANNOTATION_ATTR)."""
    loop = scf.ForOp(lower, upper, step, list(iter_args))
    loop.operation.attributes[LOOP_ANNOTATION_ATTR] = ir.Attribute.parse(NO_UNROLL)
    return loop
