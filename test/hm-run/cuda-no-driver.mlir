// Without a CUDA driver, --target cuda is an input error (exit 1) that says why, before anything loads
// MLIR's CUDA runtime library (which would abort the process).
// UNSUPPORTED: cuda-driver
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.zeros(4, np.float32))"
// RUN: %not 1 %hm-run %s --target cuda --input %t.x.npy 2>&1 | FileCheck %s
// CHECK: hm-run: error: the cuda target needs an NVIDIA GPU and its driver, and no CUDA driver (libcuda.so.1) was found on this machine; use the cpu target instead
// CHECK-NOT: Traceback

func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
