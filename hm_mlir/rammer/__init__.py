"""Rammer's policy in plain Python: the vDevice, rTasks placed on vEUs in waves, the waits between them, and
the static happens-before check of a schedule. The passes in hm_mlir/passes/rtask/ read the kernels from the
IR, call these and write the rProgram; nothing here imports MLIR."""

# How the cpu target may interleave a program's vEUs (hm_mlir.passes.rtask.rammer_cpu_program), by number.
POLICIES = ("in-order", "random", "reverse", "starve", "ahead")
