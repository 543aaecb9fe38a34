"""--check-bounds (check_bounds=True): run-time checks of every index and integer divisor, compiled in.

A violation is reported with the op's source location (cpu: RuntimeCheckFailed from the isolated call;
cuda: the kernel's __assertfail carries the same message and location, checked in the PTX here). Valid
inputs give the same results as without the checks, on every test program and zoo model, and the checks are
not a no-op: without them the same calls trap or read garbage."""

import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import hm_mlir
from hm_mlir import zoo
from hm_mlir.gpucheck.bundle import CHECKED_GATHER
from hm_mlir.runtime.callable import ProgramFault, RuntimeCheckFailed, failed_check

sys.path.insert(0, str(Path(__file__).parent))
from test_programs import NAMES, check_program  # noqa: E402

INT_MIN = -(2**31)


def _elementwise(op: str, element: str = "i32") -> str:
    t = f"tensor<4x{element}>"
    return f"""func.func @main(%a: {t}, %b: {t}) -> {t} {{
  %e = tensor.empty() : {t}
  %r = linalg.generic {{indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]}} ins(%a, %b : {t}, {t}) outs(%e : {t}) {{
  ^bb0(%x: {element}, %y: {element}, %o: {element}):
    %q = {op} %x, %y : {element}
    linalg.yield %q : {element}
  }} -> {t}
  return %r : {t}
}}
"""


SIGNED = ["arith.divsi", "arith.remsi", "arith.floordivsi", "arith.ceildivsi"]
UNSIGNED = ["arith.divui", "arith.remui", "arith.ceildivui"]


@pytest.mark.parametrize("op", SIGNED + UNSIGNED)
def test_a_zero_divisor_is_reported_at_the_division(op, tmp_path):
    path = tmp_path / "divide.mlir"
    path.write_text(_elementwise(op))
    exe = hm_mlir.compile(path, check_bounds=True)
    a = np.array([7, 8, 9, 10], np.int32)
    np.testing.assert_array_equal(exe.main(a, np.array([1, 2, 3, 5], np.int32)), _numpy(op, a, [1, 2, 3, 5]))
    with pytest.raises(RuntimeCheckFailed) as raised:
        exe.main(a, np.array([1, 0, 3, 5], np.int32))
    assert str(raised.value) == f"{path}:6:10: error: @main: integer division by zero (run-time check)"
    assert raised.value.location == f"{path}:6:10"


@pytest.mark.parametrize("op", SIGNED)
def test_int_min_by_minus_one_is_reported_for_signed_division(op, tmp_path):
    path = tmp_path / "divide.mlir"
    path.write_text(_elementwise(op))
    exe = hm_mlir.compile(path, check_bounds=True)
    with pytest.raises(RuntimeCheckFailed, match=r"6:10: error: @main: integer division overflow \(INT_MIN / -1\)"):
        exe.main(np.array([1, INT_MIN, 3, 4], np.int32), np.array([1, -1, 1, 1], np.int32))
    # -1 is a fine divisor of anything else, and INT_MIN of anything else
    np.testing.assert_array_equal(exe.main(np.array([5, INT_MIN, -6, 4], np.int32), np.array([-1, 2, -1, 1], np.int32)),
                                  _numpy(op, [5, INT_MIN, -6, 4], [-1, 2, -1, 1]))


def test_unsigned_division_by_all_ones_is_defined(tmp_path):
    path = tmp_path / "divide.mlir"
    path.write_text(_elementwise("arith.divui"))
    exe = hm_mlir.compile(path, check_bounds=True)
    got = exe.main(np.array([INT_MIN, -1, 3, 4], np.int32), np.array([-1, -1, 1, 1], np.int32))
    np.testing.assert_array_equal(got.view(np.uint32), [0, 1, 3, 4])


def test_without_the_checks_the_same_division_traps(tmp_path):
    path = tmp_path / "divide.mlir"
    path.write_text(_elementwise("arith.divsi"))
    exe = hm_mlir.compile(path, isolate=True)
    with pytest.raises(ProgramFault, match="SIGFPE") as raised:
        exe.main(np.array([1, 2, 3, 4], np.int32), np.array([1, 0, 3, 5], np.int32))
    assert not isinstance(raised.value, RuntimeCheckFailed)


EXTRACT = """func.func @main(%t: tensor<35xf32>, %i: index) -> f32 {
  %v = tensor.extract %t[%i] : tensor<35xf32>
  return %v : f32
}
"""

GATHER = CHECKED_GATHER  # a gather of rows by index (its extract on line 7); the GPU check calls it too


@pytest.mark.parametrize("index", [35, -1, 1_000_000])
def test_an_index_out_of_bounds_is_reported_at_the_extract(index, tmp_path):
    path = tmp_path / "extract.mlir"
    path.write_text(EXTRACT)
    exe = hm_mlir.compile(path, check_bounds=True)
    t = np.arange(35, dtype=np.float32)
    assert exe.main(t, np.int64(34)) == 34.0
    with pytest.raises(RuntimeCheckFailed) as raised:
        exe.main(t, np.int64(index))
    assert str(raised.value) == f"{path}:2:8: error: @main: out-of-bounds access (run-time check)"


