"""Hardware descriptions: built-in devices, a user's JSON file, and --chip kept consistent with --device."""

import dataclasses
import json

import pytest

from hm_mlir import hardware
from hm_mlir.passes.rtile.naive_tiling import naive_block_shape
from hm_mlir.pipeline import CompileOptions, OptionsError, build_steps


def test_builtin_devices_and_chip_defaults():
    assert set(hardware.DEVICES) == {"h100", "h200", "a100", "v100", "cpu"}
    assert CompileOptions().ptx_chip == "sm_90" and CompileOptions().device_name == "h100"
    assert CompileOptions(chip="sm_80").device_name == "a100"
    assert CompileOptions(device="a100").ptx_chip == "sm_80"
    assert CompileOptions(target="cpu").device_name == "h100"  # the cpu target checks the GPU's tiling
    assert CompileOptions(target="cpu", device="cpu").device_name == "cpu"


def test_inconsistent_chip_and_device_are_rejected():
    with pytest.raises(OptionsError, match="a100 is an sm_80 device but --chip=sm_90"):
        build_steps(CompileOptions(device="a100", chip="sm_90"))
    with pytest.raises(OptionsError, match="v100 describes a sm_70 device"):
        build_steps(CompileOptions(device="v100"))
    build_steps(CompileOptions(device="v100", target="cpu"))  # any device's tiling runs on the CPU


def test_a_users_json_file_drives_the_naive_tiling(tmp_path):
    custom = dataclasses.replace(hardware.DEVICES["h100"], name="narrow", warp_size=16)
    path = tmp_path / "narrow.json"
    path.write_text(custom.to_json())
    assert hardware.get(str(path)) == custom
    assert naive_block_shape(custom) == (16, 8)
    steps = build_steps(CompileOptions(device=str(path), stop_after="rtile"))
    tiling = next(step for step in steps if step.text.startswith("hm-roller-tiling"))
    assert f"device={path}" in tiling.text


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.pop("sms"), "lacks sms"),
    (lambda d: d.update(sms="many"), "'sms' must be an integer, not 'many'"),
    (lambda d: d.update(warp_size=0), "'warp_size' must be positive, not 0"),
    (lambda d: d.update(dram_gbps=-1.0), "'dram_gbps' must be positive, not -1.0"),
    (lambda d: d.update(mma_shapes=[[16, 8]]), "'mma_shapes' must be a list of \\[m, n, k\\] lists"),
])
def test_bad_json_files_are_named(tmp_path, edit, message):
    data = json.loads(hardware.DEVICES["a100"].to_json())
    edit(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(OptionsError, match=message):
        build_steps(CompileOptions(device=str(path)))
