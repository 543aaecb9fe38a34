// hm-run --rammer --rammer-interleave POLICY[:SEED]: one compile, the program's vEUs run in the order asked
// for, and every order gives the same result (the exp and the negation are independent, the sum follows both);
// a policy it does not know, or the option without --rammer, is a usage error.

// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.arange(4, dtype=np.float32))"
// RUN: %hm-run %s --rammer --input %t.x.npy | FileCheck %s
// RUN: %hm-run %s --rammer --rammer-interleave=random:7 --input %t.x.npy | FileCheck %s
// RUN: %hm-run %s --rammer --rammer-interleave=reverse --input %t.x.npy | FileCheck %s
// RUN: %hm-run %s --rammer --rammer-interleave=starve:0 --input %t.x.npy | FileCheck %s
// CHECK: result0: float32[4]
// CHECK-NEXT: {{\[}} 1. {{ +}}1.7182817  5.389056  17.085537 ]

// RUN: %not 2 %hm-run %s --rammer --rammer-interleave=sideways --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=POLICY
// POLICY: hm-run: error: --rammer-interleave: 'sideways' is not POLICY[:SEED] with POLICY one of in-order, random, reverse, starve
// RUN: %not 2 %hm-run %s --rammer-interleave=random:1 --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=NEEDS
// NEEDS: hm-run: error: --rammer-interleave orders the vEUs of Rammer's programs on the cpu target: it needs --rammer

func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %a = linalg.exp ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %b = linalg.negf ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %f = tensor.empty() : tensor<4xf32>
  %c = linalg.add ins(%a, %b : tensor<4xf32>, tensor<4xf32>) outs(%f : tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}
