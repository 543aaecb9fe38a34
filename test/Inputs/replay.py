"""`%python replay.py ERRFILE`: run the reproducer command hm-opt printed in ERRFILE; exit with its code."""

import shlex
import subprocess
import sys

lines = open(sys.argv[1]).read().splitlines()
command = next(lines[i + 1] for i, line in enumerate(lines) if line.endswith("reproduce with:"))
words = shlex.split(command)
assert words[0] == "hm-opt", command
sys.exit(subprocess.call([sys.executable, "-m", "hm_mlir.tools.hm_opt", *words[1:]]))