@pytest.mark.parametrize("welder", [False, True])
def test_a_gather_inside_a_kernel_is_checked(welder, tmp_path):
    path = tmp_path / "gather.mlir"
    path.write_text(GATHER)
    exe = hm_mlir.compile(path, check_bounds=True, welder=welder)
    table = np.arange(40, dtype=np.float32).reshape(10, 4)
    np.testing.assert_array_equal(exe.main(table, np.array([9, 0, 3], np.int64)), table[[9, 0, 3]])
    with pytest.raises(RuntimeCheckFailed, match=r"gather\.mlir:7:10: error: @main: out-of-bounds access"):
        exe.main(table, np.array([9, 10, 3], np.int64))


def test_a_cpu_library_built_with_the_checks_reports_them(tmp_path):
    from hm_mlir.library import runner

    folder = hm_mlir.compile_library(GATHER, tmp_path / "lib", target="cpu", check_bounds=True)
    library = runner.load(folder)
    assert library.isolate  # a failed check aborts the process that runs it
    table = np.arange(40, dtype=np.float32).reshape(10, 4)
    np.testing.assert_array_equal(library.main(table, np.array([1, 2, 3], np.int64)), table[[1, 2, 3]])
    with pytest.raises(RuntimeCheckFailed, match=r"^<input>:7:10: error: @main: out-of-bounds access"):
        library.main(table, np.array([1, -2, 3], np.int64))


def test_check_bounds_isolates_cpu_calls_and_refuses_isolate_false():
    assert hm_mlir.compile(EXTRACT, check_bounds=True).isolate
    with pytest.raises(ValueError, match="isolate=False"):
        hm_mlir.compile(EXTRACT, check_bounds=True, isolate=False)


def test_the_check_message_reader():
    printed = ("before\nERROR: Runtime op verification failed\n^ out-of-bounds access\n"
               'Location: loc(callsite("model.mlir":4:9 at "model.mlir":12:3))\n')
    assert failed_check(printed) == ("out-of-bounds access", "model.mlir:4:9")
    assert failed_check("ERROR: Runtime op verification failed\n^ x\nLocation: loc(unknown)") == ("x", None)
    assert failed_check("nothing failed") is None


@pytest.mark.parametrize("name", NAMES)
def test_every_test_program_runs_unchanged_with_the_checks(name):
    check_program(name, "cpu", check_bounds=True, welder=name in ("mlp", "attention", "layernorm"))


@pytest.mark.parametrize("name", ["bert_layer", "gru_decode", "resnet_small"])
def test_zoo_models_run_unchanged_with_the_checks(name):
    model = zoo.load(name)
    exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=1, check_bounds=True, welder=True)
    for case in range(len(model.cases)):
        results = exe[model.manifest["entry"]](*model.arguments(case))
        results = list(results) if isinstance(results, tuple) else [results]
        assert not zoo.mismatch(results, model.expected(case))


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas (CUDA toolkit) is not installed")
@pytest.mark.parametrize("chip", ["sm_90", "sm_80"])
def test_the_cuda_kernels_assert_with_the_location_and_assemble(chip, tmp_path):
    from mlir import ir

    from hm_mlir.codegen.ptx import extract_ptx, ptxas_check

    source = GATHER + _elementwise("arith.divsi").replace("@main", "@divide")
    ctx, module = hm_mlir.lower(source, target="nvvm", chip=chip, check_bounds=True)
    with ctx:
        kernels = "\n".join(op.get_asm() for op in module.body.operations if op.name == "gpu.module")
    # the device's assert message: the check and the op's location (text sources are named "-"), for the
    # gather's extract on line 7 and the division on line 17
    assert 'out-of-bounds access\\0ALocation: loc(\\22-\\22:7:10)' in kernels
    assert 'integer division by zero\\0ALocation: loc(\\22-\\22:17:10)' in kernels
    assert "llvm.call @__assertfail" in kernels
    ctx, module = hm_mlir.lower(source, target="ptx", chip=chip, check_bounds=True)
    with ctx, ir.Location.unknown():
        (ptx,) = extract_ptx(module).values()
    assert ptx.count("__assertfail") >= 3  # declared, and called by the gather's and the division's checks
    code, errors = ptxas_check(ptx, arch=chip)
    assert code == 0, errors


def _numpy(op: str, a, b) -> np.ndarray:
    a, b = np.asarray(a, np.int64), np.asarray(b, np.int64)
    if op in UNSIGNED:
        a, b = a % 2**32, b % 2**32
    quotient = np.trunc(a / b).astype(np.int64)
    result = {"arith.divsi": quotient, "arith.divui": a // b, "arith.remsi": a - quotient * b,
              "arith.remui": a % b, "arith.floordivsi": a // b, "arith.ceildivsi": -((-a) // b),
              "arith.ceildivui": -((-a) // b)}[op]
    return result.astype(np.int64).astype(np.int32)
