// hm-opt --target=cpu-library writes a library folder that hm-run runs without compiling; a cuda folder
// without a driver, a folder that is not a library and stage flags on a library are clear errors.
// RUN: rm -rf %t.lib %t.cuda && %hm-opt %s --target=cpu-library -o %t.lib
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.arange(4, dtype=np.float32))"
// RUN: %hm-run %t.lib --input %t.x.npy | FileCheck %s --check-prefix=OUT
// RUN: %hm-run %t.lib --entry @main --input %t.x.npy | FileCheck %s --check-prefix=OUT
// OUT: result0: float32[4]
// OUT-NEXT: [ 0.  2.  8. 18.]
// RUN: %not 2 %hm-run %t.lib --welder --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=FLAGS
// FLAGS: hm-run: error: {{.*}}.lib is a compiled library: stage flags and -O apply when it is built
// RUN: %not 1 %hm-run %S --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=NOTLIB
// NOTLIB: hm-run: error: cannot read '{{.*}}': it is a directory, and not a library folder (no manifest.json)
// RUN: %hm-opt %s --target=cuda-library -o %t.cuda
// RUN: %not 1 env LD_LIBRARY_PATH= %hm-run %t.cuda --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=CUDA
// CUDA: hm-run: error: cannot run the cuda library {{.*}}: no CUDA driver (libcuda.so.1) was found on this machine
// CUDA-NOT: Traceback

func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]} ins(%x, %x : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    %p = arith.mulf %s, %a : f32
    linalg.yield %p : f32
  } -> tensor<4xf32>
  return %y : tensor<4xf32>
}
