"""The compile pipeline as an ordered table of stages (Triton's habit): each stage is a list of steps.

linalg/scf on tensors -> rtile (Roller) -> tilegraph (Welder) -> bufferize -> rtask (Rammer)
-> utask (Grinder) -> gpu -> target (nvvm | ptx | cubin, or cpu)

A stage that is built but off leaves the IR unchanged (no Welder: one kernel per operator; no Rammer: one
launch per kernel; no Grinder: control flow stays on the host). A stage that is not built yet is a usage
error naming it. `build_steps(options)` gives the steps up to `options.stop_after` or the target.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hm_mlir import passes
from hm_mlir.pipeline_text import Step, split_top_level

STAGE_ORDER = ("rtile", "tilegraph", "bufferize", "rtask", "utask", "gpu")
TARGETS = ("gpu", "nvvm", "ptx", "cubin", "cpu")
CHIPS = ("sm_90", "sm_80")
POLICIES = ("naive", "roller")
# --check-bounds: upstream's checks of memref indices, subviews and shapes (cf.assert, its message naming the
# op's location); the cpu target's cf.assert prints it and aborts, the GPU's calls __assertfail.
RUNTIME_CHECKS = "generate-runtime-verification{verbose-level=0}"
# Roller's construction (--roller-policy=roller) lands with the Roller issue.
ROLLER_POLICY_BUILT = True


@dataclass(frozen=True)
class Stage:
    name: str
    technique: str  # the paper it implements ("" for upstream plumbing)
    flag: str  # the hm-opt flag that turns it on ("" if always on)
    built: bool


STAGES: dict[str, Stage] = {
    "rtile": Stage("rtile", "Roller", "--roller", built=True),
    "tilegraph": Stage("tilegraph", "Welder", "--welder", built=True),
    "bufferize": Stage("bufferize", "", "", built=True),
    "rtask": Stage("rtask", "Rammer", "--rammer", built=True),
    "utask": Stage("utask", "Grinder", "--grinder", built=True),
    "gpu": Stage("gpu", "", "", built=True),
}


def built_flag_combinations() -> list[dict]:
    """Every distinct combination of the built stage flags and tiling policies, as CompileOptions keywords (what
    the fuzzer and the benchmarks sweep; it grows as stages land)."""
    from itertools import product

    policies = [p for p in POLICIES if p != "roller" or ROLLER_POLICY_BUILT]
    flags = [flag for flag, stage in (("welder", "tilegraph"), ("rammer", "rtask"), ("grinder", "utask"))
             if STAGES[stage].built]
    combos = [{"roller_policy": policy, **dict(zip(flags, bits, strict=True))}
              for policy in policies for bits in product((False, True), repeat=len(flags))]
    # Grinder implies Rammer: grinder without rammer compiles as grinder with it
    return [combo for combo in combos if not (combo.get("grinder") and not combo.get("rammer"))]


class OptionsError(ValueError):
    """Options that cannot be compiled (a command-line problem, exit 2)."""


def not_built(stage: str, what: str) -> OptionsError:
    info = STAGES[stage]
    return OptionsError(f"{what}: the {info.technique} stage ({stage}) is not built yet in this version of hm-mlir")


@dataclass(frozen=True)
class CompileOptions:
    """Everything that selects the compile pipeline; validated by `check()`."""

    target: str = "nvvm"
    chip: str | None = None  # PTX target; default: the device's chip, or sm_90
    roller_policy: str = "roller"
    roller_top_k: int = 8  # candidates Roller keeps per operator (visible at --stop-after=rtile)
    roller_choose: int = 0  # which candidate to compile (0: the model's best; tests compile every one)
    roller_measure: bool = False  # time the top-K on the run target (cpu for target cpu, else cuda), keep the best
    welder: bool = False
    rammer: bool = False
    grinder: bool = False
    stop_after: str | None = None
    device: str | None = None  # hardware description; default: the chip's device (sm_90 -> h100), all targets
    opt_level: int = 2
    verify_each: bool = False  # run the stage dialects' Python verifier after every step, not only per stage
    count_events: bool = False  # CPU target: count launches, host syncs and kernel bytes as it runs (hm-bench)
    count_traffic: bool = False  # CPU target: count the distinct bytes each block of a Roller kernel touches
    check_bounds: bool = False  # run-time checks of indices and integer divisors, reported with their location
    rammer_epoch_start: int = 0  # GPU targets: the launch epoch Rammer's counters start at (wrap-around checks)
    rammer_dispatch: str = "auto"  # static (per-vEU tables), queue (event-driven) or auto (the model's choice)
    grinder_host: tuple = ()  # functions whose loops Grinder keeps on the host

    def __post_init__(self) -> None:
        if self.grinder and not self.rammer:  # Grinder's loops run inside Rammer's persistent programs
            object.__setattr__(self, "rammer", True)

    def check(self) -> None:
        if self.target not in TARGETS:
            raise OptionsError(f"unknown target '{self.target}' (choose from {', '.join(TARGETS)})")
        if self.chip is not None and self.chip not in CHIPS:
            raise OptionsError(f"unsupported chip '{self.chip}' (choose from {', '.join(CHIPS)})")
        self._check_device()
        if self.count_events and self.target != "cpu":
            raise OptionsError("count_events (hm-count-device-events) instruments the CPU target only")
        if self.count_traffic and self.target != "cpu":
            raise OptionsError("count_traffic (hm-count-block-traffic) instruments the CPU target only")
        if self.roller_policy not in POLICIES:
            raise OptionsError(f"unknown tiling policy '{self.roller_policy}' (choose from {', '.join(POLICIES)})")
        if self.roller_policy == "roller" and not ROLLER_POLICY_BUILT:
            raise OptionsError("--roller-policy=roller (--roller): the Roller policy (rtile) is not built yet "
                               "in this version of hm-mlir; --roller-policy=naive is available")
        for stage, on in (("tilegraph", self.welder), ("rtask", self.rammer), ("utask", self.grinder)):
            if on and not STAGES[stage].built:
                raise not_built(stage, STAGES[stage].flag)
        if self.stop_after is not None:
            if self.stop_after not in STAGES:
                raise OptionsError(f"unknown stage '{self.stop_after}' for --stop-after "
                                   f"(choose from {', '.join(STAGE_ORDER)})")
            if not STAGES[self.stop_after].built:
                raise not_built(self.stop_after, f"--stop-after={self.stop_after}")
        if self.rammer_dispatch not in ("auto", "static", "queue"):
            raise OptionsError(f"unknown Rammer dispatch '{self.rammer_dispatch}' (choose from auto, static, queue)")
        if self.grinder_host and not self.grinder:
            raise OptionsError("--grinder-host keeps loops of Grinder's on the host: it needs --grinder")
        bad = [name for name in self.grinder_host if not name or any(c in name for c in ", {}=")]
        if bad:
            raise OptionsError(f"--grinder-host: '{bad[0]}' is not a function name")
        if self.rammer_dispatch != "auto" and not self.rammer:
            raise OptionsError("--rammer-dispatch chooses how Rammer's programs run: it needs --rammer")
        if not 0 <= self.rammer_epoch_start < 2**32:
            raise OptionsError("the epoch Rammer's counters start at must be in [0, 2^32)")
        if self.roller_top_k < 1:
            raise OptionsError("--roller-top-k must be at least 1")
        if self.roller_choose < 0:
            raise OptionsError("the Roller candidate to compile must be at least 0")
        if self.roller_measure and self.roller_policy != "roller":
            raise OptionsError("--roller-measure times Roller's candidates: it needs --roller-policy=roller")
        if self.roller_measure and self.target != "cpu":
            from hm_mlir.runtime.cuda import CudaUnavailable, check_driver

            try:
                check_driver()
            except CudaUnavailable:
                raise OptionsError(f"--roller-measure times the candidates on the GPU for --target={self.target}, "
                                   "and this machine has no CUDA driver or GPU; measure on the CPU with "
                                   "--target=cpu") from None
        if not 0 <= self.opt_level <= 3:
            raise OptionsError("the optimization level must be 0..3")

    def _runs_stage(self, stage: str) -> bool:
        return self.stop_after is None or STAGE_ORDER.index(self.stop_after) >= STAGE_ORDER.index(stage)

    def _check_device(self) -> None:
        """The description must exist and, on a GPU target, describe a GPU of the chosen chip."""
        from hm_mlir import hardware

        if self.device is None:
            return
        try:
            device = hardware.get(self.device)
        except (ValueError, OSError, TypeError) as err:
            raise OptionsError(f"--device: {err}") from None
        if self.target == "cpu":
            return  # the CPU target runs any device's tiling
        if device.chip not in CHIPS:
            raise OptionsError(f"--device {self.device} describes a {device.chip} device, which hm-mlir cannot "
                               f"target (chips: {', '.join(CHIPS)}); use it with --target=cpu")
        if self.chip is not None and self.chip != device.chip:
            raise OptionsError(f"--device {self.device} is an {device.chip} device but --chip={self.chip}")

    @property
    def ptx_chip(self) -> str:
        """The PTX target: --chip, else the device's chip, else sm_90."""
        from hm_mlir import hardware

        if self.chip is not None:
            return self.chip
        if self.device is not None and self.target != "cpu":
            return hardware.get(self.device).chip
        return "sm_90"

    @property
    def measure_target(self) -> str:
        """Where --roller-measure times candidates: the CPU for the cpu target, else the GPU."""
        return "cpu" if self.target == "cpu" else "cuda"

    @property
    def device_name(self) -> str:
        from hm_mlir import hardware

        if self.device:
            return self.device
        # The cpu target tiles for the GPU too: it exists to check the GPU's program numerically.
        return hardware.CHIP_DEVICE[self.ptx_chip]


