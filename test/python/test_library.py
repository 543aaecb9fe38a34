"""Library folders (hm_mlir.compile_library, hm-opt --target=cpu-library|cuda-library) and the compiler-free
runner: every test program and zoo model (the ResNeXt block only in bench/library.py) as a cpu library gives what
hm_mlir.compile gives; its cuda library
links against nothing of MLIR or LLVM, embeds cubin for sm_90 and sm_80, and asks a stub CUDA driver for
exactly the launches hm_mlir.compile(..., target="cuda") asks for."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from library_cases import case_entry_and_arguments, case_names, case_source

import hm_mlir
from hm_mlir.library import runner
from hm_mlir.library.build import LibraryError
from hm_mlir.runtime.cuda import CudaUnavailable
from hm_mlir.runtime.executable import CompileError

HERE = Path(__file__).resolve().parent
CASES = case_names()
# What a library may need at run time: the C runtime, libm, the dynamic loader and its own hm runtime.
ALLOWED_NEEDED = ("linux-vdso.so", "libc.so", "libm.so", "libgcc_s.so", "ld-linux", "libhm_runtime-")


def _close(got, want, element):
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape and got.dtype == want.dtype
    if got.dtype.kind == "f":
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)
    else:
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("case", CASES)
def test_cpu_library_gives_what_compile_gives(case, tmp_path):
    source = case_source(case)
    entry, arguments = case_entry_and_arguments(case)
    hm_mlir.compile_library(source, tmp_path / "lib", target="cpu")
    ldd = subprocess.run(["ldd", str(tmp_path / "lib" / "libmodel.so")], capture_output=True, text=True).stdout
    needed = [os.path.basename(line.split()[0]) for line in ldd.splitlines() if line.startswith("\t")]
    assert needed and all(name.startswith(ALLOWED_NEEDED) for name in needed), needed
    library, compiled = runner.load(tmp_path / "lib"), hm_mlir.compile(source)
    assert library.functions == compiled.functions
    want = compiled[entry](*arguments)
    got = library[entry](*arguments)
    want, got = (want, got) if isinstance(want, tuple) else ((want,), (got,))
    assert len(got) == len(want)
    for spec, g, w in zip(library[entry].spec.results, got, want):
        _close(g, w, spec.element)


@pytest.fixture(scope="session")
def stub_driver(tmp_path_factory) -> Path:
    """A folder holding the stub CUDA driver as libcuda.so.1 (test/python/stub_cuda/libcuda_stub.c)."""
    folder = tmp_path_factory.mktemp("stub-cuda")
    subprocess.run(["cc", "-O1", "-fPIC", "-shared", "-o", str(folder / "libcuda.so.1"),
                    str(HERE / "stub_cuda" / "libcuda_stub.c")], check=True)
    return folder


def _stub_logs(stub_driver: Path, work: Path, cases: list[str]) -> dict:
    environment = {**os.environ, "LD_LIBRARY_PATH": str(stub_driver)}
    subprocess.run([sys.executable, str(HERE / "stub_cuda" / "launch_logs.py"), str(work / "logs.json"), str(work),
                    *cases], check=True, env=environment, capture_output=True, timeout=1200)
    return json.loads((work / "logs.json").read_text())


@pytest.fixture(scope="session")
def launch_logs(stub_driver, tmp_path_factory) -> dict:
    return _stub_logs(stub_driver, tmp_path_factory.mktemp("launch-logs"), CASES)


def _launches(log: dict) -> list[str]:
    """Everything the driver was asked for but the image loads (hm_mlir.compile loads PTX at compile time, a
    library its cubin at the first launch)."""
    return [event for event in log["events"] if not event.startswith("load ")]


@pytest.mark.parametrize("case", CASES)
def test_cuda_library_links_only_the_c_runtime_and_launches_what_compile_launches(case, launch_logs):
    log = launch_logs[case]
    assert "error" not in log, log.get("error")
    needed = [os.path.basename(line.split()[0]) for line in log["ldd"].splitlines() if line.startswith("\t")]
    assert needed and all(name.startswith(ALLOWED_NEEDED) for name in needed), needed
    assert not any("MLIR" in name or "LLVM" in name for name in needed)
    assert any(event.startswith("launch ") for event in log["library"]["events"])
    assert _launches(log["library"]) == _launches(log["compile"])
    assert log["library"]["status"] == log["compile"]["status"]
    assert "load cubin sm_90" in log["library"]["events"]
    assert "load cubin sm_80" in log["sm_80"]["events"]  # (an A100's tiles: other launches than sm_90's)
    assert any(event.startswith("launch ") for event in log["sm_80"]["events"])


def test_the_launch_comparison_sees_a_different_schedule(stub_driver, tmp_path):
    """Mutation check of the stub comparison: a library built with Welder launches fewer kernels than plain
    hm_mlir.compile, and the logs must say so."""
    source = case_source("program:mlp")
    hm_mlir.compile_library(source, tmp_path / "welder", target="cuda", welder=True)
    script = ("import numpy as np, sys; from hm_mlir.library import runner; lib = runner.load(sys.argv[1]); "
              "lib.main(*[np.zeros(a.shape, a.dtype) for a in lib.main.spec.arguments])")
    log = tmp_path / "welder.log"
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "welder")], check=True,
                   env={**os.environ, "LD_LIBRARY_PATH": str(stub_driver), "HM_STUB_CUDA_LOG": str(log)})
    welder = [line for line in log.read_text().splitlines() if line.startswith("launch ")]
    plain = _stub_logs(stub_driver, tmp_path, ["program:mlp"])["program:mlp"]["compile"]
    plain_launches = [event for event in plain["events"] if event.startswith("launch ")]
    assert len(welder) < len(plain_launches)
    assert welder != plain_launches


def test_a_device_error_is_raised_after_the_call(stub_driver, tmp_path):
    hm_mlir.compile_library(case_source("program:mlp"), tmp_path / "lib", target="cuda")
    script = ("import numpy as np, sys; from hm_mlir.library import runner; lib = runner.load(sys.argv[1])\n"
              "try:\n    lib.main(*[np.zeros(a.shape, a.dtype) for a in lib.main.spec.arguments])\n"
              "except runner.LibraryRuntimeError as err:\n    print(err)")
    environment = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path / "failing")}
    (tmp_path / "failing").mkdir()
    subprocess.run(["cc", "-O1", "-fPIC", "-shared", "-DFAIL_LAUNCHES", "-o",
                    str(tmp_path / "failing" / "libcuda.so.1"), str(HERE / "stub_cuda" / "libcuda_stub.c")], check=True)
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "lib")], env=environment,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "@main failed on the device: cuLaunchKernel" in result.stdout
    assert "CUDA_ERROR_STUB (CUresult 719)" in result.stdout


def test_the_runner_needs_no_mlir(tmp_path):
    """A subprocess where importing mlir fails loads a cpu library and gives the NumPy reference's result."""
    source = case_source("program:mlp")
    hm_mlir.compile_library(source, tmp_path / "lib", target="cpu")
    entry, arguments = case_entry_and_arguments("program:mlp")
    np.savez(tmp_path / "args.npz", *arguments)
    script = ("import sys; sys.modules['mlir'] = None\n"
              "import numpy as np\nfrom hm_mlir.library import runner\n"
              "args = np.load(sys.argv[2]); lib = runner.load(sys.argv[1])\n"
              "np.save(sys.argv[3], lib[sys.argv[4]](*[args[f'arr_{i}'] for i in range(len(args.files))]))\n"
              "assert not any(name == 'mlir' or name.startswith('mlir.') for name in sys.modules if sys.modules[name])")
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "lib"), str(tmp_path / "args.npz"),
                    str(tmp_path / "out.npy"), entry], check=True)
    want = hm_mlir.compile(source)[entry](*arguments)
    np.testing.assert_allclose(np.load(tmp_path / "out.npy"), want, rtol=1e-6, atol=1e-6)


