"""hm-prepare-device-buffers: make the host function's buffers device buffers (plain GPU path).

Consumes: bufferized host functions. Produces: memref.alloc/dealloc -> gpu.alloc/dealloc, memref.copy ->
linalg.copy (a kernel), memref.get_global (constants) -> gpu.alloc + gpu.memcpy, so kernels never touch
host malloc memory."""

from __future__ import annotations

from dataclasses import dataclass

from hm_mlir.passes.base import HmPass


@dataclass(frozen=True)
class PrepareDeviceBuffers(HmPass):
    NAME = "hm-prepare-device-buffers"
    SUMMARY = "host allocations and copies become device allocations and copy kernels"

    def run(self, module) -> None:
        from hm_mlir.codegen.upstream_pipelines import prepare_host_buffers_for_gpu

        prepare_host_buffers_for_gpu(module)
