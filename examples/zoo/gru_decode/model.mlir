#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<() -> ()>
#map7 = affine_map<(d0, d1) -> (d0)>
#map8 = affine_map<(d0) -> ()>
#map9 = affine_map<(d0) -> (0)>
module {
  func.func @main(%arg0: tensor<16x32xf32>, %arg1: tensor<192x32xf32>, %arg2: tensor<192x64xf32>, %arg3: tensor<192xf32>, %arg4: tensor<192xf32>, %arg5: tensor<192x32xf32>, %arg6: tensor<192x64xf32>, %arg7: tensor<192xf32>, %arg8: tensor<192xf32>, %arg9: tensor<16x64xf32>, %arg10: tensor<16xf32>, %arg11: tensor<1x8xi64>) -> (tensor<12xi64>, tensor<1x64xf32>) {
    %cst = arith.constant dense<0> : tensor<12xi64>
    %cst_0 = arith.constant dense<1> : tensor<1xi64>
    %cst_1 = arith.constant dense<0> : tensor<i64>
    %c12_i64 = arith.constant 12 : i64
    %c3_i64 = arith.constant 3 : i64
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %c16 = arith.constant 16 : index
    %cst_2 = arith.constant 0.000000e+00 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 0xFF800000 : f32
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<1x64xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<1x1x64xf32>
    %0 = tensor.empty() : tensor<1x8x32xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xf32>) {
    ^bb0(%in: i64, %out: f32):
      %113 = arith.index_cast %in : i64 to index
      %114 = linalg.index 2 : index
      %115 = arith.cmpi slt, %113, %c16 : index
      cf.assert %115, "index must be smaller than dim size"
      %116 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %116, "index must be larger or equal to 0"
      %extracted_89 = tensor.extract %arg0[%113, %114] : tensor<16x32xf32>
      linalg.yield %extracted_89 : f32
    } -> tensor<1x8x32xf32>
    %2 = tensor.empty() : tensor<8x1x32xf32>
    %transposed = linalg.transpose ins(%1 : tensor<1x8x32xf32>) outs(%2 : tensor<8x1x32xf32>) permutation = [1, 0, 2] 
    %collapsed = tensor.collapse_shape %transposed [[0], [1, 2]] : tensor<8x1x32xf32> into tensor<8x32xf32>
    %3 = tensor.empty() : tensor<32x192xf32>
    %transposed_8 = linalg.transpose ins(%arg1 : tensor<192x32xf32>) outs(%3 : tensor<32x192xf32>) permutation = [1, 0] 
    %4 = tensor.empty() : tensor<8x192xf32>
    %5 = linalg.fill ins(%cst_2 : f32) outs(%4 : tensor<8x192xf32>) -> tensor<8x192xf32>
    %6 = linalg.matmul ins(%collapsed, %transposed_8 : tensor<8x32xf32>, tensor<32x192xf32>) outs(%5 : tensor<8x192xf32>) -> tensor<8x192xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%6, %arg3 : tensor<8x192xf32>, tensor<192xf32>) outs(%4 : tensor<8x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<8x192xf32>
    %expanded = tensor.expand_shape %7 [[0], [1, 2]] output_shape [8, 1, 192] : tensor<8x192xf32> into tensor<8x1x192xf32>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_9 = tensor.extract_slice %expanded[1, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_10 = tensor.extract_slice %expanded[2, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_11 = tensor.extract_slice %expanded[3, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_12 = tensor.extract_slice %expanded[4, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_13 = tensor.extract_slice %expanded[5, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_14 = tensor.extract_slice %expanded[6, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %extracted_slice_15 = tensor.extract_slice %expanded[7, 0, 0] [1, 1, 192] [1, 1, 1] : tensor<8x1x192xf32> to tensor<1x1x192xf32>
    %collapsed_16 = tensor.collapse_shape %extracted_slice [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_9 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_18 = tensor.collapse_shape %extracted_slice_10 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_20 = tensor.collapse_shape %extracted_slice_12 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_21 = tensor.collapse_shape %extracted_slice_13 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_22 = tensor.collapse_shape %extracted_slice_14 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_15 [[0, 1], [2]] : tensor<1x1x192xf32> into tensor<1x192xf32>
    %extracted_slice_24 = tensor.extract_slice %collapsed_16[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_25 = tensor.extract_slice %collapsed_16[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_26 = tensor.extract_slice %collapsed_16[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %8 = tensor.empty() : tensor<64x192xf32>
    %transposed_27 = linalg.transpose ins(%arg2 : tensor<192x64xf32>) outs(%8 : tensor<64x192xf32>) permutation = [1, 0] 
    %9 = tensor.empty() : tensor<1x192xf32>
    %10 = linalg.fill ins(%cst_2 : f32) outs(%9 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %11 = linalg.matmul ins(%cst_6, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %12 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%11, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_28 = tensor.expand_shape %12 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_29 = tensor.extract_slice %expanded_28[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_30 = tensor.extract_slice %expanded_28[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_31 = tensor.extract_slice %expanded_28[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %13 = tensor.empty() : tensor<1x1x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_29, %extracted_slice_24 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_30, %extracted_slice_25 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_31, %15 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %19 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_26, %18 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_7, %20 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %17 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %20 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_32 = tensor.extract_slice %collapsed_17[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_33 = tensor.extract_slice %collapsed_17[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_34 = tensor.extract_slice %collapsed_17[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_35 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %24 = linalg.matmul ins(%collapsed_35, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%24, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_36 = tensor.expand_shape %25 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_37 = tensor.extract_slice %expanded_36[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_38 = tensor.extract_slice %expanded_36[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_39 = tensor.extract_slice %expanded_36[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_37, %extracted_slice_32 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_38, %extracted_slice_33 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_39, %27 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_34, %30 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %32 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %29 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %32 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_40 = tensor.extract_slice %collapsed_18[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_41 = tensor.extract_slice %collapsed_18[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_42 = tensor.extract_slice %collapsed_18[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_43 = tensor.collapse_shape %35 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %36 = linalg.matmul ins(%collapsed_43, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %37 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%36, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_44 = tensor.expand_shape %37 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_45 = tensor.extract_slice %expanded_44[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_46 = tensor.extract_slice %expanded_44[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_47 = tensor.extract_slice %expanded_44[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_45, %extracted_slice_40 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_46, %extracted_slice_41 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_47, %39 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %43 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_42, %42 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %44 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %41 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %44 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_48 = tensor.extract_slice %collapsed_19[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_49 = tensor.extract_slice %collapsed_19[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_50 = tensor.extract_slice %collapsed_19[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_51 = tensor.collapse_shape %47 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %48 = linalg.matmul ins(%collapsed_51, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %49 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%48, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_52 = tensor.expand_shape %49 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_53 = tensor.extract_slice %expanded_52[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_54 = tensor.extract_slice %expanded_52[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_55 = tensor.extract_slice %expanded_52[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_53, %extracted_slice_48 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%50 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_54, %extracted_slice_49 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_55, %51 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %55 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_50, %54 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %56 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57, %53 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %56 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_56 = tensor.extract_slice %collapsed_20[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_57 = tensor.extract_slice %collapsed_20[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_58 = tensor.extract_slice %collapsed_20[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_59 = tensor.collapse_shape %59 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %60 = linalg.matmul ins(%collapsed_59, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %61 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%60, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_60 = tensor.expand_shape %61 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_61 = tensor.extract_slice %expanded_60[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_62 = tensor.extract_slice %expanded_60[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_63 = tensor.extract_slice %expanded_60[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_61, %extracted_slice_56 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_62, %extracted_slice_57 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_63, %63 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_58, %66 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %68 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %65 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %68 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_64 = tensor.extract_slice %collapsed_21[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_65 = tensor.extract_slice %collapsed_21[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_66 = tensor.extract_slice %collapsed_21[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_67 = tensor.collapse_shape %71 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %72 = linalg.matmul ins(%collapsed_67, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%72, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_68 = tensor.expand_shape %73 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_69 = tensor.extract_slice %expanded_68[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_70 = tensor.extract_slice %expanded_68[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_71 = tensor.extract_slice %expanded_68[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_69, %extracted_slice_64 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_70, %extracted_slice_65 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_71, %75 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %79 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_66, %78 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %80 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %77 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %80 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_72 = tensor.extract_slice %collapsed_22[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_73 = tensor.extract_slice %collapsed_22[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_74 = tensor.extract_slice %collapsed_22[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_75 = tensor.collapse_shape %83 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %84 = linalg.matmul ins(%collapsed_75, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%84, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_76 = tensor.expand_shape %85 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_77 = tensor.extract_slice %expanded_76[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_78 = tensor.extract_slice %expanded_76[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_79 = tensor.extract_slice %expanded_76[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_77, %extracted_slice_72 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_78, %extracted_slice_73 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_79, %87 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_74, %90 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %92 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %89 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %92 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %extracted_slice_80 = tensor.extract_slice %collapsed_23[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_81 = tensor.extract_slice %collapsed_23[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %extracted_slice_82 = tensor.extract_slice %collapsed_23[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
    %collapsed_83 = tensor.collapse_shape %95 [[0], [1, 2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %96 = linalg.matmul ins(%collapsed_83, %transposed_27 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%96, %arg4 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x192xf32>
    %expanded_84 = tensor.expand_shape %97 [[0], [1, 2]] output_shape [1, 1, 192] : tensor<1x192xf32> into tensor<1x1x192xf32>
    %extracted_slice_85 = tensor.extract_slice %expanded_84[0, 0, 0] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_86 = tensor.extract_slice %expanded_84[0, 0, 64] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %extracted_slice_87 = tensor.extract_slice %expanded_84[0, 0, 128] [1, 1, 64] [1, 1, 1] : tensor<1x1x192xf32> to tensor<1x1x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_85, %extracted_slice_80 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_86, %extracted_slice_81 : tensor<1x1x64xf32>, tensor<1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      %114 = math.exp %113 : f32
      %115 = arith.addf %114, %cst_3 : f32
      %116 = arith.divf %cst_3, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<1x1x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_87, %99 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %103 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_82, %102 : tensor<1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.tanh %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %104 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.subf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %101 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.mulf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %104 : tensor<1x1x64xf32>, tensor<1x1x64xf32>) outs(%13 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %in_89: f32, %out: f32):
      %113 = arith.addf %in, %in_89 : f32
      linalg.yield %113 : f32
    } -> tensor<1x1x64xf32>
    %108 = tensor.empty() : tensor<12xi64>
    %109 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%108 : tensor<12xi64>) {
    ^bb0(%out: i64):
      %113 = linalg.index 0 : index
      %114 = arith.index_cast %113 : index to i64
      linalg.yield %114 : i64
    } -> tensor<12xi64>
    %collapsed_88 = tensor.collapse_shape %107 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %110 = tensor.empty() : tensor<i1>
    %111 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = []} ins(%cst_5, %cst_5 : tensor<i1>, tensor<i1>) outs(%110 : tensor<i1>) {
    ^bb0(%in: i1, %in_89: i1, %out: i1):
      %113 = arith.andi %in, %in_89 : i1
      linalg.yield %113 : i1
    } -> tensor<i1>
    %extracted = tensor.extract %111[] : tensor<i1>
    %112:4 = scf.while (%arg12 = %extracted, %arg13 = %cst_1, %arg14 = %cst_0, %arg15 = %collapsed_88, %arg16 = %cst) : (i1, tensor<i64>, tensor<1xi64>, tensor<1x64xf32>, tensor<12xi64>) -> (tensor<i64>, tensor<1xi64>, tensor<1x64xf32>, tensor<12xi64>) {
      scf.condition(%arg12) %arg13, %arg14, %arg15, %arg16 : tensor<i64>, tensor<1xi64>, tensor<1x64xf32>, tensor<12xi64>
    } do {
    ^bb0(%arg12: tensor<i64>, %arg13: tensor<1xi64>, %arg14: tensor<1x64xf32>, %arg15: tensor<12xi64>):
      %113 = tensor.empty() : tensor<1x32xf32>
      %114 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg13 : tensor<1xi64>) outs(%113 : tensor<1x32xf32>) {
      ^bb0(%in: i64, %out: f32):
        %148 = arith.index_cast %in : i64 to index
        %149 = linalg.index 1 : index
        %150 = arith.cmpi slt, %148, %c16 : index
        cf.assert %150, "index must be smaller than dim size"
        %151 = arith.cmpi sge, %in, %c0_i64 : i64
        cf.assert %151, "index must be larger or equal to 0"
        %extracted_100 = tensor.extract %arg0[%148, %149] : tensor<16x32xf32>
        linalg.yield %extracted_100 : f32
      } -> tensor<1x32xf32>
      %transposed_89 = linalg.transpose ins(%arg5 : tensor<192x32xf32>) outs(%3 : tensor<32x192xf32>) permutation = [1, 0] 
      %115 = linalg.matmul ins(%114, %transposed_89 : tensor<1x32xf32>, tensor<32x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
      %116 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%115, %arg7 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x192xf32>
      %extracted_slice_90 = tensor.extract_slice %116[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
      %extracted_slice_91 = tensor.extract_slice %116[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
      %extracted_slice_92 = tensor.extract_slice %116[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
      %transposed_93 = linalg.transpose ins(%arg6 : tensor<192x64xf32>) outs(%8 : tensor<64x192xf32>) permutation = [1, 0] 
      %117 = linalg.matmul ins(%arg14, %transposed_93 : tensor<1x64xf32>, tensor<64x192xf32>) outs(%10 : tensor<1x192xf32>) -> tensor<1x192xf32>
      %118 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%117, %arg8 : tensor<1x192xf32>, tensor<192xf32>) outs(%9 : tensor<1x192xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x192xf32>
      %extracted_slice_94 = tensor.extract_slice %118[0, 0] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
      %extracted_slice_95 = tensor.extract_slice %118[0, 64] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
      %extracted_slice_96 = tensor.extract_slice %118[0, 128] [1, 64] [1, 1] : tensor<1x192xf32> to tensor<1x64xf32>
      %119 = tensor.empty() : tensor<1x64xf32>
      %120 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_94, %extracted_slice_90 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %121 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%120 : tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %out: f32):
        %148 = arith.negf %in : f32
        %149 = math.exp %148 : f32
        %150 = arith.addf %149, %cst_3 : f32
        %151 = arith.divf %cst_3, %150 : f32
        linalg.yield %151 : f32
      } -> tensor<1x64xf32>
      %122 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_95, %extracted_slice_91 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %123 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%122 : tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %out: f32):
        %148 = arith.negf %in : f32
        %149 = math.exp %148 : f32
        %150 = arith.addf %149, %cst_3 : f32
        %151 = arith.divf %cst_3, %150 : f32
        linalg.yield %151 : f32
      } -> tensor<1x64xf32>
      %124 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_96, %121 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.mulf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %125 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_92, %124 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %126 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%125 : tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %out: f32):
        %148 = math.tanh %in : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %127 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg14, %126 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.subf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %128 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%127, %123 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.mulf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %129 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%128, %126 : tensor<1x64xf32>, tensor<1x64xf32>) outs(%119 : tensor<1x64xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x64xf32>
      %130 = tensor.empty() : tensor<64x16xf32>
      %transposed_97 = linalg.transpose ins(%arg9 : tensor<16x64xf32>) outs(%130 : tensor<64x16xf32>) permutation = [1, 0] 
      %131 = tensor.empty() : tensor<1x16xf32>
      %132 = linalg.fill ins(%cst_2 : f32) outs(%131 : tensor<1x16xf32>) -> tensor<1x16xf32>
      %133 = linalg.matmul ins(%129, %transposed_97 : tensor<1x64xf32>, tensor<64x16xf32>) outs(%132 : tensor<1x16xf32>) -> tensor<1x16xf32>
      %134 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel"]} ins(%133, %arg10 : tensor<1x16xf32>, tensor<16xf32>) outs(%131 : tensor<1x16xf32>) {
      ^bb0(%in: f32, %in_100: f32, %out: f32):
        %148 = arith.addf %in, %in_100 : f32
        linalg.yield %148 : f32
      } -> tensor<1x16xf32>
      %135 = tensor.empty() : tensor<1xi64>
      %136 = linalg.fill ins(%c0_i64 : i64) outs(%135 : tensor<1xi64>) -> tensor<1xi64>
      %137 = tensor.empty() : tensor<1xf32>
      %138 = linalg.fill ins(%cst_4 : f32) outs(%137 : tensor<1xf32>) -> tensor<1xf32>
      %139:2 = linalg.generic {indexing_maps = [#map2, #map7, #map7], iterator_types = ["parallel", "reduction"]} ins(%134 : tensor<1x16xf32>) outs(%138, %136 : tensor<1xf32>, tensor<1xi64>) {
      ^bb0(%in: f32, %out: f32, %out_100: i64):
        %148 = linalg.index 1 : index
        %149 = arith.index_cast %148 : index to i64
        %150 = arith.maximumf %in, %out : f32
        %151 = arith.cmpf ogt, %in, %out : f32
        %152 = arith.select %151, %149, %out_100 : i64
        linalg.yield %150, %152 : f32, i64
      } -> (tensor<1xf32>, tensor<1xi64>)
      %140 = tensor.empty() : tensor<i64>
      %141 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = []} ins(%arg12 : tensor<i64>) outs(%140 : tensor<i64>) {
      ^bb0(%in: i64, %out: i64):
        %148 = arith.addi %in, %c1_i64 : i64
        linalg.yield %148 : i64
      } -> tensor<i64>
      %142 = tensor.empty() : tensor<12xi1>
      %143 = linalg.generic {indexing_maps = [#map5, #map8, #map5], iterator_types = ["parallel"]} ins(%109, %arg12 : tensor<12xi64>, tensor<i64>) outs(%142 : tensor<12xi1>) {
      ^bb0(%in: i64, %in_100: i64, %out: i1):
        %148 = arith.cmpi eq, %in, %in_100 : i64
        linalg.yield %148 : i1
      } -> tensor<12xi1>
      %144 = linalg.generic {indexing_maps = [#map5, #map9, #map5, #map5], iterator_types = ["parallel"]} ins(%143, %139#1, %arg15 : tensor<12xi1>, tensor<1xi64>, tensor<12xi64>) outs(%108 : tensor<12xi64>) {
      ^bb0(%in: i1, %in_100: i64, %in_101: i64, %out: i64):
        %148 = arith.select %in, %in_100, %in_101 : i64
        linalg.yield %148 : i64
      } -> tensor<12xi64>
      %145 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = []} ins(%141 : tensor<i64>) outs(%110 : tensor<i1>) {
      ^bb0(%in: i64, %out: i1):
        %148 = arith.cmpi slt, %in, %c12_i64 : i64
        linalg.yield %148 : i1
      } -> tensor<i1>
      %collapsed_98 = tensor.collapse_shape %139#1 [] : tensor<1xi64> into tensor<i64>
      %146 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = []} ins(%collapsed_98 : tensor<i64>) outs(%110 : tensor<i1>) {
      ^bb0(%in: i64, %out: i1):
        %148 = arith.cmpi ne, %in, %c3_i64 : i64
        linalg.yield %148 : i1
      } -> tensor<i1>
      %147 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = []} ins(%145, %146 : tensor<i1>, tensor<i1>) outs(%110 : tensor<i1>) {
      ^bb0(%in: i1, %in_100: i1, %out: i1):
        %148 = arith.andi %in, %in_100 : i1
        linalg.yield %148 : i1
      } -> tensor<i1>
      %extracted_99 = tensor.extract %147[] : tensor<i1>
      scf.yield %extracted_99, %141, %139#1, %129, %144 : i1, tensor<i64>, tensor<1xi64>, tensor<1x64xf32>, tensor<12xi64>
    }
    return %112#3, %112#2 : tensor<12xi64>, tensor<1x64xf32>
  }
}
