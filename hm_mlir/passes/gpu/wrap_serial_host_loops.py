"""hm-wrap-serial-host-loops: give loop nests without parallel loops a one-thread kernel.

Consumes: host functions after convert-linalg-to-parallel-loops. Produces: each top-level scf.for nest that
came from a linalg op without a parallel loop (a full reduction, a 0-d fill) wrapped in a 1x1 scf.parallel,
so it becomes a (serial) kernel instead of a host loop over device memory."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class WrapSerialHostLoops(HmPass):
    NAME = "hm-wrap-serial-host-loops"
    SUMMARY = "run loop nests without a parallel loop as one-thread kernels"

    def run(self, module) -> None:
        from hm_mlir.codegen.upstream_pipelines import wrap_serial_host_loops

        wrap_serial_host_loops(module)
