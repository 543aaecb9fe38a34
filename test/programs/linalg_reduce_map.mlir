// Construct: linalg.map (binary and unary bodies) and linalg.reduce (sum over dims [0, 2], a 1-D max to 0-d, and a variadic 2-input/2-init reduce over dim [2]).
func.func @main(%a: tensor<13x37x7xf32>, %b: tensor<13x37x7xf32>, %v: tensor<91xf32>)
    -> (tensor<13x37x7xf32>, tensor<37xf32>, tensor<f32>, tensor<13x37xf32>, tensor<13x37xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<13x37x7xf32>
  %m = linalg.map ins(%a, %b : tensor<13x37x7xf32>, tensor<13x37x7xf32>) outs(%e : tensor<13x37x7xf32>)
    (%x: f32, %y: f32, %o: f32) {
      %p = arith.mulf %x, %y : f32
      %s = arith.subf %p, %x : f32
      linalg.yield %s : f32
    }
  %m2 = linalg.map ins(%m : tensor<13x37x7xf32>) outs(%e : tensor<13x37x7xf32>)
    (%x: f32, %o: f32) {
      %t = math.tanh %x : f32
      linalg.yield %t : f32
    }
  %er = tensor.empty() : tensor<37xf32>
  %z = linalg.fill ins(%zero : f32) outs(%er : tensor<37xf32>) -> tensor<37xf32>
  %r = linalg.reduce ins(%m2 : tensor<13x37x7xf32>) outs(%z : tensor<37xf32>) dimensions = [0, 2]
    (%x: f32, %acc: f32) {
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
    }
  %e0 = tensor.empty() : tensor<f32>
  %mi = linalg.fill ins(%ninf : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %mx = linalg.reduce ins(%v : tensor<91xf32>) outs(%mi : tensor<f32>) dimensions = [0]
    (%x: f32, %acc: f32) {
      %s = arith.maximumf %x, %acc : f32
      linalg.yield %s : f32
    }
  %e2 = tensor.empty() : tensor<13x37xf32>
  %z2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<13x37xf32>) -> tensor<13x37xf32>
  %m3 = linalg.fill ins(%ninf : f32) outs(%e2 : tensor<13x37xf32>) -> tensor<13x37xf32>
  %vr:2 = linalg.reduce ins(%m2, %b : tensor<13x37x7xf32>, tensor<13x37x7xf32>) outs(%z2, %m3 : tensor<13x37xf32>, tensor<13x37xf32>) dimensions = [2]
    (%x: f32, %y: f32, %acc: f32, %accm: f32) {
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %p, %acc : f32
      %mm = arith.maximumf %y, %accm : f32
      linalg.yield %s, %mm : f32, f32
    }
  return %m2, %r, %mx, %vr#0, %vr#1 : tensor<13x37x7xf32>, tensor<37xf32>, tensor<f32>, tensor<13x37xf32>, tensor<13x37xf32>
}
