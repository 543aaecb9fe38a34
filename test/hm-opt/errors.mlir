// Each kind of error gets its exit code (1: input/files, 2: command line) and a located message.

// Syntax error: exit 1, file:line:col.
// RUN: printf 'func.func @f() {\n  retur\n}\n' > %t.syntax.mlir
// RUN: %not 1 %hm-opt %t.syntax.mlir 2> %t.err
// RUN: FileCheck %s --check-prefix=SYNTAX < %t.err
// SYNTAX: syntax.mlir:2:3: error: custom op 'retur' is unknown
// SYNTAX-NOT: Traceback

// Verifier error: exit 1.
// RUN: printf 'func.func @f() -> i32 {\n  return\n}\n' > %t.verify.mlir
// RUN: %not 1 %hm-opt %t.verify.mlir 2> %t.err
// RUN: FileCheck %s --check-prefix=VERIFY < %t.err
// VERIFY: verify.mlir:2:3: error: 'func.return' op has 0 operands, but enclosing function (@f) returns 1

// Stage dialect Python rule: exit 1.
// RUN: printf 'func.func @f() attributes {rtile.bogus = 1} {\n  return\n}\n' > %t.rule.mlir
// RUN: %not 1 %hm-opt %t.rule.mlir 2> %t.err
// RUN: FileCheck %s --check-prefix=RULE < %t.err
// RULE: rule.mlir:1:1: error: 'func.func' op unknown stage attribute 'rtile.bogus'

// Missing input file: exit 1.
// RUN: %not 1 %hm-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: hm-opt: error: cannot read '{{.*}}does-not-exist.mlir': No such file or directory

// Binary garbage: exit 1.
// RUN: printf 'ML\357R\000\001\002' > %t.garbage.mlir
// RUN: %not 1 %hm-opt %t.garbage.mlir 2>&1 | FileCheck %s --check-prefix=GARBAGE
// GARBAGE: garbage.mlir: error: the input is binary, not MLIR text

// Unwritable output: exit 1, and an existing output is left untouched by a failing run.
// RUN: %not 1 %hm-opt %s -o %t.no-such-dir/out.mlir 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
// UNWRITABLE: hm-opt: error: cannot write '{{.*}}no-such-dir/out.mlir'
// RUN: echo keep > %t.out.mlir
// RUN: %not 1 %hm-opt %t.syntax.mlir -o %t.out.mlir 2> /dev/null
// RUN: FileCheck %s --check-prefix=KEPT < %t.out.mlir
// KEPT: keep

// Command-line problems: exit 2 with a usage line.
// RUN: %not 2 %hm-opt %s --no-such-flag 2>&1 | FileCheck %s --check-prefix=FLAG
// FLAG: usage: hm-opt
// FLAG: hm-opt: error: unrecognized arguments: --no-such-flag
// RUN: %not 2 %hm-opt %s --target=x86 2>&1 | FileCheck %s --check-prefix=TARGET
// TARGET: hm-opt: error: argument --target: invalid choice: 'x86'
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(no-such-pass)' 2>&1 | FileCheck %s --check-prefix=PASS
// PASS: hm-opt: error: pass pipeline element 'no-such-pass': 'no-such-pass' does not refer to a registered pass
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(hm-no-such-pass)' 2>&1 | FileCheck %s --check-prefix=HMPASS
// HMPASS: hm-opt: error: unknown hm pass 'hm-no-such-pass' (known: {{.*}}hm-check-lowered, {{.*}}hm-naive-tiling{{.*}}hm-verify
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(hm-naive-tiling{step=0})' 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: hm-opt: error: option 'step' must be at least 1
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(hm-naive-tiling{block=big})' 2>&1 | FileCheck %s --check-prefix=OPTTYPE
// OPTTYPE: hm-opt: error: option 'block': cannot read 'big' as int
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(func.func(cse)' 2>&1 | FileCheck %s --check-prefix=MALFORMED
// MALFORMED: hm-opt: error: unbalanced brackets or quotes in pass pipeline
// RUN: %not 2 %hm-opt %s --pass-pipeline='cse' 2>&1 | FileCheck %s --check-prefix=ANCHOR
// ANCHOR: hm-opt: error: the pass pipeline must be anchored on the module
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(func.func(hm-verify))' 2>&1 | FileCheck %s --check-prefix=NESTED
// NESTED: hm-opt: error: hm pass 'hm-verify' must run on the module: it cannot be nested under 'func.func(...)'
// RUN: %not 2 %hm-opt %s --pass-pipeline='builtin.module(cse)' --target=cpu 2>&1 | FileCheck %s --check-prefix=MIXED
// MIXED: hm-opt: error: --pass-pipeline runs exactly the given pipeline: it cannot be combined with stage flags

func.func @ok() {
  return
}
