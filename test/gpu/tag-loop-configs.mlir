// hm-tag-loop-configs: every linalg op of the naive path keeps its rTile config in its location (a name
// location `rtile.config=<chosen>`), which the loops convert-linalg-to-parallel-loops makes inherit and
// hm-tile-parallel-loops reads; the ops themselves are unchanged.
// RUN: %hm-opt %S/roller-codegen.mlir --roller-policy=naive --stop-after=bufferize \
// RUN:   | %hm-opt --pass-pipeline='builtin.module(hm-tag-loop-configs)' --mlir-print-debuginfo | FileCheck %s

// CHECK: linalg.generic {{.*}}attrs =  {rtile.space = @mm_op0} {
// CHECK: } loc(#[[FILL:loc[0-9]+]])
// CHECK: linalg.generic {{.*}}attrs =  {rtile.space = @mm_op1} {
// CHECK: } loc(#[[MATMUL:loc[0-9]+]])
// CHECK-DAG: #[[FILL]] = loc("rtile.config=mm_op0_k0"(
// CHECK-DAG: #[[MATMUL]] = loc("rtile.config=mm_op1_k0"(
