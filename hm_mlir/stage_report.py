"""--hm-report: what the stage policies decided, gathered from the passes of a pipeline that ran: Welder's
groups (hm_mlir.welder.report) and Rammer's programs (hm_mlir.rammer.report). Each report is a dict with a
"stage" key; `render` gives the readable text or the JSON of the list."""

from __future__ import annotations

import json

REPORTING_PASSES = {"hm-welder-fusion": "tilegraph", "hm-rammer-schedule": "rtask"}


def collect(steps) -> list[dict]:
    """The reports of the reporting passes among `steps` (pipeline Steps) that have run, in order."""
    return [step.hm_pass.report for step in steps
            if step.hm_pass is not None and step.hm_pass.NAME in REPORTING_PASSES
            and getattr(step.hm_pass, "report", None) is not None]


def text(reports: list[dict]) -> str:
    from hm_mlir.rammer import report as rammer
    from hm_mlir.welder import report as welder

    return "".join(rammer.text(r) if r["stage"] == "rtask" else welder.text([r]) for r in reports)


def render(reports: list[dict], form: str) -> str:
    return json.dumps(reports, indent=2) + "\n" if form == "json" else text(reports)
