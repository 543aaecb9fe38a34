// Construct: tensor.expand_shape (91x11 -> 7x13x11, 53 -> 1x53x1) and tensor.collapse_shape (7x13x11 -> 7x143 and -> 1001), around elementwise linalg.generic ops.
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @main(%x: tensor<91x11xf32>, %v: tensor<53xf32>) -> (tensor<7x13x11xf32>, tensor<7x143xf32>, tensor<1001xf32>, tensor<1x53x1xf32>) {
  %e = tensor.empty() : tensor<7x13x11xf32>
  %ex = tensor.expand_shape %x [[0, 1], [2]] output_shape [7, 13, 11] : tensor<91x11xf32> into tensor<7x13x11xf32>
  // y[a, b, c] = x[13 a + b, c] + a  (the expanded index a is visible)
  %y = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%ex : tensor<7x13x11xf32>) outs(%e : tensor<7x13x11xf32>) {
  ^bb0(%a: f32, %o: f32):
    %i = linalg.index 0 : index
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    %r = arith.addf %a, %f : f32
    linalg.yield %r : f32
  } -> tensor<7x13x11xf32>
  %c1 = tensor.collapse_shape %y [[0], [1, 2]] : tensor<7x13x11xf32> into tensor<7x143xf32>
  %c2 = tensor.collapse_shape %y [[0, 1, 2]] : tensor<7x13x11xf32> into tensor<1001xf32>
  %ev = tensor.expand_shape %v [[0, 1, 2]] output_shape [1, 53, 1] : tensor<53xf32> into tensor<1x53x1xf32>
  %e2 = tensor.empty() : tensor<1x53x1xf32>
  %v2 = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%ev : tensor<1x53x1xf32>) outs(%e2 : tensor<1x53x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.mulf %a, %a : f32
    linalg.yield %r : f32
  } -> tensor<1x53x1xf32>
  return %y, %c1, %c2, %v2 : tensor<7x13x11xf32>, tensor<7x143xf32>, tensor<1001xf32>, tensor<1x53x1xf32>
}
