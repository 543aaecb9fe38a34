// Construct: tensor.extract_slice with offsets and strides [2, 3], a rank-reducing row slice, and tensor.insert_slice with strides back into the source.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<37x53xf32>) -> (tensor<18x17xf32>, tensor<37x53xf32>, tensor<53xf32>) {
  %ten = arith.constant 10.0 : f32
  %s = tensor.extract_slice %x[1, 2] [18, 17] [2, 3] : tensor<37x53xf32> to tensor<18x17xf32>
  %e = tensor.empty() : tensor<18x17xf32>
  %s10 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s : tensor<18x17xf32>) outs(%e : tensor<18x17xf32>) {
  ^bb0(%v: f32, %o: f32):
    %m = arith.mulf %v, %ten : f32
    linalg.yield %m : f32
  } -> tensor<18x17xf32>
  %y = tensor.insert_slice %s10 into %x[0, 1] [18, 17] [2, 3] : tensor<18x17xf32> into tensor<37x53xf32>
  %row = tensor.extract_slice %x[5, 0] [1, 53] [1, 1] : tensor<37x53xf32> to tensor<53xf32>
  return %s10, %y, %row : tensor<18x17xf32>, tensor<37x53xf32>, tensor<53xf32>
}
