"""--hm-report: what Welder decided, per function: the accepted groups (members, tiles, the memory level of
every edge, modelled global bytes and time against the members apart), the operators left on their own and
the rejected merges with their reasons. `text(reports)` is the readable form (the JSON form is the dict
itself); hm_mlir.stage_report gathers and renders the reports of every stage."""

from __future__ import annotations


def text(reports: list[dict]) -> str:
    lines = []
    for report in reports:
        lines.append(f"Welder report (device {report['device']}, {report['policy']} tiles)")
        for fn in report["functions"]:
            lines.append(f"@{fn['name']}: {len(fn['groups'])} fused group(s), {len(fn['unfused'])} operator(s) on "
                         f"their own, {len(fn['rejected'])} merge(s) rejected")
            for g in fn["groups"]:
                lines.append(f"  kernel @{g['kernel']} (function @{g['function']}): {', '.join(g['members'])}")
                lines.append(f"    anchor {g['anchor']}, block {g['block']}, thread {g['thread']}, step {g['step']}, "
                             f"grid {g['grid']}, {g['threads']} threads")
                lines.append(f"    modelled: {g['global_bytes']} global bytes ({g['unfused_global_bytes']} apart), "
                             f"{g['cost_us']:.3f} us ({g['unfused_cost_us']:.3f} us apart), {g['smem_bytes']} B "
                             f"shared, {g['regs_per_thread']} registers")
                for member, tile in g["tiles"].items():
                    lines.append(f"    tile {member}: {tile}")
                for e in g["edges"]:
                    lines.append(f"    edge {e['producer']} -> {e['consumer']} (operand {e['operand']}): "
                                 f"{e['level']}, region {e['tile']}")
            if fn["unfused"]:
                lines.append(f"  on their own: {', '.join(fn['unfused'])}")
            for r in fn["rejected"]:
                lines.append(f"  rejected: {' + '.join(r['group'])} <- {' + '.join(r['adding'])}: {r['reason']}")
    return "\n".join(lines) + "\n"
