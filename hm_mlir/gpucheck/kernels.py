"""The kernel set of the GPU check: GEMMs, a convolution, a reduction and elementwise ops, each as MLIR text and
a description the device script turns into inputs (drawn on the device from a seed) and a PyTorch reference.

`kernel_set("full")` has the sizes the GPU floors are about (4096^3 GEMMs, 256 MiB elementwise operands);
`kernel_set("small")` the same kernels at sizes the CPU target runs in seconds, for the dry run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# MLIR element type -> what the device script calls it (a torch dtype name).
TORCH_DTYPES = {"f32": "float32", "f16": "float16", "bf16": "bfloat16"}


@dataclass(frozen=True)
class Kernel:
    """One kernel of the set: `op` is what the device script computes the reference with ("matmul", "conv2d",
    "row_sum", "add", "relu"), `shapes` its operand shapes, `floor` the figure of merit it is judged by
    ("cublas" ratio or "bandwidth" fraction of copy bandwidth) and `minimum` that floor."""

    name: str
    op: str
    element: str
    shapes: tuple[tuple[int, ...], ...]
    result: tuple[int, ...]
    text: str
    floor: str = "cublas"
    minimum: float = 0.0
    notes: str = ""
    smoke: bool = False
    flops: int = 0
    bytes: int = 0
    extra: dict = field(default_factory=dict)


def _matmul(name: str, m: int, n: int, k: int, element: str, minimum: float, notes: str = "",
            smoke: bool = False) -> Kernel:
    accumulate = element != "f32"
    extend = "\n".join(f"    %{v}f = arith.extf %{v} : {element} to f32" for v in ("a", "b")) if accumulate else ""
    a, b = ("%af", "%bf") if accumulate else ("%a", "%b")
    text = f"""#lhs = affine_map<(m, n, k) -> (m, k)>
#rhs = affine_map<(m, n, k) -> (k, n)>
#out = affine_map<(m, n, k) -> (m, n)>
func.func @main(%x: tensor<{m}x{k}x{element}>, %w: tensor<{k}x{n}x{element}>) -> tensor<{m}x{n}xf32> {{
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<{m}x{n}xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>
  %y = linalg.generic {{indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]}}
      ins(%x, %w : tensor<{m}x{k}x{element}>, tensor<{k}x{n}x{element}>) outs(%acc : tensor<{m}x{n}xf32>) {{
  ^bb0(%a: {element}, %b: {element}, %s: f32):
{extend}
    %p = arith.mulf {a}, {b} : f32
    %r = arith.addf %s, %p : f32
    linalg.yield %r : f32
  }} -> tensor<{m}x{n}xf32>
  return %y : tensor<{m}x{n}xf32>
}}
""".replace("\n\n", "\n")
    size = {"f32": 4, "f16": 2, "bf16": 2}[element]
    return Kernel(name, "matmul", element, ((m, k), (k, n)), (m, n), text, "cublas", minimum, notes, smoke,
                  flops=2 * m * n * k, bytes=(m * k + k * n) * size + m * n * 4)


def _conv(name: str, n: int, h: int, w: int, c: int, f: int) -> Kernel:
    oh, ow = h - 2, w - 2
    text = f"""func.func @main(%x: tensor<{n}x{h}x{w}x{c}xf32>, %k: tensor<3x3x{c}x{f}xf32>)
    -> tensor<{n}x{oh}x{ow}x{f}xf32> {{
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<{n}x{oh}x{ow}x{f}xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<{n}x{oh}x{ow}x{f}xf32>) -> tensor<{n}x{oh}x{ow}x{f}xf32>
  %y = linalg.conv_2d_nhwc_hwcf {{dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}}
      ins(%x, %k : tensor<{n}x{h}x{w}x{c}xf32>, tensor<3x3x{c}x{f}xf32>) outs(%acc : tensor<{n}x{oh}x{ow}x{f}xf32>)
      -> tensor<{n}x{oh}x{ow}x{f}xf32>
  return %y : tensor<{n}x{oh}x{ow}x{f}xf32>
}}
"""
    return Kernel(name, "conv2d", "f32", ((n, h, w, c), (3, 3, c, f)), (n, oh, ow, f), text, "cublas", 0.0,
                  "3x3 NHWC convolution against torch's (cuDNN) conv2d", flops=2 * n * oh * ow * f * 9 * c,
                  bytes=4 * (n * h * w * c + 9 * c * f + n * oh * ow * f))


def _row_sum(name: str, rows: int, cols: int) -> Kernel:
    text = f"""#in = affine_map<(r, c) -> (r, c)>
