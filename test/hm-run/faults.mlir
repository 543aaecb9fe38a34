// A program that traps while it runs (an integer division by zero, an index far out of bounds) is reported
// in one line naming the fault and the entry, exit 1, and an existing --output stays as it was: hm-run runs
// each call of the cpu target in a child process.
// RUN: %python -c "import numpy as np; np.save('%t.a.npy', np.arange(4, dtype=np.int32)); np.save('%t.z.npy', np.array([1, 0, 1, 1], np.int32)); np.save('%t.f.npy', np.zeros(35, np.float32)); np.save('%t.i.npy', np.array(10**9, np.int64)); np.save('%t.j.npy', np.array(3, np.int64))"
// RUN: echo existing > %t.out.npz
// RUN: %not 1 %hm-run %s --entry divide --input %t.a.npy --input %t.z.npy --output %t.out.npz 2>&1 | FileCheck %s --check-prefix=DIV
// DIV: hm-run: error: @divide faulted: integer division by zero or overflow (SIGFPE)
// DIV-NOT: Traceback
// RUN: FileCheck %s --check-prefix=KEPT < %t.out.npz
// KEPT: existing
// RUN: %not 1 %hm-run %s --entry extract --input %t.f.npy --input %t.i.npy 2>&1 | FileCheck %s --check-prefix=OOB
// OOB: hm-run: error: @extract faulted: invalid memory access (an index out of bounds or a stack overflow) (SIGSEGV)
// RUN: %hm-run %s --entry extract --input %t.f.npy --input %t.j.npy | FileCheck %s --check-prefix=FINE
// FINE: result0: float32[]

func.func @divide(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %e = tensor.empty() : tensor<4xi32>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]} ins(%a, %b : tensor<4xi32>, tensor<4xi32>) outs(%e : tensor<4xi32>) {
  ^bb0(%x: i32, %y: i32, %o: i32):
    %q = arith.divsi %x, %y : i32
    linalg.yield %q : i32
  } -> tensor<4xi32>
  return %r : tensor<4xi32>
}

func.func @extract(%a: tensor<35xf32>, %i: index) -> f32 {
  %v = tensor.extract %a[%i] : tensor<35xf32>
  return %v : f32
}
