"""What Welder's fusion changes: executed launches and kernel-boundary bytes against the unfused plan, and the
compile time it costs, for the zoo's BERT layer, MLP, conv (ResNet) block, MobileNet block and attention.

Out: a markdown table on stdout (and in --output FILE.md). Per model and tile policy, both flag sets measured
in the same run: the events of one call on the CPU target (hm-count-device-events: launches and the bytes
the kernels read and write), the model's global bytes summed over the fused groups (hm_mlir.report), and the
median of --repeat fresh `hm-opt --target=ptx` processes with and without --welder. Every call is checked
against the committed PyTorch outputs first.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import sys

MODELS = ("bert_layer", "mlp", "resnet_block", "mobilenet_block", "attention")


def events(name: str, **flags) -> dict:
    import hm_mlir
    from hm_mlir import zoo

    model = zoo.load(name)
    exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=1, count_events=True, **flags)
    before = exe.event_counts()
    results = exe[model.manifest["entry"]](*model.arguments(0))
    after = exe.event_counts()
    problem = zoo.mismatch(list(results) if isinstance(results, tuple) else [results], model.expected(0))
    if problem:
        raise SystemExit(f"{name} {flags}: {problem}")
    return {key: after[key] - before[key] for key in after}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="compile-time rounds per flag set (median)")
    parser.add_argument("--output", help="also write the markdown here")
    args = parser.parse_args(argv)

    import hm_mlir
    from hm_mlir import zoo
    from hm_mlir.bench.measure import emit_table, hm_opt_seconds

    lines = [f"`python bench/welder.py --repeat {args.repeat}`, {datetime.date.today()}, "
             f"{platform.processor() or platform.machine()}, {platform.python_version()}; CPU target, case 0 "
             "of each model, both flag sets in this run.", "",
             "| model | tiles | launches | with --welder | ratio | kernel MB | with --welder | ratio | "
             "fused groups | modelled MB of the groups (apart) | hm-opt s | with --welder | ratio |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in MODELS:
        path = zoo.load(name).mlir_path
        for policy in ("roller", "naive"):
            plain, fused = events(name, roller_policy=policy), events(name, roller_policy=policy, welder=True)
            (report,) = hm_mlir.report(path, roller_policy=policy)
            groups = [g for fn in report["functions"] for g in fn["groups"]]
            modelled = sum(g["global_bytes"] for g in groups) / 1e6
            apart = sum(g["unfused_global_bytes"] for g in groups) / 1e6
            policy_flag = [f"--roller-policy={policy}"]
            t0 = hm_opt_seconds(path, policy_flag, args.repeat)
            t1 = hm_opt_seconds(path, policy_flag + ["--welder"], args.repeat)
            lines.append(f"| {name} | {policy} | {plain['launches']} | {fused['launches']} | "
                         f"{fused['launches'] / plain['launches']:.2f} | {plain['kernel_bytes'] / 1e6:.2f} | "
                         f"{fused['kernel_bytes'] / 1e6:.2f} | {fused['kernel_bytes'] / plain['kernel_bytes']:.2f} | "
                         f"{len(groups)} | {modelled:.2f} ({apart:.2f}) | {t0:.2f} | {t1:.2f} | {t1 / t0:.2f} |")
            print(lines[-1], file=sys.stderr, flush=True)
    emit_table(lines, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
