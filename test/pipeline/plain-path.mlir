// The plain path (naive tiling, no Welder/Rammer/Grinder): one launch per operator, host function calling
// kernels, stages printable one by one.

// RUN: %hm-opt %s --roller-policy=naive --stop-after=rtile | FileCheck %s --check-prefix=RTILE
// RTILE-COUNT-3: "rtile.space"() {{.*}}device = "h100", {{.*}}policy = "naive"
// RTILE-LABEL: func.func @mlp
// RTILE: linalg.generic {{.*}}rtile.space = @mlp_op0
// RTILE: linalg.generic {{.*}}rtile.space = @mlp_op1
// RTILE: linalg.generic {{.*}}rtile.space = @mlp_op2

// RUN: %hm-opt %s --roller-policy=naive --stop-after=bufferize | FileCheck %s --check-prefix=BUF
// BUF-LABEL: func.func @mlp(%{{.*}}: memref<64x128xf32>, %{{.*}}: memref<128x32xf32>, %{{.*}}: memref<32xf32>, %{{.*}}: memref<64x32xf32>)
// BUF-NOT: tensor<

// RUN: %hm-opt %s --roller-policy=naive --target=gpu | FileCheck %s --check-prefix=GPU
// GPU-LABEL: func.func @mlp
// GPU-COUNT-3: gpu.launch_func
// GPU-NOT: gpu.launch_func
// GPU: gpu.module @kernels
// GPU-NOT: gpu.module
// GPU: gpu.func {{.*}} kernel

// RUN: %hm-opt %s --roller-policy=naive --target=nvvm | FileCheck %s --check-prefix=NVVM
// NVVM-LABEL: llvm.func @mlp
// NVVM-COUNT-3: gpu.launch_func
// NVVM: gpu.module @{{.*}} [#nvvm.target<chip = "sm_90", features = "+ptx80">]
// NVVM: nvvm.read.ptx.sreg

// RUN: %hm-opt %s --roller-policy=naive --target=ptx --chip=sm_80 | FileCheck %s --check-prefix=PTX
// PTX: gpu.binary @kernels {{.*}}.target sm_80{{.*}}.entry mlp_kernel({{.*}}.entry mlp_kernel_0({{.*}}.entry mlp_kernel_1(
// PTX-NOT: gpu.binary

// RUN: %hm-opt %s --roller-policy=naive --target=cpu | FileCheck %s --check-prefix=CPU
// CPU-LABEL: llvm.func @mlp
// CPU-NOT: gpu.
// CPU-NOT: rtile.
// CPU: llvm.func @_mlir_ciface_mlp

#map_bias = affine_map<(d0, d1) -> (d1)>
#map_id = affine_map<(d0, d1) -> (d0, d1)>
func.func @mlp(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>, %b: tensor<32xf32>) -> tensor<64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<64x32xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<64x32xf32>) -> tensor<64x32xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<64x128xf32>, tensor<128x32xf32>) outs(%acc : tensor<64x32xf32>) -> tensor<64x32xf32>
  %y = linalg.generic {indexing_maps = [#map_id, #map_bias, #map_id], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %b : tensor<64x32xf32>, tensor<32xf32>) outs(%empty : tensor<64x32xf32>) {
  ^bb0(%v: f32, %bias: f32, %out: f32):
    %s = arith.addf %v, %bias : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x32xf32>
  return %y : tensor<64x32xf32>
}
