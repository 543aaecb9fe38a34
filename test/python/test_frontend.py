"""The PyTorch front end (`hm_mlir.from_torch`, `hm-import`): models with weights inline or as arguments and with
data-dependent control flow compile and match live PyTorch; the zoo's committed files are what PyTorch gives;
bad models and a missing extra give clear errors. Tests that need the `torch` extra are skipped without it
(the README's install has it, so CI runs them); the missing-extra message is checked either way."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from test_frontend_without_torch import _hm_import

import hm_mlir
import hm_mlir.frontend  # noqa: F401 (hm_mlir.frontend.FrontendError, whichever test runs first)
from hm_mlir import zoo

ZOO_DIR = zoo.zoo_root()


torch = pytest.importorskip("torch", reason="the torch extra is not installed (pip install -e '.[torch]')")
pytest.importorskip("torch_mlir", reason="the torch extra is not installed (pip install -e '.[torch]')")


class GatedLoop(torch.nn.Module):
    """A branch and a data-dependent loop that both read weights: the shapes from_torch must handle."""

    def __init__(self):
        super().__init__()
        self.scale = torch.nn.Linear(8, 8)
        self.step = torch.nn.Linear(8, 8)

    def forward(self, x):
        from torch._higher_order_ops.while_loop import while_loop

        x = torch.cond(x.sum() > 0, lambda x: self.scale(x), lambda x: -x, (x,))

        def more(i, y):
            return (i < 6) & (y.abs().sum() < 40.0)

        def body(i, y):
            return i + 1, torch.tanh(self.step(y)) + y

        count, y = while_loop(more, body, (torch.zeros((), dtype=torch.int64), x))
        return y, count


@pytest.mark.parametrize("weights", ["inline", "arguments"])
def test_from_torch_control_flow_matches_live_pytorch(weights):
    torch.manual_seed(0)
    module = GatedLoop().eval()
    text = hm_mlir.from_torch(module, (torch.randn(2, 8),), weights=weights)
    assert "scf.if" in text and "scf.while" in text
    exe = hm_mlir.compile(text, "cpu", opt_level=1)
    leading = hm_mlir.frontend.weight_arrays(module) if weights == "arguments" else []
    counts = set()
    for seed in range(6):
        x = torch.from_numpy(np.random.default_rng(seed).standard_normal((2, 8)).astype(np.float32) * seed)
        want_y, want_count = (t.detach().numpy() for t in module(x))
        got_y, got_count = exe.main(*leading, x.numpy())
        np.testing.assert_allclose(got_y, want_y, rtol=1e-4, atol=1e-4)
        assert int(got_count) == int(want_count)
        counts.add(int(want_count))
    assert len(counts) > 1  # the loop's trip count really depends on the data


class CountedLoop(torch.nn.Module):
    """A while_loop whose first test is a constant (i starts at 0): torch-mlir drops its condition."""

    def forward(self, x):
        from torch._higher_order_ops.while_loop import while_loop

        return while_loop(lambda i, y: i < 5, lambda i, y: (i + 1, y * 2.0), (torch.zeros((), dtype=torch.int64), x))


def test_a_while_loop_whose_condition_torch_mlir_drops_is_refused_at_its_source_line():
    """Compiled as torch-mlir lowers it, the loop would run 2**63 - 1 trips: the import refuses it instead."""
    with pytest.raises(hm_mlir.frontend.FrontendError) as raised:
        hm_mlir.from_torch(CountedLoop(), (torch.randn(4),))
    message = str(raised.value)
    line = next(i for i, text in enumerate(Path(__file__).read_text().splitlines(), 1) if "return while_loop(" in text)
    assert f"{Path(__file__).name}:{line}: a while_loop whose first test of its condition is a constant" in message


class CumulativeSum(torch.nn.Module):
    def forward(self, x):
        return torch.cumsum(x, dim=1)


def test_an_op_torch_mlir_keeps_in_its_own_dialect_is_refused_at_import_naming_the_source_line():
    with pytest.raises(hm_mlir.frontend.FrontendError) as raised:
        hm_mlir.from_torch(CumulativeSum(), (torch.randn(3, 7),))
    message = str(raised.value)
    line = next(i for i, text in enumerate(Path(__file__).read_text().splitlines(), 1) if "torch.cumsum(x" in text)
    assert message.startswith(f"{__file__}:{line}: `return torch.cumsum(x, dim=1)`: torch-mlir keeps "
                              "'tm_tensor.scan' of its own 'tm_tensor' dialect for it, which hm-mlir cannot "
                              "compile yet"), message


def test_hm_import_checks_what_it_writes_with_hm_mlirs_parser_and_verifier():
    from hm_mlir.tools.hm_import import _check_with_hm_mlir

    assert _check_with_hm_mlir("func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : "
                               "tensor<4xf32>\n}\n") == []
    problems = _check_with_hm_mlir('func.func @main() {\n  "tm_tensor.yield"() : () -> ()\n  return\n}\n')
    assert problems and problems[0].startswith("<imported>:2:20: error: operation being parsed with an "
                                               "unregistered dialect"), problems
    bad_space = ('"rtile.space"() {sym_name = "s", op = "linalg.matmul", loops = array<i64: 4>, iterators = '
                 '["parallel"], top_k = 1 : i64, candidates = [@k], chosen = @other, policy = "roller", '
                 'device = "h100"} : () -> ()\n')
    assert _check_with_hm_mlir(bad_space)  # a stage dialect's Python rule, not only upstream's verifier


SLOGDET = """\
import torch

class M(torch.nn.Module):
    def forward(self, x):
        return torch.linalg.slogdet(x)  # a torch.return_types named tuple, which torch.export cannot save

def model():
    return M(), (torch.randn(3, 3),)
