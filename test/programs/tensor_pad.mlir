// Construct: tensor.pad with a constant padding value and static low/high (2-D f32, 3-D with a zero-high dim, and an i32 pad).
func.func @main(%x: tensor<37x53xf32>, %y: tensor<2x5x7xf32>, %z: tensor<7x3xi32>) -> (tensor<41x55xf32>, tensor<3x6x12xf32>, tensor<8x7xi32>) {
  %half = arith.constant 0.5 : f32
  %m1 = arith.constant -1.0 : f32
  %c9 = arith.constant 9 : i32
  %p0 = tensor.pad %x low[1, 2] high[3, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %half : f32
  } : tensor<37x53xf32> to tensor<41x55xf32>
  %p1 = tensor.pad %y low[0, 1, 2] high[1, 0, 3] {
  ^bb0(%i: index, %j: index, %k: index):
    tensor.yield %m1 : f32
  } : tensor<2x5x7xf32> to tensor<3x6x12xf32>
  %p2 = tensor.pad %z low[1, 2] high[0, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %c9 : i32
  } : tensor<7x3xi32> to tensor<8x7xi32>
  return %p0, %p1, %p2 : tensor<41x55xf32>, tensor<3x6x12xf32>, tensor<8x7xi32>
}
