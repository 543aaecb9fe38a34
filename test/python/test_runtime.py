"""hm_mlir.compile: callables per public function, argument checks that name the argument, scalars, bf16,
located compile errors, and the cuda target's driver check."""

import ctypes

import numpy as np
import pytest

import hm_mlir
from hm_mlir.runtime.cuda import CudaUnavailable
from hm_mlir.runtime.executable import ArgumentError, CompileError

SCALE = """
func.func @scale(%x: tensor<3x5xf32>, %s: f32) -> (tensor<3x5xf32>, f32) {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]} ins(%x : tensor<3x5xf32>) outs(%e : tensor<3x5xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %s : f32
    linalg.yield %m : f32
  } -> tensor<3x5xf32>
  %t = arith.addf %s, %s : f32
  return %y, %t : tensor<3x5xf32>, f32
}
func.func @twice(%x: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %two = arith.constant 2.0 : f32
  %y, %t = func.call @scale(%x, %two) : (tensor<3x5xf32>, f32) -> (tensor<3x5xf32>, f32)
  return %y : tensor<3x5xf32>
}
func.func private @hidden(%x: tensor<3x5xf32>) -> tensor<3x5xf32> {
  return %x : tensor<3x5xf32>
}
"""

BF16 = """
func.func @main(%x: tensor<4xbf16>) -> tensor<4xbf16> {
  %e = tensor.empty() : tensor<4xbf16>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]} ins(%x : tensor<4xbf16>) outs(%e : tensor<4xbf16>) {
  ^bb0(%a: bf16, %o: bf16):
    %m = arith.addf %a, %a : bf16
    linalg.yield %m : bf16
  } -> tensor<4xbf16>
  return %y : tensor<4xbf16>
}
"""


@pytest.fixture(scope="module")
def scale():
    return hm_mlir.compile(SCALE, target="cpu", opt_level=0)


def test_every_public_function_is_callable(scale):
    assert scale.functions == ["scale", "twice"]
    x = np.arange(15, dtype=np.float32).reshape(3, 5)
    y, t = scale.scale(x, np.float32(0.5))
    np.testing.assert_array_equal(y, x * 0.5)
    assert t == np.float32(1.0) and np.asarray(t).dtype == np.float32
    np.testing.assert_array_equal(scale["twice"](x), x * 2)
    y, _ = scale.scale(x, 3.0)  # a Python number for a scalar argument
    np.testing.assert_array_equal(y, x * 3)


def test_private_and_unknown_functions_are_not_exposed(scale):
    with pytest.raises(AttributeError, match=r"no public function @hidden .*@scale, @twice"):
        _ = scale.hidden
    with pytest.raises(KeyError, match="@nope"):
        scale["nope"]


@pytest.mark.parametrize("args, message", [
    ((), r"@scale takes 2 argument\(s\) \(tensor<3x5xf32>, f32\), got 0"),
    ((np.zeros((3, 5), np.float32), 1.0, 2.0), "got 3"),
    ((np.zeros((5, 3), np.float32), 1.0), r"argument 0 of @scale \(tensor<3x5xf32>\): expected shape \(3, 5\), "
                                           r"got \(5, 3\)"),
    ((np.zeros((3, 5), np.float64), 1.0), r"argument 0 of @scale \(tensor<3x5xf32>\): expected dtype float32, "
                                          "got float64"),
    ((np.zeros((3, 5), np.float32), np.zeros(2, np.float32)), r"argument 1 of @scale \(f32\): expected shape \(\)"),
    ((np.zeros((3, 5), np.float32), "x"), r"argument 1 of @scale \(f32\): expected a scalar, got str"),
])
def test_wrong_arguments_are_named(scale, args, message):
    with pytest.raises(ArgumentError, match=message):
        scale.scale(*args)


def test_bf16_is_exchanged_as_float32():
    exe = hm_mlir.compile(BF16, opt_level=0)
    x = np.array([1.0, -2.5, 0.1, 3e4], dtype=np.float32)
    y = exe.main(x)
    assert y.dtype == np.float32
    bf16 = (x.view(np.uint32) + 0x7FFF + ((x.view(np.uint32) >> 16) & 1)) & 0xFFFF0000  # round to nearest even
    np.testing.assert_array_equal(y, 2 * bf16.astype(np.uint32).view(np.float32))


def test_compile_errors_are_located():
    with pytest.raises(CompileError, match=r"<input>:2:3: error: custom op 'retur' is unknown"):
        hm_mlir.compile("func.func @f() {\n  retur\n}\n")
    dynamic = "func.func @f(%a: tensor<?xf32>) -> tensor<?xf32> {\n  return %a : tensor<?xf32>\n}\n"
    with pytest.raises(CompileError, match="dynamic shapes are not supported"):
        hm_mlir.compile(dynamic)


