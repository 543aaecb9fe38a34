// hm-welder-codegen: the group of test/tilegraph/welder-fusion.mlir becomes one Roller-form kernel: the
// transposed weight is copied to shared memory straight from W[n][k] (no transpose kernel), the fill is the
// accumulator's initial value, and the bias is added before the one store; no linalg op is left.
// RUN: %hm-opt %S/../tilegraph/welder-fusion.mlir --welder --stop-after=bufferize \
// RUN:   | %hm-opt --pass-pipeline='builtin.module(hm-welder-codegen)' | FileCheck %s
// RUN: %hm-opt %S/../tilegraph/welder-fusion.mlir --welder --target=gpu | FileCheck %s --check-prefix=GPU

// CHECK-LABEL: func.func private @f_k0(%arg0: memref<32x128xf32>, %arg1: memref<64x128xf32>, %arg2: memref<32xf32>, %arg3: memref<64x32xf32>
// CHECK-NOT:   linalg.
// CHECK:       scf.parallel {{.*}} {
// CHECK:         scf.parallel {{.*}} {
// CHECK:           memref.store %cst, %alloca
// CHECK:           nvgpu.device_async_copy %arg1[
// CHECK:           nvgpu.device_async_copy %arg0[
// CHECK:           scf.for
// CHECK:             arith.mulf
// CHECK:             arith.addf
// CHECK:           memref.load %arg2[
// CHECK:           arith.addf
// CHECK:           memref.store {{.*}}, %arg3[
// CHECK-NOT:   linalg.

// GPU-COUNT-1: gpu.launch_func
// GPU-NOT:     gpu.launch_func
