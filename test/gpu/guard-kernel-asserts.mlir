// hm-guard-kernel-asserts: a cf.assert in the body of a mapped scf.parallel is the same check under scf.if (its
// message kept); convert-parallel-loops-to-gpu then makes the nest a launch instead of leaving it on the host.
// An assert outside mapped loops stays as it is.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-guard-kernel-asserts)' | FileCheck %s
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-guard-kernel-asserts,func.func(convert-parallel-loops-to-gpu))' | FileCheck %s --check-prefix=LAUNCH

// CHECK-LABEL: func.func @reciprocal
// CHECK:       cf.assert %{{.*}}, "host check"
// CHECK:       scf.parallel
// CHECK:         scf.parallel
// CHECK:           %[[OK:.*]] = arith.cmpf one
// CHECK-NEXT:      scf.if %[[OK]] {
// CHECK-NEXT:      } else {
// CHECK-NEXT:        %[[FALSE:.*]] = arith.constant false
// CHECK-NEXT:        cf.assert %[[FALSE]], "unimplemented: tensor with zero element"
// CHECK-NEXT:      }
// CHECK-NEXT:      arith.divf
// LAUNCH: gpu.launch
// LAUNCH-NOT: scf.parallel
func.func @reciprocal(%a: memref<64xf32>, %b: memref<64xf32>, %ok: i1) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  cf.assert %ok, "host check"
  scf.parallel (%i) = (%c0) to (%c1) step (%c1) {
    scf.parallel (%j) = (%c0) to (%c64) step (%c1) {
      %v = memref.load %a[%j] : memref<64xf32>
      %nonzero = arith.cmpf one, %v, %zero : f32
      cf.assert %nonzero, "unimplemented: tensor with zero element"
      %r = arith.divf %one, %v : f32
      memref.store %r, %b[%j] : memref<64xf32>
      scf.reduce
    } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}