def test_options_are_checked():
    with pytest.raises(ValueError, match="unknown run target 'tpu'"):
        hm_mlir.compile(SCALE, target="tpu")
    with pytest.raises(ValueError, match="unknown compile option"):
        hm_mlir.compile(SCALE, tile=3)
    with pytest.raises(ValueError, match="--rammer-dispatch chooses how Rammer's programs run"):
        hm_mlir.compile(SCALE, rammer_dispatch="queue")


def _driver_missing() -> bool:
    try:
        ctypes.CDLL("libcuda.so.1")
        return False
    except OSError:
        return True


@pytest.mark.skipif(not _driver_missing(), reason="a CUDA driver is installed (test_programs runs cuda there)")
def test_cuda_without_a_driver_says_so():
    with pytest.raises(CudaUnavailable, match=r"no CUDA driver \(libcuda.so.1\) was found"):
        hm_mlir.compile(SCALE, target="cuda")


def test_sources_can_be_text_a_path_or_a_module(tmp_path):
    from mlir import ir

    path = tmp_path / "scale.mlir"
    path.write_text(SCALE)
    with ir.Context():
        module = ir.Module.parse(SCALE)  # a module from the caller's own context
        from_module = hm_mlir.compile(module, opt_level=0)
    from_path = hm_mlir.compile(path, opt_level=0)
    x = np.ones((3, 5), np.float32)
    np.testing.assert_array_equal(from_module.twice(x), from_path.twice(x))
    broken = tmp_path / "broken.mlir"
    broken.write_text("func.func @f() {\n  retur\n}\n")
    with pytest.raises(CompileError, match=r"broken.mlir:2:3: error: custom op 'retur' is unknown"):
        hm_mlir.compile(broken)


def test_hm_run_takes_the_arguments_folder_in_argument_order(tmp_path):
    """`hm-run --arguments DIR` reads DIR/arg0.npy, arg1.npy, ... by number: arg10 after arg9, where a shell
    glob would put it after arg1 (each argument here has its own shape, so a wrong order is an error)."""
    import subprocess
    import sys

    count = 11
    params = ", ".join(f"%a{i}: tensor<{i + 1}xf32>" for i in range(count))
    (tmp_path / "many.mlir").write_text(
        f"func.func @main({params}) -> tensor<{count}xf32> {{\n  return %a{count - 1} : tensor<{count}xf32>\n}}\n")
    (tmp_path / "args").mkdir()
    for i in range(count):
        np.save(tmp_path / "args" / f"arg{i}.npy", np.full(i + 1, float(i), np.float32))
    done = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_run", str(tmp_path / "many.mlir"), "--arguments",
                           str(tmp_path / "args"), "--output", str(tmp_path / "out.npz")], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    np.testing.assert_array_equal(np.load(tmp_path / "out.npz")["result0"], np.full(count, 10.0, np.float32))


def test_a_zero_dimensional_bf16_tensor_and_a_bf16_scalar_are_exchanged():
    text = """func.func @main(%a: tensor<bf16>, %s: bf16) -> tensor<bf16> {
  %x = tensor.extract %a[] : tensor<bf16>
  %y = arith.addf %x, %s : bf16
  %e = tensor.empty() : tensor<bf16>
  %r = tensor.insert %y into %e[] : tensor<bf16>
  return %r : tensor<bf16>
}"""
    result = hm_mlir.compile(text).main(np.asarray(1.5, np.float32), 2.25)
    assert result.shape == () and result == np.float32(3.75)


def test_a_bool_input_with_bytes_other_than_0_and_1_is_true_for_every_op():
    """i1 inputs are normalised at the boundary: a .npy bool byte of 2 or 255 is true, whether an op extends it,
    selects with it or compares it."""
    text = """#id = affine_map<(i) -> (i)>
func.func @main(%a: tensor<4xi1>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi1>) {
  %e = tensor.empty() : tensor<4xi32>
  %b = tensor.empty() : tensor<4xi1>
  %r:3 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel"]}
      ins(%a : tensor<4xi1>) outs(%e, %e, %b : tensor<4xi32>, tensor<4xi32>, tensor<4xi1>) {
  ^bb0(%v: i1, %o: i32, %p: i32, %q: i1):
    %z = arith.extui %v : i1 to i32
    %one = arith.constant 1 : i32
    %zero = arith.constant 0 : i32
    %s = arith.select %v, %one, %zero : i32
    %true = arith.constant true
    %c = arith.cmpi eq, %v, %true : i1
    linalg.yield %z, %s, %c : i32, i32, i1
  } -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi1>)
  return %r#0, %r#1, %r#2 : tensor<4xi32>, tensor<4xi32>, tensor<4xi1>
}"""
    raw = np.array([0, 1, 2, 255], np.uint8).view(np.bool_)
    extended, selected, compared = hm_mlir.compile(text).main(raw)
    np.testing.assert_array_equal(extended, [0, 1, 1, 1])
    np.testing.assert_array_equal(selected, [0, 1, 1, 1])
    np.testing.assert_array_equal(compared, [False, True, True, True])


