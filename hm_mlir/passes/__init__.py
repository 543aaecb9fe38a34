"""Registry of the hm passes: pass name -> lazy factory (module path, class name).

Use from Python:
    from hm_mlir import passes
    passes.create("hm-naive-tiling", "block=64").add_to(pm)   # any upstream PassManager on builtin.module
"""

from __future__ import annotations

from importlib import import_module

from hm_mlir.passes.base import HmPass, PassError, PassOptionError

# name -> "module:Class". One pass per file; the file name is the pass name in snake_case.
REGISTRY: dict[str, str] = {
    "hm-verify": "hm_mlir.passes.verify:Verify",
    "hm-check-static-shapes": "hm_mlir.passes.check_static_shapes:CheckStaticShapes",
    "hm-copy-repeated-results": "hm_mlir.passes.copy_repeated_results:CopyRepeatedResults",
    "hm-rename-reserved-symbols": "hm_mlir.passes.rename_reserved_symbols:RenameReservedSymbols",
    "hm-scalar-results-to-tensors": "hm_mlir.passes.bufferize.scalar_results_to_tensors:ScalarResultsToTensors",
    "hm-naive-tiling": "hm_mlir.passes.rtile.naive_tiling:NaiveTiling",
    "hm-roller-tiling": "hm_mlir.passes.rtile.roller_tiling:RollerTiling",
    "hm-roller-codegen": "hm_mlir.passes.gpu.roller_codegen:RollerCodegen",
    "hm-welder-fusion": "hm_mlir.passes.tilegraph.welder_fusion:WelderFusion",
    "hm-welder-codegen": "hm_mlir.passes.gpu.welder_codegen:WelderCodegen",
    "hm-workgroup-attributions": "hm_mlir.passes.gpu.workgroup_attributions:WorkgroupAttributions",
    "hm-emulate-warp-mma": "hm_mlir.passes.target.emulate_warp_mma:EmulateWarpMma",
    "hm-emulate-warpgroup-mma": "hm_mlir.passes.target.emulate_warpgroup_mma:EmulateWarpgroupMma",
    "hm-tensormap-kernel-args": "hm_mlir.passes.target.tensormap_kernel_args:TensormapKernelArgs",
    "hm-attach-nvvm-target": "hm_mlir.passes.target.attach_nvvm_target:AttachNvvmTarget",
    "hm-extern-dynamic-shared": "hm_mlir.passes.target.extern_dynamic_shared:ExternDynamicShared",
    "hm-loop-pragmas": "hm_mlir.passes.target.loop_pragmas:LoopPragmas",
    "hm-lower-async-copies": "hm_mlir.passes.target.lower_async_copies:LowerAsyncCopies",
    "hm-split-thread-loops": "hm_mlir.passes.target.split_thread_loops:SplitThreadLoops",
    "hm-erase-stage-ir": "hm_mlir.passes.erase_stage_ir:EraseStageIR",
    "hm-mark-args-readonly": "hm_mlir.passes.bufferize.mark_args_readonly:MarkArgsReadonly",
    "hm-forward-copies": "hm_mlir.passes.bufferize.forward_copies:ForwardCopies",
    "hm-plan-memory": "hm_mlir.passes.bufferize.plan_memory:PlanMemory",
    "hm-carried-buffers-by-iteration":
        "hm_mlir.passes.bufferize.carried_buffers_by_iteration:CarriedBuffersByIteration",
    "hm-prepare-device-buffers": "hm_mlir.passes.gpu.prepare_device_buffers:PrepareDeviceBuffers",
    "hm-guard-kernel-asserts": "hm_mlir.passes.gpu.guard_kernel_asserts:GuardKernelAsserts",
    "hm-wrap-serial-host-loops": "hm_mlir.passes.gpu.wrap_serial_host_loops:WrapSerialHostLoops",
    "hm-copy-host-reads": "hm_mlir.passes.gpu.copy_host_reads:CopyHostReads",
    "hm-tag-loop-configs": "hm_mlir.passes.gpu.tag_loop_configs:TagLoopConfigs",
    "hm-parallel-loops-first": "hm_mlir.passes.rtile.parallel_loops_first:ParallelLoopsFirst",
    "hm-fill-per-destination": "hm_mlir.passes.rtile.fill_per_destination:FillPerDestination",
    "hm-fold-zero-sized": "hm_mlir.passes.rtile.fold_zero_sized:FoldZeroSized",
    "hm-static-casts": "hm_mlir.passes.rtile.static_casts:StaticCasts",
    "hm-tile-parallel-loops": "hm_mlir.passes.gpu.tile_parallel_loops:TileParallelLoops",
    "hm-merge-gpu-modules": "hm_mlir.passes.gpu.merge_gpu_modules:MergeGpuModules",
    "hm-count-device-events": "hm_mlir.passes.target.count_device_events:CountDeviceEvents",
    "hm-count-block-traffic": "hm_mlir.passes.target.count_block_traffic:CountBlockTraffic",
    "hm-check-lowered": "hm_mlir.passes.target.check_lowered:CheckLowered",
    "hm-widen-i1-memrefs": "hm_mlir.passes.target.widen_i1_memrefs:WidenI1Memrefs",
    "hm-check-divisors": "hm_mlir.passes.target.check_divisors:CheckDivisors",
    "hm-rammer-schedule": "hm_mlir.passes.rtask.rammer_schedule:RammerSchedule",
    "hm-grinder-loops": "hm_mlir.passes.utask.grinder_loops:GrinderLoops",
    "hm-rammer-cpu-program": "hm_mlir.passes.rtask.rammer_cpu_program:RammerCpuProgram",
    "hm-rammer-gpu-program": "hm_mlir.passes.rtask.rammer_gpu_program:RammerGpuProgram",
    "hm-rammer-launch-bounds": "hm_mlir.passes.rtask.rammer_launch_bounds:RammerLaunchBounds",
    "hm-rammer-task-functions": "hm_mlir.passes.rtask.rammer_task_functions:RammerTaskFunctions",
    "hm-empty-per-use": "hm_mlir.passes.bufferize.empty_per_use:EmptyPerUse",
}

__all__ = ["HmPass", "PassError", "PassOptionError", "REGISTRY", "get", "create", "is_hm_pass"]


def is_hm_pass(name: str) -> bool:
    return name in REGISTRY


def get(name: str) -> type[HmPass]:
    """The pass class registered under `name` (raises KeyError with the known names otherwise)."""
    if name not in REGISTRY:
        raise KeyError(f"unknown hm pass '{name}' (known: {', '.join(sorted(REGISTRY))})")
    module, cls = REGISTRY[name].split(":")
    return getattr(import_module(module), cls)


def create(name: str, options: str = "") -> HmPass:
    """An instance of pass `name` configured from MLIR option text, e.g. create("hm-naive-tiling", "block=64")."""
    return get(name).from_options(options)


def help_text() -> str:
    """`hm-opt --help`'s list of the hm passes and their options, from the pass classes (imports every pass:
    hm-opt prints the copy in hm_mlir.passes.catalog, kept equal to this by a test)."""
    lines = []
    for name in sorted(REGISTRY):
        lines.extend(get(name).help_lines())
    return "\n".join(lines)
