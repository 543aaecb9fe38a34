"""Roller's resource model against the real compiler (ptxas -v, sm_90): for every Roller kernel of the test
programs and of GEMMs from 128^3 to 4096^3 (f32, f16, and f16 x f16 -> f32 on tensor cores: mma.sync, and
wgmma + TMA on sm_90a), the shared memory the kernel uses (static as ptxas reports it plus the dynamic size
its launch requests) equals the config's `smem_bytes`, registers are within 20% of the config's
`regs_per_thread`, and no kernel (Roller's or not) spills."""

import functools
import shutil
from pathlib import Path

import pytest
from mlir import ir
from test_roller import MATMUL, MIXED_MATMUL, rtile_stage

import hm_mlir
from hm_mlir.codegen.ptx import extract_ptx, ptxas_resources
from hm_mlir.passes.gpu.roller_codegen import kernel_config_names

pytestmark = pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")

PROGRAM_DIR = Path(__file__).resolve().parents[1] / "programs"



def _compile(text: str, target: str, **options):
    return hm_mlir.lower(text, target=target, chip="sm_90", **options)


def _dynamic_smem(module) -> dict[str, int]:
    """Kernel name -> the dynamic shared memory its launches request (gpu.launch_func)."""
    found = {}
    for op in module.body.operations:
        if op.operation.name != "func.func":
            continue
        for block in op.regions[0].blocks:
            for inner in block.operations:
                if inner.name == "gpu.launch_func" and inner.opview.dynamicSharedMemorySize is not None:
                    size = inner.opview.dynamicSharedMemorySize.owner.attributes["value"].value
                    found[ir.SymbolRefAttr(inner.attributes["kernel"]).value[-1]] = size
    return found


def _kernel_configs(text: str, **options) -> dict[str, dict[str, int]]:
    """Outlined kernel name -> the smem_bytes and regs_per_thread of the Roller config it was built from, and
    the dynamic shared memory its launch requests."""
    ctx, module = _compile(text, "gpu", **options)
    with ctx:
        dynamic = _dynamic_smem(module)
        configs = {op.attributes["sym_name"].value: op for op in module.body.operations
                   if op.name == "rtile.config"}
        found = {}
        for name, config_name in kernel_config_names(module).items():
            config = configs[config_name]
            found[name] = {attr: config.attributes[attr].value for attr in ("smem_bytes", "regs_per_thread")}
            found[name]["dynamic_smem"] = dynamic.get(name, 0)
        return found



@functools.lru_cache(maxsize=None)
def _kernels(text: str, **options) -> list[tuple[str, object, dict[str, int] | None]]:
    """(kernel, what ptxas -v reports, the model's numbers or None for a kernel that is not Roller's) of every
    kernel of `text` (cached: the smem and the register tests of a program share one compile)."""
    expected = _kernel_configs(text, **options)
    _, module = _compile(text, "ptx", **options)
    return [(name, used, expected.get(name))
            for ptx in extract_ptx(module).values()
            for name, used in ptxas_resources(ptx, "sm_90").items()]


def _register_counts(text: str, **options) -> list[tuple[str, int, int]]:
    """(kernel, ptxas registers, the model's regs_per_thread) of every Roller kernel of `text`."""
    return [(name, used.registers, model["regs_per_thread"])
            for name, used, model in _kernels(text, **options) if model is not None]


# Kernels the frozen register model misses by more than 20%, each with why. The model is not refitted for them
# before a GPU has measured them (they are still checked for spills and shared memory, and stay listed only
# while they miss).
KNOWN_MISSES = {
    # layernorm's mean (a divf) writes over the sum in place once hm-fill-per-destination gives the variance
    # its own accumulator (before, bufferization copied the shared fill): ptxas 14 registers, the model 11.
    ("layernorm", "main_kernel_1"): (14, 11),
    # complex arithmetic, expanded on the two parts before tiling (convert-complex-to-standard): the model
    # prices each part's ops and keeps both parts of every value live; ptxas reuses registers across them.
    # Over-estimates (the safe side for occupancy): the elementwise body of complex_ops and its fill of a
    # complex zero.
    ("complex_ops", "main_kernel"): (30, 39),
    ("complex_ops", "main_kernel_2"): (8, 10),
    # nasnet_branches' small elementwise kernels and fills (one value per thread, 8 to 10 registers): the
    # model over-estimates them by 2 to 4 registers (the safe side for occupancy).
    ("nasnet_branches", "main_kernel"): (10, 13),
    ("nasnet_branches", "main_kernel_0"): (8, 10),
    ("nasnet_branches", "main_kernel_2"): (8, 10),
    ("nasnet_branches", "main_kernel_8"): (8, 12),
    # stacked_rnn's tanh(x + b) in place on a 4x16 tile (one value per thread): ptxas 13 registers, the model 10
    # (the frozen model prices tanh's expansion as one op; 3 registers under at 32 threads a block, far from any
    # occupancy limit: not refitted before a GPU measures it).
    ("stacked_rnn", "main_kernel_2"): (13, 10),
}


