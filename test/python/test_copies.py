"""Kernels write into the buffer their result ends in: the copies left in the host code of every test program
at --target=gpu are the ones the program's meaning asks for, each named here.

A copy is a `memref.copy` after the bufferize stage (hm-prepare-device-buffers makes each a copy kernel on GPU
targets) or a `gpu.memcpy` at --target=gpu (a device-to-host read the host waits for: a scalar result or a
condition). Every program not listed has none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hm_mlir
from hm_mlir.ir_walk import walk

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"

# program: {why: (memref.copy after bufferize, gpu.memcpy at --target=gpu)}
NEEDED = {
    "tensor_concat": {"each operand of a tensor.concat lands in its slice of the result": (5, 0)},
    "tensor_pad": {"each padded input lands inside its result, around which the pad value is filled": (3, 0)},
    "tensor_reshape": {"a result that is a reshaped view of an input is copied into its own buffer": (2, 0)},
    "tensor_slices": {"a tensor.insert_slice result starts as a copy of the tensor it inserts into": (1, 0),
                      "the inserted slice lands in it": (1, 0),
                      "a result that is a slice of an input is copied into its own buffer": (1, 0)},
    "tensor_extract_insert": {"a tensor.insert result starts as a copy of the tensor it inserts into": (1, 0),
                              "a result that is an argument is copied into its own buffer": (1, 0),
                              "each tensor.extract read on the host (a scalar result) is a device read": (0, 3)},
    "rnn_for": {"each step's h is both carried by the loop and stored in its row of the sequence": (1, 0),
                "the last h leaves the loop-carried buffer for the result": (1, 0)},
    "stacked_rnn": {"each step's top h is both carried by the loop and stored in its row of the outputs": (1, 0),
                    "each layer's last h leaves its loop-carried buffer for its result": (3, 0)},
    "scf_nested": {"the loop's sum, computed into one buffer, is handed to the next trip in a fresh one": (1, 0),
                   "the sum leaves the loop-carried buffer for the result": (1, 0)},
    "while_loop": {"the halved tensor leaves the loop-carried buffer for the result": (1, 0),
                   "the loop condition is read back by the host every trip": (0, 1)},
    "if_branch": {"the branch condition is read back by the host": (0, 1)},
    "scalars": {"a scalar result computed by a kernel is read back": (0, 1)},
    "empty_tensors": {"a concat with an empty piece is its argument, copied into its own buffer": (1, 0)},
    "tensor_roll": {"each operand of the roll's tensor.concat lands in its slice of the result": (2, 0),
                    "a result that is a slice of an input is copied into its own buffer": (1, 0)},
}


def _count(name: str, target: str, stop_after: str | None, op_name: str) -> int:
    options = {"target": target} if stop_after is None else {"target": target, "stop_after": stop_after}
    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), **options)
    with ctx:
        return sum(1 for op in walk(module.operation) if op.name == op_name)


@pytest.mark.parametrize("name", sorted(p.stem for p in PROGRAMS.glob("*.mlir")))
def test_only_the_copies_a_program_needs_remain(name):
    needed = NEEDED.get(name, {})
    copies = sum(count for count, _ in needed.values())
    reads = sum(count for _, count in needed.values())
    assert _count(name, "gpu", "bufferize", "memref.copy") == copies
    assert _count(name, "gpu", None, "gpu.memcpy") == reads


def _copies_without(name: str, removed: tuple[str, ...]) -> int:
    """memref.copy ops after the bufferize stage of `name` when the passes `removed` are left out."""
    from mlir import ir

    from hm_mlir.pipeline import CompileOptions, build_steps, pass_manager

    steps = [step for step in build_steps(CompileOptions(target="gpu", stop_after="bufferize"))
             if step.hm_pass is None or step.hm_pass.NAME not in removed]
    ctx = ir.Context()
    hm_mlir.load_dialects(ctx)
    with ctx, ir.Location.unknown():
        module = ir.Module.parse((PROGRAMS / f"{name}.mlir").read_text())
        pass_manager(steps).run(module.operation)
        return sum(1 for op in walk(module.operation) if op.name == "memref.copy")


@pytest.mark.parametrize("name, removed, copies", [
    ("layernorm", ("hm-fill-per-destination",), 1),  # one fill shared by two reductions
    ("func_calls", ("hm-forward-copies",), 6),  # call results copied into the caller's out-parameters
    ("if_branch", ("hm-forward-copies",), 2),
    ("while_loop", ("hm-forward-copies",), 3),  # seeded with a copy, its buffer handed on by a copy every trip
])
def test_without_the_passes_the_copies_come_back(name, removed, copies):
    assert _copies_without(name, removed) == copies
    assert _copies_without(name, ()) == sum(c for c, _ in NEEDED.get(name, {}).values())
