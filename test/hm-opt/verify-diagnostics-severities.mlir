// Remarks and notes are checked too: a remark from an upstream pass (the transform interpreter), a note
// attached to a parse error.
// RUN: %hm-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(transform-interpreter)'

func.func @target() {
  // expected-remark@below {{found the return}}
  return
}

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %ret = transform.structured.match ops{["func.return"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %ret, "found the return" : !transform.any_op
    transform.yield
  }
}

// -----

func.func @redefined() {
  // expected-note@+1 {{previously defined here}}
  %0 = arith.constant 0 : i32
  // expected-error@+1 {{redefinition of SSA value '%0'}}
  %0 = arith.constant 1 : i32
  return
}