def _upstream(text: str, stage: str) -> list[Step]:
    """One step per top-level element of an upstream pipeline text (finer reproducers)."""
    return [Step(element, stage=stage) for element in split_top_level(text)]


def _hm(name: str, stage: str, options: str = "") -> Step:
    """An hm pass of the compile pipeline: verified by the hm-verify at its stage's end, not by itself."""
    hm_pass = passes.create(name, options)
    return Step(hm_pass.pipeline_text(), hm_pass, stage, verify=False)


def _stage_steps(stage: str, options: CompileOptions) -> list[Step]:
    from hm_mlir.codegen import upstream_pipelines as lower

    if stage == "rtile":
        if options.roller_policy == "roller":
            tiling = _hm("hm-roller-tiling", stage, f"device={options.device_name} top-k={options.roller_top_k} "
                                                    f"choose={options.roller_choose}"
                                                    + (f" measure={options.measure_target}"
                                                       if options.roller_measure else ""))
        else:
            tiling = _hm("hm-naive-tiling", stage, f"device={options.device_name}")
        checks = _hm("hm-check-static-shapes", stage, "target=cpu" if options.target == "cpu" else "")
        return ([_hm("hm-rename-reserved-symbols", stage), _hm("hm-fold-zero-sized", stage),
                 _hm("hm-static-casts", stage), checks,
                 _hm("hm-copy-repeated-results", stage),
                 _hm("hm-fill-per-destination", stage)]
                + _upstream("func.func(linalg-generalize-named-ops)", stage)
                # complex arithmetic on the two parts before the tiling policy prices the bodies
                + _upstream("convert-complex-to-standard", stage)
                + [_hm("hm-parallel-loops-first", stage), tiling])
    if stage == "tilegraph":
        if not options.welder:
            return []
        return [_hm("hm-welder-fusion", stage, f"device={options.device_name} policy={options.roller_policy} "
                                               f"top-k={options.roller_top_k}")]
    if stage == "rtask":
        dispatch = f" dispatch={options.rammer_dispatch}" if options.rammer_dispatch != "auto" else ""
        loops = " loop-bodies=true" if options.grinder else ""  # a lone kernel in a loop: Grinder's to move
        return [_hm("hm-rammer-schedule", stage, f"device={options.device_name}{dispatch}{loops}")] \
            if options.rammer else []
    if stage == "bufferize":
        rammer = [_hm("hm-empty-per-use", stage)] if options.rammer else []  # independent kernels stay so
        return ([_hm("hm-scalar-results-to-tensors", stage), _hm("hm-mark-args-readonly", stage)] + rammer
                + _upstream(lower.BUFFERIZE, stage)
                + [_hm("hm-forward-copies", stage),
                   _hm("hm-plan-memory", stage, "share=false" if options.rammer else "")]
                # Grinder: loop-carried arena slots computed from the iteration, before their ownership is tracked
                + ([_hm("hm-carried-buffers-by-iteration", stage)] if options.grinder else [])
                + _upstream(lower.DEALLOCATE, stage))
    if stage == "gpu":
        # The same block/thread loops for every target; GPU targets turn them into launches, the CPU target
        # keeps them as loops.
        device = f"device={options.device_name}"
        steps = [] if options.target == "cpu" else [_hm("hm-prepare-device-buffers", stage)]
        steps += _upstream("func.func(linalg-generalize-named-ops)", stage)
        steps += [_hm("hm-welder-codegen", stage)] if options.welder else []
        steps += [_hm("hm-roller-codegen", stage), _hm("hm-tag-loop-configs", stage)]
        steps += _upstream(lower.gpu_parallel_loops(), stage)
        steps += [_hm("hm-wrap-serial-host-loops", stage)]
        if options.target != "cpu":
            steps += [_hm("hm-copy-host-reads", stage)]
        tiling = f"{device} target=cpu" if options.target == "cpu" else device
        steps += [_hm("hm-tile-parallel-loops", stage, tiling)]
        steps += _upstream(lower.map_parallel_loops(), stage)
        if options.target != "cpu":
            steps += [_hm("hm-guard-kernel-asserts", stage)]
            steps += _upstream(lower.launch_parallel_loops(), stage)
            if options.rammer:  # on the launches, before they are outlined: each program's become one
                steps += [_hm("hm-rammer-gpu-program", stage, f"epoch-start={options.rammer_epoch_start}"
                              if options.rammer_epoch_start else "")]
            steps += _upstream(lower.outline_launches(), stage)
            steps += [_hm("hm-merge-gpu-modules", stage), _hm("hm-workgroup-attributions", stage)]
            steps += [_hm("hm-rammer-task-functions", stage), _hm("hm-rammer-launch-bounds", stage)] \
                if options.rammer else []
        return steps
    if stage == "utask":
        dispatch = f" dispatch={options.rammer_dispatch}" if options.rammer_dispatch != "auto" else ""
        host = f" host={','.join(options.grinder_host)}" if options.grinder_host else ""
        return [_hm("hm-grinder-loops", stage, f"device={options.device_name}{dispatch}{host}")] \
            if options.grinder else []
    return []


