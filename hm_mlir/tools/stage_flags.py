"""The stage flags hm-opt and hm-run share (argparse), and the tiling policy they select."""

from __future__ import annotations

import argparse

from hm_mlir.tools.errors import UsageError


def add_stage_flags(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--roller", action="store_true", help="shorthand for --roller-policy=roller")
    group.add_argument("--roller-policy", choices=("naive", "roller"), default=None,
                       help="tiling policy of the rtile stage: roller (Roller's construction, the default) or naive "
                            "(a fixed tile)")
    group.add_argument("--roller-top-k", type=int, default=None, metavar="K",
                       help="candidates Roller keeps per operator, ranked by its micro performance model "
                            "(default: 8; see them with --stop-after=rtile)")
    group.add_argument("--roller-choose", type=int, default=None, metavar="N",
                       help="compile candidate N of every operator's top-K instead of the model's best (0; an "
                            "index past the last picks the last): to try a lower-ranked tile")
    group.add_argument("--roller-measure", action="store_true",
                       help="compile and time Roller's top-K of every operator on the run target (the CPU for "
                            "--target=cpu, else the GPU) and keep the fastest; progress on stderr, winners cached "
                            "in $HM_MLIR_CACHE or ~/.cache/hm-mlir/roller-measure.json by operator, device and "
                            "compiler version, so a second compile is instant")
    group.add_argument("--welder", action="store_true",
                       help="tilegraph stage: Welder's tile-graph fusion, groups of operators as one kernel where "
                            "the model says it pays (register level; see them with --stop-after=tilegraph and "
                            "--hm-report)")
    group.add_argument("--rammer", action="store_true",
                       help="rtask stage: Rammer's wavefront schedule of every run of kernels on virtual execution "
                            "units, one persistent program each: on GPU targets one persistent kernel (a block per "
                            "vEU walking its task table), on --target=cpu a scheduler that interleaves the vEUs "
                            "(see it with --stop-after=rtask and --hm-report)")
    group.add_argument("--rammer-dispatch", choices=("auto", "static", "queue"), default=None,
                       help="how a Rammer program's vEUs get their tasks: static (per-vEU tables), queue (the next "
                            "task of one queue, event-driven) or auto (default: the queue where the model, with "
                            "task durations perturbed by +-30%%, says it is faster)")
    group.add_argument("--grinder", action="store_true",
                       help="utask stage: Grinder's device-side loops (implies --rammer): a host scf.for whose "
                            "body is one Rammer program runs inside its persistent kernel, every iteration, with "
                            "no launch or host sync per iteration (see them with --stop-after=utask and "
                            "--hm-report; loops that stay on the host are named there with the reason)")
    group.add_argument("--grinder-host", default=None, metavar="FUNC[,FUNC...]",
                       help="with --grinder: keep the loops of these functions on the host (named in --hm-report)")
    group.add_argument("--check-bounds", action="store_true",
                       help="compile in run-time checks of every index and integer divisor (a debugging mode, "
                            "slower): an access out of bounds or a division by zero (or INT_MIN / -1) is reported "
                            "with its source location instead of being undefined (cpu: hm-run says which; cuda: "
                            "the device's assert message, and the launch fails)")
    group.add_argument("--chip", choices=("sm_90", "sm_80"), default=None,
                       help="PTX target (default: the --device's chip, else sm_90)")
    group.add_argument("--device", default=None, metavar="NAME|FILE.json",
                       help="hardware description read by the tiling policy and cost models: h100, h200, a100, "
                            "v100, cpu or a JSON file with the fields of hm_mlir.hardware.Device (default: the "
                            "chip's device, sm_90 -> h100, sm_80 -> a100, also for the cpu target, which runs the "
                            "GPU's tiling)")


def asks_to_compile(args: argparse.Namespace) -> bool:
    """Whether a stage flag or an option of the compile pipeline was given (hm-opt then compiles: an option is
    never silently ignored)."""
    return bool(args.roller or args.welder or args.rammer or args.grinder or args.roller_policy
                or args.roller_measure or args.roller_choose is not None or args.roller_top_k is not None
                or args.check_bounds or args.chip or args.device or args.rammer_dispatch
                or getattr(args, "grinder_host", None))


def stage_options(args: argparse.Namespace) -> dict:
    """The CompileOptions keywords the stage flags give (values are checked by CompileOptions.check)."""
    options = {"roller_policy": tiling_policy(args), "roller_measure": args.roller_measure,
               "welder": args.welder, "rammer": args.rammer, "grinder": args.grinder, "chip": args.chip,
               "check_bounds": args.check_bounds, "device": args.device}
    if args.roller_top_k is not None:
        options["roller_top_k"] = args.roller_top_k
    if args.roller_choose is not None:
        options["roller_choose"] = args.roller_choose
    if args.rammer_dispatch is not None:
        options["rammer_dispatch"] = args.rammer_dispatch
    if getattr(args, "grinder_host", None) is not None:
        options["grinder_host"] = tuple(name.strip() for name in args.grinder_host.split(",") if name.strip())
    return options


def tiling_policy(args: argparse.Namespace) -> str:
    """The policy selected by --roller / --roller-policy (a contradiction is a usage error)."""
    if args.roller and args.roller_policy == "naive":
        raise UsageError("--roller means --roller-policy=roller; it contradicts --roller-policy=naive")
    return "roller" if args.roller else (args.roller_policy or "roller")
