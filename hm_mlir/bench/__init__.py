"""hm-bench: measurements and reports (see hm_mlir.tools.hm_bench)."""
