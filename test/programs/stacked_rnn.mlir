// Model: a stacked RNN of 3 layers over 6 steps in one scf.for: h_l <- tanh(in_l @ W_l + h_l @ U_l + b_l), in_0 = x_t and in_l = the
// new h_(l-1); every layer's h is loop-carried and the top layer's outputs are stored with tensor.insert_slice. On the
// device (Grinder) its layers run as a wavefront: layer l of step t + 1 needs layer l of step t and layer l - 1 of step t + 1.
#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @main(%xs: tensor<6x4x8xf32>, %h0: tensor<4x16xf32>, %h1: tensor<4x16xf32>, %h2: tensor<4x16xf32>, %w0: tensor<8x16xf32>, %u0: tensor<16x16xf32>, %b0: tensor<16xf32>,
    %w1: tensor<16x16xf32>, %u1: tensor<16x16xf32>, %b1: tensor<16xf32>, %w2: tensor<16x16xf32>, %u2: tensor<16x16xf32>, %b2: tensor<16xf32>)
    -> (tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<6x4x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c6 = arith.constant 6 : index
  %zero = arith.constant 0.0 : f32
  %ys0 = tensor.empty() : tensor<6x4x16xf32>
  %r:4 = scf.for %t = %c0 to %c6 step %c1 iter_args(%s0 = %h0, %s1 = %h1, %s2 = %h2, %ys = %ys0)
      -> (tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<6x4x16xf32>) {
    %x = tensor.extract_slice %xs[%t, 0, 0] [1, 4, 8] [1, 1, 1] : tensor<6x4x8xf32> to tensor<4x8xf32>
    %e0 = tensor.empty() : tensor<4x16xf32>
    %z0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %p0 = linalg.matmul ins(%x, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%z0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %q0 = linalg.matmul ins(%s0, %u0 : tensor<4x16xf32>, tensor<16x16xf32>) outs(%p0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %n0 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%q0, %b0 : tensor<4x16xf32>, tensor<16xf32>) outs(%e0 : tensor<4x16xf32>) {
    ^bb0(%v: f32, %bv: f32, %o: f32):
      %s = arith.addf %v, %bv : f32
      %th = math.tanh %s : f32
      linalg.yield %th : f32
    } -> tensor<4x16xf32>
    %e1 = tensor.empty() : tensor<4x16xf32>
    %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %p1 = linalg.matmul ins(%n0, %w1 : tensor<4x16xf32>, tensor<16x16xf32>) outs(%z1 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %q1 = linalg.matmul ins(%s1, %u1 : tensor<4x16xf32>, tensor<16x16xf32>) outs(%p1 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %n1 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%q1, %b1 : tensor<4x16xf32>, tensor<16xf32>) outs(%e1 : tensor<4x16xf32>) {
    ^bb0(%v: f32, %bv: f32, %o: f32):
      %s = arith.addf %v, %bv : f32
      %th = math.tanh %s : f32
      linalg.yield %th : f32
    } -> tensor<4x16xf32>
    %e2 = tensor.empty() : tensor<4x16xf32>
    %z2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %p2 = linalg.matmul ins(%n1, %w2 : tensor<4x16xf32>, tensor<16x16xf32>) outs(%z2 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %q2 = linalg.matmul ins(%s2, %u2 : tensor<4x16xf32>, tensor<16x16xf32>) outs(%p2 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %n2 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%q2, %b2 : tensor<4x16xf32>, tensor<16xf32>) outs(%e2 : tensor<4x16xf32>) {
    ^bb0(%v: f32, %bv: f32, %o: f32):
      %s = arith.addf %v, %bv : f32
      %th = math.tanh %s : f32
      linalg.yield %th : f32
    } -> tensor<4x16xf32>
    %ys1 = tensor.insert_slice %n2 into %ys[%t, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<4x16xf32> into tensor<6x4x16xf32>
    scf.yield %n0, %n1, %n2, %ys1 : tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<6x4x16xf32>
  }
  return %r#0, %r#1, %r#2, %r#3 : tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<6x4x16xf32>
}