def _check(text: str, registers: bool, program: str = "", **options) -> int:
    checked = 0
    for name, used, model in _kernels(text, **options):
        assert used.spill_bytes == 0, f"{name} spills {used.spill_bytes} bytes"
        if model is None:
            continue
        assert used.static_smem + model["dynamic_smem"] == model["smem_bytes"], name
        if registers:
            within = abs(used.registers - model["regs_per_thread"]) <= 0.2 * used.registers
            if (program, name) in KNOWN_MISSES:
                assert not within and KNOWN_MISSES[program, name] == (used.registers, model["regs_per_thread"])
            else:
                assert within, (name, used, model)
        checked += 1
    return checked


@pytest.mark.parametrize("name", sorted(p.stem for p in PROGRAM_DIR.glob("*.mlir")))
def test_roller_kernels_of_the_test_programs_use_what_the_model_says(name):
    _check((PROGRAM_DIR / f"{name}.mlir").read_text(), registers=True, program=name)


@pytest.mark.parametrize("name", sorted(p.stem for p in PROGRAM_DIR.glob("*.mlir")))
def test_welder_kernels_of_the_test_programs_fit(name):
    """With --welder, every kernel (fused ones included) assembles without spills within 255 registers, and a
    fused kernel's shared memory is its model's. Registers are not compared: the model is fitted to
    one-operator kernels and is not refitted for fused ones before a GPU measures them."""
    text = (PROGRAM_DIR / f"{name}.mlir").read_text()
    _check(text, registers=False, program=name, welder=True)
    assert all(used.registers <= 255 for _, used, _ in _kernels(text, welder=True))


@pytest.mark.parametrize("name", ["bert_layer", "resnet_block", "mobilenet_block", "attention", "gru_decode",
                                  "skipnet", "lstm"])
def test_welder_kernels_of_the_zoo_fit(name):
    from hm_mlir import zoo

    text = zoo.load(name).mlir_path.read_text()
    assert _check(text, registers=False, welder=True) > 0
    assert all(used.registers <= 255 for _, used, _ in _kernels(text, welder=True))


def test_welder_kernels_assemble_for_sm80():
    from hm_mlir.codegen.ptx import ptxas_check

    for path in sorted(PROGRAM_DIR.glob("*.mlir")):
        _, module = hm_mlir.lower(path.read_text(), target="ptx", chip="sm_80", welder=True)
        for kernel, ptx in extract_ptx(module).items():
            code, errors = ptxas_check(ptx, arch="sm_80")
            assert code == 0, f"{path.stem} {kernel}: {errors}"


def test_the_test_programs_have_many_roller_kernels():
    assert sum(len(_register_counts(path.read_text())) for path in PROGRAM_DIR.glob("*.mlir")) > 80


@pytest.mark.parametrize("element", ["f32", "f16", "f16xf16->f32"])
@pytest.mark.parametrize("size", [128, 256, 512, 1000, 1024, 2048, 4096])
def test_roller_gemm_kernels_use_what_the_model_says(size, element):
    text = (MIXED_MATMUL.format(m=size, n=size, k=size) if element == "f16xf16->f32"
            else MATMUL.format(m=size, n=size, k=size, t=element))
    assert _check(text, registers=True) == 2  # the linalg.fill and the matmul


@pytest.mark.parametrize("size", [128, 256, 512, 1000, 1024, 2048, 4096])
def test_roller_warpgroup_gemm_kernels_use_what_the_model_says(size):
    """The best-ranked wgmma config of each f16 x f16 -> f32 GEMM (sm_90a PTX, tiles in dynamic shared memory
    behind 1024-byte aligned static mbarriers). --roller-choose applies to the fill too, which then takes a
    config far down its list (or its last): its shared memory is checked, its registers are not."""
    text = MIXED_MATMUL.format(m=size, n=size, k=size)
    candidates = rtile_stage(text, roller_top_k=1000)[0][-1]["candidates"]
    choose = next(i for i, c in enumerate(candidates) if c["mma"][:1] == [64])
    assert _check(text, registers=False, roller_top_k=1000, roller_choose=choose) == 2
    (used, model), = [(used, model) for _, used, model in _kernels(text, roller_top_k=1000, roller_choose=choose)
                      if model is not None and model["dynamic_smem"] > 0]  # the wgmma kernel
    assert abs(used.registers - model["regs_per_thread"]) <= 0.2 * used.registers, (used, model)


@pytest.mark.parametrize("element", ["f32", "f16", "f16xf16->f32"])
def test_an_overhanging_gemm_tile_costs_few_registers_more_than_an_aligned_one(element):
    """1000^3 (the block tile overhangs) against 1024^3: the epilogue builds its guards and addresses after the
    reduction and only ragged dimensions are clamped, so the registers stay close (they were 1.8x to 2.3x)."""
    def registers(size):
        text = (MIXED_MATMUL.format(m=size, n=size, k=size) if element == "f16xf16->f32"
                else MATMUL.format(m=size, n=size, k=size, t=element))
        return max(used.registers for _, used, model in _kernels(text) if model is not None)  # not the fill's

    ragged, aligned = registers(1000), registers(1024)
    assert ragged <= 1.35 * aligned, (ragged, aligned)