"""


def test_hm_import_hands_the_exported_program_over_in_memory(tmp_path):
    """hm-import's process has not loaded the MLIR bindings: torch-mlir imports the program in a fork, with no
    save and load (which fails on slogdet's named-tuple result)."""
    (tmp_path / "slogdet.py").write_text(SLOGDET)
    done = _hm_import(str(tmp_path / "slogdet.py"), "-o", str(tmp_path / "slogdet.mlir"))
    assert done.returncode == 0, done.stderr
    assert "func.func @main(%arg0: tensor<3x3xf32>)" in (tmp_path / "slogdet.mlir").read_text()


def test_from_torch_after_the_bindings_are_loaded_saves_the_program_and_says_when_that_fails(tmp_path):
    import importlib.util

    from mlir import ir  # noqa: F401 (this process has the bindings: torch-mlir must go to a child process)

    spec = importlib.util.spec_from_loader("slogdet_model", loader=None)
    module = importlib.util.module_from_spec(spec)
    exec(SLOGDET, module.__dict__)  # noqa: S102
    with pytest.raises(hm_mlir.frontend.FrontendError, match="could not be saved for torch-mlir's process"):
        hm_mlir.from_torch(*module.model())


def test_weight_arguments_follow_weight_names():
    module = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4)).eval()
    names = hm_mlir.frontend.weight_names(module)
    assert names == ["0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var"]
    assert [a.shape for a in hm_mlir.frontend.weight_arrays(module)] == [(4, 3), (4,), (4,), (4,), (4,), (4,)]


def test_an_unexportable_model_is_a_frontend_error():
    class PythonBranch(torch.nn.Module):
        def forward(self, x):
            return x + 1 if x.sum() > 0 else x - 1  # data-dependent Python control flow

    with pytest.raises(hm_mlir.frontend.FrontendError, match="torch.export failed"):
        hm_mlir.from_torch(PythonBranch(), (torch.randn(3),))


def test_hm_import_writes_ir_and_arguments_that_hm_run_reproduces(tmp_path):
    model = tmp_path / "tiny.py"
    model.write_text(textwrap.dedent("""\
        import torch

        def model():
            torch.manual_seed(1)
            return torch.nn.Sequential(torch.nn.Linear(6, 5), torch.nn.GELU()).eval(), (torch.randn(3, 6),)
        """))
    done = _hm_import(f"{model}:model", "-o", str(tmp_path / "tiny.mlir"), "--weights", "arguments",
                      "--save-arguments", str(tmp_path / "args"))
    assert done.returncode == 0, done.stderr
    arguments = sorted((tmp_path / "args").glob("arg*.npy"))
    assert len(arguments) == 3  # weight, bias, input
    ran = subprocess.run([sys.executable, "-m", "hm_mlir.tools.hm_run", str(tmp_path / "tiny.mlir"), "-O", "0",
                          *[f"--input={a}" for a in arguments], "--output", str(tmp_path / "out.npz")],
                         capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    got = np.load(tmp_path / "out.npz")["result0"]
    want = np.load(tmp_path / "args" / "expected.npz")["result0"]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("source, message", [
    ("def model():\n    return 1 / 0\n", "m.py:2: error: model() raised ZeroDivisionError"),
    ("def model():\n    return 3\n", "must return (module, example_inputs), not int"),
    ("def other():\n    pass\n", "has no function 'model'"),
    ("def model(:\n", "m.py:1:11: error: loading the model raised SyntaxError"),
    ("import torch\ndef model():\n    class F(torch.nn.Module):\n        def forward(self, x):\n"
     "            return x if x.sum() > 0 else -x\n    return F(), (torch.ones(2),)\n", "torch.export failed"),
])
def test_hm_import_reports_bad_models(tmp_path, source, message):
    (tmp_path / "m.py").write_text(source)
    done = _hm_import("m.py", cwd=tmp_path)
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_hm_import_usage_errors(tmp_path):
    done = _hm_import(str(tmp_path / "missing.py"))
    assert done.returncode == 1 and "no such file" in done.stderr
    done = _hm_import("x.py", "--weights", "bogus")
    assert done.returncode == 2 and "invalid choice" in done.stderr


@pytest.mark.parametrize("name", zoo.names())
def test_committed_expectations_are_live_pytorch(name):
    model, source = zoo.load(name), zoo.model_source(name)
    for case, seed in enumerate(model.cases):
        module, inputs = source.model(seed)
        with torch.no_grad():
            outputs = module(*inputs)
        outputs = outputs if isinstance(outputs, tuple) else (outputs,)
        problem = zoo.mismatch([o.numpy() for o in outputs], model.expected(case))
        assert not problem, f"{name} case {case}: {problem}"
        # the arguments the CPU tests pass are the live model's weights and inputs
        live = (hm_mlir.frontend.weight_arrays(module) if model.manifest["weights"] == "arguments" else [])
        live += [t.numpy() for t in inputs]
        for got, want in zip(model.arguments(case), live, strict=True):
            np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("name", ["mlp", "skipnet", "gru_decode"])
def test_a_fresh_export_is_the_committed_ir(name):
    source = zoo.model_source(name)
    module, inputs = source.model()
    text = hm_mlir.from_torch(module, inputs, weights=source.WEIGHTS)
    assert text == (ZOO_DIR / name / "model.mlir").read_text(), "re-run examples/zoo/export.py"


def test_zoo_files_load_through_hm_import(tmp_path):
    done = _hm_import(str(ZOO_DIR / "attention.py"), "-o", str(tmp_path / "a.mlir"))
    assert done.returncode == 0, done.stderr
    assert Path(tmp_path / "a.mlir").read_text() == (ZOO_DIR / "attention" / "model.mlir").read_text()
    assert os.path.getsize(tmp_path / "a.mlir") > 0
