// hm-workgroup-attributions: a kernel's top-level workgroup allocs become workgroup attributions of its
// gpu.func (static shared memory; a tile that cp.async, vector copies or ldmatrix reach 16 bytes at a time is
// aligned to 16 bytes, another keeps its element's alignment); an i8 buffer marked hm.dynamic_shared becomes a view of the dynamic shared
// memory at its offset, and every launch of that kernel requests the total size.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-workgroup-attributions)' | FileCheck %s

// CHECK-LABEL: gpu.func @static_tile
// CHECK-SAME: workgroup(%[[TILE:.*]] : memref<64xf32, #gpu.address_space<workgroup>>)
// CHECK-NOT: llvm.align
// CHECK-NOT: memref.alloc
// CHECK: memref.load %[[TILE]]
// CHECK-LABEL: gpu.func @copied_tile
// CHECK-SAME: workgroup(%{{.*}} : memref<4x9xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<64xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64})
// CHECK-LABEL: gpu.func @dynamic_tiles
// CHECK-NOT: memref.alloc
// CHECK: %[[BASE:.*]] = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK: %[[AT0:.*]] = arith.constant 0 : index
// CHECK: memref.view %[[BASE]][%[[AT0]]][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<1024xi8, #gpu.address_space<workgroup>>
// CHECK: %[[BASE1:.*]] = gpu.dynamic_shared_memory
// CHECK: %[[AT1024:.*]] = arith.constant 1024 : index
// CHECK: memref.view %[[BASE1]][%[[AT1024]]][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<512xi8, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func @main
// CHECK: gpu.launch_func @kernels::@static_tile
// CHECK-NOT: dynamic_shared_memory_size
// CHECK: %[[SIZE:.*]] = arith.constant 1536 : i32
// CHECK: gpu.launch_func @kernels::@dynamic_tiles {{.*}} dynamic_shared_memory_size %[[SIZE]]
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @static_tile(%out: memref<64xf32>) kernel {
      %tile = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
      %tid = gpu.thread_id x
      %v = memref.load %tile[%tid] : memref<64xf32, #gpu.address_space<workgroup>>
      memref.store %v, %out[%tid] : memref<64xf32>
      gpu.return
    }
    gpu.func @copied_tile(%in: memref<64xf32>) kernel {
      %odd = memref.alloc() : memref<4x9xf32, #gpu.address_space<workgroup>>
      %tile = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
      %c0 = arith.constant 0 : index
      %t = nvgpu.device_async_copy %in[%c0], %tile[%c0], 4 : memref<64xf32> to memref<64xf32, #gpu.address_space<workgroup>>
      %v = memref.load %odd[%c0, %c0] : memref<4x9xf32, #gpu.address_space<workgroup>>
      memref.store %v, %in[%c0] : memref<64xf32>
      gpu.return
    }
    gpu.func @dynamic_tiles(%out: memref<64xi8>) kernel {
      %a = memref.alloc() {hm.dynamic_shared} : memref<1024xi8, #gpu.address_space<workgroup>>
      %b = memref.alloc() {hm.dynamic_shared} : memref<512xi8, #gpu.address_space<workgroup>>
      %tid = gpu.thread_id x
      %x = memref.load %a[%tid] : memref<1024xi8, #gpu.address_space<workgroup>>
      memref.store %x, %b[%tid] : memref<512xi8, #gpu.address_space<workgroup>>
      memref.store %x, %out[%tid] : memref<64xi8>
      gpu.return
    }
  }
  func.func @main(%f: memref<64xf32>, %i: memref<64xi8>) {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    gpu.launch_func @kernels::@static_tile blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%f : memref<64xf32>)
    gpu.launch_func @kernels::@dynamic_tiles blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%i : memref<64xi8>)
    return
  }
}
