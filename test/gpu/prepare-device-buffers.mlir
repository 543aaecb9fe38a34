// hm-prepare-device-buffers (GPU targets, after bufferization): buffers a kernel uses become gpu.alloc /
// gpu.dealloc, a memref.copy becomes a copying linalg.generic (a kernel), and a constant is copied to the
// device. Buffers only the host uses stay host memory: the ownership flags that upstream's buffer
// deallocation stores, passes to its private dealloc_helper (which only loads and stores them) and loads back.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-prepare-device-buffers)' | FileCheck %s

// CHECK-LABEL: func.func @main
// CHECK: %[[TMP:.*]] = gpu.alloc () : memref<4xf32>
// CHECK: linalg.generic {{.*}} ins(%arg0 : memref<4xf32>) outs(%[[TMP]] : memref<4xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]] : f32
// CHECK: %[[FLAGS:.*]] = memref.alloc() : memref<2xi1>
// CHECK: %[[TABLE:.*]] = gpu.alloc () : memref<4xf32>
// CHECK: gpu.memcpy %[[TABLE]], %{{.*}} : memref<4xf32>, memref<4xf32>
// CHECK: call @dealloc_helper
// CHECK: memref.load %[[FLAGS]]
// CHECK: gpu.dealloc %[[TMP]]
// CHECK: memref.dealloc %[[FLAGS]]
// CHECK-LABEL: func.func private @dealloc_helper
// CHECK-NOT: gpu.
module {
  memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>
  func.func @main(%a: memref<4xf32>, %out: memref<4xf32>) {
    %c0 = arith.constant 0 : index
    %true = arith.constant true
    %tmp = memref.alloc() : memref<4xf32>
    memref.copy %a, %tmp : memref<4xf32> to memref<4xf32>
    %flags = memref.alloc() : memref<2xi1>
    memref.store %true, %flags[%c0] : memref<2xi1>
    %table = memref.get_global @table : memref<4xf32>
    linalg.add ins(%tmp, %table : memref<4xf32>, memref<4xf32>) outs(%out : memref<4xf32>)
    %any = memref.cast %flags : memref<2xi1> to memref<?xi1>
    call @dealloc_helper(%any) : (memref<?xi1>) -> ()
    %own = memref.load %flags[%c0] : memref<2xi1>
    scf.if %own {
      memref.dealloc %tmp : memref<4xf32>
    }
    memref.dealloc %flags : memref<2xi1>
    return
  }
  func.func private @dealloc_helper(%m: memref<?xi1>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %false = arith.constant false
    %n = memref.dim %m, %c0 : memref<?xi1>
    scf.for %i = %c0 to %n step %c1 {
      memref.store %false, %m[%i] : memref<?xi1>
    }
    return
  }
}
