"""One memory plan (hm-plan-memory): every intermediate of every test program and zoo model lives in one arena
per executable, laid out at compile time, so a call allocates no device buffer; buffers whose lifetimes do not
overlap share bytes; and the CPU target, which runs the same plan, still matches NumPy, which a plan that
ignored lifetimes would not (the mutation test)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

import hm_mlir
from hm_mlir import zoo
from hm_mlir.passes.bufferize import plan_memory

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_programs import PROGRAMS as REFERENCES  # noqa: E402
from test_programs import check_program  # noqa: E402


def _one_call(exe, entry, arguments) -> dict[str, int]:
    before = exe.event_counts()
    exe[entry](*arguments)
    return {key: value - before[key] for key, value in exe.event_counts().items()}


def test_no_program_allocates_a_device_buffer_per_call():
    planned = 0
    for name in sorted(REFERENCES):
        exe = hm_mlir.compile(PROGRAMS / f"{name}.mlir", "cpu", opt_level=0, count_events=True)
        program = REFERENCES[name]
        counts = _one_call(exe, program.entry, program.inputs(np.random.default_rng(0)))
        assert counts["allocations"] == 0, name
        assert exe.arena.bytes <= exe.arena.planned_bytes, name
        planned += exe.arena.bytes > 0
    assert planned >= 10  # loops (scf.for and scf.while carried buffers), calls, branches, reductions


def test_no_zoo_model_allocates_per_call_and_lifetimes_share_the_arena():
    ratios = {}
    for name in zoo.names():
        model = zoo.load(name)
        exe = hm_mlir.compile(model.mlir_path, "cpu", opt_level=0, count_events=True)
        assert _one_call(exe, model.manifest["entry"], model.arguments(0))["allocations"] == 0, name
        ratios[name] = exe.arena.bytes / exe.arena.planned_bytes
    assert ratios["bert_layer"] < 0.5 and ratios["resnet_small"] < 0.5  # most intermediates share bytes
    assert max(ratios.values()) <= 1.0


def test_the_arena_is_allocated_once_and_reused_across_calls():
    exe = hm_mlir.compile(PROGRAMS / "layernorm.mlir", "cpu", opt_level=0)
    program = REFERENCES["layernorm"]
    inputs = program.inputs(np.random.default_rng(0))
    first = exe[program.entry](*inputs)
    address = exe._arena_address
    again = exe[program.entry](*inputs)
    assert address is not None and exe._arena_address == address
    np.testing.assert_array_equal(first, again)


@pytest.mark.parametrize("name", ["attention", "rnn_for", "while_loop", "scf_nested"])
def test_a_plan_that_ignores_lifetimes_is_caught(monkeypatch, name):
    """Mutation: pack every buffer at offset 0 (lifetimes ignored); the CPU target runs that plan and the
    program no longer matches NumPy. Without the mutation it does."""
    check_program(name, "cpu")
    real = plan_memory.plan_function

    def overlapping(func, memory, share=True):
        plan = real(func, memory, share)
        for item in plan.placements:
            item.offset = 0
        return plan

    monkeypatch.setattr(plan_memory, "plan_function", overlapping)
    with pytest.raises(AssertionError):
        check_program(name, "cpu")


def _device_allocations(name: str) -> list[str]:
    """The gpu.alloc ops in the host code of `name` at --target=gpu that are neither a constant's device copy
    (the destination of a gpu.memcpy from a memref.get_global) nor the 0-d staging of a host read (the source
    of a gpu.memcpy, hm-copy-host-reads)."""
    from mlir import ir

    from hm_mlir.ir_walk import defining_op, walk

    ctx, module = hm_mlir.lower((PROGRAMS / f"{name}.mlir").read_text(), target="gpu")
    found = []
    with ctx:
        for op in walk(module.operation):
            if op.name != "gpu.alloc":
                continue
            buffer = op.results[0]
            copies = [use.owner.operation for use in buffer.uses if use.owner.operation.name == "gpu.memcpy"]
            constant = any(c.operands[-2] == buffer and getattr(defining_op(c.operands[-1]), "name", "")
                           == "memref.get_global" for c in copies)
            staging = ir.MemRefType(buffer.type).rank == 0 and any(c.operands[-1] == buffer for c in copies)
            if not (constant or staging):
                found.append(str(buffer.type))
    return found


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_no_intermediate_is_a_device_allocation(name):
    assert _device_allocations(name) == []


def test_without_the_plan_intermediates_are_device_allocations(monkeypatch):
    """The check above sees them: with hm-plan-memory doing nothing, layernorm allocates its two rows."""
    monkeypatch.setattr(plan_memory, "plan_memory", lambda module, share=True: None)
    assert _device_allocations("layernorm") == ["memref<37xf32>", "memref<37xf32>"]
