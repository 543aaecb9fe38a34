// The zoo's LSTM (examples/zoo/lstm.py) over 40 steps, for bench/compile_scaling.py;
// written by `python bench/compile_scaling.py --export`.
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @main(%arg0: tensor<256x32xf32>, %arg1: tensor<256x64xf32>, %arg2: tensor<256xf32>, %arg3: tensor<256xf32>, %arg4: tensor<8x64xf32>, %arg5: tensor<8xf32>, %arg6: tensor<2x40x32xf32>) -> tensor<2x40x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x64xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x2x64xf32>
    %0 = tensor.empty() : tensor<40x2x32xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<2x40x32xf32>) outs(%0 : tensor<40x2x32xf32>) permutation = [1, 0, 2] 
    %1 = tensor.empty() : tensor<32x256xf32>
    %transposed_3 = linalg.transpose ins(%arg0 : tensor<256x32xf32>) outs(%1 : tensor<32x256xf32>) permutation = [1, 0] 
    %2 = tensor.empty() : tensor<40x32x256xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_3 : tensor<32x256xf32>) outs(%2 : tensor<40x32x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<40x32x256xf32>
    %4 = tensor.empty() : tensor<40x2x256xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<40x2x256xf32>) -> tensor<40x2x256xf32>
    %6 = linalg.batch_matmul ins(%transposed, %3 : tensor<40x2x32xf32>, tensor<40x32x256xf32>) outs(%5 : tensor<40x2x256xf32>) -> tensor<40x2x256xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg2 : tensor<40x2x256xf32>, tensor<256xf32>) outs(%4 : tensor<40x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<40x2x256xf32>
    %extracted_slice = tensor.extract_slice %7[0, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_4 = tensor.extract_slice %7[1, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_5 = tensor.extract_slice %7[2, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_6 = tensor.extract_slice %7[3, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_7 = tensor.extract_slice %7[4, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_8 = tensor.extract_slice %7[5, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_9 = tensor.extract_slice %7[6, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_10 = tensor.extract_slice %7[7, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_11 = tensor.extract_slice %7[8, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_12 = tensor.extract_slice %7[9, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_13 = tensor.extract_slice %7[10, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_14 = tensor.extract_slice %7[11, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_15 = tensor.extract_slice %7[12, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_16 = tensor.extract_slice %7[13, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_17 = tensor.extract_slice %7[14, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_18 = tensor.extract_slice %7[15, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_19 = tensor.extract_slice %7[16, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_20 = tensor.extract_slice %7[17, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_21 = tensor.extract_slice %7[18, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_22 = tensor.extract_slice %7[19, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_23 = tensor.extract_slice %7[20, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_24 = tensor.extract_slice %7[21, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_25 = tensor.extract_slice %7[22, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_26 = tensor.extract_slice %7[23, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_27 = tensor.extract_slice %7[24, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_28 = tensor.extract_slice %7[25, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_29 = tensor.extract_slice %7[26, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_30 = tensor.extract_slice %7[27, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_31 = tensor.extract_slice %7[28, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_32 = tensor.extract_slice %7[29, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_33 = tensor.extract_slice %7[30, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_34 = tensor.extract_slice %7[31, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_35 = tensor.extract_slice %7[32, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_36 = tensor.extract_slice %7[33, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_37 = tensor.extract_slice %7[34, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_38 = tensor.extract_slice %7[35, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_39 = tensor.extract_slice %7[36, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_40 = tensor.extract_slice %7[37, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_41 = tensor.extract_slice %7[38, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %extracted_slice_42 = tensor.extract_slice %7[39, 0, 0] [1, 2, 256] [1, 1, 1] : tensor<40x2x256xf32> to tensor<1x2x256xf32>
    %collapsed = tensor.collapse_shape %extracted_slice [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_43 = tensor.collapse_shape %extracted_slice_4 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_44 = tensor.collapse_shape %extracted_slice_5 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_45 = tensor.collapse_shape %extracted_slice_6 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_46 = tensor.collapse_shape %extracted_slice_7 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_47 = tensor.collapse_shape %extracted_slice_8 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_48 = tensor.collapse_shape %extracted_slice_9 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_49 = tensor.collapse_shape %extracted_slice_10 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_50 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_51 = tensor.collapse_shape %extracted_slice_12 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_52 = tensor.collapse_shape %extracted_slice_13 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_53 = tensor.collapse_shape %extracted_slice_14 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_54 = tensor.collapse_shape %extracted_slice_15 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_55 = tensor.collapse_shape %extracted_slice_16 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_56 = tensor.collapse_shape %extracted_slice_17 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_57 = tensor.collapse_shape %extracted_slice_18 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_58 = tensor.collapse_shape %extracted_slice_19 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_59 = tensor.collapse_shape %extracted_slice_20 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_60 = tensor.collapse_shape %extracted_slice_21 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_61 = tensor.collapse_shape %extracted_slice_22 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_62 = tensor.collapse_shape %extracted_slice_23 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_63 = tensor.collapse_shape %extracted_slice_24 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_64 = tensor.collapse_shape %extracted_slice_25 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_65 = tensor.collapse_shape %extracted_slice_26 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_66 = tensor.collapse_shape %extracted_slice_27 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_67 = tensor.collapse_shape %extracted_slice_28 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_68 = tensor.collapse_shape %extracted_slice_29 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_69 = tensor.collapse_shape %extracted_slice_30 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_70 = tensor.collapse_shape %extracted_slice_31 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_71 = tensor.collapse_shape %extracted_slice_32 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_72 = tensor.collapse_shape %extracted_slice_33 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_73 = tensor.collapse_shape %extracted_slice_34 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_74 = tensor.collapse_shape %extracted_slice_35 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_75 = tensor.collapse_shape %extracted_slice_36 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_76 = tensor.collapse_shape %extracted_slice_37 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_77 = tensor.collapse_shape %extracted_slice_38 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_78 = tensor.collapse_shape %extracted_slice_39 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_79 = tensor.collapse_shape %extracted_slice_40 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_80 = tensor.collapse_shape %extracted_slice_41 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %collapsed_81 = tensor.collapse_shape %extracted_slice_42 [[0, 1], [2]] : tensor<1x2x256xf32> into tensor<2x256xf32>
    %8 = tensor.empty() : tensor<64x256xf32>
    %transposed_82 = linalg.transpose ins(%arg1 : tensor<256x64xf32>) outs(%8 : tensor<64x256xf32>) permutation = [1, 0] 
    %9 = tensor.empty() : tensor<2x256xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %11 = linalg.matmul ins(%cst_1, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %12 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%11, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded = tensor.expand_shape %12 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %13 = tensor.empty() : tensor<1x2x256xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %collapsed : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_83 = tensor.extract_slice %14[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_84 = tensor.extract_slice %14[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_85 = tensor.extract_slice %14[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_86 = tensor.extract_slice %14[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %15 = tensor.empty() : tensor<1x2x64xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_83 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_84 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_85 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_86 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %cst_2 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %18 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %21 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %23 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_87 = tensor.collapse_shape %24 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %25 = linalg.matmul ins(%collapsed_87, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%25, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_88 = tensor.expand_shape %26 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88, %collapsed_43 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_89 = tensor.extract_slice %27[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_90 = tensor.extract_slice %27[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_91 = tensor.extract_slice %27[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_92 = tensor.extract_slice %27[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_89 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_90 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_91 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_92 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %22 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %33 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %35 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_93 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %37 = linalg.matmul ins(%collapsed_93, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %38 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%37, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_94 = tensor.expand_shape %38 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_94, %collapsed_44 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_95 = tensor.extract_slice %39[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_96 = tensor.extract_slice %39[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_97 = tensor.extract_slice %39[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_98 = tensor.extract_slice %39[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_95 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_96 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_97 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_98 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %34 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %42 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %45 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %47 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_99 = tensor.collapse_shape %48 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %49 = linalg.matmul ins(%collapsed_99, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %50 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%49, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_100 = tensor.expand_shape %50 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_100, %collapsed_45 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_101 = tensor.extract_slice %51[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_102 = tensor.extract_slice %51[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_103 = tensor.extract_slice %51[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_104 = tensor.extract_slice %51[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_101 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_102 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_103 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_104 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53, %46 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %54 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %57 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %59 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_105 = tensor.collapse_shape %60 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %61 = linalg.matmul ins(%collapsed_105, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%61, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_106 = tensor.expand_shape %62 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_106, %collapsed_46 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_107 = tensor.extract_slice %63[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_108 = tensor.extract_slice %63[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_109 = tensor.extract_slice %63[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_110 = tensor.extract_slice %63[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_107 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_108 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_109 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_110 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %58 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %66 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %69 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %71 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_111 = tensor.collapse_shape %72 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %73 = linalg.matmul ins(%collapsed_111, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%73, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_112 = tensor.expand_shape %74 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_112, %collapsed_47 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_113 = tensor.extract_slice %75[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_114 = tensor.extract_slice %75[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_115 = tensor.extract_slice %75[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_116 = tensor.extract_slice %75[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_113 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_114 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_115 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_116 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %70 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %78 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %81 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %83 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_117 = tensor.collapse_shape %84 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %85 = linalg.matmul ins(%collapsed_117, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%85, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_118 = tensor.expand_shape %86 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_118, %collapsed_48 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_119 = tensor.extract_slice %87[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_120 = tensor.extract_slice %87[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_121 = tensor.extract_slice %87[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_122 = tensor.extract_slice %87[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_119 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_120 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_121 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_122 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %82 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %90 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %93 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %95 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_123 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %97 = linalg.matmul ins(%collapsed_123, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%97, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_124 = tensor.expand_shape %98 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_124, %collapsed_49 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_125 = tensor.extract_slice %99[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_126 = tensor.extract_slice %99[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_127 = tensor.extract_slice %99[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_128 = tensor.extract_slice %99[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_125 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_126 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_127 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_128 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %94 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %102 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %105 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %107 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_129 = tensor.collapse_shape %108 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %109 = linalg.matmul ins(%collapsed_129, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%109, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_130 = tensor.expand_shape %110 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_130, %collapsed_50 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_131 = tensor.extract_slice %111[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_132 = tensor.extract_slice %111[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_133 = tensor.extract_slice %111[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_134 = tensor.extract_slice %111[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_131 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_132 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_133 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_134 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %106 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %114 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %117 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %119 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_135 = tensor.collapse_shape %120 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %121 = linalg.matmul ins(%collapsed_135, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%121, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_136 = tensor.expand_shape %122 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_136, %collapsed_51 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_137 = tensor.extract_slice %123[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_138 = tensor.extract_slice %123[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_139 = tensor.extract_slice %123[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_140 = tensor.extract_slice %123[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_137 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_138 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_139 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_140 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %118 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %126 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %129 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %131 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_141 = tensor.collapse_shape %132 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %133 = linalg.matmul ins(%collapsed_141, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%133, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_142 = tensor.expand_shape %134 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_142, %collapsed_52 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_143 = tensor.extract_slice %135[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_144 = tensor.extract_slice %135[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_145 = tensor.extract_slice %135[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_146 = tensor.extract_slice %135[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_143 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_144 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_145 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_146 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %130 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %138 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %141 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %143 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_147 = tensor.collapse_shape %144 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %145 = linalg.matmul ins(%collapsed_147, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%145, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_148 = tensor.expand_shape %146 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_148, %collapsed_53 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_149 = tensor.extract_slice %147[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_150 = tensor.extract_slice %147[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_151 = tensor.extract_slice %147[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_152 = tensor.extract_slice %147[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_149 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_150 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_151 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_152 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %142 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %150 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %153 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %155 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_153 = tensor.collapse_shape %156 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %157 = linalg.matmul ins(%collapsed_153, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%157, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_154 = tensor.expand_shape %158 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_154, %collapsed_54 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_155 = tensor.extract_slice %159[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_156 = tensor.extract_slice %159[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_157 = tensor.extract_slice %159[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_158 = tensor.extract_slice %159[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_155 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_156 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_157 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_158 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %154 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %162 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %165 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %167 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_159 = tensor.collapse_shape %168 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %169 = linalg.matmul ins(%collapsed_159, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%169, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_160 = tensor.expand_shape %170 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_160, %collapsed_55 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_161 = tensor.extract_slice %171[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_162 = tensor.extract_slice %171[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_163 = tensor.extract_slice %171[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_164 = tensor.extract_slice %171[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_161 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_162 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_163 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_164 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %166 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %177 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %174 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %177 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %179 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_165 = tensor.collapse_shape %180 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %181 = linalg.matmul ins(%collapsed_165, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%181, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_166 = tensor.expand_shape %182 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_166, %collapsed_56 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_167 = tensor.extract_slice %183[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_168 = tensor.extract_slice %183[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_169 = tensor.extract_slice %183[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_170 = tensor.extract_slice %183[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_167 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %185 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_168 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_169 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_170 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185, %178 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184, %186 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %189 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %191 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_171 = tensor.collapse_shape %192 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %193 = linalg.matmul ins(%collapsed_171, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %194 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%193, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_172 = tensor.expand_shape %194 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_172, %collapsed_57 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_173 = tensor.extract_slice %195[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_174 = tensor.extract_slice %195[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_175 = tensor.extract_slice %195[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_176 = tensor.extract_slice %195[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_173 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_174 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_175 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_176 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %190 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %198 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %201 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199, %203 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_177 = tensor.collapse_shape %204 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %205 = linalg.matmul ins(%collapsed_177, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %206 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%205, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_178 = tensor.expand_shape %206 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_178, %collapsed_58 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_179 = tensor.extract_slice %207[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_180 = tensor.extract_slice %207[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_181 = tensor.extract_slice %207[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_182 = tensor.extract_slice %207[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %208 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_179 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_180 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_181 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_182 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209, %202 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %213 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %210 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212, %213 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %216 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %215 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_183 = tensor.collapse_shape %216 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %217 = linalg.matmul ins(%collapsed_183, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %218 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%217, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_184 = tensor.expand_shape %218 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %219 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_184, %collapsed_59 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_185 = tensor.extract_slice %219[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_186 = tensor.extract_slice %219[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_187 = tensor.extract_slice %219[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_188 = tensor.extract_slice %219[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_185 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %221 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_186 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %222 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_187 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %223 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_188 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %214 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%220, %222 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %225 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %227 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %227 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_189 = tensor.collapse_shape %228 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %229 = linalg.matmul ins(%collapsed_189, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %230 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%229, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_190 = tensor.expand_shape %230 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %231 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_190, %collapsed_60 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_191 = tensor.extract_slice %231[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_192 = tensor.extract_slice %231[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_193 = tensor.extract_slice %231[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_194 = tensor.extract_slice %231[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %232 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_191 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %233 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_192 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %234 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_193 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_194 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233, %226 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %234 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %237 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235, %239 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_195 = tensor.collapse_shape %240 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %241 = linalg.matmul ins(%collapsed_195, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %242 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%241, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_196 = tensor.expand_shape %242 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_196, %collapsed_61 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_197 = tensor.extract_slice %243[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_198 = tensor.extract_slice %243[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_199 = tensor.extract_slice %243[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_200 = tensor.extract_slice %243[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_197 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_198 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_199 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_200 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %248 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %238 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %246 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %250 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %249 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %252 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %251 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_201 = tensor.collapse_shape %252 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %253 = linalg.matmul ins(%collapsed_201, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %254 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%253, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_202 = tensor.expand_shape %254 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %255 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_202, %collapsed_62 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_203 = tensor.extract_slice %255[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_204 = tensor.extract_slice %255[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_205 = tensor.extract_slice %255[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_206 = tensor.extract_slice %255[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %256 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_203 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %257 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_204 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_205 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %259 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_206 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257, %250 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %261 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256, %258 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260, %261 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %263 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_207 = tensor.collapse_shape %264 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %265 = linalg.matmul ins(%collapsed_207, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %266 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%265, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_208 = tensor.expand_shape %266 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_208, %collapsed_63 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_209 = tensor.extract_slice %267[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_210 = tensor.extract_slice %267[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_211 = tensor.extract_slice %267[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_212 = tensor.extract_slice %267[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_209 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %269 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_210 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_211 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %271 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_212 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269, %262 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %273 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268, %270 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272, %273 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %276 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271, %275 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_213 = tensor.collapse_shape %276 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %277 = linalg.matmul ins(%collapsed_213, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %278 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%277, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_214 = tensor.expand_shape %278 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %279 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_214, %collapsed_64 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_215 = tensor.extract_slice %279[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_216 = tensor.extract_slice %279[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_217 = tensor.extract_slice %279[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_218 = tensor.extract_slice %279[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_215 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %281 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_216 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %282 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_217 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_218 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %284 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281, %274 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280, %282 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %285 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %288 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%283, %287 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_219 = tensor.collapse_shape %288 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %289 = linalg.matmul ins(%collapsed_219, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %290 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%289, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_220 = tensor.expand_shape %290 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %291 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_220, %collapsed_65 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_221 = tensor.extract_slice %291[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_222 = tensor.extract_slice %291[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_223 = tensor.extract_slice %291[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_224 = tensor.extract_slice %291[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %292 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_221 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_222 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %294 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_223 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %295 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_224 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %296 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293, %286 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %297 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%292, %294 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %298 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%296, %297 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %299 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%298 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %300 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%295, %299 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_225 = tensor.collapse_shape %300 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %301 = linalg.matmul ins(%collapsed_225, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %302 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%301, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_226 = tensor.expand_shape %302 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %303 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_226, %collapsed_66 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_227 = tensor.extract_slice %303[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_228 = tensor.extract_slice %303[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_229 = tensor.extract_slice %303[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_230 = tensor.extract_slice %303[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %304 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_227 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %305 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_228 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %306 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_229 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %307 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_230 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %308 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%305, %298 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %309 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%304, %306 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %310 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308, %309 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %311 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%310 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %312 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%307, %311 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_231 = tensor.collapse_shape %312 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %313 = linalg.matmul ins(%collapsed_231, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %314 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%313, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_232 = tensor.expand_shape %314 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %315 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_232, %collapsed_67 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_233 = tensor.extract_slice %315[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_234 = tensor.extract_slice %315[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_235 = tensor.extract_slice %315[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_236 = tensor.extract_slice %315[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %316 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_233 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %317 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_234 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %318 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_235 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %319 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_236 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %320 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%317, %310 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %321 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%316, %318 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %322 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%320, %321 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %323 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%322 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %324 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%319, %323 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_237 = tensor.collapse_shape %324 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %325 = linalg.matmul ins(%collapsed_237, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %326 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%325, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_238 = tensor.expand_shape %326 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %327 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_238, %collapsed_68 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_239 = tensor.extract_slice %327[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_240 = tensor.extract_slice %327[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_241 = tensor.extract_slice %327[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_242 = tensor.extract_slice %327[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %328 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_239 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %329 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_240 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %330 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_241 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %331 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_242 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %332 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%329, %322 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %333 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%328, %330 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %334 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%332, %333 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %335 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%334 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %336 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%331, %335 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_243 = tensor.collapse_shape %336 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %337 = linalg.matmul ins(%collapsed_243, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %338 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%337, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_244 = tensor.expand_shape %338 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %339 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_244, %collapsed_69 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_245 = tensor.extract_slice %339[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_246 = tensor.extract_slice %339[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_247 = tensor.extract_slice %339[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_248 = tensor.extract_slice %339[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %340 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_245 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %341 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_246 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %342 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_247 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %343 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_248 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %344 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%341, %334 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %345 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%340, %342 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %346 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%344, %345 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %347 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%346 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %348 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%343, %347 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_249 = tensor.collapse_shape %348 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %349 = linalg.matmul ins(%collapsed_249, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %350 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%349, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_250 = tensor.expand_shape %350 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %351 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_250, %collapsed_70 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_251 = tensor.extract_slice %351[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_252 = tensor.extract_slice %351[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_253 = tensor.extract_slice %351[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_254 = tensor.extract_slice %351[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %352 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_251 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %353 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_252 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %354 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_253 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %355 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_254 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %356 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%353, %346 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %357 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%352, %354 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %358 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%356, %357 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %359 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%358 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %360 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%355, %359 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_255 = tensor.collapse_shape %360 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %361 = linalg.matmul ins(%collapsed_255, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %362 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%361, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_256 = tensor.expand_shape %362 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %363 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_256, %collapsed_71 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_257 = tensor.extract_slice %363[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_258 = tensor.extract_slice %363[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_259 = tensor.extract_slice %363[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_260 = tensor.extract_slice %363[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %364 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_257 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %365 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_258 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %366 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_259 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %367 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_260 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %368 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%365, %358 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %369 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%364, %366 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %370 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%368, %369 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %371 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%370 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %372 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%367, %371 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_261 = tensor.collapse_shape %372 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %373 = linalg.matmul ins(%collapsed_261, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %374 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%373, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_262 = tensor.expand_shape %374 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %375 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_262, %collapsed_72 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_263 = tensor.extract_slice %375[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_264 = tensor.extract_slice %375[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_265 = tensor.extract_slice %375[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_266 = tensor.extract_slice %375[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %376 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_263 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %377 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_264 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %378 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_265 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %379 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_266 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %380 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%377, %370 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %381 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%376, %378 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %382 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%380, %381 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %383 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%382 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %384 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%379, %383 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_267 = tensor.collapse_shape %384 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %385 = linalg.matmul ins(%collapsed_267, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %386 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%385, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_268 = tensor.expand_shape %386 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %387 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_268, %collapsed_73 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_269 = tensor.extract_slice %387[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_270 = tensor.extract_slice %387[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_271 = tensor.extract_slice %387[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_272 = tensor.extract_slice %387[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %388 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_269 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %389 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_270 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %390 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_271 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %391 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_272 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %392 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%389, %382 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %393 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%388, %390 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %394 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%392, %393 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %395 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%394 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %396 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%391, %395 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_273 = tensor.collapse_shape %396 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %397 = linalg.matmul ins(%collapsed_273, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %398 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%397, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_274 = tensor.expand_shape %398 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %399 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_274, %collapsed_74 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_275 = tensor.extract_slice %399[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_276 = tensor.extract_slice %399[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_277 = tensor.extract_slice %399[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_278 = tensor.extract_slice %399[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %400 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_275 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %401 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_276 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %402 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_277 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %403 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_278 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %404 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%401, %394 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %405 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%400, %402 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %406 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%404, %405 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %407 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%406 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %408 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%403, %407 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_279 = tensor.collapse_shape %408 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %409 = linalg.matmul ins(%collapsed_279, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %410 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%409, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_280 = tensor.expand_shape %410 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %411 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_280, %collapsed_75 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_281 = tensor.extract_slice %411[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_282 = tensor.extract_slice %411[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_283 = tensor.extract_slice %411[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_284 = tensor.extract_slice %411[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %412 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_281 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %413 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_282 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %414 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_283 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %415 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_284 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %416 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%413, %406 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %417 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%412, %414 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %418 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%416, %417 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %419 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%418 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %420 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%415, %419 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_285 = tensor.collapse_shape %420 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %421 = linalg.matmul ins(%collapsed_285, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %422 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%421, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_286 = tensor.expand_shape %422 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %423 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_286, %collapsed_76 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_287 = tensor.extract_slice %423[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_288 = tensor.extract_slice %423[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_289 = tensor.extract_slice %423[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_290 = tensor.extract_slice %423[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %424 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_287 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %425 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_288 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %426 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_289 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %427 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_290 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %428 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%425, %418 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %429 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%424, %426 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %430 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%428, %429 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %431 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%430 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %432 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%427, %431 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_291 = tensor.collapse_shape %432 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %433 = linalg.matmul ins(%collapsed_291, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %434 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%433, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_292 = tensor.expand_shape %434 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %435 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_292, %collapsed_77 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_293 = tensor.extract_slice %435[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_294 = tensor.extract_slice %435[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_295 = tensor.extract_slice %435[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_296 = tensor.extract_slice %435[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %436 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_293 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %437 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_294 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %438 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_295 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %439 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_296 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %440 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%437, %430 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %441 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%436, %438 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %442 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%440, %441 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %443 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%442 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %444 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%439, %443 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_297 = tensor.collapse_shape %444 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %445 = linalg.matmul ins(%collapsed_297, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %446 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%445, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_298 = tensor.expand_shape %446 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %447 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_298, %collapsed_78 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_299 = tensor.extract_slice %447[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_300 = tensor.extract_slice %447[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_301 = tensor.extract_slice %447[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_302 = tensor.extract_slice %447[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %448 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_299 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %449 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_300 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %450 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_301 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %451 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_302 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %452 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%449, %442 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %453 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%448, %450 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %454 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%452, %453 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %455 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%454 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %456 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%451, %455 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_303 = tensor.collapse_shape %456 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %457 = linalg.matmul ins(%collapsed_303, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %458 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%457, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_304 = tensor.expand_shape %458 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %459 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_304, %collapsed_79 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_305 = tensor.extract_slice %459[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_306 = tensor.extract_slice %459[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_307 = tensor.extract_slice %459[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_308 = tensor.extract_slice %459[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %460 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_305 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %461 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_306 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %462 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_307 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %463 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_308 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %464 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%461, %454 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %465 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%460, %462 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %466 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%464, %465 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %467 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%466 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %468 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%463, %467 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_309 = tensor.collapse_shape %468 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %469 = linalg.matmul ins(%collapsed_309, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %470 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%469, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_310 = tensor.expand_shape %470 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %471 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_310, %collapsed_80 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_311 = tensor.extract_slice %471[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_312 = tensor.extract_slice %471[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_313 = tensor.extract_slice %471[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_314 = tensor.extract_slice %471[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %472 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_311 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %473 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_312 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %474 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_313 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %475 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_314 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %476 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%473, %466 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %477 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%472, %474 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %478 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%476, %477 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %479 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%478 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %480 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%475, %479 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %collapsed_315 = tensor.collapse_shape %480 [[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
    %481 = linalg.matmul ins(%collapsed_315, %transposed_82 : tensor<2x64xf32>, tensor<64x256xf32>) outs(%10 : tensor<2x256xf32>) -> tensor<2x256xf32>
    %482 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%481, %arg3 : tensor<2x256xf32>, tensor<256xf32>) outs(%9 : tensor<2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x256xf32>
    %expanded_316 = tensor.expand_shape %482 [[0, 1], [2]] output_shape [1, 2, 256] : tensor<2x256xf32> into tensor<1x2x256xf32>
    %483 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_316, %collapsed_81 : tensor<1x2x256xf32>, tensor<2x256xf32>) outs(%13 : tensor<1x2x256xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x256xf32>
    %extracted_slice_317 = tensor.extract_slice %483[0, 0, 0] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_318 = tensor.extract_slice %483[0, 0, 64] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_319 = tensor.extract_slice %483[0, 0, 128] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %extracted_slice_320 = tensor.extract_slice %483[0, 0, 192] [1, 2, 64] [1, 1, 1] : tensor<1x2x256xf32> to tensor<1x2x64xf32>
    %484 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_317 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %485 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_318 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %486 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_319 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %487 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_320 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = arith.negf %in : f32
      %502 = math.exp %501 : f32
      %503 = arith.addf %502, %cst_0 : f32
      %504 = arith.divf %cst_0, %503 : f32
      linalg.yield %504 : f32
    } -> tensor<1x2x64xf32>
    %488 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%485, %478 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %489 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%484, %486 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %490 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%488, %489 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %491 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%490 : tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %501 = math.tanh %in : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %492 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%487, %491 : tensor<1x2x64xf32>, tensor<1x2x64xf32>) outs(%15 : tensor<1x2x64xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.mulf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<1x2x64xf32>
    %concat = tensor.concat dim(0) %24, %36, %48, %60, %72, %84, %96, %108, %120, %132, %144, %156, %168, %180, %192, %204, %216, %228, %240, %252, %264, %276, %288, %300, %312, %324, %336, %348, %360, %372, %384, %396, %408, %420, %432, %444, %456, %468, %480, %492 : (tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>) -> tensor<40x2x64xf32>
    %493 = tensor.empty() : tensor<2x40x64xf32>
    %transposed_321 = linalg.transpose ins(%concat : tensor<40x2x64xf32>) outs(%493 : tensor<2x40x64xf32>) permutation = [1, 0, 2] 
    %494 = tensor.empty() : tensor<64x8xf32>
    %transposed_322 = linalg.transpose ins(%arg4 : tensor<8x64xf32>) outs(%494 : tensor<64x8xf32>) permutation = [1, 0] 
    %495 = tensor.empty() : tensor<2x64x8xf32>
    %496 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_322 : tensor<64x8xf32>) outs(%495 : tensor<2x64x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x8xf32>
    %497 = tensor.empty() : tensor<2x40x8xf32>
    %498 = linalg.fill ins(%cst : f32) outs(%497 : tensor<2x40x8xf32>) -> tensor<2x40x8xf32>
    %499 = linalg.batch_matmul ins(%transposed_321, %496 : tensor<2x40x64xf32>, tensor<2x64x8xf32>) outs(%498 : tensor<2x40x8xf32>) -> tensor<2x40x8xf32>
    %500 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%499, %arg5 : tensor<2x40x8xf32>, tensor<8xf32>) outs(%497 : tensor<2x40x8xf32>) {
    ^bb0(%in: f32, %in_323: f32, %out: f32):
      %501 = arith.addf %in, %in_323 : f32
      linalg.yield %501 : f32
    } -> tensor<2x40x8xf32>
    return %500 : tensor<2x40x8xf32>
  }
}