def test_a_private_function_named_like_libm_does_not_replace_it():
    """A private @expf returning 42 stays the user's function for the user's calls, and math.exp stays libm's
    (before hm-rename-reserved-symbols every math.exp of the module returned 42)."""
    text = """func.func private @expf(%x: f32) -> f32 {
  %c = arith.constant 42.0 : f32
  return %c : f32
}
func.func @main(%a: tensor<4xf32>) -> (tensor<4xf32>, f32) {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      ins(%a : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%v: f32, %o: f32):
    %y = math.exp %v : f32
    linalg.yield %y : f32
  } -> tensor<4xf32>
  %z = arith.constant 0.0 : f32
  %u = call @expf(%z) : (f32) -> f32
  return %r, %u : tensor<4xf32>, f32
}"""
    x = np.array([0.0, 1.0, -1.0, 2.0], np.float32)
    exps, user = hm_mlir.compile(text).main(x)
    np.testing.assert_allclose(exps, np.exp(x), rtol=1e-6)
    assert user == np.float32(42.0)


def test_an_isolated_call_that_faults_raises_and_the_interpreter_lives_on():
    text = """func.func @main(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %e = tensor.empty() : tensor<4xi32>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]}
      ins(%a, %b : tensor<4xi32>, tensor<4xi32>) outs(%e : tensor<4xi32>) {
  ^bb0(%x: i32, %y: i32, %o: i32):
    %q = arith.remsi %x, %y : i32
    linalg.yield %q : i32
  } -> tensor<4xi32>
  return %r : tensor<4xi32>
}"""
    from hm_mlir.runtime.executable import ProgramFault

    exe = hm_mlir.compile(text, isolate=True)
    a = np.array([7, 8, 9, 10], np.int32)
    np.testing.assert_array_equal(exe.main(a, np.array([2, 3, 4, 3], np.int32)), [1, 2, 1, 1])
    with pytest.raises(ProgramFault, match=r"@main faulted: integer division by zero or overflow \(SIGFPE\)"):
        exe.main(a, np.array([2, 0, 4, 3], np.int32))
    with pytest.raises(ProgramFault, match="SIGFPE"):  # INT_MIN % -1 overflows
        exe.main(np.full(4, np.iinfo(np.int32).min, np.int32), np.full(4, -1, np.int32))
    np.testing.assert_array_equal(exe.main(a, np.array([5, 5, 5, 5], np.int32)), [2, 3, 4, 0])  # still usable
    with pytest.raises(ValueError, match="isolate runs each call in a forked child"):
        hm_mlir.compile(text, target="cuda", isolate=True)


def test_f32_to_bf16_rounds_subnormals_to_nearest_even_on_every_host():
    """arith.truncf to bf16 gives the bits of round-to-nearest-even, subnormals kept, as the runtime's own
    conversion does (LLVM's fptrunc flushed them to zero on hosts with AVX512-BF16)."""
    from hm_mlir.runtime.signature import from_bf16_bits, to_bf16_bits

    text = """func.func @main(%a: tensor<64xf32>) -> tensor<64xbf16> {
  %e = tensor.empty() : tensor<64xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      ins(%a : tensor<64xf32>) outs(%e : tensor<64xbf16>) {
  ^bb0(%v: f32, %o: bf16):
    %y = arith.truncf %v : f32 to bf16
    linalg.yield %y : bf16
  } -> tensor<64xbf16>
  return %r : tensor<64xbf16>
}"""
    rng = np.random.default_rng(0)
    bits = np.concatenate([rng.integers(1, 0x007FFFFF, 24), 0x80000000 | rng.integers(1, 0x007FFFFF, 8),
                           [0x00008000, 0x00018000, 0x3F808000, 0x3F818000, 0x7F7FFFFF, 0x00000001, 0x7F800000,
                            0xFF800000], rng.integers(0, 2**32, 24)]).astype(np.uint32)
    values = bits.view(np.float32)
    got = hm_mlir.compile(text).main(values)
    want = from_bf16_bits(to_bf16_bits(values))
    finite = ~np.isnan(values)
    np.testing.assert_array_equal(got[finite].view(np.uint32), want[finite].view(np.uint32))
    assert np.isnan(got[~finite]).all()
    assert np.count_nonzero(got[:32]) > 24  # subnormals survive (the smallest round to zero, as they should)
