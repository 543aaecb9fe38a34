"""The two kinds of user-facing failure of the command-line tools, mapped to exit codes by each tool."""


class UsageError(Exception):
    """A problem with the command line itself (exit 2, with a usage line)."""


class InputError(Exception):
    """A problem with the input, the files or during compilation (exit 1); the message is printed as is."""


def run_tool(tool: str, usage: str, work) -> int:
    """Call `work()` and map every way out to the tools' exit codes: its own code, 2 (UsageError, after the
    `usage` line), 1 (InputError, or a bug: one line, the traceback only with HM_MLIR_TRACEBACK=1), 130 on
    Ctrl-C (or the end by SIGINT itself, where it comes during native code: hm_mlir.interrupts)."""
    import os
    import sys

    from hm_mlir.interrupts import end_by_sigint_from_now, end_by_sigint_in_native_code

    end_by_sigint_in_native_code()
    try:
        return work()
    except UsageError as err:
        print(usage, file=sys.stderr)
        print(f"{tool}: error: {err}", file=sys.stderr)
        return 2
    except InputError as err:
        print(str(err), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{tool}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as err:  # a bug in the tool: say so, without a traceback unless asked for
        if os.environ.get("HM_MLIR_TRACEBACK"):
            raise
        print(f"{tool}: internal error: {type(err).__name__}: {err} (set HM_MLIR_TRACEBACK=1 to see where)",
              file=sys.stderr)
        return 1
    finally:
        end_by_sigint_from_now()
