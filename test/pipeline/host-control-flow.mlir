// The plain path keeps control flow and calls on the host: a launch per operator inside host loops, the
// condition of a data-dependent scf.while copied back from the device each trip, blocks and threads from
// each op's rTile. The CPU target runs the same block/thread loops.

// RUN: %hm-opt %s --roller-policy=naive --target=gpu | FileCheck %s --check-prefix=GPU
// GPU-LABEL: func.func @halve
// GPU: gpu.launch_func @kernels::@halve_kernel blocks in (%c2, %c5, %c1) threads in (%c32, %c8, %c1)
// GPU-NOT: gpu.launch_func
// GPU: return
// 37x53 elements, one thread each: blocks of 8 rows x 32 columns (the naive rTile on an H100), so a grid
// of 2 x 5 blocks and a bounds guard.
// GPU: gpu.func @halve_kernel
// GPU-DAG: gpu.block_id  x
// GPU-DAG: gpu.thread_id  x
// GPU: arith.cmpi ult
// GPU: scf.if

// GPU-LABEL: func.func @main
// GPU: scf.while
// The condition: a one-thread kernel copies the element into a 0-d device buffer, copied to the host.
// GPU: %[[STAGE:.*]] = gpu.alloc  () : memref<f32>
// GPU: gpu.launch_func {{.*}} blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1)  args({{.*}}, %[[STAGE]] : memref<f32>)
// GPU: gpu.memcpy  %[[HOST:.*]], %[[STAGE]] : memref<f32>, memref<f32>
// GPU: memref.load %[[HOST]][] : memref<f32>
// GPU: arith.cmpf ogt
// GPU: scf.condition
// GPU: } do {
// GPU: call @halve
// GPU: scf.yield
// GPU: gpu.memcpy
// GPU: scf.if
// GPU: gpu.launch_func
// GPU: } else {
// GPU: gpu.launch_func
// GPU: return

// RUN: %hm-opt %s --roller-policy=naive --target=cpu --stop-after=gpu | FileCheck %s --check-prefix=CPU
// CPU-LABEL: func.func @halve
// CPU: scf.parallel {{.*}} step (%{{.*}}, %{{.*}}) {
// CPU: scf.parallel
// CPU: scf.if
// CPU: } {mapping = [#gpu.loop_dim_map<processor = thread_y{{.*}}thread_x
// CPU: } {mapping = [#gpu.loop_dim_map<processor = block_y{{.*}}block_x
// CPU-LABEL: func.func @main
// CPU: scf.while
// CPU-NOT: gpu.memcpy
// CPU: call @halve

#id = affine_map<(i, j) -> (i, j)>
func.func @halve(%x: tensor<37x53xf32>) -> tensor<37x53xf32> {
  %half = arith.constant 0.5 : f32
  %e = tensor.empty() : tensor<37x53xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %half : f32
    linalg.yield %m : f32
  } -> tensor<37x53xf32>
  return %y : tensor<37x53xf32>
}

func.func @main(%x: tensor<37x53xf32>, %limit: f32) -> tensor<37x53xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.while (%t = %x) : (tensor<37x53xf32>) -> tensor<37x53xf32> {
    %v = tensor.extract %t[%c1, %c0] : tensor<37x53xf32>
    %go = arith.cmpf ogt, %v, %limit : f32
    scf.condition(%go) %t : tensor<37x53xf32>
  } do {
  ^bb0(%t: tensor<37x53xf32>):
    %h = func.call @halve(%t) : (tensor<37x53xf32>) -> tensor<37x53xf32>
    scf.yield %h : tensor<37x53xf32>
  }
  %first = tensor.extract %r[%c0, %c0] : tensor<37x53xf32>
  %neg = arith.cmpf olt, %first, %limit : f32
  %out = scf.if %neg -> tensor<37x53xf32> {
    %e = tensor.empty() : tensor<37x53xf32>
    %n = linalg.negf ins(%r : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) -> tensor<37x53xf32>
    scf.yield %n : tensor<37x53xf32>
  } else {
    %e = tensor.empty() : tensor<37x53xf32>
    %a = linalg.abs ins(%r : tensor<37x53xf32>) outs(%e : tensor<37x53xf32>) -> tensor<37x53xf32>
    scf.yield %a : tensor<37x53xf32>
  }
  return %out : tensor<37x53xf32>
}
