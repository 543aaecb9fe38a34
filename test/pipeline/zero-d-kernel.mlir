// Fuzzer regression (seed 12): a loop-free op (a 0-d generic) runs whole in one one-thread kernel. Before,
// only its store was wrapped; the load and math.erf stayed on the host, where GPU targets cannot lower erf
// ("'math.erf' is not supported by the ptx lowering"), and the value took a device-to-host round trip.
// RUN: %hm-opt %s --target=gpu | FileCheck %s
// RUN: %hm-opt %s --emit-ptx | FileCheck %s --check-prefix=PTX

// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %[[ONE:.*]] = arith.constant 1 : index
// CHECK-NEXT:    gpu.launch_func @kernels::@main_kernel blocks in (%[[ONE]], %[[ONE]], %[[ONE]]) threads in (%[[ONE]], %[[ONE]], %[[ONE]])
// CHECK-NEXT:    return
// CHECK:       gpu.func @main_kernel
// CHECK-NEXT:    memref.load
// CHECK-NEXT:    math.erf
// CHECK-NEXT:    memref.store
// PTX: .entry main_kernel
func.func @main(%a: tensor<f32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<f32>
  %r = linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>], iterator_types = []}
      ins(%a : tensor<f32>) outs(%e : tensor<f32>) {
  ^bb0(%in: f32, %out: f32):
    %x = math.erf %in : f32
    linalg.yield %x : f32
  } -> tensor<f32>
  return %r : tensor<f32>
}
