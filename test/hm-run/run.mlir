// hm-run compiles the module and runs a public function on .npy inputs: results printed or saved to .npz;
// wrong inputs and files are input errors (exit 1) naming what is wrong, bad flags usage errors (exit 2).

// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.arange(6, dtype=np.float32).reshape(2, 3)); np.save('%t.s.npy', np.array(2.0, dtype=np.float32)); np.save('%t.bad.npy', np.zeros((3, 2), np.float32)); np.save('%t.f64.npy', np.zeros((2, 3)))"

// RUN: %hm-run %s --input %t.x.npy --input %t.s.npy | FileCheck %s --check-prefix=PRINT
// PRINT: result0: float32[2, 3]
// PRINT-NEXT: {{\[\[}} 0.  2.  4.]
// PRINT-NEXT: {{\[}} 6.  8. 10.]]
// PRINT-NEXT: result1: float32[]
// PRINT-NEXT: 2.0

// RUN: %hm-run %s --entry sum_all --input %t.x.npy --output %t.out.npz
// RUN: %python -c "import numpy as np; d = np.load('%t.out.npz'); print(sorted(d), d['result0'])" | FileCheck %s --check-prefix=NPZ
// NPZ: ['result0'] 15.0

// RUN: %not 1 %hm-run %s --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// COUNT: hm-run: error: @main takes 2 argument(s) (tensor<2x3xf32>, f32), got 1
// RUN: %not 1 %hm-run %s --input %t.bad.npy --input %t.s.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: hm-run: error: argument 0 of @main (tensor<2x3xf32>): expected shape (2, 3), got (3, 2)
// RUN: %not 1 %hm-run %s --input %t.f64.npy --input %t.s.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: hm-run: error: argument 0 of @main (tensor<2x3xf32>): expected dtype float32, got float64
// RUN: %not 1 %hm-run %s --input %t.missing.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: hm-run: error: cannot read input '{{.*}}missing.npy': No such file or directory
// RUN: %not 1 %hm-run %s --input %s 2>&1 | FileCheck %s --check-prefix=NOTNPY
// NOTNPY: hm-run: error: input '{{.*}}run.mlir' is not a .npy file
// RUN: %not 1 %hm-run %s --entry nope 2>&1 | FileCheck %s --check-prefix=ENTRY
// ENTRY: hm-run: error: {{.*}}run.mlir has no public function @nope (public functions: @main, @sum_all)
// RUN: %not 1 %hm-run %s --input %t.x.npy --input %t.s.npy --output %t.no/such/dir.npz 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
// UNWRITABLE: hm-run: error: cannot write '{{.*}}dir.npz'
// RUN: %not 2 %hm-run %s --target tpu 2>&1 | FileCheck %s --check-prefix=USAGE
// USAGE: hm-run: error: argument --target: invalid choice: 'tpu'
// --grinder implies --rammer: the interleaving is accepted and the results are the same.
// RUN: %hm-run %s --grinder --rammer-interleave=reverse --input %t.x.npy --input %t.s.npy | FileCheck %s --check-prefix=PRINT

func.func @main(%x: tensor<2x3xf32>, %s: f32) -> (tensor<2x3xf32>, f32) {
  %e = tensor.empty() : tensor<2x3xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]} ins(%x : tensor<2x3xf32>) outs(%e : tensor<2x3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %s : f32
    linalg.yield %m : f32
  } -> tensor<2x3xf32>
  return %y, %s : tensor<2x3xf32>, f32
}

func.func @sum_all(%x: tensor<2x3xf32>) -> f32 {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%x : tensor<2x3xf32>) outs(%acc : tensor<f32>) dimensions = [0, 1]
    (%a: f32, %b: f32) {
      %s = arith.addf %a, %b : f32
      linalg.yield %s : f32
    }
  %v = tensor.extract %r[] : tensor<f32>
  return %v : f32
}
