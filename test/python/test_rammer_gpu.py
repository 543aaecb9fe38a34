"""Rammer's persistent kernel on GPU targets (hm-rammer-gpu-program): every data-flow function is one
gpu.launch_func of its program's kernel, whose grid is the vDevice and whose block is the largest kernel's;
nothing stays on the host as a loop; the PTX assembles for sm_90 and sm_80 without spills on the small
programs; the pass's refusals name what they refuse. (No GPU runs here: the numerics of the same schedule are
checked on the cpu target, test_rammer.py; the device check is hm_mlir.gpucheck.)"""

import re
import shutil
from pathlib import Path

import pytest
from mlir import ir

import hm_mlir
from hm_mlir import zoo
from hm_mlir.ir_walk import walk

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "test" / "programs"
# Data-flow programs that cover the kernel forms: shared-memory tiles and barriers (mlp, attention), a
# one-thread reduction and an 8-thread one with barriers (reductions, complex_ops), copies (linalg_fill_copy,
# tensor_concat), convolutions (conv_bias_relu) and Welder kernels (mlp, conv_bias_relu with --welder).
SAMPLED = ("mlp", "attention", "reductions", "complex_ops", "linalg_fill_copy", "tensor_concat", "conv_bias_relu")
FLAGS = {"rammer": {"rammer": True}, "welder-rammer": {"welder": True, "rammer": True}}


def _gpu_module(text: str, **options):
    return hm_mlir.lower(text, target="gpu", opt_level=1, **options)


def _launches(module) -> dict[str, list]:
    """Host function -> its gpu.launch_func ops."""
    found: dict[str, list] = {}
    for fn in module.body.operations:
        if fn.operation.name == "func.func":
            found[fn.operation.attributes["sym_name"].value] = [
                op for op in walk(fn.operation) if op.name == "gpu.launch_func"]
    return found


def _persistent(module) -> dict[str, ir.Operation]:
    return {op.attributes["sym_name"].value: op for op in walk(module.operation)
            if op.name == "gpu.func" and op.attributes["sym_name"].value.endswith("_rammer")}


def _launches_after_gpu_program(text: str) -> int:
    """The gpu.launch ops `text` (the lit test's input, edited) has after hm-rammer-gpu-program."""
    from mlir import passmanager

    ctx = ir.Context()
    hm_mlir.load_dialects(ctx)
    with ctx, ir.Location.unknown():
        module = ir.Module.parse(text)
        pm = passmanager.PassManager("builtin.module")
        hm_mlir.add_pass(pm, "hm-rammer-gpu-program")
        pm.run(module.operation)
        return len([op for op in walk(module.operation) if op.name == "gpu.launch"])


@pytest.mark.parametrize("flags", sorted(FLAGS))
@pytest.mark.parametrize("name", SAMPLED)
def test_a_data_flow_program_is_one_launch_of_its_persistent_kernel(name, flags):
    ctx, module = _gpu_module((PROGRAMS / f"{name}.mlir").read_text(), **FLAGS[flags])
    with ctx:
        launches = {fn: ops for fn, ops in _launches(module).items() if ops}
        persistent = _persistent(module)
        programs = {op.attributes["sym_name"].value: op for op in module.body.operations
                    if op.operation.name == "rtask.program"}
        vdevices = {op.attributes["sym_name"].value: op for op in module.body.operations
                    if op.operation.name == "rtask.vdevice"}
        assert [len(ops) for ops in launches.values()] == [1] * len(launches), launches
        assert not [op for op in walk(module.operation) if op.name == "scf.parallel"], "a loop nest left on the host"
        for program_name, program in programs.items():
            kernel = persistent[program_name + "_rammer"]
            vdevice = vdevices[ir.FlatSymbolRefAttr(program.attributes["vdevice"]).value]
            (launch,) = [op for ops in launches.values() for op in ops
                         if ir.SymbolRefAttr(op.attributes["kernel"]).value[-1] == program_name + "_rammer"]
            grid = [op.owner.attributes["value"].value for op in launch.operands[:3]]
            assert grid == [vdevice.attributes["num_veus"].value, 1, 1]
            assert kernel.attributes["nvvm.minctasm"].value == vdevice.attributes["veus_per_sm"].value
            assert list(ir.DenseI32ArrayAttr(kernel.attributes["known_block_size"]))[1:] == [1, 1]


