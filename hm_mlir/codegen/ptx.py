"""PTX out of a serialized module, and a ptxas check of it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass


def extract_ptx(module) -> dict[str, str]:
    """PTX text of every ``gpu.binary`` in ``module`` (after the ptx target).

    Returns ``{gpu.binary sym_name: ptx}``, in module order. Each entry is a
    complete PTX module. hm-merge-gpu-modules puts every kernel of a program
    (one per linalg op on the plain path) into one gpu.module, @kernels. Uses
    ``gpu.ObjectAttr(binary.attributes["objects"][i]).object`` (bytes).
    """
    from mlir import ir
    from mlir.dialects import gpu

    out: dict[str, str] = {}
    body = module.body if hasattr(module, "body") else module.regions[0].blocks[0]  # ir.Module or its operation
    for op in body.operations:
        if op.operation.name != "gpu.binary":
            continue
        name = ir.StringAttr(op.operation.attributes["sym_name"]).value
        objs = op.operation.attributes["objects"]
        for i in range(len(objs)):
            obj = gpu.ObjectAttr(objs[i])
            key = name if len(objs) == 1 else f"{name}#{i}"
            out[key] = obj.object.decode()
    return out


def ptx_target(ptx: str) -> str | None:
    """The chip of the PTX's ``.target`` directive (``sm_90a`` for wgmma kernels), or None."""
    match = re.search(r"^\s*\.target\s+(sm_\w+)", ptx, re.MULTILINE)
    return match.group(1) if match else None


def ptxas_check(ptx: str, arch: str = "sm_90", ptxas: str | None = None, verbose: bool = False) -> tuple[int, str]:
    """Assemble ``ptx`` with ptxas for ``arch`` (``-v`` if ``verbose``), or for its arch-specific variant when
    the PTX targets that (``sm_90a``: hm-attach-nvvm-target picks it for wgmma/TMA kernels). Returns
    (returncode, stderr)."""
    if ptx_target(ptx) == arch + "a":
        arch = arch + "a"
    exe = ptxas or shutil.which("ptxas") or "/usr/local/cuda/bin/ptxas"
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "k.ptx")
        with open(src, "w") as fh:
            fh.write(ptx)
        command = [exe, f"-arch={arch}", src, "-o", os.path.join(d, "k.cubin")] + (["-v"] if verbose else [])
        r = subprocess.run(command, capture_output=True, text=True)
    return r.returncode, r.stderr


@dataclass(frozen=True)
class KernelResources:
    """What ``ptxas -v`` reports for one entry function."""

    registers: int
    static_smem: int  # bytes
    spill_bytes: int  # spill stores + spill loads
    stack_bytes: int


def ptxas_resources(ptx: str, arch: str = "sm_90") -> dict[str, KernelResources]:
    """Entry name -> resources as ``ptxas -v`` reports them; RuntimeError if ptxas rejects the PTX."""
    code, report = ptxas_check(ptx, arch, verbose=True)
    if code != 0:
        raise RuntimeError(report)
    found = {}
    for chunk in re.split(r"Compiling entry function '", report)[1:]:
        name = chunk[:chunk.index("'")]

        def number(pattern: str) -> int:
            match = re.search(pattern, chunk)
            return int(match.group(1)) if match else 0

        found[name] = KernelResources(number(r"Used (\d+) registers"), number(r"(\d+) bytes smem"),
                                      number(r"(\d+) bytes spill stores") + number(r"(\d+) bytes spill loads"),
                                      number(r"(\d+) bytes stack frame"))
    return found
