// --verify-diagnostics with every location designator, on split chunks that keep their line numbers.
// RUN: %hm-opt %s --split-input-file --verify-diagnostics
// A mismatch fails with exit 1 and says what was expected and what came.
// RUN: %not 1 %hm-opt %S/Inputs/mismatch.mlir --verify-diagnostics 2>&1 | FileCheck %s --check-prefix=MISMATCH
// MISMATCH-DAG: mismatch.mlir:3:3: error: unexpected error: 'func.return' op has 0 operands
// MISMATCH-DAG: mismatch.mlir:2:6: error: expected error "wrong text" was not produced

// expected-error@+1 {{'func.return' op has 0 operands, but enclosing function (@plus) returns 1}}
func.func @plus() -> i32 { return }

// -----

func.func @minus() -> i32 { return }
// expected-error@-1 {{'func.return' op has 0 operands}}

// -----

func.func @above() -> i32 { return }
// expected-error@above {{'func.return' op has 0 operands}}

// -----

// expected-error@below {{'func.return' op has 0 operands}}
func.func @below() -> i32 { return }

// -----

// A stage-dialect rule checked by the Python verifier after parsing.
// expected-error@+1 {{unknown stage attribute 'tilegraph.bogus'}}
func.func @rule() attributes {tilegraph.bogus = 1} { return }

// -----

// A diagnostic without a file location is matched by @unknown.
// expected-error@unknown {{'func.return' op has 0 operands}}
func.func @unknown_loc() -> i32 {
  return loc(unknown)
}
