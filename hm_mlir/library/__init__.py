"""Compiled models as self-contained library folders, and the runner that calls them without the compiler.

    hm_mlir.compile_library(text, "model-lib", target="cuda")   # or hm-opt in.mlir --target=cuda-library -o DIR
    lib = hm_mlir.library.runner.load("model-lib")                # numpy + ctypes only: no MLIR, no LLVM
    y = lib.main(x, w)

A folder holds `lib<name>.so` (the host code; for cuda the kernels embedded as cubin or PTX),
`libhm_runtime.so` (memrefCopy and, for cuda, the mgpu* calls on the CUDA driver) and `manifest.json` (the
public functions' signatures, the memory arena, the chip, the versions). See docs/LIBRARIES.md.
"""
