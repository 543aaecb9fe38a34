// The zoo's LSTM (examples/zoo/lstm.py) over 20 steps, for bench/compile_scaling.py;
// written by `python bench/compile_scaling.py --export`.
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @main(%arg0: tensor<256x32xf32>, %arg1: tensor<256x64xf32>, %arg2: tensor<256xf32>, %arg3: tensor<256xf32>, %arg4: tensor<8x64xf32>, %arg5: tensor<8xf32>, %arg6: tensor<2x20x32xf32>) -> tensor<2x20x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x64xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x2x64xf32>
    %0 = tensor.empty() : tensor<20x2x32xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<2x20x32xf32>) outs(%0 : tensor<20x2x32xf32>) permutation = [1, 0, 2] 
    %1 = tensor.empty() : tensor<32x256xf32>
    %transposed_3 = linalg.transpose ins(%arg0 : tensor<256x32xf32>) outs(%1 : tensor<32x256xf32>) permutation = [1, 0] 
    %2 = tensor.empty() : tensor<20x32x256xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_3 : tensor<32x256xf32>) outs(%2 : tensor<20x32x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<20x32x256xf32>
    %4 = tensor.empty() : tensor<20x2x256xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<20x2x256xf32>) -> tensor<20x2x256xf32>
    %6 = linalg.batch_matmul ins(%transposed, %3 : tensor<20x2x32xf32>, tensor<20x32x256xf32>) outs(%5 : tensor<20x2x256xf32>) -> tensor<20x2x256xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg2 : tensor<20x2x256xf32>, tensor<256xf32>) outs(%4 : tensor<20x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<20x2x256xf32>
    %extracted_slice = tensor.extract_slice %7[0, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_4 = tensor.extract_slice %7[1, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_5 = tensor.extract_slice %7[2, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_6 = tensor.extract_slice %7[3, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_7 = tensor.extract_slice %7[4, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_8 = tensor.extract_slice %7[5, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_9 = tensor.extract_slice %7[6, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_10 = tensor.extract_slice %7[7, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_11 = tensor.extract_slice %7[8, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_12 = tensor.extract_slice %7[9, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_13 = tensor.extract_slice %7[10, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_14 = tensor.extract_slice %7[11, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_15 = tensor.extract_slice %7[12, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_16 = tensor.extract_slice %7[13, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_17 = tensor.extract_slice %7[14, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_18 = tensor.extract_slice %7[15, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_19 = tensor.extract_slice %7[16, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_20 = tensor.extract_slice %7[17, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_21 = tensor.extract_slice %7[18, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_22 = tensor.extract_slice %7[19, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<20x2x256xf32> to tensor<1x2x256xf32>
    %collapsed = tensor.collapse_shape %extracted_slice [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_4 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_24 = tensor.collapse_shape %extracted_slice_5 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_6 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_26 = tensor.collapse_shape %extracted_slice_7 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_27 = tensor.collapse_shape %extracted_slice_8 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_28 = tensor.collapse_shape %extracted_slice_9 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_29 = tensor.collapse_shape %extracted_slice_10 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_30 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_12 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_32 = tensor.collapse_shape %extracted_slice_13 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_33 = tensor.collapse_shape %extracted_slice_14 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_34 = tensor.collapse_shape %extracted_slice_15 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_35 = tensor.collapse_shape %extracted_slice_16 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_36 = tensor.collapse_shape %extracted_slice_17 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_18 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_38 = tensor.collapse_shape %extracted_slice_19 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_39 = tensor.collapse_shape %extracted_slice_20 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_40 = tensor.collapse_shape %extracted_slice_21 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_22 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %8 = tensor.empty() : tensor<64x256xf32>
    %transposed_42 = linalg.transpose ins(%arg1 : tensor<256x64xf32>) outs(%8 : tensor<64x256xf32>) permutation = [1, 0] 
    %9 = tensor.empty() : tensor<2x256xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %11 = linalg.matmul ins(%cst_1, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %12 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%11, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded = tensor.expand_shape %12 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %13 = tensor.empty() : tensor<1x2x256xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %collapsed : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_43 = tensor.extract_slice %14[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_44 = tensor.extract_slice %14[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_45 = tensor.extract_slice %14[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_46 = tensor.extract_slice %14[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %15 = tensor.empty() : tensor<1x2x64xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_43 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_44 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_45 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_46 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %cst_2 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %18 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %21 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %23 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_47 = tensor.collapse_shape %24 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %25 = linalg.matmul ins(%collapsed_47, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%25, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_48 = tensor.expand_shape %26 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48, %collapsed_23 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_49 = tensor.extract_slice %27[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_50 = tensor.extract_slice %27[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_51 = tensor.extract_slice %27[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_52 = tensor.extract_slice %27[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_49 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_50 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_51 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_52 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %22 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %33 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %35 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_53 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %37 = linalg.matmul ins(%collapsed_53, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %38 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%37, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_54 = tensor.expand_shape %38 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54, %collapsed_24 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_55 = tensor.extract_slice %39[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_56 = tensor.extract_slice %39[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_57 = tensor.extract_slice %39[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_58 = tensor.extract_slice %39[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_55 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_56 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_57 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_58 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %34 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %42 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %45 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %47 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_59 = tensor.collapse_shape %48 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %49 = linalg.matmul ins(%collapsed_59, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %50 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%49, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_60 = tensor.expand_shape %50 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_60, %collapsed_25 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_61 = tensor.extract_slice %51[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_62 = tensor.extract_slice %51[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_63 = tensor.extract_slice %51[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_64 = tensor.extract_slice %51[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_61 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_62 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_63 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_64 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53, %46 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %54 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %57 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %59 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_65 = tensor.collapse_shape %60 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %61 = linalg.matmul ins(%collapsed_65, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%61, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_66 = tensor.expand_shape %62 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_66, %collapsed_26 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_67 = tensor.extract_slice %63[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_68 = tensor.extract_slice %63[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_69 = tensor.extract_slice %63[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_70 = tensor.extract_slice %63[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_67 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_68 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_69 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_70 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %58 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %66 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %69 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %71 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_71 = tensor.collapse_shape %72 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %73 = linalg.matmul ins(%collapsed_71, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%73, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_72 = tensor.expand_shape %74 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_72, %collapsed_27 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_73 = tensor.extract_slice %75[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_74 = tensor.extract_slice %75[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_75 = tensor.extract_slice %75[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_76 = tensor.extract_slice %75[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_73 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_74 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_75 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_76 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %70 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %78 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %81 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %83 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_77 = tensor.collapse_shape %84 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %85 = linalg.matmul ins(%collapsed_77, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%85, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_78 = tensor.expand_shape %86 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_78, %collapsed_28 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_79 = tensor.extract_slice %87[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_80 = tensor.extract_slice %87[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_81 = tensor.extract_slice %87[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_82 = tensor.extract_slice %87[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_79 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_80 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_81 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_82 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %82 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %90 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %93 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %95 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_83 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %97 = linalg.matmul ins(%collapsed_83, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%97, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_84 = tensor.expand_shape %98 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_84, %collapsed_29 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_85 = tensor.extract_slice %99[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_86 = tensor.extract_slice %99[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_87 = tensor.extract_slice %99[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_88 = tensor.extract_slice %99[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_85 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_86 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_87 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_88 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %94 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %102 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %105 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %107 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_89 = tensor.collapse_shape %108 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %109 = linalg.matmul ins(%collapsed_89, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%109, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_90 = tensor.expand_shape %110 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_90, %collapsed_30 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_91 = tensor.extract_slice %111[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_92 = tensor.extract_slice %111[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_93 = tensor.extract_slice %111[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_94 = tensor.extract_slice %111[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_91 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_92 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_93 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_94 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %106 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %114 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %117 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %119 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_95 = tensor.collapse_shape %120 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %121 = linalg.matmul ins(%collapsed_95, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%121, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_96 = tensor.expand_shape %122 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_96, %collapsed_31 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_97 = tensor.extract_slice %123[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_98 = tensor.extract_slice %123[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_99 = tensor.extract_slice %123[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_100 = tensor.extract_slice %123[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_97 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_98 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_99 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_100 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %118 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %126 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %129 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %131 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_101 = tensor.collapse_shape %132 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %133 = linalg.matmul ins(%collapsed_101, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%133, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_102 = tensor.expand_shape %134 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_102, %collapsed_32 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_103 = tensor.extract_slice %135[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_104 = tensor.extract_slice %135[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_105 = tensor.extract_slice %135[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_106 = tensor.extract_slice %135[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_103 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_104 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_105 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_106 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %130 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %138 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %141 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %143 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_107 = tensor.collapse_shape %144 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %145 = linalg.matmul ins(%collapsed_107, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%145, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_108 = tensor.expand_shape %146 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_108, %collapsed_33 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_109 = tensor.extract_slice %147[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_110 = tensor.extract_slice %147[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_111 = tensor.extract_slice %147[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_112 = tensor.extract_slice %147[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_109 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_110 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_111 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_112 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %142 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %150 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %153 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %155 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_113 = tensor.collapse_shape %156 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %157 = linalg.matmul ins(%collapsed_113, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%157, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_114 = tensor.expand_shape %158 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_114, %collapsed_34 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_115 = tensor.extract_slice %159[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_116 = tensor.extract_slice %159[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_117 = tensor.extract_slice %159[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_118 = tensor.extract_slice %159[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_115 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_116 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_117 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_118 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %154 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %162 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %165 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %167 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_119 = tensor.collapse_shape %168 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %169 = linalg.matmul ins(%collapsed_119, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%169, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_120 = tensor.expand_shape %170 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_120, %collapsed_35 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_121 = tensor.extract_slice %171[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_122 = tensor.extract_slice %171[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_123 = tensor.extract_slice %171[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_124 = tensor.extract_slice %171[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_121 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_122 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_123 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_124 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %166 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %177 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %174 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %177 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %179 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_125 = tensor.collapse_shape %180 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %181 = linalg.matmul ins(%collapsed_125, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%181, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_126 = tensor.expand_shape %182 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_126, %collapsed_36 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_127 = tensor.extract_slice %183[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_128 = tensor.extract_slice %183[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_129 = tensor.extract_slice %183[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_130 = tensor.extract_slice %183[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_127 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %185 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_128 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_129 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_130 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185, %178 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184, %186 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %189 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %191 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_131 = tensor.collapse_shape %192 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %193 = linalg.matmul ins(%collapsed_131, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %194 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%193, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_132 = tensor.expand_shape %194 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_132, %collapsed_37 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_133 = tensor.extract_slice %195[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_134 = tensor.extract_slice %195[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_135 = tensor.extract_slice %195[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_136 = tensor.extract_slice %195[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_133 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_134 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_135 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_136 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %190 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %198 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %201 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199, %203 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_137 = tensor.collapse_shape %204 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %205 = linalg.matmul ins(%collapsed_137, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %206 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%205, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_138 = tensor.expand_shape %206 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_138, %collapsed_38 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_139 = tensor.extract_slice %207[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_140 = tensor.extract_slice %207[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_141 = tensor.extract_slice %207[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_142 = tensor.extract_slice %207[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %208 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_139 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_140 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_141 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_142 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209, %202 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %213 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %210 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212, %213 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %216 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %215 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_143 = tensor.collapse_shape %216 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %217 = linalg.matmul ins(%collapsed_143, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %218 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%217, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_144 = tensor.expand_shape %218 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %219 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_144, %collapsed_39 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_145 = tensor.extract_slice %219[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_146 = tensor.extract_slice %219[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_147 = tensor.extract_slice %219[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_148 = tensor.extract_slice %219[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_145 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %221 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_146 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %222 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_147 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %223 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_148 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %214 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%220, %222 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %225 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %227 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %227 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_149 = tensor.collapse_shape %228 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %229 = linalg.matmul ins(%collapsed_149, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %230 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%229, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_150 = tensor.expand_shape %230 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %231 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_150, %collapsed_40 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_151 = tensor.extract_slice %231[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_152 = tensor.extract_slice %231[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_153 = tensor.extract_slice %231[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_154 = tensor.extract_slice %231[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %232 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_151 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %233 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_152 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %234 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_153 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_154 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233, %226 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %234 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %237 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235, %239 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_155 = tensor.collapse_shape %240 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %241 = linalg.matmul ins(%collapsed_155, %transposed_42 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %242 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%241, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x256xf32>
    %expanded_156 = tensor.expand_shape %242 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_156, %collapsed_41 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_157 = tensor.extract_slice %243[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_158 = tensor.extract_slice %243[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_159 = tensor.extract_slice %243[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_160 = tensor.extract_slice %243[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_157 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_158 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_159 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_160 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = arith.negf %in : f32
      %262 = math.exp %261 : f32
      %263 = arith.addf %262, %cst_0 : f32
      %264 = arith.divf %cst_0, %263 : f32
      linalg.yield %264 : f32
    } -> tensor<1x2x64xf32>
    %248 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %238 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %246 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %250 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %249 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %261 = math.tanh %in : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %252 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %251 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.mulf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<1x2x64xf32>
    %concat = tensor.concat dim(0) %24, %36, %48, %60, %72, %84, %96, %108, %120, %132, %144, %156, %168, %180, %192, %204, %216, %228, %240, %252 : (tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>) -> tensor<20x2x64xf32>
    %253 = tensor.empty() : tensor<2x20x64xf32>
    %transposed_161 = linalg.transpose ins(%concat : tensor<20x2x64xf32>) outs(%253 : tensor<2x20x64xf32>) permutation = [1, 0, 2] 
    %254 = tensor.empty() : tensor<64x8xf32>
    %transposed_162 = linalg.transpose ins(%arg4 : tensor<8x64xf32>) outs(%254 : tensor<64x8xf32>) permutation = [1, 0] 
    %255 = tensor.empty() : tensor<2x64x8xf32>
    %256 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_162 : tensor<64x8xf32>) outs(%255 : tensor<2x64x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x8xf32>
    %257 = tensor.empty() : tensor<2x20x8xf32>
    %258 = linalg.fill ins(%cst : f32) outs(%257 : tensor<2x20x8xf32>) -> tensor<2x20x8xf32>
    %259 = linalg.batch_matmul ins(%transposed_161, %256 : tensor<2x20x64xf32>, tensor<2x64x8xf32>) outs(%258 : tensor<2x20x8xf32>) -> tensor<2x20x8xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %arg5 : tensor<2x20x8xf32>, tensor<8xf32>) outs(%257 : tensor<2x20x8xf32>) {
    ^bb0(%in: f32, %in_163: f32, %out: f32):
      %261 = arith.addf %in, %in_163 : f32
      linalg.yield %261 : f32
    } -> tensor<2x20x8xf32>
    return %260 : tensor<2x20x8xf32>
  }
}
