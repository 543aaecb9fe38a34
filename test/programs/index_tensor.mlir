// Construct: tensor<...xindex>: an index tensor input used as a gather (tensor.extract inside a linalg.generic body), an index tensor result from linalg.index, and a row argmax (index result) as a two-result reduction.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%idx: tensor<13xindex>, %table: tensor<37x53xf32>) -> (tensor<13x53xf32>, tensor<7x11xindex>, tensor<37xindex>) {
  %eg = tensor.empty() : tensor<13x53xf32>
  %g = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%idx : tensor<13xindex>) outs(%eg : tensor<13x53xf32>) {
  ^bb0(%r: index, %o: f32):
    %j = linalg.index 1 : index
    %v = tensor.extract %table[%r, %j] : tensor<37x53xf32>
    linalg.yield %v : f32
  } -> tensor<13x53xf32>
  %ei = tensor.empty() : tensor<7x11xindex>
  %io = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%ei : tensor<7x11xindex>) {
  ^bb0(%o: index):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c11 = arith.constant 11 : index
    %a = arith.muli %i, %c11 : index
    %s = arith.addi %a, %j : index
    linalg.yield %s : index
  } -> tensor<7x11xindex>
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %em = tensor.empty() : tensor<37xf32>
  %ea = tensor.empty() : tensor<37xindex>
  %m0 = linalg.fill ins(%ninf : f32) outs(%em : tensor<37xf32>) -> tensor<37xf32>
  %a0 = linalg.fill ins(%c0 : index) outs(%ea : tensor<37xindex>) -> tensor<37xindex>
  %am:2 = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%table : tensor<37x53xf32>) outs(%m0, %a0 : tensor<37xf32>, tensor<37xindex>) {
  ^bb0(%v: f32, %m: f32, %a: index):
    %j = linalg.index 1 : index
    %gt = arith.cmpf ogt, %v, %m : f32
    %nm = arith.select %gt, %v, %m : f32
    %na = arith.select %gt, %j, %a : index
    linalg.yield %nm, %na : f32, index
  } -> (tensor<37xf32>, tensor<37xindex>)
  return %g, %io, %am#1 : tensor<13x53xf32>, tensor<7x11xindex>, tensor<37xindex>
}