def _target_steps(options: CompileOptions) -> list[Step]:
    from hm_mlir.codegen import upstream_pipelines as lower

    if options.target == "gpu":
        return []
    steps = [_hm("hm-count-device-events", "target")] if options.count_events else []
    if options.target == "cpu":
        steps += [_hm("hm-emulate-warpgroup-mma", "target"), _hm("hm-emulate-warp-mma", "target"),
                  _hm("hm-lower-async-copies", "target")]
        if options.count_traffic:  # before the thread loops are split (shared tiles still inside the kernel)
            steps += [_hm("hm-count-block-traffic", "target")]
        steps += [_hm("hm-split-thread-loops", "target")]
        if options.rammer:  # on the CPU's form of the kernels: their block bodies are the tasks
            steps += [_hm("hm-rammer-cpu-program", "target")]
    if options.check_bounds:  # on the final loops and kernels: every index and divisor that will run
        steps += [_hm("hm-check-divisors", "target")] + _upstream(RUNTIME_CHECKS, "target")
    steps += [_hm("hm-erase-stage-ir", "target"), _hm("hm-widen-i1-memrefs", "target")]
    if options.target == "cpu":
        return (steps + _upstream("func.func(llvm-request-c-wrappers)," + lower.cpu_to_llvm(), "target")
                + [_hm("hm-loop-pragmas", "target"), _hm("hm-check-lowered", "target", "target=cpu")])
    steps += [_hm("hm-tensormap-kernel-args", "target")]
    for step in _upstream(lower.nvvm_lowering(options.ptx_chip, opt_level=options.opt_level), "target"):
        if step.text.startswith("nvvm-attach-target{"):  # the same options; sm_90a for wgmma/TMA modules
            step = _hm("hm-attach-nvvm-target", "target", step.text[len("nvvm-attach-target{"):-1])
        steps.append(step)
        if step.text.startswith("gpu.module("):  # kernels lowered: their dynamic shared memory made extern
            steps.append(_hm("hm-extern-dynamic-shared", "target"))
    steps += [_hm("hm-loop-pragmas", "target"), _hm("hm-check-lowered", "target", f"target={options.target}")]
    if options.target in ("ptx", "cubin"):
        steps += _upstream(lower.serialize("isa" if options.target == "ptx" else "bin"), "target")
    return steps


