"""hm-bench's outputs: a markdown section for BENCHMARKS.md (replacing the previous hm-bench section, keeping
everything else) and a PNG chart."""

from __future__ import annotations

import math
import statistics
from pathlib import Path

from hm_mlir.bench.measure import HM_CHIP, IREE_CHIP, Measurement, flag_label

BEGIN, END = "<!-- hm-bench:begin -->", "<!-- hm-bench:end -->"


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _geomean(values: list[float]) -> float:
    return math.exp(statistics.fmean(math.log(v) for v in values))


def markdown(measurements: list[Measurement], header: list[str], gpu: bool) -> str:
    references = sorted({m.reference for m in measurements if m.events})
    header = header + [f"- numerics compared with: {', '.join(references) or '-'}"]
    lines = [BEGIN, "## hm-bench: the model zoo", "", *header, "",
             "| model | flags | hm-opt s | iree-compile s | hm/IREE | numerics | launches | host syncs | "
             "kernel MB | allocs | arena MB | intermediates MB |",
             "|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
    for m in measurements:
        numerics = "ok" if not m.numerics else f"**MISMATCH** {m.numerics}"
        ratio = "-" if m.ratio is None else f"{m.ratio:.2f}"
        hm = _seconds(m.hm_seconds) if not m.compile_error.startswith("hm-opt") else f"**FAILED** {m.compile_error}"
        iree = _seconds(m.iree_seconds) if m.iree_seconds is not None else (m.compile_error or "not installed")
        events = m.events or {}
        megabytes = f"{events['kernel_bytes'] / 1e6:.2f}" if events else "-"
        arena, planned = (f"{m.arena[0] / 1e6:.2f}", f"{m.arena[1] / 1e6:.2f}") if m.arena else ("-", "-")
        lines.append(f"| {m.model} | {flag_label(m.flags)} | {hm} | {iree.replace('|', '/')} | {ratio} | {numerics} "
                     f"| {events.get('launches', '-')} | {events.get('host_syncs', '-')} | {megabytes} "
                     f"| {events.get('allocations', '-')} | {arena} | {planned} |")
    ratios = [m.ratio for m in measurements if m.ratio is not None]
    lines.append("")
    if ratios:
        lines.append(f"hm-opt / iree-compile over {len(ratios)} row(s): geometric mean **{_geomean(ratios):.2f}**, "
                     f"worst **{max(ratios):.2f}** ({sum(r <= 1.0 for r in ratios)} of {len(ratios)} at or "
                     "under 1.0).")
    lines += compile_split_tables(measurements)
    if gpu:
        lines += ["", "| model | flags | hm cuda ms | PyTorch eager ms | torch.compile ms | IREE ms | eager/hm | "
                  "compile/hm | IREE/hm |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for m in measurements:
            hm, eager, compiled, iree = (m.gpu.get(k) for k in ("hm", "torch_eager", "torch_compile", "iree"))
            cells = [f"{v * 1e3:.3f}" if v else "-" for v in (hm, eager, compiled, iree)]
            ratios_gpu = [f"{v / hm:.2f}" if v and hm else "-" for v in (eager, compiled, iree)]
            lines.append(f"| {m.model} | {flag_label(m.flags)} | {' | '.join(cells)} | {' | '.join(ratios_gpu)} |")
    lines += ["", "Columns: hm-opt and iree-compile are the median wall time of a fresh process compiling the model "
              f"to PTX ({HM_CHIP} for hm-opt, {IREE_CHIP} for IREE, which rejects sm_90), run alternately (rows "
              "with --rammer: hm-opt's persistent kernels; a Rammer program counts as one launch). "
              "Start-up, parse, print: the process's wall time less its pass manager's (hm-opt --mlir-timing). "
              "Numerics: every case on the CPU target against PyTorch within the tolerances of hm_mlir.zoo "
              "(f32/f64 rtol = atol = 1e-4, f16/bf16 2e-2, integers and booleans exact). Launches, host "
              "syncs (device-to-host reads that wait) and kernel MB (bytes of the buffers each executed kernel "
              "reads plus those it writes) and allocs (device buffers allocated during the call) are counted as the "
              "CPU target runs case 0 (hm-count-device-events). Arena MB: the one buffer every call of the "
              "executable reuses for its intermediates (hm-plan-memory), next to the bytes of all those "
              "intermediates, which buffers whose lifetimes do not overlap share. "
              "GPU latencies (when a GPU is present): medians of 20 synchronised calls after 3 warm-up calls; a "
              "ratio above 1 means hm-mlir is faster; IREE's needs the IREE runtime (iree-base-runtime).",
              END]
    return "\n".join(lines) + "\n"


def compile_split_tables(measurements: list[Measurement]) -> list[str]:
    """Markdown lines: per row where hm-opt's compile time went (outside the passes, hm passes, upstream passes,
    serialization), then every hm pass per model for the default flags, so a regression names its pass."""
    rows = [m for m in measurements if m.compile_split is not None]
    if not rows:
        return []
    lines = ["", "### Where hm-opt's compile time goes (seconds, medians of the timed runs)", "",
             "| model | flags | whole | start-up, parse, print | hm passes | upstream passes | serialization |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for m in rows:
        part = m.compile_split
        lines.append(f"| {m.model} | {flag_label(m.flags)} | {part.wall:.3f} | {part.startup:.3f} | "
                     f"{part.hm_total:.3f} | {part.upstream:.3f} | {part.serialization:.3f} |")
    defaults = [m for m in rows if not m.flags]
    names = sorted({name for m in defaults for name in m.compile_split.hm},
                   key=lambda name: -sum(m.compile_split.hm.get(name, 0.0) for m in defaults))
    if defaults:
        lines += ["", "Every hm pass, default flags, milliseconds (all its runs in one compile):", "",
                  "| hm pass | " + " | ".join(m.model for m in defaults) + " |",
                  "|---|" + "---:|" * len(defaults)]
        for name in names:
            cells = " | ".join(f"{m.compile_split.hm.get(name, 0.0) * 1e3:.1f}" for m in defaults)
            lines.append(f"| {name} | {cells} |")
    return lines


def write_markdown(path: Path, section: str) -> None:
    """Put `section` into `path` in place of the previous hm-bench section (or at the end)."""
    from hm_mlir.source import write_atomically

    text = path.read_text() if path.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        text = before + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    write_atomically(str(path), text)


def write_chart(path: Path, measurements: list[Measurement], title: str) -> str:
    """A PNG: compile times (hm-opt, IREE) and launches/host syncs per model. '' or why it was not drawn."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed (pip install -e '.[bench]'): no chart"
    rows = [m for m in measurements if m.hm_seconds is not None]
    labels = [m.model if len({flag_label(x.flags) for x in rows}) == 1 else f"{m.model}\n{flag_label(m.flags)}"
              for m in rows]
    figure, (times, events) = plt.subplots(2, 1, figsize=(max(8, len(rows) * 0.9), 8), constrained_layout=True)
    positions = range(len(rows))
    times.bar([p - 0.2 for p in positions], [m.hm_seconds for m in rows], 0.4, label="hm-opt")
    times.bar([p + 0.2 for p in positions], [m.iree_seconds or 0 for m in rows], 0.4, label="iree-compile")
    times.set_ylabel("compile to PTX, s")
    times.set_xticks(list(positions), labels, rotation=30, ha="right", fontsize=8)
    times.legend()
    times.set_title(title)
    events.bar([p - 0.2 for p in positions], [m.events.get("launches", 0) for m in rows], 0.4, label="launches")
    events.bar([p + 0.2 for p in positions], [m.events.get("host_syncs", 0) for m in rows], 0.4, label="host syncs")
    events.set_yscale("symlog")
    events.set_ylabel("count (case 0)")
    events.set_xticks(list(positions), labels, rotation=30, ha="right", fontsize=8)
    events.legend()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return ""
