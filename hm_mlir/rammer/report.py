"""--hm-report for Rammer: per program, the vDevice, the waves, each kernel (blocks, wave, the kernels it
follows), the modelled makespan against one launch per kernel and against event-driven dispatch with the
durations perturbed (hm_mlir.rammer.simulate), and per vEU its tasks in order with their waits and modelled
times (hm_mlir.rammer.gantt draws them). `program(name, function, plan)` is the JSON form (a dict);
`text(report)` the readable one."""

from __future__ import annotations

from hm_mlir.rammer.schedule import Schedule
from hm_mlir.rammer.simulate import robustness


def program(name: str, function: str, plan: Schedule) -> dict:
    return {
        "name": name, "function": function,
        "vdevice": {"sms": plan.vdevice.sms, "veus_per_sm": plan.vdevice.veus_per_sm, "veus": plan.vdevice.veus},
        "waves": plan.wave_count, "makespan_us": plan.makespan_us, "launches_us": plan.launches_us,
        "kernels": [{"name": k.name, "blocks": k.blocks, "wave": w, "follows": sorted(f), "block_us": k.block_us}
                    for k, w, f in zip(plan.kernels, plan.waves, plan.follows)],
        "veus": [[{"kernel": t.kernel, "block": t.block, "waits": list(t.waits), "start_us": t.start_us,
                   "end_us": t.end_us} for t in tasks] for tasks in plan.veus],
        "robustness": None,  # filled by complete(), when a report is asked for
    }


def complete(report: dict, plans: dict[str, Schedule]) -> dict:
    """`report` with each program's robustness (hm_mlir.rammer.simulate) from its plan: computed only when a
    report is asked for (it simulates every task five times twice)."""
    for program in report["programs"]:
        if program["robustness"] is None and program["name"] in plans:
            program["robustness"] = _robustness(plans[program["name"]])
    return report


def _robustness(plan: Schedule) -> dict | None:
    """hm_mlir.rammer.simulate.robustness, or None for a schedule that cannot finish (the verifier says why)."""
    try:
        return robustness(plan)
    except ValueError:
        return None


def text(report: dict) -> str:
    lines = [f"Rammer report (device {report['device']})"]
    for p in report["programs"]:
        vdev = p["vdevice"]
        lines.append(f"@{p['function']}: program @{p['name']}, {len(p['kernels'])} kernels in {p['waves']} wave(s) on "
                     f"{vdev['veus']} vEUs ({vdev['sms']} SMs x {vdev['veus_per_sm']})")
        if p.get("ends_at"):
            lines.append(f"  ends at {p['ends_at']}, which runs on the host: the kernels after it are another "
                         f"program")
        lines.append(f"  modelled: {p['makespan_us']:.3f} us as one persistent kernel, {p['launches_us']:.3f} us as "
                     f"one launch per kernel")
        dispatch = p.get("dispatch")
        if dispatch and dispatch["static_us"] is not None:
            lines.append(f"  dispatch: {dispatch['mode']} (durations +-30%, 3 seeds: static tables "
                         f"{dispatch['static_us']:.3f} us, queue {dispatch['queue_us']:.3f} us)")
        robust = p["robustness"]
        if robust is not None:
            lines.append(f"  durations +-30% (5 seeds): the static schedule {robust['static_us']:.3f} us, "
                         f"event-driven dispatch {robust['dynamic_us']:.3f} us ({robust['static_over_dynamic']:.2f}x)")
        for i, k in enumerate(p["kernels"]):
            follows = ", ".join(f"k{j}" for j in k["follows"]) or "nothing"
            lines.append(f"  k{i} {k['name']}: {k['blocks']} task(s) of {k['block_us']:.3f} us, wave {k['wave']}, "
                         f"follows {follows}")
        if dispatch and dispatch["mode"] == "queue":
            lines.append("  the placement below is the model's; the queue gives each task to the next free vEU")
        for v, tasks in enumerate(p["veus"]):
            steps = [f"k{t['kernel']}.{t['block']}" + (f" (wait {' '.join(f'k{w}' for w in t['waits'])})"
                                                       if t["waits"] else "") for t in tasks]
            lines.append(f"  vEU {v}: {', '.join(steps) or '-'}")
    return "\n".join(lines) + "\n"
