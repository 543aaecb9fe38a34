"""A Gantt chart of Rammer's programs as a PNG: one row per vEU, modelled time to the right, one colour per
kernel (the same colour for the same kernel index in every program), a grey gap between programs. Written
with NumPy and zlib only, so it needs no plotting package.

In: the programs of --hm-report's Rammer reports (hm_mlir.rammer.report.program dicts). Out: `write(programs,
path)` writes the PNG; `pixels(programs)` is the RGB array it encodes.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np

WIDTH = 1200  # pixels of the longest program's makespan
MAX_ROW = 12  # pixels per vEU at most
MAX_HEIGHT = 2400  # pixels per program at most (rows shrink to 1 pixel, then vEUs are sampled)
GAP = 8


def _colour(kernel: int) -> tuple[int, int, int]:
    """A distinct, saturated colour per kernel index (golden-ratio hues)."""
    import colorsys

    r, g, b = colorsys.hsv_to_rgb((kernel * 0.618033988749895) % 1.0, 0.65, 0.95)
    return int(r * 255), int(g * 255), int(b * 255)


def pixels(programs: list[dict]) -> np.ndarray:
    """The chart of `programs` (each with its per-vEU tasks and their modelled start and end) as RGB rows."""
    span = max((t["end_us"] for p in programs for tasks in p["veus"] for t in tasks), default=0.0) or 1.0
    parts = []
    for p in programs:
        veus = len(p["veus"])
        row = max(1, min(MAX_ROW, MAX_HEIGHT // max(1, veus)))
        shown = (list(range(veus)) if veus * row <= MAX_HEIGHT
                 else [int(v) for v in np.linspace(0, veus - 1, MAX_HEIGHT)])
        image = np.full((len(shown) * row, WIDTH, 3), 255, dtype=np.uint8)
        for r, veu in enumerate(shown):
            for task in p["veus"][veu]:
                left = int(task["start_us"] / span * (WIDTH - 1))
                right = max(left + 1, int(task["end_us"] / span * (WIDTH - 1)))
                image[r * row:(r + 1) * row - (1 if row > 2 else 0), left:right] = _colour(task["kernel"])
        parts += [image, np.full((GAP, WIDTH, 3), 200, dtype=np.uint8)]
    return np.concatenate(parts[:-1]) if parts else np.full((1, WIDTH, 3), 255, dtype=np.uint8)


def png(image: np.ndarray) -> bytes:
    """The PNG encoding of an RGB uint8 array (8-bit truecolour, no interlace)."""
    height, width, _ = image.shape
    raw = b"".join(b"\0" + image[y].tobytes() for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def write(programs: list[dict], path: str) -> None:
    """Write the Gantt chart of `programs` to `path` (atomically)."""
    from hm_mlir.tools.files import write_atomically

    write_atomically(path, png(pixels(programs)))