def test_a_cuda_library_without_a_driver_is_a_clear_error(tmp_path):
    hm_mlir.compile_library(case_source("program:mlp"), tmp_path / "lib", target="cuda")
    script = ("import sys\nfrom hm_mlir.library import runner\nfrom hm_mlir.runtime.cuda import CudaUnavailable\n"
              "try:\n    runner.load(sys.argv[1])\nexcept CudaUnavailable as err:\n    print(err)")
    environment = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "lib")], env=environment,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "no CUDA driver (libcuda.so.1) was found" in result.stdout


def test_arguments_are_checked_as_compile_checks_them(tmp_path):
    hm_mlir.compile_library(case_source("program:mlp"), tmp_path / "lib")
    library = runner.load(tmp_path / "lib")
    with pytest.raises(runner.ArgumentError, match=r"argument 0 of @main .*expected shape"):
        library.main(np.zeros((1, 1), np.float32), *case_entry_and_arguments("program:mlp")[1][1:])
    with pytest.raises(AttributeError, match="no public function @nope"):
        library.nope  # noqa: B018


def test_a_failed_build_leaves_the_folder_as_it_was(tmp_path):
    folder = tmp_path / "lib"
    hm_mlir.compile_library(case_source("program:mlp"), folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(CompileError, match="undeclared SSA value"):
        hm_mlir.compile_library("func.func @f() { return %x : f32 }", folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["lib"]  # no temporary folder is left behind


def test_a_library_of_another_machine_or_format_is_refused(tmp_path):
    hm_mlir.compile_library(case_source("program:mlp"), tmp_path / "lib")
    path = tmp_path / "lib" / "manifest.json"
    manifest = json.loads(path.read_text())
    path.write_text(json.dumps({**manifest, "machine": "riscv64"}))
    with pytest.raises(runner.LibraryError, match="built for riscv64 machines"):
        runner.load(tmp_path / "lib")
    path.write_text(json.dumps({**manifest, "format_version": 99}))
    with pytest.raises(runner.LibraryError, match="format version 99"):
        runner.load(tmp_path / "lib")
    path.write_text("{")
    with pytest.raises(runner.LibraryError, match="not valid JSON"):
        runner.load(tmp_path / "lib")


def test_a_folder_that_is_not_a_library_is_never_replaced(tmp_path):
    (tmp_path / "mine.txt").write_text("keep")
    with pytest.raises(LibraryError, match="not an hm-mlir library folder"):
        hm_mlir.compile_library(case_source("program:mlp"), tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep"


def test_no_c_compiler_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    with pytest.raises(LibraryError, match="needs a system C compiler"):
        hm_mlir.compile_library(case_source("program:mlp"), tmp_path / "lib")
    assert not (tmp_path / "lib").exists()


def test_the_manifest_describes_the_functions_and_the_chip(tmp_path):
    hm_mlir.compile_library(case_source("zoo:lstm"), tmp_path / "lib", target="cuda", chip="sm_80")
    manifest = json.loads((tmp_path / "lib" / "manifest.json").read_text())
    assert manifest["chip"] == "sm_80" and manifest["device"] == "a100" and manifest["kernel_format"] == "cubin"
    assert manifest["arena_bytes"] > 0 and manifest["functions"]["main"]["arena"]
    assert manifest["versions"]["hm_mlir"] == hm_mlir.__version__ and manifest["versions"]["ptxas"]
    arguments = manifest["functions"]["main"]["arguments"]
    assert arguments[0]["element"] == "f32" and all(isinstance(a["shape"], list) for a in arguments)


def test_a_native_library_gives_the_same_results(tmp_path):
    source = case_source("program:layernorm")
    entry, arguments = case_entry_and_arguments("program:layernorm")
    hm_mlir.compile_library(source, tmp_path / "lib", host_cpu="native")
    manifest = json.loads((tmp_path / "lib" / "manifest.json").read_text())
    assert manifest["host_cpu"] == "native" and manifest["machine"]
    want = hm_mlir.compile(source)[entry](*arguments)
    got = runner.load(tmp_path / "lib")[entry](*arguments)
    for g, w in zip(got if isinstance(got, tuple) else (got,), want if isinstance(want, tuple) else (want,)):
        np.testing.assert_allclose(g, w, rtol=1e-6, atol=1e-6)


def test_a_ptx_library_carries_ptx_for_the_driver(stub_driver, tmp_path):
    hm_mlir.compile_library(case_source("program:mlp"), tmp_path / "lib", target="cuda", kernel_format="ptx")
    script = ("import numpy as np, sys; from hm_mlir.library import runner; lib = runner.load(sys.argv[1]); "
              "lib.main(*[np.zeros(a.shape, a.dtype) for a in lib.main.spec.arguments])")
    log = tmp_path / "ptx.log"
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "lib")], check=True,
                   env={**os.environ, "LD_LIBRARY_PATH": str(stub_driver), "HM_STUB_CUDA_LOG": str(log)})
    assert "load ptx sm_90" in log.read_text().splitlines()


