"""The console scripts' entry points (hm-opt, hm-run, hm-import, hm-bench).

A Ctrl-C while a tool's own modules are still being imported would print a traceback. Importing this module
restores SIGINT's default disposition, so such an early Ctrl-C ends the tool by SIGINT (status 130 in a
shell); `run_tool` then installs Python's handler for the tool's work (hm_mlir.interrupts).
"""

import signal

signal.signal(signal.SIGINT, signal.SIG_DFL)


def hm_opt() -> int:
    from hm_mlir.tools.hm_opt import main

    return main()


def hm_run() -> int:
    from hm_mlir.tools.hm_run import main

    return main()


def hm_import() -> int:
    from hm_mlir.tools.hm_import import main

    return main()


def hm_bench() -> int:
    from hm_mlir.tools.hm_bench import main

    return main()
