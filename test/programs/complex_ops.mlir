// Construct: complex<f32> and complex<f64> tensors, exchanged as NumPy complex64 / complex128: elementwise
// complex.mul / add / div / exp / conj with a complex constant, abs, re and im (f32 results), complex.create
// from two f32 tensors, a complex matmul and a complex row sum.
#id = affine_map<(i, j) -> (i, j)>
func.func @main(%a: tensor<5x7xcomplex<f32>>, %b: tensor<5x7xcomplex<f32>>, %re: tensor<5x7xf32>,
                %im: tensor<5x7xf32>, %m: tensor<7x3xcomplex<f32>>, %d: tensor<5x7xcomplex<f64>>)
    -> (tensor<5x7xcomplex<f32>>, tensor<5x7xf32>, tensor<5x7xf32>, tensor<5x3xcomplex<f32>>, tensor<5xcomplex<f32>>,
        tensor<5x7xcomplex<f64>>) {
  %ce = tensor.empty() : tensor<5x7xcomplex<f32>>
  %fe = tensor.empty() : tensor<5x7xf32>
  %r:3 = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b, %re, %im : tensor<5x7xcomplex<f32>>, tensor<5x7xcomplex<f32>>, tensor<5x7xf32>, tensor<5x7xf32>)
      outs(%ce, %fe, %fe : tensor<5x7xcomplex<f32>>, tensor<5x7xf32>, tensor<5x7xf32>) {
  ^bb0(%x: complex<f32>, %y: complex<f32>, %p: f32, %q: f32, %o: complex<f32>, %o1: f32, %o2: f32):
    %k = complex.constant [0.5 : f32, -0.25 : f32] : complex<f32>
    %made = complex.create %p, %q : complex<f32>
    %prod = complex.mul %x, %y : complex<f32>
    %shift = complex.add %prod, %k : complex<f32>
    %two = complex.constant [2.0 : f32, 1.0 : f32] : complex<f32>
    %quot = complex.div %made, %two : complex<f32>
    %scaled = complex.mul %quot, %k : complex<f32>
    %e = complex.exp %scaled : complex<f32>
    %c = complex.conj %e : complex<f32>
    %sum = complex.add %shift, %c : complex<f32>
    %abs = complex.abs %sum : complex<f32>
    %real = complex.re %sum : complex<f32>
    %imag = complex.im %x : complex<f32>
    %sub = arith.subf %real, %imag : f32
    linalg.yield %sum, %abs, %sub : complex<f32>, f32, f32
  } -> (tensor<5x7xcomplex<f32>>, tensor<5x7xf32>, tensor<5x7xf32>)
  %zero = complex.constant [0.0 : f32, 0.0 : f32] : complex<f32>
  %me = tensor.empty() : tensor<5x3xcomplex<f32>>
  %mz = linalg.fill ins(%zero : complex<f32>) outs(%me : tensor<5x3xcomplex<f32>>) -> tensor<5x3xcomplex<f32>>
  %mm = linalg.matmul ins(%a, %m : tensor<5x7xcomplex<f32>>, tensor<7x3xcomplex<f32>>) outs(%mz : tensor<5x3xcomplex<f32>>)
    -> tensor<5x3xcomplex<f32>>
  %se = tensor.empty() : tensor<5xcomplex<f32>>
  %sz = linalg.fill ins(%zero : complex<f32>) outs(%se : tensor<5xcomplex<f32>>) -> tensor<5xcomplex<f32>>
  %rows = linalg.reduce ins(%b : tensor<5x7xcomplex<f32>>) outs(%sz : tensor<5xcomplex<f32>>) dimensions = [1]
    (%v: complex<f32>, %acc: complex<f32>) {
      %s = complex.add %v, %acc : complex<f32>
      linalg.yield %s : complex<f32>
    }
  %de = tensor.empty() : tensor<5x7xcomplex<f64>>
  %dd = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%d : tensor<5x7xcomplex<f64>>) outs(%de : tensor<5x7xcomplex<f64>>) {
  ^bb0(%x: complex<f64>, %o: complex<f64>):
    %sq = complex.mul %x, %x : complex<f64>
    %l = complex.log %sq : complex<f64>
    linalg.yield %l : complex<f64>
  } -> tensor<5x7xcomplex<f64>>
  return %r#0, %r#1, %r#2, %mm, %rows, %dd : tensor<5x7xcomplex<f32>>, tensor<5x7xf32>, tensor<5x7xf32>,
    tensor<5x3xcomplex<f32>>, tensor<5xcomplex<f32>>, tensor<5x7xcomplex<f64>>
}
