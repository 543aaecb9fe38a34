// --emit-ptx prints the PTX of every kernel (one module per gpu.binary) instead of the IR.
// RUN: %hm-opt %s --emit-ptx --chip=sm_80 | FileCheck %s
// CHECK: // ----- gpu.binary @kernels
// CHECK: .target sm_80
// CHECK: .visible .entry add_kernel(
// The 1000 elements run as blocks of 32 threads (one warp, the naive rTile of an A100) with a bounds guard.
// CHECK: .maxntid 32, 1, 1
// CHECK: setp.gt.u32 {{.*}}, 999
// CHECK: add.rn.f32
// RUN: %not 2 %hm-opt %s --emit-ptx --target=cpu 2>&1 | FileCheck %s --check-prefix=USAGE
// USAGE: hm-opt: error: --emit-ptx prints the PTX of the compile pipeline: it needs --target=ptx

func.func @add(%a: tensor<1000xf32>, %b: tensor<1000xf32>) -> tensor<1000xf32> {
  %e = tensor.empty() : tensor<1000xf32>
  %r = linalg.add ins(%a, %b : tensor<1000xf32>, tensor<1000xf32>) outs(%e : tensor<1000xf32>) -> tensor<1000xf32>
  return %r : tensor<1000xf32>
}
