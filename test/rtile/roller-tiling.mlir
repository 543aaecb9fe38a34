// hm-roller-tiling (the rtile stage's Roller policy): every linalg op gets a search space of its top-K
// candidate tiles built by Roller's construction and ranked by its micro performance model (cost ascending),
// the best one chosen; the op names its space. The device description decides the candidates (a100 here too)
// and a bad one is a command-line error. Numerics of every candidate are checked by execution
// (test_roller.py); this test shows the IR.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-roller-tiling{top-k=2})' | FileCheck %s
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-roller-tiling{top-k=1 device=a100})' | FileCheck %s --check-prefix=A100
// RUN: not %hm-opt %s --pass-pipeline='builtin.module(hm-roller-tiling{device=tpu})' 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK: "rtile.config"() {block = array<i64: {{[0-9]+}}, {{[0-9]+}}>, {{.*}}sym_name = "main_op0_k0"
// CHECK-NEXT: "rtile.config"() {{{.*}}sym_name = "main_op0_k1"
// CHECK-NEXT: "rtile.space"() {candidates = [@main_op0_k0, @main_op0_k1], chosen = @main_op0_k0, device = "h100", iterators = ["parallel", "parallel", "reduction"], loops = array<i64: 256, 128, 512>, op = "linalg.matmul", policy = "roller", sym_name = "main_op0", top_k = 2 : i64}
// CHECK-LABEL: func.func @main
// CHECK: linalg.matmul {rtile.space = @main_op0}
// A100: "rtile.space"() {candidates = [@main_op0_k0], chosen = @main_op0_k0, device = "a100"
// BAD: hm-opt: error: option 'device':
func.func @main(%a: tensor<256x512xf32>, %b: tensor<512x128xf32>) -> tensor<256x128xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x128xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<256x128xf32>) -> tensor<256x128xf32>
  %r = linalg.matmul ins(%a, %b : tensor<256x512xf32>, tensor<512x128xf32>) outs(%f : tensor<256x128xf32>) -> tensor<256x128xf32>
  return %r : tensor<256x128xf32>
}
