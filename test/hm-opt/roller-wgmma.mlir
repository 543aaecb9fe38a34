// Hopper's warpgroup path: a 4096^3 f16 x f16 -> f32 matmul on h100 gets a wgmma config (mma = [64, n, 16])
// as the model's best. Its kernel creates TMA descriptors on the host, keeps the 128x128 tiles of 3 steps in
// dynamic shared memory (the launch requests it), waits on one mbarrier per stage, multiplies with
// nvgpu.warpgroup.mma and adds the result tile to C; the PTX targets sm_90a and has TMA loads and wgmma.
// RUN: %hm-opt %s --stop-after=rtile | FileCheck %s --check-prefix=RTILE
// RUN: %hm-opt %s --stop-after=gpu | FileCheck %s
// RUN: %hm-opt %s --target=ptx | FileCheck %s --check-prefix=PTX
// --roller-choose compiles a lower-ranked candidate instead (here an mma.sync one).
// RUN: %hm-opt %s --stop-after=rtile --roller-choose=1 | FileCheck %s --check-prefix=CHOOSE

// RTILE: "rtile.config"() {block = array<i64: 128, 128>, {{.*}}mma = array<i64: 64, 128, 16>, pad = array<i64: 0, 0>, {{.*}}smem_bytes = 100352 : i64, stages = 3 : i64, step = array<i64: 64>, sym_name = "main_op1_k0", {{.*}}threads = 128 : i64

// CHOOSE: "rtile.config"() {{{.*}}mma = array<i64: 16, 8, 16>, {{.*}}sym_name = "main_op1_k1"
// CHOOSE: "rtile.space"() {candidates = [@main_op1_k0, @main_op1_k1, {{.*}}], chosen = @main_op1_k1

// CHECK:      nvgpu.tma.create.descriptor %{{.*}} box[%{{.*}}, %{{.*}}] : memref<*xf16> -> <tensor = memref<128x64xf16, 3>, swizzle = swizzle_128b, l2promo = none, oob = zero, interleave = none>
// CHECK:      nvgpu.tma.create.descriptor %{{.*}} box[%{{.*}}, %{{.*}}] : memref<*xf16> -> <tensor = memref<64x64xf16, 3>, swizzle = swizzle_128b
// CHECK:      gpu.launch_func @kernels::@[[K:.*]] blocks in ({{.*}}) threads in (%c128{{.*}}) dynamic_shared_memory_size %c99328_i32 args(
// CHECK:      gpu.func @[[K]](%{{.*}}: !nvgpu.tensormap.descriptor
// CHECK:        gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK:        nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 3>
// CHECK-COUNT-3: nvgpu.mbarrier.init
// CHECK:        nvgpu.mbarrier.arrive.expect_tx %{{.*}}, %c32768
// CHECK:        nvgpu.tma.async.load
// CHECK:        nvgpu.warpgroup.mma.init.accumulator -> <fragmented = vector<128x128xf32>>
// CHECK:        scf.for {{.*}} iter_args
// CHECK:          nvgpu.mbarrier.try_wait.parity
// CHECK:          nvgpu.warpgroup.mma {{.*}} {transposeB} {{.*}} -> <fragmented = vector<128x128xf32>>
// CHECK:          gpu.barrier
// CHECK:          nvgpu.tma.async.load
// CHECK:        nvvm.wgmma.wait.group.sync.aligned 0
// CHECK:        nvgpu.warpgroup.mma.store {{.*}} to memref<128x128xf32, #gpu.address_space<workgroup>>

// PTX: .target sm_90a
// PTX: .extern .shared .align 1024 .b8 __dynamic_shmem__0[];
// PTX: mbarrier.init.shared.b64
// PTX: cp.async.bulk.tensor.2d.shared::cluster.global.mbarrier::complete_tx::bytes
// PTX: mbarrier.try_wait.parity.shared.b64
// PTX: wgmma.fence.sync.aligned;
// PTX: wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16
// PTX: wgmma.commit_group.sync.aligned;

func.func @main(%a: tensor<4096x4096xf16>, %b: tensor<4096x4096xf16>) -> tensor<4096x4096xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4096x4096xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4096x4096xf32>) -> tensor<4096x4096xf32>
  %r = linalg.matmul ins(%a, %b : tensor<4096x4096xf16>, tensor<4096x4096xf16>) outs(%f : tensor<4096x4096xf32>)
    -> tensor<4096x4096xf32>
  return %r : tensor<4096x4096xf32>
}
