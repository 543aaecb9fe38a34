// Construct: zero-sized dimensions (folded by hm-fold-zero-sized): a matmul with K = 0 plus a bias, an elementwise op on
// a 0x5 tensor, the max of rows of length 0 (-inf), a concat with an empty piece, an arange of no elements, the
// trace of a 0x0 matrix, a pad of an empty tensor and an empty constant. No kernel runs for zero work.
func.func @main(%a: tensor<4x0xf32>, %b: tensor<0x3xf32>, %bias: tensor<3xf32>, %e: tensor<0x5xf32>,
                %rows: tensor<3x0xf32>, %c: tensor<2x3xf32>, %d: tensor<0x3xf32>, %t: tensor<0x0xf32>)
    -> (tensor<4x3xf32>, tensor<0x5xf32>, tensor<3xf32>, tensor<2x3xf32>, tensor<0xi64>, tensor<f32>,
        tensor<2x3xf32>, tensor<0xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %seven = arith.constant 7.0 : f32
  %mm_init = tensor.empty() : tensor<4x3xf32>
  %mm_zero = linalg.fill ins(%zero : f32) outs(%mm_init : tensor<4x3xf32>) -> tensor<4x3xf32>
  %mm = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x3xf32>) outs(%mm_zero : tensor<4x3xf32>)
    -> tensor<4x3xf32>
  %biased = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>,
                                             affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %bias : tensor<4x3xf32>, tensor<3xf32>) outs(%mm_init : tensor<4x3xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<4x3xf32>
  %relu_init = tensor.empty() : tensor<0x5xf32>
  %relu = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                          iterator_types = ["parallel", "parallel"]}
      ins(%e : tensor<0x5xf32>) outs(%relu_init : tensor<0x5xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  } -> tensor<0x5xf32>
  %max_init = tensor.empty() : tensor<3xf32>
  %max_start = linalg.fill ins(%ninf : f32) outs(%max_init : tensor<3xf32>) -> tensor<3xf32>
  %max = linalg.reduce ins(%rows : tensor<3x0xf32>) outs(%max_start : tensor<3xf32>) dimensions = [1]
    (%x: f32, %acc: f32) {
      %m = arith.maximumf %x, %acc : f32
      linalg.yield %m : f32
    }
  %joined = tensor.concat dim(0) %c, %d : (tensor<2x3xf32>, tensor<0x3xf32>) -> tensor<2x3xf32>
  %range_init = tensor.empty() : tensor<0xi64>
  %range = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      outs(%range_init : tensor<0xi64>) {
  ^bb0(%o: i64):
    %i = linalg.index 0 : index
    %v = arith.index_cast %i : index to i64
    linalg.yield %v : i64
  } -> tensor<0xi64>
  %trace_init = tensor.empty() : tensor<f32>
  %trace_zero = linalg.fill ins(%zero : f32) outs(%trace_init : tensor<f32>) -> tensor<f32>
  %trace = linalg.generic {indexing_maps = [affine_map<(i) -> (i, i)>, affine_map<(i) -> ()>],
                           iterator_types = ["reduction"]} ins(%t : tensor<0x0xf32>) outs(%trace_zero : tensor<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %x, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %padded = tensor.pad %d low[1, 0] high[1, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %seven : f32
  } : tensor<0x3xf32> to tensor<2x3xf32>
  %nothing = arith.constant dense<> : tensor<0xf32>
  return %biased, %relu, %max, %joined, %range, %trace, %padded, %nothing
    : tensor<4x3xf32>, tensor<0x5xf32>, tensor<3xf32>, tensor<2x3xf32>, tensor<0xi64>, tensor<f32>, tensor<2x3xf32>,
      tensor<0xf32>
}
