// hm-check-static-shapes (the compile pipeline's first check): what the stages cannot take is refused at the
// function, argument or op, before any stage runs: dynamic shapes, integers of 2 to 7 bits other than i4,
// linalg ops on zero-sized tensors, and for GPU targets f80 / f128 (the cpu target takes those).
// RUN: %hm-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(hm-check-static-shapes)'
// RUN: not %hm-opt %s --split-input-file --pass-pipeline='builtin.module(hm-check-static-shapes{target=cpu})' 2>&1 | FileCheck %s --check-prefix=CPU

// CPU: error: dynamic shapes are not supported yet: @dynamic has type tensor<?xf32> in its signature
// CPU-NOT: f128
// CPU: error: @bits cannot be compiled: element type i3 is not supported
// CPU: error: 'linalg.copy' on tensor<0x4xf32> cannot be compiled: zero-sized tensors are not supported yet
// CPU-NOT: error:

// expected-error@+1 {{dynamic shapes are not supported yet: @dynamic has type tensor<?xf32> in its signature}}
func.func @dynamic(%a: tensor<?xf32>) -> tensor<?xf32> {
  return %a : tensor<?xf32>
}

// -----

// expected-error@+1 {{@wide cannot be compiled: element type f128 is not supported on GPUs (use f64 or narrower)}}
func.func @wide(%a: tensor<4xf128>) -> tensor<4xf128> {
  return %a : tensor<4xf128>
}

// -----

// expected-error@+1 {{@bits cannot be compiled: element type i3 is not supported: integers of 2 to 7 bits other than i4 cannot be stored (use i1, i4, i8 or wider)}}
func.func @bits(%a: tensor<4xi3>) -> tensor<4xi3> {
  return %a : tensor<4xi3>
}

// -----

func.func @empty(%a: tensor<0x4xf32>) -> tensor<0x4xf32> {
  %e = tensor.empty() : tensor<0x4xf32>
  // expected-error@+1 {{'linalg.copy' on tensor<0x4xf32> cannot be compiled: zero-sized tensors are not supported yet}}
  %r = linalg.copy ins(%a : tensor<0x4xf32>) outs(%e : tensor<0x4xf32>) -> tensor<0x4xf32>
  return %r : tensor<0x4xf32>
}

// -----

func.func @fine(%a: tensor<4xf64>, %b: tensor<4xi4>, %m: tensor<4xi1>) -> tensor<4xf64> {
  return %a : tensor<4xf64>
}
