// Construct: torch.roll(x, shifts=2, dims=1) as torch-mlir exports it: two slices cast to a dynamic
// tensor<3x?xf32> and concatenated back into a static tensor (hm-static-casts makes every type static), and a
// slice whose sizes are constants but whose type is dynamic.
func.func @main(%x: tensor<3x7xf32>) -> (tensor<3x7xf32>, tensor<2x3xf32>) {
  %extracted_slice = tensor.extract_slice %x[0, 5] [3, 2] [1, 1] : tensor<3x7xf32> to tensor<3x2xf32>
  %cast = tensor.cast %extracted_slice : tensor<3x2xf32> to tensor<3x?xf32>
  %extracted_slice_0 = tensor.extract_slice %x[0, 0] [3, 5] [1, 1] : tensor<3x7xf32> to tensor<3x5xf32>
  %cast_1 = tensor.cast %extracted_slice_0 : tensor<3x5xf32> to tensor<3x?xf32>
  %concat = tensor.concat dim(1) %cast, %cast_1 : (tensor<3x?xf32>, tensor<3x?xf32>) -> tensor<3x7xf32>
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %window = tensor.extract_slice %x[1, 2] [%c2, %c3] [1, 1] : tensor<3x7xf32> to tensor<?x?xf32>
  %static = tensor.cast %window : tensor<?x?xf32> to tensor<2x3xf32>
  return %concat, %static : tensor<3x7xf32>, tensor<2x3xf32>
}
