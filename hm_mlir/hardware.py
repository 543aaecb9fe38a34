"""Hardware descriptions read by the tiling policies and schedulers; nothing else hard-codes a device.

Figures are spec-sheet values (H100 SXM, H200, A100 SXM, V100 SXM2) plus a CPU description for the CPU
target. `Device.from_file` reads a user's JSON file with the same field names.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Device:
    name: str
    chip: str  # PTX target, e.g. sm_90; "host" for the CPU
    sms: int
    max_blocks_per_sm: int
    max_threads_per_sm: int
    max_threads_per_block: int
    registers_per_sm: int
    max_registers_per_thread: int
    smem_per_sm: int  # bytes
    smem_per_block: int  # bytes, with the opt-in for dynamic shared memory
    smem_per_block_default: int  # bytes without the opt-in
    warp_size: int
    sm_partitions: int
    transaction_bytes: int  # smallest global-memory transaction (sector)
    cache_line_bytes: int
    smem_banks: int
    bank_bytes: int
    l2_bytes: int
    dram_gbps: float  # GB/s
    smem_gbps_per_sm: float  # GB/s per SM
    fp32_tflops: float
    tc_fp16_tflops: float
    tc_tf32_tflops: float
    mma_shapes: tuple[tuple[int, int, int], ...]

    @property
    def sm(self) -> int:
        """Compute capability as a number (sm_90 -> 90); 0 for the host."""
        digits = "".join(ch for ch in self.chip.split("_", 1)[-1] if ch.isdigit())
        return int(digits) if self.chip.startswith("sm_") and digits else 0

    @property
    def async_copy(self) -> bool:
        """cp.async (global -> shared without registers) exists from sm_80 on."""
        return self.sm >= 80

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def from_file(cls, path: str | Path) -> Device:
        """Read a device description from JSON; every field of Device must be present, every count and
        throughput positive (the models divide by them; only l2_bytes may be 0). ValueError names the file and
        the field."""
        try:
            data = json.loads(Path(path).read_text())
        except OSError as err:
            raise ValueError(f"cannot read the device description '{path}': {err.strerror or err}") from None
        except (ValueError, UnicodeDecodeError) as err:
            raise ValueError(f"{path}: not a JSON device description ({err})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a device description is a JSON object with the fields of "
                             f"hm_mlir.hardware.Device")
        missing = [f.name for f in fields(cls) if f.name not in data]
        if missing:
            raise ValueError(f"{path}: device description lacks {', '.join(missing)}")
        for f in fields(cls):
            value = data[f.name]
            if f.type in ("int", "float"):
                number = isinstance(value, (int, float)) and not isinstance(value, bool)
                if not number or (f.type == "int" and value != int(value)):
                    kind = "an integer" if f.type == "int" else "a number"
                    raise ValueError(f"{path}: device field '{f.name}' must be {kind}, not {value!r}")
                if value < 0 or (value == 0 and f.name != "l2_bytes"):
                    raise ValueError(f"{path}: device field '{f.name}' must be positive, not {value!r}")
            elif f.type == "str" and not isinstance(value, str):
                raise ValueError(f"{path}: device field '{f.name}' must be a string, not {value!r}")
        try:
            data["mma_shapes"] = tuple(tuple(int(v) for v in s) for s in data["mma_shapes"])
        except (TypeError, ValueError):
            raise ValueError(f"{path}: device field 'mma_shapes' must be a list of [m, n, k] lists") from None
        if any(len(shape) != 3 or min(shape) <= 0 for shape in data["mma_shapes"]):
            raise ValueError(f"{path}: device field 'mma_shapes' must be a list of [m, n, k] lists of positive sizes")
        return cls(**{f.name: data[f.name] for f in fields(cls)})


_HOPPER = dict(
    max_blocks_per_sm=32, max_threads_per_sm=2048, max_threads_per_block=1024, registers_per_sm=65536,
    max_registers_per_thread=255, smem_per_sm=228 * 1024, smem_per_block=227 * 1024,
    smem_per_block_default=48 * 1024, warp_size=32, sm_partitions=4, transaction_bytes=32,
    cache_line_bytes=128, smem_banks=32, bank_bytes=4, mma_shapes=((16, 8, 16), (16, 8, 8)),
)

DEVICES: dict[str, Device] = {
    "h100": Device(name="h100", chip="sm_90", sms=132, l2_bytes=50 * 2**20, dram_gbps=3350.0,
                   smem_gbps_per_sm=128 * 1.83, fp32_tflops=67.0, tc_fp16_tflops=989.0, tc_tf32_tflops=495.0,
                   **_HOPPER),
    "h200": Device(name="h200", chip="sm_90", sms=132, l2_bytes=50 * 2**20, dram_gbps=4800.0,
                   smem_gbps_per_sm=128 * 1.83, fp32_tflops=67.0, tc_fp16_tflops=989.0, tc_tf32_tflops=495.0,
                   **_HOPPER),
    "a100": Device(name="a100", chip="sm_80", sms=108, max_blocks_per_sm=32, max_threads_per_sm=2048,
                   max_threads_per_block=1024, registers_per_sm=65536, max_registers_per_thread=255,
                   smem_per_sm=164 * 1024, smem_per_block=163 * 1024, smem_per_block_default=48 * 1024,
                   warp_size=32, sm_partitions=4, transaction_bytes=32, cache_line_bytes=128, smem_banks=32,
                   bank_bytes=4, l2_bytes=40 * 2**20, dram_gbps=2039.0, smem_gbps_per_sm=128 * 1.41,
                   fp32_tflops=19.5, tc_fp16_tflops=312.0, tc_tf32_tflops=156.0,
                   mma_shapes=((16, 8, 16), (16, 8, 8))),
    "v100": Device(name="v100", chip="sm_70", sms=80, max_blocks_per_sm=32, max_threads_per_sm=2048,
                   max_threads_per_block=1024, registers_per_sm=65536, max_registers_per_thread=255,
                   smem_per_sm=96 * 1024, smem_per_block=96 * 1024, smem_per_block_default=48 * 1024,
                   warp_size=32, sm_partitions=4, transaction_bytes=32, cache_line_bytes=128, smem_banks=32,
                   bank_bytes=4, l2_bytes=6 * 2**20, dram_gbps=900.0, smem_gbps_per_sm=128 * 1.53,
                   fp32_tflops=15.7, tc_fp16_tflops=125.0, tc_tf32_tflops=0.0, mma_shapes=((8, 8, 4),)),
    # The CPU target runs the same tiled program; one "SM" per core, blocks run one after another.
    "cpu": Device(name="cpu", chip="host", sms=2, max_blocks_per_sm=1, max_threads_per_sm=1024,
                  max_threads_per_block=1024, registers_per_sm=65536, max_registers_per_thread=255,
                  smem_per_sm=1024 * 1024, smem_per_block=1024 * 1024, smem_per_block_default=1024 * 1024,
                  warp_size=32, sm_partitions=1, transaction_bytes=64, cache_line_bytes=64, smem_banks=32,
                  bank_bytes=4, l2_bytes=2 * 2**20, dram_gbps=20.0, smem_gbps_per_sm=200.0,
                  fp32_tflops=0.1, tc_fp16_tflops=0.0, tc_tf32_tflops=0.0, mma_shapes=()),
}
DEFAULT_DEVICE = "h100"
CHIP_DEVICE = {"sm_90": "h100", "sm_80": "a100"}


def get(name: str) -> Device:
    """A built-in description by name (h100, h200, a100, v100, cpu) or a JSON file path."""
    if name in DEVICES:
        return DEVICES[name]
    if name.endswith(".json") or Path(name).is_file():
        return Device.from_file(name)
    raise ValueError(f"unknown device '{name}' (known: {', '.join(DEVICES)}, or a .json file)")
