// Modules hm-run cannot compile are input errors (exit 1) with located messages, never a traceback; an
// unknown flag is a usage error (exit 2).

// RUN: %not 2 %hm-run %s --split-marker 2>&1 | FileCheck %s --check-prefix=FLAG
// FLAG: hm-run: error: unrecognized arguments: --split-marker

// RUN: printf 'func.func @main() {\n  retur\n}\n' > %t.syntax.mlir
// RUN: %not 1 %hm-run %t.syntax.mlir 2>&1 | FileCheck %s --check-prefix=SYNTAX
// SYNTAX: syntax.mlir:2:3: error: custom op 'retur' is unknown
// SYNTAX-NOT: Traceback

// RUN: %not 1 %hm-run %s 2>&1 | FileCheck %s --check-prefix=DYNAMIC
// DYNAMIC: bad-modules.mlir:[[# @LINE + 1]]:1: error: argument 0 of @main has dynamic shape tensor<?xf32>: dynamic shapes are not supported yet
func.func @main(%a: tensor<?xf32>) -> tensor<?xf32> {
  return %a : tensor<?xf32>
}

// RUN: %not 1 %hm-run %t.none.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: hm-run: error: cannot read '{{.*}}none.mlir': no such file