def test_the_zoo_s_resnext_block_is_one_launch_with_its_views_inside_the_kernel():
    """260 kernels of 32 paths in one program: their views of the arena are made inside the kernel (the arena
    travels once), the weights' descriptors still pass PTX 8.0's 4 KB of parameters (PTX ISA 8.1), and the
    kernels' bodies are shared device functions."""
    ctx, module = _gpu_module(zoo.load("resnext_block").mlir_path.read_text(), rammer=True)
    with ctx:
        assert [len(ops) for ops in _launches(module).values() if ops] == [1]
        (kernel,) = _persistent(module).values()
        arguments = kernel.regions[0].blocks[0].arguments
        arena = [a for a in arguments if isinstance(a.type, ir.MemRefType) and a.type.rank == 1
                 and str(a.type.element_type) == "i8" and "workgroup" not in str(a.type)]
        assert len(arena) == 1
        from hm_mlir.passes.target.attach_nvvm_target import PARAMETER_BYTES_BEFORE_PTX81, parameter_bytes
        assert parameter_bytes(kernel) > PARAMETER_BYTES_BEFORE_PTX81
        # the 260 kernels' bodies are device functions, one per distinct body (the 32 paths share theirs)
        functions = [op for op in walk(module.operation) if op.name == "func.func"
                     and op.attributes["sym_name"].value.startswith("main_rp_rammer_k")]
        calls = [op for op in walk(kernel) if op.name == "func.call"]
        assert len(calls) == 260 and 10 < len(functions) < 60


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")
@pytest.mark.parametrize("chip", ["sm_90", "sm_80"])
@pytest.mark.parametrize("name", ["mlp", "reductions"])
def test_the_persistent_kernel_assembles_without_spills(name, chip):
    from hm_mlir.codegen.ptx import extract_ptx, ptxas_resources

    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="ptx", chip=chip, rammer=True)
    with ctx:
        (ptx,) = extract_ptx(module).values()
    assert f".target {chip}" in ptx
    (entry,) = re.findall(r"\.visible \.entry (\w+)\(", ptx)
    assert entry.endswith("_rammer")
    resources = ptxas_resources(ptx, chip)[entry]
    assert resources.spill_bytes == 0 and resources.stack_bytes == 0


def test_a_program_with_a_partial_warp_kernel_of_more_than_a_warp_with_barriers_keeps_its_launches():
    """A kernel of 48 threads with a barrier, beside one of 64 (the naive tiling makes such blocks; the fuzzer
    found them): its barrier could be neither a named barrier (a multiple of 32 threads) nor a warp barrier, so
    the program stays one launch per kernel."""
    text = (ROOT / "test" / "rtask" / "rammer-gpu-program.mlir").read_text()
    text = text.replace("%c32 = arith.constant 32 : index", "%c32 = arith.constant 48 : index")
    assert _launches_after_gpu_program(text) == 2



# The library runtime's side of the persistent kernel, against the stub CUDA driver (stub_cuda/libcuda_stub.c:
# kernels do not run; its occupancy answer and the error cell's contents are set through the environment).
_CALL = ("import numpy as np, sys; from hm_mlir.library import runner; lib = runner.load(sys.argv[1])\n"
         "try:\n    lib.main(*[np.zeros(a.shape, a.dtype) for a in lib.main.spec.arguments])\n    print('ok')\n"
         "except runner.LibraryRuntimeError as err:\n    print(err)")


@pytest.fixture(scope="module")
def rammer_library(tmp_path_factory):
    """The mlp test program as a cuda library with --rammer, and the stub driver."""
    import subprocess

    folder = tmp_path_factory.mktemp("rammer-library")
    (folder / "stub").mkdir()
    subprocess.run(["cc", "-O1", "-fPIC", "-shared", "-o", str(folder / "stub" / "libcuda.so.1"),
                    str(ROOT / "test" / "python" / "stub_cuda" / "libcuda_stub.c")], check=True)
    hm_mlir.compile_library(PROGRAMS / "mlp.mlir", folder / "lib", target="cuda", rammer=True)
    return folder


def _call_on_stub(folder: Path, **environment) -> tuple[str, list[str]]:
    import os
    import subprocess
    import sys

    log = folder / "driver.log"
    log.unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "-c", _CALL, str(folder / "lib")], capture_output=True, text=True,
                            env={**os.environ, "LD_LIBRARY_PATH": str(folder / "stub"), "HM_STUB_CUDA_LOG": str(log),
                                 **environment})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip(), log.read_text().splitlines() if log.exists() else []


def test_the_runtime_launches_the_persistent_kernel_and_reads_its_error_cell(rammer_library):
    out, events = _call_on_stub(rammer_library)
    assert out == "ok"
    launches = [e for e in events if e.startswith("launch ")]
    assert len(launches) == 1 and launches[0].startswith("launch main_rp_rammer grid=")
    assert "global __hm_main_rp_error" in events  # read after the stream's synchronization
    assert events.index("global __hm_main_rp_error") > events.index(launches[0])


def test_the_runtime_refuses_a_grid_that_could_not_be_resident(rammer_library):
    out, events = _call_on_stub(rammer_library, HM_STUB_CUDA_BLOCKS_PER_SM="0")
    grid = re.search(r"needs its (\d+) blocks \(vEUs\) resident at once, but this GPU holds only 0 \(0 per SM x 132 "
                     r"SMs\)", out)
    assert grid, out
    assert not [e for e in events if e.startswith("launch ")]


def test_the_runtime_reports_a_wait_that_timed_out(rammer_library):
    out, _ = _call_on_stub(rammer_library, HM_STUB_CUDA_ERROR_CELL="1,2")
    assert "Rammer's persistent kernel of @main_rp stopped: a vEU waited for kernel 1 longer than its bound" in out
    assert "load the library again" in out


def test_a_program_whose_kernel_initializes_mbarriers_keeps_its_launches():
    """An mbarrier initialized again for every block a vEU runs is undefined in PTX: such a program (sm_90's
    TMA + wgmma kernels) stays one launch per kernel."""
    text = (ROOT / "test" / "rtask" / "rammer-gpu-program.mlir").read_text()
    text = text.replace("    %tile = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>\n",
                        "    %tile = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>\n"
                        "    %mb = nvgpu.mbarrier.create -> !nvgpu.mbarrier.group<memorySpace = "
                        "#gpu.address_space<workgroup>>\n")
    assert _launches_after_gpu_program(text) == 2
