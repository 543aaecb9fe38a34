// hm-static-casts: a tensor.extract_slice whose dynamic sizes are constants gets its static type; the users of
// a cast from a static type to a dynamic one take the static value where they can (concat, linalg inputs,
// casts, a return of the static type), and casts left without users or made identities are gone. A size that
// changes with a loop's induction variable stays dynamic (hm-check-static-shapes names it).
// RUN: %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-static-casts)' | FileCheck %s

// CHECK-LABEL: func.func @roll
// CHECK-NOT: tensor.cast
// CHECK: %[[TAIL:.*]] = tensor.extract_slice %{{.*}}[0, 5] [3, 2] [1, 1] : tensor<3x7xf32> to tensor<3x2xf32>
// CHECK-NEXT: %[[HEAD:.*]] = tensor.extract_slice %{{.*}}[0, 0] [3, 5] [1, 1] : tensor<3x7xf32> to tensor<3x5xf32>
// CHECK-NEXT: tensor.concat dim(1) %[[TAIL]], %[[HEAD]] : (tensor<3x2xf32>, tensor<3x5xf32>) -> tensor<3x7xf32>
func.func @roll(%x: tensor<3x7xf32>) -> tensor<3x7xf32> {
  %extracted_slice = tensor.extract_slice %x[0, 5] [3, 2] [1, 1] : tensor<3x7xf32> to tensor<3x2xf32>
  %cast = tensor.cast %extracted_slice : tensor<3x2xf32> to tensor<3x?xf32>
  %extracted_slice_0 = tensor.extract_slice %x[0, 0] [3, 5] [1, 1] : tensor<3x7xf32> to tensor<3x5xf32>
  %cast_1 = tensor.cast %extracted_slice_0 : tensor<3x5xf32> to tensor<3x?xf32>
  %concat = tensor.concat dim(1) %cast, %cast_1 : (tensor<3x?xf32>, tensor<3x?xf32>) -> tensor<3x7xf32>
  return %concat : tensor<3x7xf32>
}

// -----

// CHECK-LABEL: func.func @constant_sizes
// CHECK: %[[W:.*]] = tensor.extract_slice %{{.*}}[1, 2] [2, 3] [1, 1] : tensor<4x6xf32> to tensor<2x3xf32>
// CHECK-NEXT: %[[R:.*]] = tensor.extract_slice %{{.*}}[1, 2] [1, 3] [1, 1] : tensor<4x6xf32> to tensor<3xf32>
// CHECK-NOT: tensor.cast
// CHECK: return %[[W]], %[[R]] : tensor<2x3xf32>, tensor<3xf32>
func.func @constant_sizes(%a: tensor<4x6xf32>) -> (tensor<2x3xf32>, tensor<3xf32>) {
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %s = tensor.extract_slice %a[1, 2] [%c2, %c3] [1, 1] : tensor<4x6xf32> to tensor<?x?xf32>
  %w = tensor.cast %s : tensor<?x?xf32> to tensor<2x3xf32>
  %t = tensor.extract_slice %a[1, 2] [1, %c3] [1, 1] : tensor<4x6xf32> to tensor<?xf32>
  %r = tensor.cast %t : tensor<?xf32> to tensor<3xf32>
  return %w, %r : tensor<2x3xf32>, tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @loop_dependent
// CHECK: tensor.extract_slice %{{.*}}[%{{.*}}] [%{{.*}}] [1] : tensor<8xf32> to tensor<?xf32>
func.func @loop_dependent(%a: tensor<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %zero) -> (f32) {
    %n = arith.subi %c4, %i : index
    %s = tensor.extract_slice %a[%i] [%n] [1] : tensor<8xf32> to tensor<?xf32>
    %v = tensor.extract %s[%c0] : tensor<?xf32>
    %sum = arith.addf %acc, %v : f32
    scf.yield %sum : f32
  }
  return %r : f32
}