def build_steps(options: CompileOptions) -> list[Step]:
    """The steps of the compile pipeline for `options` (checked first; raises OptionsError).

    The IR and the stage dialects' Python rules are checked by an hm-verify at the end of every stage, or
    after every step with `verify_each` (run the steps in `pass_manager(steps, verify_each)`, whose per-pass
    IR verifier is on only then): verifying after each of ~80 steps was most of a compile's time.
    """
    options.check()
    steps: list[Step] = []
    for stage in STAGE_ORDER:
        stage_steps = verified(_stage_steps(stage, options), options.verify_each)
        steps.extend(stage_steps)
        if stage == options.stop_after:
            return steps
    return steps + verified(_target_steps(options), options.verify_each)


def verified(steps: list[Step], each: bool = True) -> list[Step]:
    """`steps` with hm-verify after every step (`each`; an hm pass that verifies itself needs none), or only
    after the last one."""
    result: list[Step] = []
    for i, step in enumerate(steps):
        if each and step.hm_pass is not None and step.hm_pass.NAME != "hm-verify":
            step = replace(step, verify=True)
        result.append(step)
        if (each and step.hm_pass is None) or (not each and i == len(steps) - 1):
            result.append(_hm("hm-verify", step.stage, "" if each else "model=false"))
    return result


def pass_manager(steps: list[Step], verify_each: bool = False):
    """A PassManager on builtin.module holding `steps`; upstream's per-pass IR verifier is on with
    `verify_each` (the compile pipeline's hm-verify steps check the IR at every stage's end either way)."""
    from mlir import passmanager

    pm = passmanager.PassManager("builtin.module")
    pm.enable_verifier(verify_each)
    for step in steps:
        step.add_to(pm)
    return pm
