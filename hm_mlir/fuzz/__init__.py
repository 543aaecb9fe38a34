"""Differential fuzzing: random valid programs (generate), their MLIR (to_mlir) and NumPy (to_numpy) forms,
one compile-run-compare check (check), a crash-isolating batch runner (batch) and a reducer (reduce)."""
