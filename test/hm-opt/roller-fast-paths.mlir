// Roller's fast paths in the kernel both targets share: an f16 x f16 -> f32 matmul gets tensor-core
// configs. The chosen one pipelines its steps over 3 shared buffers with cp.async (8 halves = 16 bytes per
// copy), waits until 2 groups remain in flight, and multiplies with mma.sync m16n8k16; the PTX has them.
// RUN: %hm-opt %s --stop-after=gpu | FileCheck %s
// RUN: %hm-opt %s --target=ptx | FileCheck %s --check-prefix=PTX

// CHECK:     "rtile.config"() {block = array<i64: 32, 32>, {{.*}}mma = array<i64: 16, 8, 16>, {{.*}}stages = 3 : i64, {{.*}}sym_name = "main_op1_k0", {{.*}}vector_width = 8 : i64
// CHECK:     gpu.func @{{.*}} workgroup(%{{.*}} : memref<3x32x40xf16, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %{{.*}} : memref<3x32x40xf16, #gpu.address_space<workgroup>> {llvm.align = 16 : i64})
// CHECK:     nvgpu.device_async_copy {{.*}}, 8 : memref<256x256xf16> to memref<3x32x40xf16, #gpu.address_space<workgroup>>
// CHECK:     nvgpu.device_async_create_group
// CHECK:     scf.for
// CHECK:       nvgpu.device_async_wait {{.*}} {numGroups = 2 : i32}
// CHECK-NEXT:  gpu.barrier
// CHECK:       nvgpu.mma.sync({{.*}}) {mmaShape = [16, 8, 16]} : (vector<4x2xf16>, vector<2x2xf16>, vector<2x2xf32>) -> vector<2x2xf32>
// CHECK:       gpu.barrier

// PTX: cp.async.ca.shared.global [{{.*}}], [{{.*}}], 16;
// PTX: cp.async.commit_group;
// PTX: cp.async.wait_group {{.*}}2;
// PTX: mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32

func.func @main(%a: tensor<256x256xf16>, %b: tensor<256x256xf16>) -> tensor<256x256xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x256xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<256x256xf32>) -> tensor<256x256xf32>
  %r = linalg.matmul ins(%a, %b : tensor<256x256xf16>, tensor<256x256xf16>) outs(%f : tensor<256x256xf32>)
    -> tensor<256x256xf32>
  return %r : tensor<256x256xf32>
}
