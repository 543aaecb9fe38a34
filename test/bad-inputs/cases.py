"""The bad-input corpus of hm-opt and hm-run: every input here must fail cleanly.

test/python/test_bad_inputs.py runs each Case as `python -m hm_mlir.tools.<tool> <argv>` in a fresh folder and
checks: the exact exit code (1: a problem with the input, files or compilation; 2: a problem with the command
line), a message matching `stderr` (re.search, multi-line), no Python traceback, no "internal error" and no
death by signal. A message about a place in the input is located: `^{in}:LINE:COL: error: ...`.

Placeholders, in `argv` and `stderr` (escaped there): `{in}` is the case's main input (written from `source`,
or copied from test/bad-inputs/inputs/`input_file`), `{dir}` the case's folder. `files` are written to the
folder too (text, bytes, or None for an empty folder), `links` as symbolic links; `stdin` is fed to the tool.
"""

from __future__ import annotations

import io
import json
from dataclasses import asdict, dataclass, field

import numpy as np

from hm_mlir import hardware

KINDS = {
    "syntax": "MLIR that does not parse",
    "verifier": "IR that parses but breaks an upstream or hm verifier rule",
    "unsupported": "valid IR the compile pipeline or the runtime does not take",
    "dynamic-shape": "dynamic or unranked shapes (not supported yet)",
    "element-type": "element types the runtime cannot exchange or the lowering cannot store",
    "pass-option": "a bad value of a pass option or of a tool option",
    "unknown-flag": "a flag or argument the tool does not have",
    "malformed-pipeline": "--pass-pipeline text that does not read as a pipeline",
    "empty-file": "empty input files",
    "binary-garbage": "bytes that are not MLIR text or not .npy data",
    "run-inputs": "hm-run --input arrays of the wrong count, shape or dtype",
    "missing-file": "inputs that do not exist or are folders",
    "corrupt-file": "truncated or forged files",
    "unwritable-output": "-o / --output that cannot be written",
    "abort": "inputs that make upstream MLIR abort (assertions build) unless the tools check first",
    "run-fault": "programs that trap while they run (division by zero, an index far out of bounds, deep recursion)",
    "pathological": "inputs nested deeper than the parser can take (regions, affine expressions, types)",
    "check-bounds": "run-time checks of --check-bounds: an index out of bounds or a bad divisor, located",
}


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    tool: str  # "hm-opt" or "hm-run"
    argv: tuple[str, ...]
    exit_code: int
    stderr: str  # a regular expression, searched in multi-line mode
    source: str | bytes | None = None  # written to {in}
    input_file: str | None = None  # copied to {in} from test/bad-inputs/inputs/
    files: dict[str, str | bytes | None] = field(default_factory=dict)
    stdin: bytes | None = None
    suffix: str = ".mlir"  # of {in}
    links: dict[str, str] = field(default_factory=dict)  # symbolic links made in the folder: name -> target


# Every field of a device description (the h100's figures), for descriptions with one bad field.
H100_FIELDS = asdict(hardware.get("h100"))


def npy(array) -> bytes:
    """The .npy bytes of `array`."""
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=True)
    return buffer.getvalue()


def npy_header(shape: str, descr: str = "<f4", version: bytes = b"\x01\x00") -> bytes:
    """A .npy header claiming `shape` with no data after it."""
    header = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}".ljust(117) + "\n"
    return b"\x93NUMPY" + version + len(header).to_bytes(2, "little") + header.encode()


X = npy(np.arange(6, dtype=np.float32).reshape(2, 3))  # what @main of scale.mlir takes
S = npy(np.array(2.0, dtype=np.float32))
RUN_FILES = {"x.npy": X, "s.npy": S}


def func(signature: str, body: str) -> str:
    return f"func.func @main{signature} {{\n{body}\n}}\n"


def elementwise(tensor: str, element: str, op: str = "arith.addf") -> str:
    """@main applying `op` to each element of a rank-2 `tensor` argument with itself."""
    identity = "affine_map<(i, j) -> (i, j)>"
    return func(f"(%a: {tensor}) -> {tensor}", f"""  %e = tensor.empty() : {tensor}
  %r = linalg.generic {{indexing_maps = [{identity}, {identity}], iterator_types = ["parallel", "parallel"]}}
      ins(%a : {tensor}) outs(%e : {tensor}) {{
  ^bb0(%x: {element}, %o: {element}):
    %s = {op} %x, %x : {element}
    linalg.yield %s : {element}
  }} -> {tensor}
  return %r : {tensor}""")


def returns(tensor: str) -> str:
    """@main returning its `tensor` argument."""
    return func(f"(%a: {tensor}) -> {tensor}", f"  return %a : {tensor}")


def map_1d(source: str, result: str, op: str) -> str:
    """linalg.generic converting a tensor<4x`source`> into a tensor<4x`result`> element by element with `op`."""
    identity = "affine_map<(i) -> (i)>"
    operand = "%a" if source == "i8" else "%t"
    return (f"linalg.generic {{indexing_maps = [{identity}, {identity}], iterator_types = [\"parallel\"]}}\n"
            f"      ins({operand} : tensor<4x{source}>) outs(%e{result} : tensor<4x{result}>) {{\n"
            f"  ^bb0(%x: {source}, %o: {result}):\n    %y = {op} %x : {source} to {result}\n"
            f"    linalg.yield %y : {result}\n  }} -> tensor<4x{result}>")


# i8 in and out, i3 in between: the runtime exchanges it, the LLVM lowering cannot store the i3 tensor.
I3_ROUND_TRIP = func("(%a: tensor<4xi8>) -> tensor<4xi8>", f"""  %ei3 = tensor.empty() : tensor<4xi3>
  %t = {map_1d("i8", "i3", "arith.trunci")}
  %ei8 = tensor.empty() : tensor<4xi8>
  %r = {map_1d("i3", "i8", "arith.extsi")}
  return %r : tensor<4xi8>""")

T = "tensor<4x4xf32>"
PROLOGUE = f"""  %e = tensor.empty() : {T}
  %z = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
"""


def body(text: str) -> str:
    """@main(%a, %b: tensor<4x4xf32>) with `text` after a prologue defining %e, %z, %c0, %c1, %c4."""
    return func(f"(%a: {T}, %b: {T}) -> {T}", PROLOGUE + text + f"\n  return %a : {T}")


ADD_COMBINER = """
    (%x: f32, %y: f32) {
      %s = arith.addf %x, %y : f32
      linalg.yield %s : f32
    }"""
REDUCE_TWO_INPUTS = ("func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<f32> {\n"
                     "  %e = tensor.empty() : tensor<f32>\n"
                     "  %r = linalg.reduce ins(%a, %b : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<f32>) "
                     "dimensions = [0]" + ADD_COMBINER + "\n  return %r : tensor<f32>\n}\n")
CONV = "tensor<1x8x8x3xf32>, tensor<3x3x3x2xf32>"
CONV_OPERANDS = """  %in = tensor.empty() : tensor<1x8x8x3xf32>
  %w = tensor.empty() : tensor<3x3x3x2xf32>
  %o = tensor.empty() : tensor<1x6x6x2xf32>
"""
MK, KN, MN = "affine_map<(m, n, k) -> (m, k)>", "affine_map<(m, n, k) -> (k, n)>", "affine_map<(m, n, k) -> (m, n)>"


def generic_with_map(first_map: str) -> str:
    """linalg.generic reading %a through `first_map` (a map text or alias) into %e."""
    return (f"  %r = linalg.generic {{indexing_maps = [{first_map}, affine_map<(i, j) -> (i, j)>], "
            f"iterator_types = [\"parallel\", \"parallel\"]}} ins(%a : {T}) outs(%e : {T}) {{\n"
            f"  ^bb0(%x: f32, %q: f32):\n    linalg.yield %x : f32\n  }} -> {T}")


