// mlir-opt-like options of hm-opt.

// No flags: parse, verify, print (from a file or from stdin).
// RUN: %hm-opt %s | FileCheck %s --check-prefix=PRINT
// RUN: cat %s | %hm-opt - | FileCheck %s --check-prefix=PRINT
// RUN: cat %s | %hm-opt | FileCheck %s --check-prefix=PRINT
// PRINT-LABEL: func.func @first
// PRINT-LABEL: func.func @second

// A stage option alone compiles (to --target=nvvm), it is never silently ignored.
// RUN: %hm-opt %s --roller-top-k 2 | FileCheck %s --check-prefix=COMPILED
// RUN: %hm-opt %s --chip=sm_80 | FileCheck %s --check-prefix=COMPILED
// COMPILED: llvm.func @first

// Generic form.
// RUN: %hm-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: "func.func"() <{function_type = () -> (), sym_name = "first"}>

// Split input: each chunk printed, separated by the marker.
// RUN: %hm-opt %s --split-input-file | FileCheck %s --check-prefix=SPLIT
// SPLIT-LABEL: func.func @first
// SPLIT: // -----
// SPLIT-LABEL: func.func @second

// IR after every pass (hm and upstream) and pass timing, on stderr.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(canonicalize,hm-verify)' --mlir-print-ir-after-all --mlir-timing 2>&1 >/dev/null | FileCheck %s --check-prefix=AFTER
// AFTER: IR Dump After Canonicalizer (canonicalize)
// AFTER: IR Dump After hm-verify (hm-verify)
// AFTER: Execution time report
// AFTER: hm-verify

// -o writes the file (atomically) and nothing to stdout.
// RUN: %hm-opt %s -o %t.out.mlir > %t.stdout
// RUN: test ! -s %t.stdout
// RUN: FileCheck %s --check-prefix=PRINT < %t.out.mlir

// --help lists every hm pass with its options.
// RUN: %hm-opt --help | FileCheck %s --check-prefix=HELP
// HELP: usage: hm-opt
// HELP: --pass-pipeline PIPELINE
// HELP: --stop-after
// HELP: hm passes
// HELP: hm-erase-stage-ir
// HELP: hm-naive-tiling
// HELP-NEXT: block=<int>
// HELP: hm-verify

func.func @first() {
  return
}

// -----

func.func @second() {
  return
}
