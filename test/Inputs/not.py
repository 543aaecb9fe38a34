"""`%not CODE cmd ...`: run cmd, succeed only if it exits with exactly CODE (lit's `not` accepts any failure)."""

import subprocess
import sys

expected = int(sys.argv[1])
code = subprocess.call(sys.argv[2:])
if code != expected:
    print(f"not.py: expected exit code {expected}, got {code}", file=sys.stderr)
    sys.exit(1)
