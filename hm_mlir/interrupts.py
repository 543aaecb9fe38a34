"""Ctrl-C in the command-line tools: end by SIGINT during native code instead of raising inside it.

Python raises KeyboardInterrupt at the next bytecode after SIGINT. Inside native code that calls back into
Python (a Python pass run by the pass manager, a native extension's module initialisation) that exception
lands where native code cannot unwind it, and the process dies by SIGABRT or SIGSEGV. The tools therefore
call `end_by_sigint_in_native_code()` once; from then on every `native_code()` section runs with SIGINT's
default disposition, so Ctrl-C there ends the process by SIGINT (status 130 in a shell) at once. Outside those
sections Ctrl-C is a KeyboardInterrupt, which the tools turn into exit status 130 after their clean-up. A
Python program using hm_mlir as a library keeps its own handler: nothing changes unless a tool asked.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

_tools_asked = False


def end_by_sigint_in_native_code() -> None:
    """Called by a tool when its work begins: `native_code()` sections end the process on SIGINT from now on.
    Where the console script left SIGINT at its default (hm_mlir.tools.entry), Python's handler is installed
    for the work, so that Ctrl-C outside native code is a KeyboardInterrupt the tool turns into 130."""
    global _tools_asked
    _tools_asked = True
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.SIG_DFL:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def end_by_sigint_from_now() -> None:
    """The work is done (outputs written): a Ctrl-C during interpreter shutdown ends the process by SIGINT
    instead of printing a traceback from a joining thread."""
    if _tools_asked and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextmanager
def native_code():
    """Run the body with SIGINT's default disposition when a tool asked for it (main thread only; a section
    inside another section changes nothing)."""
    if not _tools_asked or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_DFL or previous is None:  # None: a handler not set from Python, left alone
        yield
        return
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
