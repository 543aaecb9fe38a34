// hm-fold-zero-sized: a linalg op whose results are all zero-sized becomes tensor.empty (nothing to compute);
// one with a non-empty result but a zero-sized input has an empty iteration domain, so its results are its
// inits (a matmul with K = 0 is its accumulator, a max over rows of length 0 is its -inf fill); a concat loses
// its zero-sized operands. Results are checked by execution (test_zero_sized.py, test/programs/empty_tensors).
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-fold-zero-sized)' | FileCheck %s

// CHECK-LABEL: func.func @matmul_k0
// CHECK: %[[ACC:.*]] = linalg.fill
// CHECK-NOT: linalg.matmul
// CHECK: return %[[ACC]] : tensor<4x3xf32>
// CHECK-LABEL: func.func @relu_empty
// CHECK-NOT: linalg.generic
// CHECK: tensor.empty() : tensor<0x5xf32>
// CHECK-NEXT: %[[EMPTY:.*]] = tensor.empty() : tensor<0x5xf32>
// CHECK-NEXT: return %[[EMPTY]]
// CHECK-LABEL: func.func @max_of_empty_rows
// CHECK: %[[START:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<3xf32>)
// CHECK-NOT: linalg.reduce
// CHECK: return %[[START]] : tensor<3xf32>
// CHECK-LABEL: func.func @concat_empty
// CHECK-SAME: (%[[A:[^:]*]]: tensor<2x3xf32>
// CHECK-NEXT: return %[[A]] : tensor<2x3xf32>
// CHECK-LABEL: func.func @arange_empty
// CHECK-NOT: linalg.generic
// CHECK: return %{{.*}} : tensor<0xi64>
// CHECK-LABEL: func.func @concat_three
// CHECK: tensor.concat dim(0) %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
func.func @matmul_k0(%a: tensor<4x0xf32>, %b: tensor<0x3xf32>) -> tensor<4x3xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x3xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %r = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x3xf32>) outs(%f : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %r : tensor<4x3xf32>
}
func.func @relu_empty(%a: tensor<0x5xf32>) -> tensor<0x5xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<0x5xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<0x5xf32>) outs(%e : tensor<0x5xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %z : f32
    linalg.yield %m : f32
  } -> tensor<0x5xf32>
  return %r : tensor<0x5xf32>
}
func.func @max_of_empty_rows(%a: tensor<3x0xf32>) -> tensor<3xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<3xf32>
  %f = linalg.fill ins(%ninf : f32) outs(%e : tensor<3xf32>) -> tensor<3xf32>
  %r = linalg.reduce ins(%a : tensor<3x0xf32>) outs(%f : tensor<3xf32>) dimensions = [1]
    (%x: f32, %acc: f32) {
      %m = arith.maximumf %x, %acc : f32
      linalg.yield %m : f32
    }
  return %r : tensor<3xf32>
}
func.func @concat_empty(%a: tensor<2x3xf32>, %b: tensor<0x3xf32>) -> tensor<2x3xf32> {
  %r = tensor.concat dim(0) %a, %b : (tensor<2x3xf32>, tensor<0x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
func.func @arange_empty() -> tensor<0xi64> {
  %e = tensor.empty() : tensor<0xi64>
  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]} outs(%e : tensor<0xi64>) {
  ^bb0(%o: i64):
    %i = linalg.index 0 : index
    %v = arith.index_cast %i : index to i64
    linalg.yield %v : i64
  } -> tensor<0xi64>
  return %r : tensor<0xi64>
}
func.func @concat_three(%a: tensor<2x3xf32>, %b: tensor<0x3xf32>, %c: tensor<1x3xf32>) -> tensor<3x3xf32> {
  %r = tensor.concat dim(0) %a, %b, %c : (tensor<2x3xf32>, tensor<0x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
  return %r : tensor<3x3xf32>
}
