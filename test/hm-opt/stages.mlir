// Every stage is built; with a stage off its IR passes through unchanged.
// Grinder (utask) implies Rammer; a function without a loop is Rammer's alone.
// RUN: %hm-opt %s --grinder --stop-after=utask | FileCheck %s --check-prefix=GRINDER
// GRINDER-NOT: utask.loop
// GRINDER: linalg.generic {{.*}}rtile.space = @f_op0
// RUN: %hm-opt %s --grinder --stop-after=utask --hm-report 2>&1 >/dev/null | FileCheck %s --check-prefix=GREPORT
// GREPORT: grinder (utask): device loops
// GREPORT-NEXT: no loop runs a Rammer program
// Rammer (rtask) is built for every target; a lone kernel is no program, and stays one launch of its own.
// RUN: %hm-opt %s --rammer | FileCheck %s --check-prefix=RAMMER
// RAMMER-NOT: _rammer
// RAMMER: gpu.launch_func {{.*}}@kernels::@f_kernel
// RUN: %hm-opt %s --rammer --stop-after=rtask | FileCheck %s --check-prefix=RTASK
// RUN: %hm-opt %s --rammer --target=cpu | FileCheck %s --check-prefix=RTASK-CPU
// RTASK: linalg.generic {{.*}}rtile.space = @f_op0
// RTASK-CPU: llvm.func @hm_rammer_configure(
// A report FILE that is in fact the input would be overwritten: refused.
// RUN: %not 2 %hm-opt --rammer --target=cpu --hm-report %s < /dev/null 2>&1 | FileCheck %s --check-prefix=SWALLOWED
// SWALLOWED: hm-opt: error: --hm-report took '{{.*}}stages.mlir' as its FILE (it would be overwritten)
// RUN: %not 2 %hm-opt %s --roller --roller-policy=naive 2>&1 | FileCheck %s --check-prefix=CONTRA
// CONTRA: hm-opt: error: --roller means --roller-policy=roller; it contradicts --roller-policy=naive

// Welder (tilegraph) is built: a lone operator stays as it is (nothing to fuse).
// RUN: %hm-opt %s --welder --stop-after=tilegraph | FileCheck %s --check-prefix=WELDER
// WELDER-NOT: tilegraph.kernel
// WELDER: linalg.generic {{.*}}rtile.space = @f_op0

// Both tiling policies are built: Roller's (--roller, --roller-policy=roller, the default) and the naive one.
// RUN: %hm-opt %s --roller --stop-after=rtile | FileCheck %s --check-prefix=ROLLER
// RUN: %hm-opt %s --roller-policy=roller --stop-after=rtile | FileCheck %s --check-prefix=ROLLER
// RUN: %hm-opt %s --stop-after=rtile | FileCheck %s --check-prefix=ROLLER
// ROLLER: "rtile.space"() {{.*}}device = "h100", {{.*}}policy = "roller"
// RUN: %hm-opt %s --roller-policy=naive --stop-after=rtile | FileCheck %s --check-prefix=NAIVE
// NAIVE: "rtile.space"() {{.*}}device = "h100", {{.*}}policy = "naive"

func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = linalg.exp ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