def opt(name, kind, source, argv=("{in}",), exit_code=1, stderr="", **more) -> Case:
    return Case(name, kind, "hm-opt", tuple(argv), exit_code, stderr, source=source, **more)


def run(name, kind, source, argv=("{in}",), exit_code=1, stderr="", **more) -> Case:
    return Case(name, kind, "hm-run", tuple(argv), exit_code, stderr, source=source, **more)


SCALE_RUN = ("{in}", "--input", "{dir}/x.npy", "--input", "{dir}/s.npy")


def divide(op: str) -> str:
    """@main applying integer division or remainder `op` elementwise to two tensor<4xi32> arguments."""
    return func("(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32>",
                "  %e = tensor.empty() : tensor<4xi32>\n"
                "  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, "
                "affine_map<(i) -> (i)>], iterator_types = [\"parallel\"]}\n"
                "      ins(%a, %b : tensor<4xi32>, tensor<4xi32>) outs(%e : tensor<4xi32>) {\n"
                "  ^bb0(%x: i32, %y: i32, %o: i32):\n"
                f"    %q = {op} %x, %y : i32\n    linalg.yield %q : i32\n"
                "  } -> tensor<4xi32>\n  return %r : tensor<4xi32>")


CASES: list[Case] = [
    # ---------------------------------------------------------------------------------------------- syntax
    opt("syntax-unknown-op", "syntax", "func.func @f() {\n  retur\n}\n",
        stderr=r"^{in}:2:3: error: custom op 'retur' is unknown"),
    opt("syntax-unclosed-region", "syntax", "func.func @f() {\n  return\n",
        stderr=r"^{in}:2:9: error: expected operation name in quotes"),
    opt("syntax-undefined-value", "syntax", func("() -> f32", "  return %nope : f32"),
        stderr=r"^{in}:2:10: error: use of undeclared SSA value name"),
    opt("syntax-bad-element-type", "syntax", "func.func @f(%a: tensor<4xfoo32>) {\n  return\n}\n",
        stderr=r"^{in}:1:27: error: expected non-function type"),
    opt("syntax-negative-dimension", "syntax", returns("tensor<-2xf32>"),
        stderr=r"^{in}:1:28: error: expected non-function type"),
    opt("syntax-dimension-overflow", "syntax", returns("tensor<9223372036854775808xf32>"),
        stderr=r"^{in}:1:28: error: invalid dimension"),
    opt("syntax-unterminated-string", "syntax", '"func.func"() <{sym_name = "f, function_type = () -> ()}> ({\n',
        stderr=r"^{in}:1:61: error: expected '\"' in string literal"),
    opt("syntax-byte-order-mark", "syntax", "\ufefffunc.func @f() {\n  return\n}\n",
        stderr=r"^{in}:1:1: error: unexpected character"),
    opt("syntax-unregistered-dialect", "syntax", func("()", '  "foo.bar"() : () -> ()\n  return'),
        stderr=r"^{in}:2:12: error: operation being parsed with an unregistered dialect"),
    opt("syntax-second-split-chunk", "syntax",
        "func.func @ok() {\n  return\n}\n// -----\nfunc.func @f() {\n  retur\n}\n",
        argv=("{in}", "--split-input-file"), stderr=r"^{in}:6:3: error: custom op 'retur' is unknown"),
    opt("syntax-stdin", "syntax", None, argv=("-",), stdin=b"func.func @f() {\n  retur\n}\n",
        stderr=r"^<stdin>:2:3: error: custom op 'retur' is unknown"),
    opt("syntax-dev-stdin-pipe", "syntax", None, argv=("/dev/stdin",), stdin=b"func.func @f() {\n  retur\n}\n",
        stderr=r"^/dev/stdin:2:3: error: custom op 'retur' is unknown"),
    run("syntax-hm-run", "syntax", "func.func @main() {\n  retur\n}\n",
        stderr=r"^{in}:2:3: error: custom op 'retur' is unknown"),
    # -------------------------------------------------------------------------------------------- verifier
    opt("verifier-return-count", "verifier", func("() -> i32", "  return"),
        stderr=r"^{in}:2:3: error: 'func.return' op has 0 operands, but enclosing function \(@main\) returns 1"),
    opt("verifier-stage-attribute", "verifier", "func.func @f() attributes {rtile.bogus = 1} {\n  return\n}\n",
        stderr=r"^{in}:1:1: error: 'func.func' op unknown stage attribute 'rtile.bogus'"),
    opt("verifier-call-arguments", "verifier",
        "func.func private @g(f32) -> f32\n"
        + func("() -> f32", "  %r = func.call @g() : () -> f32\n  return %r : f32"),
        stderr=r"^{in}:3:8: error: 'func.call' op incorrect number of operands for callee"),
    opt("verifier-matmul-shapes", "verifier",
        body(f"  %x = tensor.empty() : tensor<4x5xf32>\n  %r = linalg.matmul ins(%x, %b : tensor<4x5xf32>, {T}) "
             f"outs(%e : {T}) -> {T}"),
        stderr=r"^{in}:8:8: error: 'linalg.matmul' op inferred input/output operand #1 has shape's dimension #0 "
               r"to be 5, but found 4"),
    opt("verifier-generic-map-count", "verifier",
        body(f"  %r = linalg.generic {{indexing_maps = [affine_map<(i, j) -> (i, j)>], iterator_types = "
             f"[\"parallel\", \"parallel\"]}} ins(%a : {T}) outs(%e : {T}) {{\n  ^bb0(%x: f32, %o: f32):\n"
             f"    linalg.yield %x : f32\n  }} -> {T}"),
        stderr=r"^{in}:7:8: error: 'linalg.generic' op expected the number of indexing_map \(1\) to be equal to "
               r"the number of input/output operands \(2\)"),
    opt("verifier-if-without-else", "verifier",
        body(f"  %t = arith.constant true\n  %r = scf.if %t -> ({T}) {{\n    scf.yield %a : {T}\n  }}"),
        stderr=r"^{in}:8:8: error: 'scf.if' op must have an else block if defining values"),
    opt("verifier-extract-indices", "verifier", body(f"  %v = tensor.extract %a[%c0] : {T}"),
        stderr=r"^{in}:7:8: error: 'tensor.extract' op incorrect number of indices"),
    opt("verifier-public-declaration", "verifier", "func.func @ext(tensor<4xf32>) -> tensor<4xf32>\n",
        stderr=r"^{in}:1:1: error: 'func.func' op symbol declaration cannot have public visibility"),
    opt("verifier-duplicate-symbol", "verifier", func("()", "  return") + func("()", "  return"),
        stderr=r"^{in}:4:1: error: redefinition of symbol named 'main'"),
    opt("verifier-unmet-expectation", "verifier",
        "func.func @f() {\n  // expected-error @+1 {{never emitted}}\n  return\n}\n",
        argv=("{in}", "--verify-diagnostics"),
        stderr=r"^{in}:2:6: error: expected error \"never emitted\" was not produced"),
    run("verifier-hm-run", "verifier", func("() -> i32", "  return"),
        stderr=r"^{in}:2:3: error: 'func.return' op has 0 operands"),
    # ----------------------------------------------------------------------------------------- unsupported
    run("unsupported-sparse-argument", "unsupported",
        "#csr = #sparse_tensor.encoding<{ map = (i, j) -> (i : dense, j : compressed) }>\n"
        + func("(%a: tensor<4x4xf32, #csr>) -> tensor<4x4xf32, #csr>", "  return %a : tensor<4x4xf32, #csr>"),
        stderr=r"^{in}:2:1: error: argument 0 of @main has type tensor<4x4xf32, #sparse_tensor.encoding<.*>>: "
               r"tensors with an encoding \(sparse tensors\) are not supported"),
    run("unsupported-public-libm-name", "unsupported",
        func("(%a: f32) -> f32", "  return %a : f32").replace("@main", "@expf"), argv=("{in}", "--entry", "expf",
                                                                                      "--input", "{dir}/s.npy"),
        files=RUN_FILES, stderr=r"^{in}:1:1: error: public function @expf has the name of a function the compiled "
                                r"code calls \(C library, libm or runtime\): rename it, or make it private"),
    opt("unsupported-gpu-module", "unsupported",
        "module attributes {gpu.container_module} {\n  gpu.module @k {\n  }\n" + returns("tensor<4xf32>") + "}\n",
        argv=("{in}", "--target=cpu"), stderr=r"^{in}:2:3: error: 'gpu.module' is not supported by the cpu lowering"),
    opt("unsupported-to-tensor", "unsupported",
        func("() -> tensor<4xf32>", "  %m = memref.alloc() : memref<4xf32>\n"
             "  %t = bufferization.to_tensor %m : memref<4xf32> to tensor<4xf32>\n  return %t : tensor<4xf32>"),
        argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:3:8: error: 'bufferization.to_tensor' op to_tensor ops without `restrict` are not supported"),
    opt("unsupported-int64-overflowing-size", "unsupported", elementwise("tensor<4294967296x4294967296xf32>", "f32"),
        argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:1:1: error: @main cannot be compiled: tensor<4294967296x4294967296xf32> has "
               r"18446744073709551616 elements: more than int64 can count"),
    opt("unsupported-dim-out-of-range", "unsupported",
        func("(%a: tensor<4xf32>) -> index", "  %c = arith.constant 5 : index\n"
             "  %v = tensor.dim %a, %c : tensor<4xf32>\n  return %v : index"),
        argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:3:8: error: 'tensor.dim' takes dimension 5 of tensor<4xf32>, which has no such dimension"),
    run("unsupported-no-main", "unsupported", None, input_file="scale.mlir", argv=("{in}", "--entry", "nope"),
        stderr=r"^hm-run: error: {in} has no public function @nope \(public functions: @main\)"),
    run("unsupported-private-entry", "unsupported", None, input_file="scale.mlir", argv=("{in}", "--entry", "helper"),
        stderr=r"^hm-run: error: {in} has no public function @helper"),
    run("unsupported-external-declaration", "unsupported",
        "func.func private @ext(f32) -> f32\n" + func("(%a: f32) -> f32", "  %r = func.call @ext(%a) : (f32) -> f32\n"
                                                      "  return %r : f32"),
        files={"s.npy": S}, argv=("{in}", "--input", "{dir}/s.npy"),
        stderr=r"^{in}:1:1: error: @ext is only declared, and no runtime library defines _mlir_ciface_ext: the module "
               r"cannot be linked to run"),
    run("unsupported-larger-than-memory", "unsupported",
        func("() -> tensor<f32>", "  %c = arith.constant 1.0 : f32\n  %e = tensor.empty() : tensor<100000000000xf32>\n"
             "  %f = linalg.fill ins(%c : f32) outs(%e : tensor<100000000000xf32>) -> tensor<100000000000xf32>\n"
             "  %z = tensor.empty() : tensor<f32>\n  %r = linalg.reduce ins(%f : tensor<100000000000xf32>) "
             "outs(%z : tensor<f32>) dimensions = [0]" + ADD_COMBINER + "\n  return %r : tensor<f32>"),
        stderr=r"^{in}:3:8: error: 'tensor.empty' produces tensor<100000000000xf32> \(400000000000 bytes\): more than "
               r"the [0-9.]+ GiB of memory of this machine"),
    run("unsupported-result-larger-than-memory", "unsupported",
        func("() -> tensor<100000000000xf32>", "  %e = tensor.empty() : tensor<100000000000xf32>\n"
             "  return %e : tensor<100000000000xf32>"),
        stderr=r"^{in}:1:1: error: @main exchanges tensor<100000000000xf32> \(400000000000 bytes\)"),
    # --------------------------------------------------------------------------------------- dynamic shapes
    opt("dynamic-argument", "dynamic-shape", returns("tensor<?xf32>"), argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:1:1: error: dynamic shapes are not supported yet: @main has type tensor<\?xf32> in its "
               r"signature"),
    opt("dynamic-unranked", "dynamic-shape", returns("tensor<*xf32>"), argv=("{in}", "--target=gpu"),
        stderr=r"^{in}:1:1: error: dynamic shapes are not supported yet: @main has type tensor<\*xf32>"),
    opt("dynamic-loop-dependent-slice", "dynamic-shape",
        func("(%a: tensor<8xf32>) -> f32",
             "  %c0 = arith.constant 0 : index\n  %c1 = arith.constant 1 : index\n  %c4 = arith.constant 4 : index\n"
             "  %z = arith.constant 0.0 : f32\n"
             "  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %z) -> (f32) {\n"
             "    %n = arith.subi %c4, %i : index\n"
             "    %s = tensor.extract_slice %a[%i] [%n] [1] : tensor<8xf32> to tensor<?xf32>\n"
             "    %v = tensor.extract %s[%c0] : tensor<?xf32>\n    %t = arith.addf %acc, %v : f32\n"
             "    scf.yield %t : f32\n  }\n  return %r : f32"),
        argv=("{in}", "--stop-after=rtile"),
        stderr=r"^{in}:8:10: error: dynamic shapes are not supported yet: 'tensor.extract_slice' produces "
               r"tensor<\?xf32>"),
    run("dynamic-hm-run-argument", "dynamic-shape", returns("tensor<?x4xf32>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has dynamic shape tensor<\?x4xf32>: dynamic shapes are not "
               r"supported yet"),
    run("dynamic-hm-run-result", "dynamic-shape",
        func("(%a: tensor<4xf32>) -> tensor<?xf32>", "  %c = tensor.cast %a : tensor<4xf32> to tensor<?xf32>\n"
             "  return %c : tensor<?xf32>"),
        stderr=r"^{in}:1:1: error: result 0 of @main has dynamic shape tensor<\?xf32>"),
    # ---------------------------------------------------------------------------------------- element types
    run("element-complex-f16", "element-type", returns("tensor<4xcomplex<f16>>"),  # NumPy has no complex32
        stderr=r"^{in}:1:1: error: argument 0 of @main has element type complex<f16>, which the runtime cannot "
               r"exchange"),
    run("element-i4", "element-type", returns("tensor<4xi4>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has element type i4, which the runtime cannot exchange"),
    run("element-vector-in-tensor", "element-type", returns("tensor<4xvector<4xf32>>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has element type vector<4xf32>"),
    run("element-memref-argument", "element-type", returns("memref<4xf32>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has type memref<4xf32>: only ranked tensors and scalars can be "
               r"passed"),
    run("element-vector-argument", "element-type", returns("vector<4xf32>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has type vector<4xf32>: only ranked tensors and scalars"),
    run("element-tuple-argument", "element-type", returns("tuple<f32, f32>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has element type tuple<f32, f32>"),
    opt("element-tensor-of-tuple", "element-type", returns("tensor<4xtuple<f32, f32>>"),
        stderr=r"^{in}:1:30: error: invalid tensor element type"),
    run("element-unsigned", "element-type", returns("tensor<4xui8>"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has element type ui8"),
    run("element-f8-result", "element-type",
        func("() -> tensor<2xf8E4M3FN>", "  %c = arith.constant dense<1.0> : tensor<2xf8E4M3FN>\n"
             "  return %c : tensor<2xf8E4M3FN>"),
        stderr=r"^{in}:1:1: error: result 0 of @main has element type f8E4M3FN"),
    run("element-none-scalar", "element-type", returns("none"),
        stderr=r"^{in}:1:1: error: argument 0 of @main has element type none"),
    # ----------------------------------------------------------------------------------------- pass options
    opt("option-step-zero", "pass-option", "", argv=("{in}", "--pass-pipeline=builtin.module(hm-naive-tiling{step=0})"),
        exit_code=2, stderr=r"^hm-opt: error: option 'step' must be at least 1"),
    opt("option-not-an-int", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-naive-tiling{block=big})"),
        exit_code=2, stderr=r"^hm-opt: error: option 'block': cannot read 'big' as int"),
    opt("option-unknown-hm-option", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-naive-tiling{bogus=1})"),
        exit_code=2, stderr=r"^hm-opt: error: 'hm-naive-tiling' has no option 'bogus'"),
    opt("option-unknown-device", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-naive-tiling{device=zz})"),
        exit_code=2, stderr=r"^hm-opt: error: option 'device': unknown device 'zz'"),
    opt("option-device-file-not-json", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-roller-tiling{device={dir}/scale.mlir})"),
        files={"scale.mlir": "func.func @f() { return }\n"}, exit_code=2,
        stderr=r"^hm-opt: error: option 'device': {dir}/scale.mlir: not a JSON device description \(Expecting value"),
    opt("option-device-zero-warp", "pass-option", "", argv=("{in}", "--target=cpu", "--device", "{dir}/zero.json"),
        files={"zero.json": json.dumps({**H100_FIELDS, "warp_size": 0})}, exit_code=2,
        stderr=r"^hm-opt: error: --device: {dir}/zero.json: device field 'warp_size' must be positive, not 0"),
    opt("option-device-zero-throughput-as-pass-option", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-naive-tiling{device={dir}/zero.json})"),
        files={"zero.json": json.dumps({**H100_FIELDS, "fp32_tflops": 0})}, exit_code=2,
        stderr=r"^hm-opt: error: option 'device': {dir}/zero.json: device field 'fp32_tflops' must be positive"),
    opt("option-measure-cuda-without-gpu", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-roller-tiling{measure=cuda})"), exit_code=2,
        stderr=r"^hm-opt: error: option 'measure=cuda' times the candidates on the GPU: the cuda target needs"),
    opt("option-nvvm-opt-level", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-attach-nvvm-target{O=9})"), exit_code=2,
        stderr=r"^hm-opt: error: option 'O' must be 0..3, got 9"),
    opt("option-nvvm-chip", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-attach-nvvm-target{chip=sm_1})"), exit_code=2,
        stderr=r"^hm-opt: error: option 'chip' must be sm_90, sm_90a or sm_80"),
    opt("option-unknown-upstream-option", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(canonicalize{bogus=1})"),
        exit_code=2, stderr=r"^hm-opt: error: pass pipeline element 'canonicalize\{bogus=1\}': .*no such option bogus"),
    opt("option-upstream-bad-value", "pass-option", "",
        argv=("{in}", "--pass-pipeline=builtin.module(canonicalize{max-iterations=abc})"),
        exit_code=2,
        stderr=r"^hm-opt: error: pass pipeline element 'canonicalize\{max-iterations=abc\}': failed to add"),
    opt("option-target-choice", "pass-option", "", argv=("{in}", "--target=x86"), exit_code=2,
        stderr=r"^hm-opt: error: argument --target: invalid choice: 'x86'"),
    opt("option-chip-choice", "pass-option", "", argv=("{in}", "--chip=sm_70"), exit_code=2,
        stderr=r"^hm-opt: error: argument --chip: invalid choice: 'sm_70'"),
    opt("option-stage-unknown", "pass-option", "", argv=("{in}", "--stop-after=llvm"), exit_code=2,
        stderr=r"^hm-opt: error: argument --stop-after: invalid choice: 'llvm'"),
    opt("option-emit-ptx-with-cpu", "pass-option", "", argv=("{in}", "--emit-ptx", "--target=cpu"), exit_code=2,
        stderr=r"^hm-opt: error: --emit-ptx prints the PTX of the compile pipeline"),
    opt("option-roller-contradiction", "pass-option", "", argv=("{in}", "--roller", "--roller-policy=naive"),
        exit_code=2, stderr=r"^hm-opt: error: --roller means --roller-policy=roller; it contradicts"),
    opt("option-device-not-json", "pass-option", "", argv=("{in}", "--target=cpu", "--device", "{dir}/x.npy"),
        files={"x.npy": X}, exit_code=2, stderr=r"^hm-opt: error: --device: "),
    run("option-run-opt-level", "pass-option", None, input_file="scale.mlir", argv=("{in}", "-O", "7"), exit_code=2,
        stderr=r"^hm-run: error: argument -O: invalid choice: 7"),
    run("option-run-target", "pass-option", None, input_file="scale.mlir", argv=("{in}", "--target", "tpu"),
        exit_code=2, stderr=r"^hm-run: error: argument --target: invalid choice: 'tpu'"),
    run("option-run-device", "pass-option", None, input_file="scale.mlir", argv=("{in}", "--device", "nosuch"),
        exit_code=2, stderr=r"^hm-run: error: --device: unknown device 'nosuch'"),
    run("option-run-interleave-gpu", "pass-option", None, input_file="scale.mlir",
        argv=("{in}", "--grinder", "--target=cuda", "--rammer-interleave=random:1"), exit_code=2,
        stderr=r"^hm-run: error: --rammer-interleave orders the vEUs of Rammer's programs on the cpu target"),
    # ----------------------------------------------------------------------------------------- unknown flags
    opt("flag-unknown", "unknown-flag", "", argv=("{in}", "--no-such-flag"), exit_code=2,
        stderr=r"^usage: hm-opt.*\nhm-opt: error: unrecognized arguments: --no-such-flag"),
    opt("flag-abbreviated", "unknown-flag", "", argv=("{in}", "--targ=cpu"), exit_code=2,
        stderr=r"^hm-opt: error: unrecognized arguments: --targ=cpu"),
    opt("flag-second-input", "unknown-flag", "", argv=("{in}", "{in}"), exit_code=2,
        stderr=r"^hm-opt: error: unrecognized arguments: {in}"),
    opt("flag-missing-value", "unknown-flag", "", argv=("{in}", "--target"), exit_code=2,
        stderr=r"^hm-opt: error: argument --target: expected one argument"),
    run("flag-run-unknown", "unknown-flag", None, input_file="scale.mlir", argv=("{in}", "--split-marker"),
        exit_code=2, stderr=r"^hm-run: error: unrecognized arguments: --split-marker"),
    run("flag-run-no-input", "unknown-flag", None, argv=(), exit_code=2,
        stderr=r"^hm-run: error: the following arguments are required: input"),
    # ------------------------------------------------------------------------------------ malformed pipelines
    opt("pipeline-unbalanced", "malformed-pipeline", "", argv=("{in}", "--pass-pipeline=builtin.module(func.func(cse)"),
        exit_code=2, stderr=r"^hm-opt: error: unbalanced brackets or quotes in pass pipeline"),
    opt("pipeline-unbalanced-options", "malformed-pipeline", "", argv=("{in}", "--pass-pipeline=builtin.module(cse{)"),
        exit_code=2, stderr=r"^hm-opt: error: unbalanced brackets or quotes in pass pipeline"),
    opt("pipeline-not-anchored", "malformed-pipeline", "", argv=("{in}", "--pass-pipeline=cse"), exit_code=2,
        stderr=r"^hm-opt: error: the pass pipeline must be anchored on the module"),
    opt("pipeline-empty", "malformed-pipeline", "", argv=("{in}", "--pass-pipeline="), exit_code=2,
        stderr=r"^hm-opt: error: the pass pipeline must be anchored on the module"),
    opt("pipeline-empty-element", "malformed-pipeline", "",
        argv=("{in}", "--pass-pipeline=builtin.module(func.func(canonicalize),,cse)"), exit_code=2,
        stderr=r"^hm-opt: error: empty element in pass pipeline"),
    opt("pipeline-unknown-pass", "malformed-pipeline", "",
        argv=("{in}", "--pass-pipeline=builtin.module(no-such-pass)"),
        exit_code=2, stderr=r"^hm-opt: error: pass pipeline element 'no-such-pass': 'no-such-pass' does not refer to a "
                            r"registered pass"),
    opt("pipeline-unknown-hm-pass", "malformed-pipeline", "",
        argv=("{in}", "--pass-pipeline=builtin.module(hm-no-such-pass)"), exit_code=2,
        stderr=r"^hm-opt: error: unknown hm pass 'hm-no-such-pass'"),
    opt("pipeline-hm-pass-nested", "malformed-pipeline", "",
        argv=("{in}", "--pass-pipeline=builtin.module(func.func(hm-verify))"), exit_code=2,
        stderr=r"^hm-opt: error: hm pass 'hm-verify' must run on the module"),
    opt("pipeline-with-target", "malformed-pipeline", "",
        argv=("{in}", "--pass-pipeline=builtin.module(cse)", "--target=cpu"), exit_code=2,
        stderr=r"^hm-opt: error: --pass-pipeline runs exactly the given pipeline"),
    # ------------------------------------------------------------------------------------------- empty files
    run("empty-module-file", "empty-file", "",
        stderr=r"^hm-run: error: {in} has no public function @main \(public functions: none\)"),
    run("empty-whitespace-file", "empty-file", "\n  \n\t\n",
        stderr=r"^hm-run: error: {in} has no public function @main \(public functions: none\)"),
    run("empty-comments-only", "empty-file", "// nothing here\n// -----\n",
        stderr=r"^hm-run: error: {in} has no public function @main"),
    run("empty-npy-input", "empty-file", None, input_file="scale.mlir", files={"x.npy": b"", "s.npy": S},
        argv=SCALE_RUN, stderr=r"^hm-run: error: input '{dir}/x.npy' is not a .npy file"),
    # ---------------------------------------------------------------------------------------- binary garbage
    opt("binary-nul-bytes", "binary-garbage", None, input_file="garbage.bin",
        stderr=r"^{in}: error: the input is binary, not MLIR text"),
    opt("binary-not-utf8", "binary-garbage", b"func.func @f() {\xff\xfe}\n",
        stderr=r"^{in}: error: the input is not UTF-8 text \(byte 16\)"),
    opt("binary-stdin", "binary-garbage", None, argv=("-",), stdin=b"\x00\x01\x02MLIR",
        stderr=r"^<stdin>: error: the input is binary, not MLIR text"),
    opt("binary-bytecode", "binary-garbage", b"ML\xefR\x00\x06\x00", stderr=r"^{in}: error: the input is binary"),
    run("binary-hm-run-module", "binary-garbage", None, input_file="garbage.bin",
        stderr=r"^{in}: error: the input is binary, not MLIR text"),
    run("binary-npy-input", "binary-garbage", None, input_file="scale.mlir",
        files={"x.npy": bytes(range(256)), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' is not a .npy file"),
    run("binary-mlir-as-npy", "binary-garbage", None, input_file="scale.mlir", argv=("{in}", "--input", "{in}"),
        stderr=r"^hm-run: error: input '{in}' is not a .npy file"),
    # -------------------------------------------------------------------------------------------- run inputs
    run("arguments-folder-missing", "missing-file", None, input_file="scale.mlir",
        argv=("{in}", "--arguments", "{dir}/nowhere"),
        stderr=r"^hm-run: error: cannot read the arguments folder '.*nowhere': No such file or directory"),
    run("arguments-folder-gap", "run-inputs", None, input_file="scale.mlir",
        files={"args/arg0.npy": npy(np.zeros((2, 3), np.float32)), "args/arg2.npy": S},
        argv=("{in}", "--arguments", "{dir}/args"),
        stderr=r"^hm-run: error: the arguments folder '.*args' has arg2.npy but no arg1.npy"),
    run("arguments-and-inputs", "unknown-flag", None, input_file="scale.mlir", files=RUN_FILES, exit_code=2,
        argv=("{in}", "--arguments", "{dir}", "--input", "{dir}/x.npy"),
        stderr=r"^hm-run: error: --arguments DIR gives every argument: it cannot be combined with --input"),
    opt("roller-top-k-zero", "pass-option", body(""), argv=("{in}", "--roller-top-k", "0"), exit_code=2,
        stderr=r"^hm-opt: error: --roller-top-k must be at least 1"),
    run("inputs-too-few", "run-inputs", None, input_file="scale.mlir", files=RUN_FILES,
        argv=("{in}", "--input", "{dir}/x.npy"),
        stderr=r"^hm-run: error: @main takes 2 argument\(s\) \(tensor<2x3xf32>, f32\), got 1"),
    run("inputs-none", "run-inputs", None, input_file="scale.mlir",
        stderr=r"^hm-run: error: @main takes 2 argument\(s\) \(tensor<2x3xf32>, f32\), got 0"),
    run("inputs-too-many", "run-inputs", None, input_file="scale.mlir", files=RUN_FILES,
        argv=SCALE_RUN + ("--input", "{dir}/s.npy"), stderr=r"^hm-run: error: @main takes 2 argument\(s\) .*got 3"),
    run("inputs-wrong-shape", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": npy(np.zeros((3, 2), np.float32)), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: argument 0 of @main \(tensor<2x3xf32>\): expected shape \(2, 3\), got \(3, 2\)"),
    run("inputs-wrong-rank", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": npy(np.zeros(6, np.float32)), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: argument 0 of @main \(tensor<2x3xf32>\): expected shape \(2, 3\), got \(6,\)"),
    run("inputs-wrong-dtype", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": npy(np.zeros((2, 3))), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: argument 0 of @main \(tensor<2x3xf32>\): expected dtype float32, got float64"),
    run("inputs-integer-for-float", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": npy(np.zeros((2, 3), np.int32)), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"expected dtype float32, got int32"),
    run("inputs-big-endian", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": npy(np.zeros((2, 3), ">f4")), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"expected dtype float32, got >f4"),
    run("inputs-scalar-as-vector", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": X, "s.npy": npy(np.zeros(1, np.float32))}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: argument 1 of @main \(f32\): expected shape \(\), got \(1,\)"),
    run("inputs-structured-dtype", "run-inputs", None, input_file="scale.mlir",
        files={"x.npy": npy(np.zeros((2, 3), [("a", "f4"), ("b", "i4")])), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"expected dtype float32, got \[\('a', '<f4'\), \('b', '<i4'\)\]"),
    run("inputs-bf16-as-f16", "run-inputs", returns("tensor<2xbf16>"), files={"h.npy": npy(np.zeros(2, np.float16))},
        argv=("{in}", "--input", "{dir}/h.npy"),
        stderr=r"^hm-run: error: argument 0 of @main \(tensor<2xbf16>\): expected dtype float32, got float16"),
    # ----------------------------------------------------------------------------------------- missing files
    run("missing-run-input-symlink-loop", "missing-file", None, argv=("{dir}/loop.mlir",),
        links={"loop.mlir": "loop.mlir"}, stderr=r"^hm-run: error: cannot read '{dir}/loop.mlir': too many levels of "
                                           r"symbolic links"),
    opt("missing-input", "missing-file", None, argv=("{dir}/none.mlir",),
        stderr=r"^hm-opt: error: cannot read '{dir}/none.mlir': No such file or directory"),
    opt("missing-input-is-directory", "missing-file", None, argv=("{dir}/folder",), files={"folder": None},
        stderr=r"^hm-opt: error: cannot read '{dir}/folder': Is a directory"),
    run("missing-run-module", "missing-file", None, argv=("{dir}/none.mlir",),
        stderr=r"^hm-run: error: cannot read '{dir}/none.mlir': no such file"),
    run("missing-run-module-is-directory", "missing-file", None, argv=("{dir}/folder",), files={"folder": None},
        stderr=r"^hm-run: error: cannot read '{dir}/folder': it is a directory"),
    run("missing-npy-input", "missing-file", None, input_file="scale.mlir", argv=("{in}", "--input", "{dir}/none.npy"),
        stderr=r"^hm-run: error: cannot read input '{dir}/none.npy': No such file or directory"),
    run("missing-npy-input-is-directory", "missing-file", None, input_file="scale.mlir", files={"folder": None},
        argv=("{in}", "--input", "{dir}/folder"),
        stderr=r"^hm-run: error: cannot read input '{dir}/folder': Is a directory"),
    # ----------------------------------------------------------------------------------------- corrupt files
    run("corrupt-npy-truncated-data", "corrupt-file", None, input_file="scale.mlir",
        files={"x.npy": X[:-8], "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' is truncated: its header describes a float32 array of shape "
               r"\(2, 3\) \(24 bytes\) but 16 bytes follow"),
    run("corrupt-npy-truncated-header", "corrupt-file", None, input_file="scale.mlir",
        files={"x.npy": X[:70], "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' is not a .npy array: EOF: reading array header"),
    run("corrupt-npy-object-dtype", "corrupt-file", None, input_file="scale.mlir",
        files={"x.npy": npy(np.array([1, "a", None], dtype=object)), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' holds Python objects \(dtype object\), not numbers"),
    run("corrupt-npy-header-text", "corrupt-file", None, input_file="scale.mlir",
        files={"x.npy": b"\x93NUMPY\x01\x00\x10\x00{'descr': garbage", "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' is not a .npy array"),
    run("corrupt-npy-version", "corrupt-file", None, input_file="scale.mlir",
        files={"x.npy": npy_header("(2, 3)", version=b"\x09\x00"), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' is not a .npy array: we only support format version"),
    run("corrupt-npy-huge-claim", "corrupt-file", None, input_file="scale.mlir",
        files={"x.npy": npy_header("(100000000000,)"), "s.npy": S}, argv=SCALE_RUN,
        stderr=r"^hm-run: error: input '{dir}/x.npy' is truncated: its header describes a float32 array of shape "
               r"\(100000000000,\) \(400000000000 bytes\) but 0 bytes follow"),
    run("corrupt-npz-as-npy", "corrupt-file", None, input_file="scale.mlir", files={"x.npz": b"PK\x03\x04" + bytes(40)},
        argv=("{in}", "--input", "{dir}/x.npz"), stderr=r"^hm-run: error: input '{dir}/x.npz' is not a .npy file"),
    run("corrupt-truncated-module", "corrupt-file",
        "func.func @main(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {\n  %e = tensor.empty() : tensor<2",
        stderr=r"^{in}:2:32: error: "),
    # ------------------------------------------------------------------------------------- unwritable outputs
    opt("output-missing-folder", "unwritable-output", "", argv=("{in}", "-o", "{dir}/no/such/folder/out.mlir"),
        stderr=r"^hm-opt: error: cannot write '{dir}/no/such/folder/out.mlir': No such file or directory"),
    opt("output-is-directory", "unwritable-output", "", argv=("{in}", "-o", "{dir}/folder"), files={"folder": None},
        stderr=r"^hm-opt: error: cannot write '{dir}/folder': Is a directory"),
    opt("output-under-a-file", "unwritable-output", "", argv=("{in}", "-o", "{in}/out.mlir"),
        stderr=r"^hm-opt: error: cannot write '{in}/out.mlir': Not a directory"),
    opt("output-device-full", "unwritable-output", "", argv=("{in}", "-o", "/dev/full"),
        stderr=r"^hm-opt: error: cannot write '/dev/full': No space left on device"),
    opt("output-empty-name", "unwritable-output", "", argv=("{in}", "-o", ""),
        stderr=r"^hm-opt: error: cannot write '': empty file name"),
    run("output-run-missing-folder", "unwritable-output", None, input_file="scale.mlir", files=RUN_FILES,
        argv=SCALE_RUN + ("--output", "{dir}/no/such/out.npz"),
        stderr=r"^hm-run: error: cannot write '{dir}/no/such/out.npz': No such file or directory"),
    run("output-run-is-directory", "unwritable-output", None, input_file="scale.mlir",
        files={**RUN_FILES, "folder": None}, argv=SCALE_RUN + ("--output", "{dir}/folder"),
        stderr=r"^hm-run: error: cannot write '{dir}/folder': Is a directory"),
    run("output-run-device-full", "unwritable-output", None, input_file="scale.mlir", files=RUN_FILES,
        argv=SCALE_RUN + ("--output", "/dev/full"), stderr=r"^hm-run: error: cannot write '/dev/full': No space left"),
    run("output-run-is-the-input", "unwritable-output", None, input_file="scale.mlir", files=RUN_FILES,
        argv=SCALE_RUN + ("--output", "{in}"), exit_code=2,
        stderr=r"^hm-run: error: --output {in} is the input itself: name another file for the results"),
    opt("unsupported-dense-resource-too-short", "unsupported",
        func("() -> tensor<4xf32>", "  %c = arith.constant dense_resource<blob1> : tensor<4xf32>\n"
             "  return %c : tensor<4xf32>")
        + '{-#\n  dialect_resources: {\n    builtin: {\n      blob1: "0x0400000000000000"\n    }\n  }\n#-}\n',
        argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:2:8: error: dense_resource<blob1> holds 4 bytes, and tensor<4xf32> needs 16"),
    run("unsupported-dense-resource-missing", "unsupported",
        func("() -> tensor<4xf32>", "  %c = arith.constant dense_resource<nothing> : tensor<4xf32>\n"
             "  return %c : tensor<4xf32>"),
        stderr=r"^{in}:2:8: error: dense_resource<nothing> names no blob of the module's dialect_resources"),
    # ---------------------------------------------------------------------------------------- pathological
    opt("pathological-5000-nested-regions", "pathological",
        "func.func @main() {\n" + "scf.execute_region {\n" * 5000 + "scf.yield\n}\n" * 5000 + "return\n}\n",
        stderr=r"^{in}:1001:20: error: the input nests brackets more than 1000 deep here, more than the parser "
               r"can take"),
    opt("pathological-50000-deep-affine-expression", "pathological",
        "#m = affine_map<(d0) -> (" + "(" * 50000 + "d0" + ")" * 50000 + ")>\n"
        "func.func private @f(memref<4xf32, #m>)\n",
        stderr=r"^{in}:1:1024: error: the input nests brackets more than 1000 deep"),
    run("pathological-100000-deep-tuple-type", "pathological",
        "func.func @main(%a: " + "tuple<" * 100000 + "i32" + ">" * 100000 + ") {\n  return\n}\n",
        stderr=r"^{in}:1:\d+: error: the input nests brackets more than 1000 deep"),
    # ------------------------------------------------------------------------------------------ run faults
    run("fault-divsi-by-zero", "run-fault",
        func("(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32>",
             "  %e = tensor.empty() : tensor<4xi32>\n"
             "  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, "
             "affine_map<(i) -> (i)>], iterator_types = [\"parallel\"]}\n"
             "      ins(%a, %b : tensor<4xi32>, tensor<4xi32>) outs(%e : tensor<4xi32>) {\n"
             "  ^bb0(%x: i32, %y: i32, %o: i32):\n    %q = arith.divsi %x, %y : i32\n    linalg.yield %q : i32\n"
             "  } -> tensor<4xi32>\n  return %r : tensor<4xi32>"),
        files={"a.npy": npy(np.array([1, 2, 3, 4], np.int32)), "z.npy": npy(np.array([1, 0, 1, 1], np.int32))},
        argv=("{in}", "--input", "{dir}/a.npy", "--input", "{dir}/z.npy"),
        stderr=r"^hm-run: error: @main faulted: integer division by zero or overflow \(SIGFPE\)"),
    run("fault-extract-far-out-of-bounds", "run-fault",
        func("(%a: tensor<35xf32>, %i: index) -> f32", "  %v = tensor.extract %a[%i] : tensor<35xf32>\n"
             "  return %v : f32"),
        files={"a.npy": npy(np.zeros(35, np.float32)), "i.npy": npy(np.array(10**9, np.int64))},
        argv=("{in}", "--input", "{dir}/a.npy", "--input", "{dir}/i.npy"),
        stderr=r"^hm-run: error: @main faulted: invalid memory access \(an index out of bounds or a stack "
               r"overflow\) \(SIGSEGV\)"),
    # -------------------------------------------------------------------------------- --check-bounds checks
    run("check-bounds-divsi-by-zero", "check-bounds", divide("arith.divsi"),
        files={"a.npy": npy(np.array([1, 2, 3, 4], np.int32)), "z.npy": npy(np.array([1, 0, 1, 1], np.int32))},
        argv=("{in}", "--input", "{dir}/a.npy", "--input", "{dir}/z.npy", "--check-bounds"),
        stderr=r"^{in}:6:10: error: @main: integer division by zero \(run-time check\)$"),
    run("check-bounds-remsi-int-min-by-minus-one", "check-bounds", divide("arith.remsi"),
        files={"a.npy": npy(np.array([1, -2**31, 3, 4], np.int32)),
               "m.npy": npy(np.array([1, -1, 1, 1], np.int32))},
        argv=("{in}", "--input", "{dir}/a.npy", "--input", "{dir}/m.npy", "--check-bounds"),
        stderr=r"^{in}:6:10: error: @main: integer division overflow \(INT_MIN / -1\) \(run-time check\)$"),
    run("check-bounds-extract-out-of-bounds", "check-bounds",
        func("(%a: tensor<35xf32>, %i: index) -> f32", "  %v = tensor.extract %a[%i] : tensor<35xf32>\n"
             "  return %v : f32"),
        files={"a.npy": npy(np.zeros(35, np.float32)), "i.npy": npy(np.array(35, np.int64))},
        argv=("{in}", "--input", "{dir}/a.npy", "--input", "{dir}/i.npy", "--check-bounds"),
        stderr=r"^{in}:2:8: error: @main: out-of-bounds access \(run-time check\)$"),
    # ------------------------------------------------------------------------- assertion paths (upstream aborts)
    opt("abort-reduce-two-inputs-one-init", "abort", None, input_file="reduce_two_inputs.mlir",
        stderr=r"^{in}:5:8: error: 'linalg.reduce' op takes as many inits as inputs \(one result per input\); got 2 "
               r"input\(s\) and 1 init\(s\)"),
    opt("abort-reduce-one-input-two-inits", "abort",
        body("  %f = tensor.empty() : tensor<4xf32>\n  %r:2 = linalg.reduce ins(%a : tensor<4x4xf32>) "
             "outs(%f, %f : tensor<4xf32>, tensor<4xf32>) dimensions = [0]" + ADD_COMBINER),
        stderr=r"^{in}:8:10: error: 'linalg.reduce' op takes as many inits as inputs .*got 1 input\(s\) and 2 init"),
    opt("abort-reduce-no-inputs", "abort",
        body("  %f = tensor.empty() : tensor<4xf32>\n  %r = linalg.reduce outs(%f : tensor<4xf32>) dimensions = [0]\n"
             "    (%x: f32) {\n      linalg.yield %x : f32\n    }"),
        stderr=r"^{in}:8:8: error: 'linalg.reduce' op takes as many inits as inputs .*got 0 input\(s\) and 1 init"),
    opt("abort-reduce-short-form", "abort",
        body("  %f = tensor.empty() : tensor<4xf32>\n  %r = linalg.reduce { arith.addf } ins(%a, %b : "
             f"{T}, {T}) outs(%f : tensor<4xf32>) dimensions = [0]"),
        stderr=r"^{in}:8:8: error: 'linalg.reduce' op takes as many inits as inputs"),
    opt("abort-reduce-generic-form", "abort",
        body('  %f = tensor.empty() : tensor<4xf32>\n'
             '  %r = "linalg.reduce"(%a, %b, %f) <{dimensions = array<i64: 0>}> ({\n'
             "  ^bb0(%x: f32, %y: f32):\n    linalg.yield %x : f32\n  }) : "
             f"({T}, {T}, tensor<4xf32>) -> tensor<4xf32>"),
        stderr=r"^{in}:8:8: error: 'linalg.reduce' op takes as many inits as inputs \(one result per input\), so an "
               r"even number of operands; got 3"),
    run("abort-reduce-through-hm-run", "abort", None, input_file="reduce_two_inputs.mlir",
        stderr=r"^{in}:5:8: error: 'linalg.reduce' op takes as many inits as inputs"),
    opt("abort-reduce-in-split-chunk", "abort", "func.func @ok() {\n  return\n}\n// -----\n" + REDUCE_TWO_INPUTS,
        argv=("{in}", "--split-input-file"), stderr=r"^{in}:7:8: error: 'linalg.reduce' op takes as many inits"),
    opt("abort-matmul-one-map", "abort",
        body(f"  %r = linalg.matmul indexing_maps = [{MK}] ins(%a, %b : {T}, {T}) outs(%e : {T}) -> {T}"),
        stderr=r"^{in}:7:8: error: 'linalg.matmul' op expects 3 indexing maps \(one for each operand\), got 1"),
    opt("abort-matmul-map-alias", "abort",
        f"#mk = {MK}\n"
        + body(f"  %r = linalg.matmul indexing_maps = [#mk] ins(%a, %b : {T}, {T}) outs(%e : {T}) -> {T}"),
        stderr=r"^{in}:8:8: error: 'linalg.matmul' op expects 3 indexing maps \(one for each operand\), got 1"),
    opt("abort-matmul-generic-no-maps", "abort",
        body('  %r = "linalg.matmul"(%a, %b, %e) <{indexing_maps = [], operandSegmentSizes = array<i32: 2, 1>}> '
             f"({{\n  ^bb0(%x: f32, %y: f32, %o: f32):\n    linalg.yield %x : f32\n  }}) : ({T}, {T}, {T}) -> {T}"),
        stderr=r"^{in}:7:8: error: 'linalg.matmul' op expects 3 indexing maps \(one for each operand\), got 0"),
    opt("abort-contract-no-maps", "abort",
        body(f"  %r = linalg.contract indexing_maps = [] ins(%a, %b : {T}, {T}) outs(%e : {T}) -> {T}"),
        stderr=r"^{in}:7:8: error: 'linalg.contract' op expects 3 indexing maps \(one for each operand\), got 0"),
    opt("abort-concat-negative-dim", "abort",
        body(f"  %r = tensor.concat dim(-1) %a, %b : ({T}, {T}) -> tensor<8x4xf32>"),
        stderr=r"^{in}:7:8: error: 'tensor.concat' op concatenates along dimension -1, which is out of range"),
    opt("abort-concat-generic-wrapped-dim", "abort",
        body(f'  %r = "tensor.concat"(%a, %b) <{{dim = 18446744073709551615 : i64}}> : ({T}, {T}) -> tensor<8x4xf32>'),
        stderr=r"^{in}:7:8: error: 'tensor.concat' op concatenates along dimension -1, which is out of range"),
    opt("abort-pad-generic-dynamic-low", "abort",
        body('  %r = "tensor.pad"(%a) <{static_low = array<i64: -9223372036854775808, 1>, '
             "static_high = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 0, 0>}> ({\n"
             "  ^bb0(%i: index, %j: index):\n"
             f"    tensor.yield %z : f32\n  }}) : ({T}) -> tensor<6x6xf32>"),
        stderr=r"^{in}:7:8: error: 'tensor.pad' op 'static_low' marks 1 dynamic size\(s\) but 0 operand\(s\) give "
               r"them"),
    opt("abort-collapse-negative-index", "abort",
        body(f"  %r = tensor.collapse_shape %a [[-1, 0]] : {T} into tensor<16xf32>"),
        stderr=r"^{in}:7:8: error: 'tensor.collapse_shape' op has reassociation index -1, which is out of range"),
    opt("abort-expand-generic-huge-index", "abort",
        body('  %r = "tensor.expand_shape"(%a) <{reassociation = [[0, 1], [4294967295]], static_output_shape = '
             f"array<i64: 2, 2, 4>}}> : ({T}) -> tensor<2x2x4xf32>"),
        stderr=r"^{in}:7:8: error: 'tensor.expand_shape' op has reassociation index 4294967295"),
    opt("abort-for-generic-no-block-arguments", "abort",
        body('  "scf.for"(%c0, %c4, %c1) ({\n    scf.yield\n  }) : (index, index, index) -> ()'),
        stderr=r"^{in}:7:3: error: 'scf.for' op body has no block arguments"),
    opt("abort-conv-huge-strides", "abort",
        body(CONV_OPERANDS + "  %r = linalg.conv_2d_nhwc_hwcf {strides = dense<4611686018427387904> : tensor<2xi64>} "
             f"ins(%in, %w : {CONV}) outs(%o : tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>"),
        stderr=r"^{in}:10:8: error: 'linalg.conv_2d_nhwc_hwcf' op has strides \(4611686018427387904\) and dilations "
               r"\(1\) so large that the window index arithmetic overflows int64"),
    opt("abort-pooling-huge-dilations", "abort",
        body(CONV_OPERANDS + "  %k = tensor.empty() : tensor<3x3xf32>\n  %p = tensor.empty() : tensor<1x6x6x3xf32>\n"
             "  %r = linalg.pooling_nhwc_max {dilations = dense<-9223372036854775808> : tensor<2xi64>} ins(%in, %k : "
             "tensor<1x8x8x3xf32>, tensor<3x3xf32>) outs(%p : tensor<1x6x6x3xf32>) -> tensor<1x6x6x3xf32>"),
        stderr=r"^{in}:12:8: error: 'linalg.pooling_nhwc_max' op has strides \(1\) and dilations "
               r"\(9223372036854775808\)"),
    opt("abort-generic-map-modulo-zero", "abort", body(generic_with_map("affine_map<(i, j) -> (i mod 0, j)>")),
        stderr=r"^{in}:7:8: error: 'linalg.generic' op indexing map #0 cannot be evaluated at the loop bounds "
               r"\[0, 0\]: 'd0 mod 0'"),
    opt("abort-generic-map-overflow-alias", "abort",
        "#big = affine_map<(i, j) -> (i * 9223372036854775807, j)>\n" + body(generic_with_map("#big")),
        stderr=r"^{in}:8:8: error: 'linalg.generic' op indexing map #0 cannot be evaluated at the loop bounds "
               r"\[3, 3\]: 'd0 \* 9223372036854775807'"),
    opt("abort-pack-negative-tile", "abort",
        body("  %p = tensor.empty() : tensor<2x2x2x2xf32>\n  %r = linalg.pack %a inner_dims_pos = [0, 1] "
             f"inner_tiles = [-2, 2] into %p : {T} -> tensor<2x2x2x2xf32>"),
        stderr=r"^{in}:8:8: error: 'linalg.pack' op has inner tile size -2; tile sizes must be positive"),
    opt("abort-pack-generic-dynamic-tile", "abort",
        body('  %p = tensor.empty() : tensor<2x2x2x2xf32>\n  %r = "linalg.pack"(%a, %p) <{inner_dims_pos = array<i64: '
             "0, 1>, outer_dims_perm = array<i64>, static_inner_tiles = array<i64: -9223372036854775808, 2>, "
             f"operandSegmentSizes = array<i32: 1, 1, 0, 0>}}> : ({T}, tensor<2x2x2x2xf32>) -> tensor<2x2x2x2xf32>"),
        stderr=r"^{in}:8:8: error: 'linalg.pack' op 'static_inner_tiles' marks 1 dynamic tile\(s\) but 0 operand"),
    opt("abort-i2-store", "abort", elementwise("tensor<4x4xi2>", "i2", "arith.addi"), argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:1:1: error: @main cannot be compiled: element type i2 is not supported: integers of 2 to 7 "
               r"bits other than i4 cannot be stored"),
    opt("abort-i6-scalar-through-gpu", "abort", func("(%a: i6) -> i6", "  return %a : i6"),
        argv=("{in}", "--target=nvvm"),
        stderr=r"^{in}:1:1: error: @main cannot be compiled: element type i6 is not supported"),
    opt("abort-grid-too-large-on-gpu", "abort",
        func("(%a: tensor<100000000000xf32>) -> tensor<100000000000xf32>", "  return %a : tensor<100000000000xf32>"),
        argv=("{in}", "--target=nvvm"),
        stderr=r"^{in}:2:3: error: hm-tile-parallel-loops: 3125000000 blocks along grid x exceed the GPU limit of "
               r"2147483647"),
    opt("abort-f128-on-gpu", "abort", elementwise("tensor<4x4xf128>", "f128"), argv=("{in}", "--target=ptx"),
        stderr=r"^{in}:1:1: error: @main cannot be compiled: element type f128 is not supported on GPUs"),
    run("abort-i3-through-hm-run", "abort", I3_ROUND_TRIP, files={"a.npy": npy(np.arange(4, dtype=np.int8))},
        argv=("{in}", "--input", "{dir}/a.npy"),
        stderr=r"^{in}:2:10: error: 'tensor.empty' cannot be compiled: element type i3 is not supported"),
    opt("abort-dim-negative-constant", "abort",
        func("(%a: tensor<4xf32>) -> index", "  %c = arith.constant -1 : index\n"
             "  %v = tensor.dim %a, %c : tensor<4xf32>\n  return %v : index"),
        argv=("{in}", "--target=cpu"),
        stderr=r"^{in}:3:8: error: 'tensor.dim' takes dimension -1 of tensor<4xf32>, which has no such dimension"),
    run("abort-memref-dim-negative-through-hm-run", "abort",
        func("(%a: tensor<4xf32>) -> index", "  %c = arith.constant -1 : index\n  %m = bufferization.to_buffer %a : "
             "tensor<4xf32> to memref<4xf32>\n  %v = memref.dim %m, %c : memref<4xf32>\n  return %v : index"),
        files={"a.npy": npy(np.zeros(4, np.float32))}, argv=("{in}", "--input", "{dir}/a.npy"),
        stderr=r"^{in}:4:8: error: 'memref.dim' takes dimension -1 of memref<4xf32>"),
]
