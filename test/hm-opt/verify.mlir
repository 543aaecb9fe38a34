// hm-verify: the check the compile pipeline runs at every stage's end (upstream's verifier, then the stage
// dialects' Python rules; `model=false` skips the Roller model checks). Valid IR passes through unchanged;
// a bad option value is a command-line error (exit 2) naming the option.
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-verify)' | FileCheck %s
// RUN: %hm-opt %s --pass-pipeline='builtin.module(hm-verify{model=false})' | FileCheck %s
// RUN: not %hm-opt %s --pass-pipeline='builtin.module(hm-verify{model=maybe})' 2>&1 | FileCheck %s --check-prefix=OPTION

// CHECK: "rtile.config"() {{{.*}}sym_name = "relu_k0"
// CHECK: "rtile.space"() {candidates = [@relu_k0], chosen = @relu_k0
// CHECK-LABEL: func.func @main
// CHECK: linalg.generic {{.*}}rtile.space = @relu
// OPTION: hm-opt: error: option 'model': cannot read 'maybe' as bool
"rtile.config"() {sym_name = "relu_k0", block = array<i64: 16, 64>, thread = array<i64: 1, 4>, step = array<i64>, pad = array<i64: 0>, mma = array<i64>, vector_width = 1 : i64, stages = 1 : i64, threads = 256 : i64, smem_bytes = 0 : i64, regs_per_thread = 16 : i64, traffic_bytes = 32768 : i64, waves = 1 : i64, cost_us = 1.0 : f64} : () -> ()
"rtile.space"() {sym_name = "relu", op = "linalg.generic", loops = array<i64: 64, 64>, iterators = ["parallel", "parallel"], top_k = 1 : i64, candidates = [@relu_k0], chosen = @relu_k0, policy = "naive", device = "h100"} : () -> ()
func.func @main(%a: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x64xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"], rtile.space = @relu} ins(%a : tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %z : f32
    linalg.yield %m : f32
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}
