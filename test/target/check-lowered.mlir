// hm-check-lowered: after a target's LLVM lowering, the first op that is not LLVM is an error at its location
// (upstream conversions are partial: an op they cannot lower stays, and the pipeline would still succeed).
// RUN: %hm-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(hm-check-lowered)'

llvm.func @lowered(%a: f32) -> f32 {
  %r = llvm.fadd %a, %a : f32
  llvm.return %r : f32
}

// -----

llvm.func @left_behind(%a: f32) -> f32 {
  // expected-error@+1 {{'arith.addf' is not supported by the cpu lowering of the plain path yet (it was left unconverted)}}
  %r = arith.addf %a, %a : f32
  llvm.return %r : f32
}
