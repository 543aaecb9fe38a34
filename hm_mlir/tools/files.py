"""Writing outputs atomically (no MLIR needed: the compiler-free runner writes results with it too)."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def write_atomically(path: str, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename.

    A symbolic link is followed (the file it names is replaced); a device or pipe (e.g. /dev/null), which a
    rename would replace, is written in place. Raises OSError (an empty path: ENOENT; a folder: EISDIR).
    """
    payload = data.encode() if isinstance(data, str) else data
    if not path:
        raise FileNotFoundError(errno.ENOENT, "empty file name", path)
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if target.exists() and not target.is_file():
        with open(target, "wb") as handle:
            handle.write(payload)
        return
    folder = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
