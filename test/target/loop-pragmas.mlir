// hm-loop-pragmas: the discardable llvm.loop_annotation a back edge carries from its scf.for becomes the
// llvm.br's own loop_annotation (emitted as !llvm.loop metadata: NVPTX's `.pragma "nounroll"`); the mark on
// any other op is dropped.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-loop-pragmas)' | FileCheck %s

// CHECK: #[[UNROLL:.*]] = #llvm.loop_unroll<disable = true>
// CHECK: #[[LOOP:.*]] = #llvm.loop_annotation<unroll = #[[UNROLL]]>
// CHECK-LABEL: llvm.func @f
// CHECK: llvm.br ^bb1(%{{.*}} : i64) {loop_annotation = #[[LOOP]]}
// CHECK-NOT: llvm.loop_annotation =
llvm.func @f(%n: i64) {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) {llvm.loop_annotation = #llvm.loop_annotation<unroll = <disable = true>>} : i64
  llvm.br ^bb1(%c0 : i64)
^bb1(%i: i64):
  %done = llvm.icmp "sge" %i, %n : i64
  llvm.cond_br %done, ^bb3, ^bb2
^bb2:
  %next = llvm.add %i, %c1 : i64
  llvm.br ^bb1(%next : i64) {llvm.loop_annotation = #llvm.loop_annotation<unroll = <disable = true>>}
^bb3:
  llvm.return
}
