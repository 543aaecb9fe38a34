"""A fuzz worker: reads one JSON job per line (seed, options, optional program JSON) from stdin and writes
one JSON outcome per line to stdout. With "ptx" set, a program that passes on the CPU is also compiled to PTX
and assembled (hm_mlir.fuzz.check.check_ptx). Run by hm_mlir.fuzz.batch; `python -m hm_mlir.fuzz.worker`."""

from __future__ import annotations

import json
import sys


def main() -> int:
    from hm_mlir.fuzz.check import check, check_ptx
    from hm_mlir.fuzz.generate import generate
    from hm_mlir.fuzz.spec import from_json

    for line in sys.stdin:
        job = json.loads(line)
        program = from_json(job["program"]) if job.get("program") else generate(job["seed"])
        outcome = check(program, job["options"])
        if outcome.ok and job.get("ptx"):
            outcome = check_ptx(program, job["options"])
        sys.stdout.write(json.dumps({"status": outcome.status, "detail": outcome.detail}) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
