"""The two kinds of user-facing failure of the command-line tools, mapped to exit codes by each tool."""


class UsageError(Exception):
    """A problem with the command line itself (exit 2, with a usage line)."""


class InputError(Exception):
    """A problem with the input, the files or during compilation (exit 1); the message is printed as is."""
