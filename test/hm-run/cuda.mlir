// With a CUDA driver and GPU, hm-run --target cuda runs the kernels and the host control flow on the device.
// REQUIRES: cuda-driver
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.full((37, 53), 8.0, np.float32)); np.save('%t.l.npy', np.array(1.0, np.float32))"
// RUN: %hm-run %s --target cuda --input %t.x.npy --input %t.l.npy --output %t.out.npz
// RUN: %python -c "import numpy as np; d = np.load('%t.out.npz'); print(np.unique(d['result0']), d['result1'])" | FileCheck %s
// Halved while the element [1, 0] exceeds the limit: 8 -> 4 -> 2 -> 1, three trips.
// CHECK: [1.] 3

func.func @main(%x: tensor<37x53xf32>, %limit: f32) -> (tensor<37x53xf32>, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %half = arith.constant 0.5 : f32
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %r:2 = scf.while (%t = %x, %n = %zero) : (tensor<37x53xf32>, i32) -> (tensor<37x53xf32>, i32) {
    %v = tensor.extract %t[%c1, %c0] : tensor<37x53xf32>
    %go = arith.cmpf ogt, %v, %limit : f32
    scf.condition(%go) %t, %n : tensor<37x53xf32>, i32
  } do {
  ^bb0(%t: tensor<37x53xf32>, %n: i32):
    %e = tensor.empty() : tensor<37x53xf32>
    %h = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                         iterator_types = ["parallel", "parallel"]} ins(%t : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
    ^bb0(%a: f32, %o: f32):
      %m = arith.mulf %a, %half : f32
      linalg.yield %m : f32
    } -> tensor<37x53xf32>
    %n1 = arith.addi %n, %one : i32
    scf.yield %h, %n1 : tensor<37x53xf32>, i32
  }
  return %r#0, %r#1 : tensor<37x53xf32>, i32
}
