#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @main(%arg0: tensor<16x3x3x3xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<16xf32>, %arg5: tensor<16x16x3x3xf32>, %arg6: tensor<16xf32>, %arg7: tensor<16xf32>, %arg8: tensor<16xf32>, %arg9: tensor<16xf32>, %arg10: tensor<16x16x3x3xf32>, %arg11: tensor<16xf32>, %arg12: tensor<16xf32>, %arg13: tensor<16xf32>, %arg14: tensor<16xf32>, %arg15: tensor<32x16x3x3xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32xf32>, %arg20: tensor<32x32x3x3xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32x16x1x1xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<64x32x3x3xf32>, %arg31: tensor<64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64x3x3xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64x32x1x1xf32>, %arg41: tensor<64xf32>, %arg42: tensor<64xf32>, %arg43: tensor<64xf32>, %arg44: tensor<64xf32>, %arg45: tensor<10x64xf32>, %arg46: tensor<10xf32>, %arg47: tensor<1x3x32x32xf32>) -> tensor<1x10xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 1.000000e-05 : f64
    %cst_2 = arith.constant 6.400000e+01 : f32
    %padded = tensor.pad %arg47 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x3x32x32xf32> to tensor<1x3x34x34xf32>
    %0 = tensor.empty() : tensor<1x16x32x32xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x16x32x32xf32>) -> tensor<1x16x32x32xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %arg0 : tensor<1x3x34x34xf32>, tensor<16x3x3x3xf32>) outs(%1 : tensor<1x16x32x32xf32>) -> tensor<1x16x32x32xf32>
    %3 = tensor.empty() : tensor<16xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg4 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<16xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%5 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<16xf32>
    %expanded = tensor.expand_shape %arg3 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_3 = tensor.expand_shape %6 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_3 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %expanded_4 = tensor.expand_shape %arg1 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_4 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %expanded_5 = tensor.expand_shape %arg2 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %expanded_5 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10 : tensor<1x16x32x32xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x16x32x32xf32>
    %padded_6 = tensor.pad %11 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x16x32x32xf32> to tensor<1x16x34x34xf32>
    %12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_6, %arg5 : tensor<1x16x34x34xf32>, tensor<16x16x3x3xf32>) outs(%1 : tensor<1x16x32x32xf32>) -> tensor<1x16x32x32xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg9 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<16xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%13 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<16xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%14 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<16xf32>
    %expanded_7 = tensor.expand_shape %arg8 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_8 = tensor.expand_shape %15 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %expanded_7 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %expanded_8 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %expanded_9 = tensor.expand_shape %arg6 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_9 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %expanded_10 = tensor.expand_shape %arg7 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_10 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19 : tensor<1x16x32x32xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x16x32x32xf32>
    %padded_11 = tensor.pad %20 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x16x32x32xf32> to tensor<1x16x34x34xf32>
    %21 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_11, %arg10 : tensor<1x16x34x34xf32>, tensor<16x16x3x3xf32>) outs(%1 : tensor<1x16x32x32xf32>) -> tensor<1x16x32x32xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg14 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<16xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%22 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%23 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<16xf32>
    %expanded_12 = tensor.expand_shape %arg13 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_13 = tensor.expand_shape %24 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %expanded_12 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %expanded_13 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %expanded_14 = tensor.expand_shape %arg11 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26, %expanded_14 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %expanded_15 = tensor.expand_shape %arg12 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %expanded_15 : tensor<1x16x32x32xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %11 : tensor<1x16x32x32xf32>, tensor<1x16x32x32xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x16x32x32xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29 : tensor<1x16x32x32xf32>) outs(%0 : tensor<1x16x32x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x16x32x32xf32>
    %padded_16 = tensor.pad %30 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x16x32x32xf32> to tensor<1x16x34x34xf32>
    %31 = tensor.empty() : tensor<1x32x16x16xf32>
    %32 = linalg.fill ins(%cst : f32) outs(%31 : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
    %33 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_16, %arg15 : tensor<1x16x34x34xf32>, tensor<32x16x3x3xf32>) outs(%32 : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
    %34 = tensor.empty() : tensor<32xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg19 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<32xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%35 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<32xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%36 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<32xf32>
    %expanded_17 = tensor.expand_shape %arg18 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %expanded_18 = tensor.expand_shape %37 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %expanded_17 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %expanded_18 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %expanded_19 = tensor.expand_shape %arg16 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %expanded_19 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %expanded_20 = tensor.expand_shape %arg17 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %expanded_20 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41 : tensor<1x32x16x16xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x32x16x16xf32>
    %padded_21 = tensor.pad %42 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x32x16x16xf32> to tensor<1x32x18x18xf32>
    %43 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_21, %arg20 : tensor<1x32x18x18xf32>, tensor<32x32x3x3xf32>) outs(%32 : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg24 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<32xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%44 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<32xf32>
    %46 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%45 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<32xf32>
    %expanded_22 = tensor.expand_shape %arg23 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %expanded_23 = tensor.expand_shape %46 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %expanded_22 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %expanded_23 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %expanded_24 = tensor.expand_shape %arg21 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_24 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %expanded_25 = tensor.expand_shape %arg22 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %expanded_25 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %51 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%30, %arg25 : tensor<1x16x32x32xf32>, tensor<32x16x1x1xf32>) outs(%32 : tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg29 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<32xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%52 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<32xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%53 : tensor<32xf32>) outs(%34 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<32xf32>
    %expanded_26 = tensor.expand_shape %arg28 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %expanded_27 = tensor.expand_shape %54 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_26 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %expanded_27 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %expanded_28 = tensor.expand_shape %arg26 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_28 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %expanded_29 = tensor.expand_shape %arg27 [[0, 1, 2]] output_shape [32, 1, 1] : tensor<32xf32> into tensor<32x1x1xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_29 : tensor<1x32x16x16xf32>, tensor<32x1x1xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %58 : tensor<1x32x16x16xf32>, tensor<1x32x16x16xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x32x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<1x32x16x16xf32>) outs(%31 : tensor<1x32x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x32x16x16xf32>
    %padded_30 = tensor.pad %60 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x32x16x16xf32> to tensor<1x32x18x18xf32>
    %61 = tensor.empty() : tensor<1x64x8x8xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%61 : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
    %63 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_30, %arg30 : tensor<1x32x18x18xf32>, tensor<64x32x3x3xf32>) outs(%62 : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
    %64 = tensor.empty() : tensor<64xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg34 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<64xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%65 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%66 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<64xf32>
    %expanded_31 = tensor.expand_shape %arg33 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %expanded_32 = tensor.expand_shape %67 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_31 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %expanded_32 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %expanded_33 = tensor.expand_shape %arg31 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_33 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %expanded_34 = tensor.expand_shape %arg32 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_34 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<1x64x8x8xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x64x8x8xf32>
    %padded_35 = tensor.pad %72 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg48: index, %arg49: index, %arg50: index, %arg51: index):
      tensor.yield %cst : f32
    } : tensor<1x64x8x8xf32> to tensor<1x64x10x10xf32>
    %73 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_35, %arg35 : tensor<1x64x10x10xf32>, tensor<64x64x3x3xf32>) outs(%62 : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg39 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<64xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%74 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<64xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%75 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<64xf32>
    %expanded_36 = tensor.expand_shape %arg38 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %expanded_37 = tensor.expand_shape %76 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %expanded_36 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %expanded_37 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %expanded_38 = tensor.expand_shape %arg36 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %expanded_38 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %expanded_39 = tensor.expand_shape %arg37 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %expanded_39 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %81 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%60, %arg40 : tensor<1x32x16x16xf32>, tensor<64x32x1x1xf32>) outs(%62 : tensor<1x64x8x8xf32>) -> tensor<1x64x8x8xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg44 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.truncf %cst_1 : f64 to f32
      %101 = arith.addf %in, %100 : f32
      linalg.yield %101 : f32
    } -> tensor<64xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%82 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = math.sqrt %in : f32
      linalg.yield %100 : f32
    } -> tensor<64xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%83 : tensor<64xf32>) outs(%64 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf one, %in, %cst : f32
      cf.assert %100, "unimplemented: tensor with zero element"
      %101 = arith.divf %cst_0, %in : f32
      linalg.yield %101 : f32
    } -> tensor<64xf32>
    %expanded_40 = tensor.expand_shape %arg43 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %expanded_41 = tensor.expand_shape %84 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %expanded_40 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.subf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %expanded_41 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %expanded_42 = tensor.expand_shape %arg41 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %expanded_42 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.mulf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %expanded_43 = tensor.expand_shape %arg42 [[0, 1, 2]] output_shape [64, 1, 1] : tensor<64xf32> into tensor<64x1x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87, %expanded_43 : tensor<1x64x8x8xf32>, tensor<64x1x1xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %88 : tensor<1x64x8x8xf32>, tensor<1x64x8x8xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x8x8xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<1x64x8x8xf32>) outs(%61 : tensor<1x64x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.cmpf ugt, %in, %cst : f32
      %101 = arith.select %100, %in, %cst : f32
      linalg.yield %101 : f32
    } -> tensor<1x64x8x8xf32>
    %91 = tensor.empty() : tensor<1x64x1x1xf32>
    %92 = linalg.fill ins(%cst : f32) outs(%91 : tensor<1x64x1x1xf32>) -> tensor<1x64x1x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%90 : tensor<1x64x8x8xf32>) outs(%92 : tensor<1x64x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.addf %in, %out : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x1x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93 : tensor<1x64x1x1xf32>) outs(%91 : tensor<1x64x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %100 = arith.divf %in, %cst_2 : f32
      linalg.yield %100 : f32
    } -> tensor<1x64x1x1xf32>
    %collapsed = tensor.collapse_shape %94 [[0], [1, 2, 3]] : tensor<1x64x1x1xf32> into tensor<1x64xf32>
    %95 = tensor.empty() : tensor<64x10xf32>
    %transposed = linalg.transpose ins(%arg45 : tensor<10x64xf32>) outs(%95 : tensor<64x10xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<1x10xf32>
    %97 = linalg.fill ins(%cst : f32) outs(%96 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %98 = linalg.matmul ins(%collapsed, %transposed : tensor<1x64xf32>, tensor<64x10xf32>) outs(%97 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%98, %arg46 : tensor<1x10xf32>, tensor<10xf32>) outs(%96 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %100 = arith.addf %in, %in_44 : f32
      linalg.yield %100 : f32
    } -> tensor<1x10xf32>
    return %99 : tensor<1x10xf32>
  }
}
