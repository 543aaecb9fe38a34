// hm-rename-reserved-symbols renames a private function defined under a C, libm or runtime name, with every
// use, leaves declarations and other names alone (its own hm_user_ names too, so a second run changes
// nothing), and refuses a public one (located).
// RUN: %not 1 %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-rename-reserved-symbols)' 2>/dev/null | FileCheck %s

// CHECK-LABEL: func.func private @hm_user_expf(%{{.*}}: f32) -> f32
// CHECK: func.func private @hm_user_malloc_(
// CHECK: func.func private @hm_user_malloc(
// RUN: %not 1 %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-rename-reserved-symbols,hm-rename-reserved-symbols)' 2>/dev/null | FileCheck %s
// CHECK: func.func private @sqrt(f64) -> f64
// CHECK: func.func private @my_exp(
// CHECK-LABEL: func.func @main
// CHECK: call @hm_user_expf(
// CHECK: call @hm_user_malloc_(
// CHECK: call @sqrt(
// CHECK: call @my_exp(
func.func private @expf(%x: f32) -> f32 {
  %c = arith.constant 42.0 : f32
  return %c : f32
}
func.func private @malloc(%x: f32) -> f32 {
  return %x : f32
}
func.func private @hm_user_malloc(%x: f32) -> f32 {
  return %x : f32
}
func.func private @sqrt(f64) -> f64
func.func private @my_exp(%x: f32) -> f32 {
  return %x : f32
}
func.func @main(%x: f32, %d: f64) -> (f32, f32, f64, f32) {
  %a = call @expf(%x) : (f32) -> f32
  %b = call @malloc(%x) : (f32) -> f32
  %c = call @sqrt(%d) : (f64) -> f64
  %e = call @my_exp(%x) : (f32) -> f32
  return %a, %b, %c, %e : f32, f32, f64, f32
}

// -----

// RUN: %not 1 %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-rename-reserved-symbols)' 2>&1 >/dev/null | FileCheck %s --check-prefix=PUBLIC
// PUBLIC: rename-reserved-symbols.mlir:[[# @LINE + 1]]:1: error: public function @printF32 has the name of a function the compiled code calls (C library, libm or runtime): rename it, or make it private
func.func @printF32(%x: f32) -> f32 {
  return %x : f32
}
