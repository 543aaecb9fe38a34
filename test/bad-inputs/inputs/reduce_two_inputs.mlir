// The known abort: linalg.reduce with 2 inputs and 1 init makes upstream's ReduceOp::verify index past its
// inits and abort the process (both hm-opt and mlir-opt) unless the tools check the text first.
func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<f32>
  %r = linalg.reduce ins(%a, %b : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<f32>) dimensions = [0]
    (%x: f32, %y: f32) {
      %s = arith.addf %x, %y : f32
      linalg.yield %s : f32
    }
  return %r : tensor<f32>
}
