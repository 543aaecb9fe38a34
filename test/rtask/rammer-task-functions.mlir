// hm-rammer-task-functions: each case of the persistent kernel @p_rammer's task switch becomes a private,
// noinline device function of the gpu.module called from the case. The values a body uses from the kernel are
// its parameters (here the block index and the buffers), constants are made inside, and a private buffer only
// the case uses moves into it. Cases 0 and 2 are the same code on other buffers: one function serves both.
// A kernel that is not a persistent one keeps its body.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-rammer-task-functions)' | FileCheck %s

// CHECK-LABEL: gpu.func @p_rammer
// CHECK-NOT:     memref.alloca
// CHECK:         scf.index_switch
// CHECK:         case 0 {
// CHECK-NEXT:      func.call @p_rammer_k0(%arg0, %[[BLOCK:.*]]) :
// CHECK:         case 1 {
// CHECK-NEXT:      func.call @p_rammer_k1(%arg0, %[[BLOCK]], %arg1) :
// CHECK:         case 2 {
// CHECK-NEXT:      func.call @p_rammer_k0(%arg1, %[[BLOCK]]) :
// CHECK-LABEL: gpu.func @other
// CHECK-NOT:     func.call
// CHECK:       func.func private @p_rammer_k0(%[[OUT:.*]]: memref<64xf32>, %[[B:.*]]: index) attributes {passthrough = ["noinline"]}
// CHECK-NEXT:    %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:    memref.store %[[ONE]], %[[OUT]][%[[B]]]
// CHECK:       func.func private @p_rammer_k1(%{{.*}}: memref<64xf32>, %{{.*}}: index, %{{.*}}: memref<64xf32>)
// CHECK-NEXT:    memref.alloca() : memref<1xf32>
// CHECK-NOT:   func.func private @p_rammer_k2
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @p_rammer(%a: memref<64xf32>, %b: memref<64xf32>, %k: index) kernel {
      %acc = memref.alloca() : memref<1xf32>
      %block = gpu.block_id x
      scf.index_switch %k
      case 0 {
        %one = arith.constant 1.0 : f32
        memref.store %one, %a[%block] : memref<64xf32>
        scf.yield
      }
      case 1 {
        %c0 = arith.constant 0 : index
        %x = memref.load %a[%block] : memref<64xf32>
        memref.store %x, %acc[%c0] : memref<1xf32>
        %y = memref.load %acc[%c0] : memref<1xf32>
        memref.store %y, %b[%block] : memref<64xf32>
        scf.yield
      }
      case 2 {
        %one = arith.constant 1.0 : f32
        memref.store %one, %b[%block] : memref<64xf32>
        scf.yield
      }
      default {
      }
      gpu.return
    }
    gpu.func @other(%a: memref<64xf32>, %k: index) kernel {
      scf.index_switch %k
      case 0 {
        %one = arith.constant 1.0 : f32
        %block = gpu.block_id x
        memref.store %one, %a[%block] : memref<64xf32>
        scf.yield
      }
      default {
      }
      gpu.return
    }
  }
}
