// The zoo's LSTM (examples/zoo/lstm.py) over 10 steps, for bench/compile_scaling.py;
// written by `python bench/compile_scaling.py --export`.
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @main(%arg0: tensor<256x32xf32>, %arg1: tensor<256x64xf32>, %arg2: tensor<256xf32>, %arg3: tensor<256xf32>, %arg4: tensor<8x64xf32>, %arg5: tensor<8xf32>, %arg6: tensor<2x10x32xf32>) -> tensor<2x10x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x64xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x2x64xf32>
    %0 = tensor.empty() : tensor<10x2x32xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<2x10x32xf32>) outs(%0 : tensor<10x2x32xf32>) permutation = [1, 0, 2] 
    %1 = tensor.empty() : tensor<32x256xf32>
    %transposed_3 = linalg.transpose ins(%arg0 : tensor<256x32xf32>) outs(%1 : tensor<32x256xf32>) permutation = [1, 0] 
    %2 = tensor.empty() : tensor<10x32x256xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_3 : tensor<32x256xf32>) outs(%2 : tensor<10x32x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<10x32x256xf32>
    %4 = tensor.empty() : tensor<10x2x256xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<10x2x256xf32>) -> tensor<10x2x256xf32>
    %6 = linalg.batch_matmul ins(%transposed, %3 : tensor<10x2x32xf32>, tensor<10x32x256xf32>) outs(%5 : tensor<10x2x256xf32>) -> tensor<10x2x256xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg2 : tensor<10x2x256xf32>, tensor<256xf32>) outs(%4 : tensor<10x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<10x2x256xf32>
    %extracted_slice = tensor.extract_slice %7[0, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_4 = tensor.extract_slice %7[1, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_5 = tensor.extract_slice %7[2, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_6 = tensor.extract_slice %7[3, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_7 = tensor.extract_slice %7[4, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_8 = tensor.extract_slice %7[5, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_9 = tensor.extract_slice %7[6, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_10 = tensor.extract_slice %7[7, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_11 = tensor.extract_slice %7[8, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_12 = tensor.extract_slice %7[9, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<10x2x256xf32> to tensor<1x2x256xf32>
    %collapsed = tensor.collapse_shape %extracted_slice [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_4 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_14 = tensor.collapse_shape %extracted_slice_5 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_15 = tensor.collapse_shape %extracted_slice_6 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_16 = tensor.collapse_shape %extracted_slice_7 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_8 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_18 = tensor.collapse_shape %extracted_slice_9 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_10 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_20 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_21 = tensor.collapse_shape %extracted_slice_12 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %8 = tensor.empty() : tensor<64x256xf32>
    %transposed_22 = linalg.transpose ins(%arg1 : tensor<256x64xf32>) outs(%8 : tensor<64x256xf32>) permutation = [1, 0] 
    %9 = tensor.empty() : tensor<2x256xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %11 = linalg.matmul ins(%cst_1, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %12 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%11, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded = tensor.expand_shape %12 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %13 = tensor.empty() : tensor<1x2x256xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %collapsed : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_23 = tensor.extract_slice %14[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_24 = tensor.extract_slice %14[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_25 = tensor.extract_slice %14[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_26 = tensor.extract_slice %14[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %15 = tensor.empty() : tensor<1x2x64xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_23 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_26 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %cst_2 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %18 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %21 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %23 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_27 = tensor.collapse_shape %24 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %25 = linalg.matmul ins(%collapsed_27, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%25, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_28 = tensor.expand_shape %26 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28, %collapsed_13 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_29 = tensor.extract_slice %27[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_30 = tensor.extract_slice %27[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_31 = tensor.extract_slice %27[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_32 = tensor.extract_slice %27[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_29 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %22 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %33 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %35 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_33 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %37 = linalg.matmul ins(%collapsed_33, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %38 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%37, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_34 = tensor.expand_shape %38 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %collapsed_14 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_35 = tensor.extract_slice %39[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_36 = tensor.extract_slice %39[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_37 = tensor.extract_slice %39[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_38 = tensor.extract_slice %39[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_35 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_36 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_37 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_38 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %34 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %42 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %45 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %47 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_39 = tensor.collapse_shape %48 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %49 = linalg.matmul ins(%collapsed_39, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %50 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%49, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_40 = tensor.expand_shape %50 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40, %collapsed_15 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_41 = tensor.extract_slice %51[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_42 = tensor.extract_slice %51[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_43 = tensor.extract_slice %51[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_44 = tensor.extract_slice %51[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_41 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_42 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_43 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_44 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53, %46 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %54 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %57 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %59 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_45 = tensor.collapse_shape %60 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %61 = linalg.matmul ins(%collapsed_45, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%61, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_46 = tensor.expand_shape %62 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46, %collapsed_16 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_47 = tensor.extract_slice %63[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_48 = tensor.extract_slice %63[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_49 = tensor.extract_slice %63[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_50 = tensor.extract_slice %63[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_47 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_48 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_49 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_50 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %58 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %66 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %69 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %71 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_51 = tensor.collapse_shape %72 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %73 = linalg.matmul ins(%collapsed_51, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%73, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_52 = tensor.expand_shape %74 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %collapsed_17 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_53 = tensor.extract_slice %75[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_54 = tensor.extract_slice %75[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_55 = tensor.extract_slice %75[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_56 = tensor.extract_slice %75[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_53 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_54 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_55 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_56 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %70 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %78 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %81 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %83 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_57 = tensor.collapse_shape %84 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %85 = linalg.matmul ins(%collapsed_57, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%85, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_58 = tensor.expand_shape %86 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_58, %collapsed_18 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_59 = tensor.extract_slice %87[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_60 = tensor.extract_slice %87[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_61 = tensor.extract_slice %87[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_62 = tensor.extract_slice %87[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_59 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_60 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_61 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_62 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %82 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %90 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %93 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %95 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_63 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %97 = linalg.matmul ins(%collapsed_63, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%97, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_64 = tensor.expand_shape %98 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_64, %collapsed_19 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_65 = tensor.extract_slice %99[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_66 = tensor.extract_slice %99[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_67 = tensor.extract_slice %99[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_68 = tensor.extract_slice %99[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_65 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_66 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_67 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_68 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %94 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %102 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %105 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %107 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_69 = tensor.collapse_shape %108 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %109 = linalg.matmul ins(%collapsed_69, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%109, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_70 = tensor.expand_shape %110 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_70, %collapsed_20 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_71 = tensor.extract_slice %111[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_72 = tensor.extract_slice %111[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_73 = tensor.extract_slice %111[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_74 = tensor.extract_slice %111[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_71 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_72 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_73 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_74 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %106 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %114 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %117 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %119 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_75 = tensor.collapse_shape %120 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %121 = linalg.matmul ins(%collapsed_75, %transposed_22 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%121, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x256xf32>
    %expanded_76 = tensor.expand_shape %122 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_76, %collapsed_21 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_77 = tensor.extract_slice %123[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_78 = tensor.extract_slice %123[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_79 = tensor.extract_slice %123[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_80 = tensor.extract_slice %123[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_77 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_78 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_79 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_80 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.negf %in : f32
      %142 = math.exp %141 : f32
      %143 = arith.addf %142, %cst_0 : f32
      %144 = arith.divf %cst_0, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<1x2x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %118 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %126 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %129 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.tanh %in : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %131 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.mulf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<1x2x64xf32>
    %concat = tensor.concat dim(0) %24, %36, %48, %60, %72, %84, %96, %108, %120, %132 : (tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>) -> tensor<10x2x64xf32>
    %133 = tensor.empty() : tensor<2x10x64xf32>
    %transposed_81 = linalg.transpose ins(%concat : tensor<10x2x64xf32>) outs(%133 : tensor<2x10x64xf32>) permutation = [1, 0, 2] 
    %134 = tensor.empty() : tensor<64x8xf32>
    %transposed_82 = linalg.transpose ins(%arg4 : tensor<8x64xf32>) outs(%134 : tensor<64x8xf32>) permutation = [1, 0] 
    %135 = tensor.empty() : tensor<2x64x8xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_82 : tensor<64x8xf32>) outs(%135 : tensor<2x64x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x8xf32>
    %137 = tensor.empty() : tensor<2x10x8xf32>
    %138 = linalg.fill ins(%cst : f32) outs(%137 : tensor<2x10x8xf32>) -> tensor<2x10x8xf32>
    %139 = linalg.batch_matmul ins(%transposed_81, %136 : tensor<2x10x64xf32>, tensor<2x64x8xf32>) outs(%138 : tensor<2x10x8xf32>) -> tensor<2x10x8xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %arg5 : tensor<2x10x8xf32>, tensor<8xf32>) outs(%137 : tensor<2x10x8xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %141 = arith.addf %in, %in_83 : f32
      linalg.yield %141 : f32
    } -> tensor<2x10x8xf32>
    return %140 : tensor<2x10x8xf32>
  }
}
