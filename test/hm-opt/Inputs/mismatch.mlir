func.func @f() -> i32 {
  // expected-error@+1 {{wrong text}}
  return
}
