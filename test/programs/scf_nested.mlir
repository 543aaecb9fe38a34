// Construct: nested scf.for with tensor and f32 iter_args, scf.if yielding a scalar inside the loop, tensor.extract/tensor.insert per element, and a stepped scf.for (1 to 13 step 4) with scf.if yielding tensors.
#id1 = affine_map<(d0) -> (d0)>
func.func @main(%x: tensor<7x13xf32>) -> (tensor<7x13xf32>, tensor<7xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %c13 = arith.constant 13 : index
  %zero = arith.constant 0.0 : f32
  %half = arith.constant 0.5 : f32
  %two = arith.constant 2.0 : f32
  %e = tensor.empty() : tensor<7x13xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<7x13xf32>) -> tensor<7x13xf32>
  // out[i, j] = run, where run <- (x[i, j] > 0 ? run + x[i, j] : run * 0.5), run = 0 at each row start
  %r = scf.for %i = %c0 to %c7 step %c1 iter_args(%acc = %init) -> (tensor<7x13xf32>) {
    %in:2 = scf.for %j = %c0 to %c13 step %c1 iter_args(%a = %acc, %run = %zero) -> (tensor<7x13xf32>, f32) {
      %v = tensor.extract %x[%i, %j] : tensor<7x13xf32>
      %pos = arith.cmpf ogt, %v, %zero : f32
      %run2 = scf.if %pos -> (f32) {
        %s = arith.addf %run, %v : f32
        scf.yield %s : f32
      } else {
        %s = arith.mulf %run, %half : f32
        scf.yield %s : f32
      }
      %a2 = tensor.insert %run2 into %a[%i, %j] : tensor<7x13xf32>
      scf.yield %a2, %run2 : tensor<7x13xf32>, f32
    }
    scf.yield %in#0 : tensor<7x13xf32>
  }
  // t = sum over k in {1, 5, 9} of (k > 4 ? 2 * x[:, k] : x[:, k])
  %e7 = tensor.empty() : tensor<7xf32>
  %t0 = linalg.fill ins(%zero : f32) outs(%e7 : tensor<7xf32>) -> tensor<7xf32>
  %t = scf.for %k = %c1 to %c13 step %c4 iter_args(%acc = %t0) -> (tensor<7xf32>) {
    %col = tensor.extract_slice %x[0, %k] [7, 1] [1, 1] : tensor<7x13xf32> to tensor<7xf32>
    %big = arith.cmpi ugt, %k, %c4 : index
    %cc = scf.if %big -> (tensor<7xf32>) {
      %d = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
          ins(%col : tensor<7xf32>) outs(%e7 : tensor<7xf32>) {
      ^bb0(%v: f32, %o: f32):
        %m = arith.mulf %v, %two : f32
        linalg.yield %m : f32
      } -> tensor<7xf32>
      scf.yield %d : tensor<7xf32>
    } else {
      scf.yield %col : tensor<7xf32>
    }
    %s = linalg.generic {indexing_maps = [#id1, #id1, #id1], iterator_types = ["parallel"]}
        ins(%acc, %cc : tensor<7xf32>, tensor<7xf32>) outs(%e7 : tensor<7xf32>) {
    ^bb0(%u: f32, %v: f32, %o: f32):
      %m = arith.addf %u, %v : f32
      linalg.yield %m : f32
    } -> tensor<7xf32>
    scf.yield %s : tensor<7xf32>
  }
  return %r, %t : tensor<7x13xf32>, tensor<7xf32>
}
