"""Grinder's part of --hm-report: the loops moved to the device (program, trip count, the kernel pairs that
conflict across iterations and the waits that order them) and the loops left on the host, with the reason."""

from __future__ import annotations


def text(report: dict) -> str:
    lines = ["grinder (utask): device loops"]
    for loop in report["loops"]:
        trips = loop["trips"] if loop["trips"] is not None else "host-computed"
        lines.append(f"  loop {loop['loop']} in @{loop['function']}: program @{loop['program']} "
                     f"({loop['kernels']} kernels) x {trips} iterations, one launch")
        static = "n/a (Rammer's queue)" if loop["static_us"] is None else f"{loop['static_us']:.3f} us"
        lines.append(f"    dispatch: {loop['dispatch']} (modelled over {loop['model_trips']} iterations: static tables "
                     f"{static}, a queue on {loop['queue_veus']} vEUs {loop['queue_us']:.3f} us)")
        carried = ", ".join(f"{a}<-{b}@{d}" for a, b, d in loop["carried"]) or "none"
        waits = ", ".join(f"{a} waits {b}@-{d}" for a, b, d in loop["waits"]) or "none"
        lines.append(f"    conflicts across iterations (kernel <- kernel @ distance): {carried}")
        lines.append(f"    carried waits on the counters: {waits}")
    for host in report["host"]:
        lines.append(f"  stays on the host: the loop of @{host['program']} in @{host['function']}: {host['reason']}")
    if not report["loops"] and not report["host"]:
        lines.append("  no loop runs a Rammer program")
    return "\n".join(lines) + "\n"


def as_json(report: dict) -> dict:
    """The report with its pair keys as lists (JSON has no tuple keys)."""
    loops = [{**loop, "carried": [[a, b, d] for (a, b), d in sorted(loop["carried"].items())]}
             for loop in report["loops"]]
    return {**report, "loops": loops}
