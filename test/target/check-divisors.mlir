// hm-check-divisors (--check-bounds): a cf.assert before every integer division or remainder whose divisor
// may be zero, and for the signed ones a second that it is not INT_MIN / -1, with upstream's runtime
// verification message naming the op's location; a constant divisor known to be safe gets none.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-check-divisors)' | FileCheck %s

// CHECK-LABEL: func.func @signed
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[NONZERO:.*]] = arith.cmpi ne, %arg1, %[[ZERO]] : i32
// CHECK: cf.assert %[[NONZERO]], "ERROR: Runtime op verification failed{{.}}0A{{.}} integer division by zero{{.}}0ALocation: loc({{.*}}check-divisors.mlir{{.}}22:[[# @LINE + 9]]:8)"
// CHECK-DAG: %[[MINUS_ONE:.*]] = arith.constant -1 : i32
// CHECK-DAG: %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK-DAG: %[[NOT_MINUS_ONE:.*]] = arith.cmpi ne, %arg1, %[[MINUS_ONE]] : i32
// CHECK-DAG: %[[NOT_MIN:.*]] = arith.cmpi ne, %arg0, %[[MIN]] : i32
// CHECK: %[[DEFINED:.*]] = arith.ori %[[NOT_MINUS_ONE]], %[[NOT_MIN]] : i1
// CHECK: cf.assert %[[DEFINED]], "{{.*}}integer division overflow (INT_MIN / -1){{.*}}"
// CHECK-NEXT: arith.divsi %arg0, %arg1 : i32
func.func @signed(%a: i32, %b: i32) -> i32 {
  %q = arith.divsi %a, %b : i32
  return %q : i32
}

// CHECK-LABEL: func.func @unsigned_index
// CHECK: cf.assert %{{.*}}, "{{.*}}integer division by zero{{.*}}"
// CHECK-NOT: cf.assert
// CHECK: arith.remui %arg0, %arg1 : index
func.func @unsigned_index(%a: index, %b: index) -> index {
  %r = arith.remui %a, %b : index
  return %r : index
}

// CHECK-LABEL: func.func @constant_divisors
// CHECK-NOT: cf.assert
// CHECK: arith.floordivsi %arg0, %{{.*}} : i64
// CHECK: arith.ceildivui %arg0, %{{.*}} : i64
// CHECK: cf.assert %{{.*}}, "{{.*}}INT_MIN / -1{{.*}}"
// CHECK: arith.remsi %arg0, %{{.*}} : i64
func.func @constant_divisors(%a: i64) -> (i64, i64, i64) {
  %c7 = arith.constant 7 : i64
  %cm1 = arith.constant -1 : i64
  %f = arith.floordivsi %a, %c7 : i64
  %u = arith.ceildivui %a, %cm1 : i64
  %r = arith.remsi %a, %cm1 : i64
  return %f, %u, %r : i64, i64, i64
}

// CHECK-LABEL: func.func @vectors_are_left_unchecked
// CHECK-NOT: cf.assert
func.func @vectors_are_left_unchecked(%a: vector<4xi32>, %b: vector<4xi32>) -> vector<4xi32> {
  %q = arith.divsi %a, %b : vector<4xi32>
  return %q : vector<4xi32>
}