#out = affine_map<(r, c) -> (r)>
func.func @main(%x: tensor<{rows}x{cols}xf32>) -> tensor<{rows}xf32> {{
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<{rows}xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<{rows}xf32>) -> tensor<{rows}xf32>
  %y = linalg.generic {{indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]}}
      ins(%x : tensor<{rows}x{cols}xf32>) outs(%acc : tensor<{rows}xf32>) {{
  ^bb0(%v: f32, %s: f32):
    %r = arith.addf %s, %v : f32
    linalg.yield %r : f32
  }} -> tensor<{rows}xf32>
  return %y : tensor<{rows}xf32>
}}
"""
    return Kernel(name, "row_sum", "f32", ((rows, cols),), (rows,), text, "bandwidth", 0.8,
                  "a memory-bound reduction: bytes read over the copy bandwidth", bytes=4 * rows * (cols + 1))


def _elementwise(name: str, op: str, elements: int, smoke: bool = False) -> Kernel:
    operands = 2 if op == "add" else 1
    args = ", ".join(f"%x{i}: tensor<{elements}xf32>" for i in range(operands))
    ins = ", ".join(f"%x{i}" for i in range(operands))
    types = ", ".join([f"tensor<{elements}xf32>"] * operands)
    block_args = ", ".join(f"%v{i}: f32" for i in range(operands))
    body = "    %r = arith.addf %v0, %v1 : f32" if op == "add" else \
        "    %zero = arith.constant 0.0 : f32\n    %r = arith.maximumf %v0, %zero : f32"
    maps = ", ".join(["#id"] * (operands + 1))
    text = f"""#id = affine_map<(i) -> (i)>
func.func @main({args}) -> tensor<{elements}xf32> {{
  %empty = tensor.empty() : tensor<{elements}xf32>
  %y = linalg.generic {{indexing_maps = [{maps}], iterator_types = ["parallel"]}}
      ins({ins} : {types}) outs(%empty : tensor<{elements}xf32>) {{
  ^bb0({block_args}, %o: f32):
{body}
    linalg.yield %r : f32
  }} -> tensor<{elements}xf32>
  return %y : tensor<{elements}xf32>
}}
"""
    return Kernel(name, op, "f32", ((elements,),) * operands, (elements,), text, "bandwidth", 0.8,
                  "memory-bound: bytes moved over the copy bandwidth", smoke, bytes=4 * elements * (operands + 1))


def kernel_set(scale: str = "full") -> list[Kernel]:
    """The GPU check's kernels at `scale` "full" (the device) or "small" (the CPU dry run)."""
    if scale == "full":
        big, mid, vector, rows = 4096, 1000, 64 * 2**20, 16384
        conv = (16, 58, 58, 64, 64)
        gemm_mlp = (128, 3072, 768)
    elif scale == "small":
        big, mid, vector, rows = 64, 40, 4096, 64
        conv = (2, 10, 10, 8, 8)
        gemm_mlp = (16, 96, 32)
    else:
        raise ValueError(f"unknown scale {scale!r} (full or small)")
    return [
        _matmul(f"gemm_f32_{big}", big, big, big, "f32", 0.8, "f32 on CUDA cores against cuBLAS with TF32 off",
                smoke=True),
        _matmul(f"gemm_f16_{big}", big, big, big, "f16", 0.7, "f16 in, f32 accumulate: tensor cores, against "
                "cuBLAS (torch.matmul of f16 with an f32 result)"),
        _matmul(f"gemm_bf16_{big}", big, big, big, "bf16", 0.0, "bf16 on CUDA cores until its tensor-core "
                "lowering works (no floor)"),
        _matmul(f"gemm_f32_{mid}", mid, mid, mid, "f32", 0.8, "sizes that no tile divides"),
        _matmul(f"gemm_f32_{'x'.join(map(str, gemm_mlp))}", *gemm_mlp, "f32", 0.8, "a BERT FFN layer's shape"),
        _conv(f"conv3x3_nhwc_{conv[0]}x{conv[1]}x{conv[2]}x{conv[3]}", *conv),
        _row_sum(f"row_sum_{rows}x{rows // 4}", rows, rows // 4),
        _elementwise(f"add_{vector}", "add", vector, smoke=True),
        _elementwise(f"relu_{vector}", "relu", vector),
    ]