def test_a_declared_function_is_named_in_the_error(tmp_path):
    text = ("func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n"
            "  %0 = call @g(%a) : (tensor<4xf32>) -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n"
            "func.func private @g(tensor<4xf32>) -> tensor<4xf32>\n")
    with pytest.raises(CompileError, match=r"@g is only declared"):
        hm_mlir.compile_library(text, tmp_path / "lib")


def test_cuda_unavailable_is_what_compile_raises_too():
    assert issubclass(CudaUnavailable, RuntimeError)


def test_the_runtime_copies_strided_views_as_numpy_does(tmp_path):
    """hm_memrefCopy (what bufferization's strided copies call) on views of every layout: contiguous, strided,
    offset, transposed, size-1 and empty dimensions, rank 0; both source and target may be strided."""
    import ctypes

    from hm_mlir.library.build import RUNTIME_SOURCE

    subprocess.run(["cc", "-O2", "-fPIC", "-shared", "-o", str(tmp_path / "rt.so"), str(RUNTIME_SOURCE), "-ldl"],
                   check=True)
    runtime = ctypes.CDLL(str(tmp_path / "rt.so"))

    def unranked(view: np.ndarray, base: np.ndarray, keep: list):
        rank = view.ndim
        fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p), ("offset", ctypes.c_int64),
                  ("sizes_and_strides", ctypes.c_int64 * max(1, 2 * rank))]
        descriptor = type("D", (ctypes.Structure,), {"_fields_": fields})()
        descriptor.allocated = descriptor.aligned = base.ctypes.data
        descriptor.offset = (view.__array_interface__["data"][0] - base.ctypes.data) // view.itemsize
        if rank:
            descriptor.sizes_and_strides[:] = list(view.shape) + [s // view.itemsize for s in view.strides]
        header = (ctypes.c_int64 * 2)(rank, ctypes.addressof(descriptor))
        keep += [descriptor, header]
        return header

    rng = np.random.default_rng(0)
    source_base = rng.standard_normal(4096).astype(np.float32)
    grid = source_base[:8 * 9 * 10].reshape(8, 9, 10)
    views = [grid, grid[1:5, ::2, 3:7], grid[:, 2, :], grid.transpose(2, 0, 1), grid[2:3, :, 4:5], grid[:, 0:0, :],
             grid[3, 4, 5:6].reshape(()), grid[::3, :, ::4]]
    for view in views:
        for strided_target in (False, True):
            target_base = np.zeros(4 * max(1, view.size) + 64, np.float32)
            if strided_target and view.ndim:
                target = target_base[: 2 * view.size].reshape(*view.shape[:-1], 2 * view.shape[-1])[..., ::2] \
                    if view.size else target_base[:0].reshape(view.shape)
            else:
                target = target_base[: view.size].reshape(view.shape)
            keep = []
            runtime.hm_memrefCopy(ctypes.c_int64(4), unranked(view, source_base, keep),
                                  unranked(target, target_base, keep))
            np.testing.assert_array_equal(target, view)
