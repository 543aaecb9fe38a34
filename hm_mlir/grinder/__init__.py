"""Grinder (Cocktailer): control flow executed on the device, inside Rammer's persistent kernel (stage utask).

`loops.py` is the policy of device-side loops in plain Python: which kernels of a loop body conflict across
iterations, the waits on the previous iteration's counters that order them, and the check of those waits.
"""
