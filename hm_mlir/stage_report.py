"""--hm-report: what the stage policies decided, gathered from the passes of a pipeline that ran: Welder's
groups (hm_mlir.welder.report), Rammer's programs (hm_mlir.rammer.report) and Grinder's loops
(hm_mlir.grinder.report). Each report is a dict with a
"stage" key; `render` gives the readable text or the JSON of the list."""

from __future__ import annotations

import json

REPORTING_PASSES = {"hm-welder-fusion": "tilegraph", "hm-rammer-schedule": "rtask", "hm-grinder-loops": "utask"}


def collect(steps) -> list[dict]:
    """The reports of the reporting passes among `steps` (pipeline Steps) that have run, in order (Rammer's
    completed with what only a report needs)."""
    from hm_mlir.rammer import report as rammer

    found = []
    for step in steps:
        hm_pass = step.hm_pass
        if hm_pass is None or hm_pass.NAME not in REPORTING_PASSES or getattr(hm_pass, "report", None) is None:
            continue
        if hm_pass.NAME == "hm-rammer-schedule":
            found.append(rammer.complete(hm_pass.report, hm_pass.plans))
        elif hm_pass.NAME == "hm-grinder-loops":
            from hm_mlir.grinder import report as grinder

            found.append(grinder.as_json(hm_pass.report))
        else:
            found.append(hm_pass.report)
    return found


def text(reports: list[dict]) -> str:
    from hm_mlir.grinder import report as grinder
    from hm_mlir.rammer import report as rammer
    from hm_mlir.welder import report as welder

    texts = {"rtask": rammer.text, "utask": grinder.text}
    return "".join(texts[r["stage"]](r) if r["stage"] in texts else welder.text([r]) for r in reports)


def render(reports: list[dict], form: str) -> str:
    return json.dumps(reports, indent=2) + "\n" if form == "json" else text(reports)
