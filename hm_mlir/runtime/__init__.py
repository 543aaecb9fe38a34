"""Running compiled modules on NumPy arrays: `hm_mlir.compile(...)` returns an `Executable`."""
