"""ResNeXt block, cardinality 32, as Rammer measures it at batch 1: 32 independent paths (1x1 convolution to 4
channels, ReLU, 3x3 convolution, ReLU), concatenated, a 1x1 convolution back to 64 channels, the identity
shortcut and ReLU; 64 channels at 8x8 (weights inline). The paths are separate operators, so their kernels
can share the GPU (inter-operator parallelism)."""

import torch
from common import factory

WEIGHTS = "inline"
INPUTS = [{"name": "x", "shape": [1, 64, 8, 8], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]
CARDINALITY = 32
WIDTH = 4  # channels of each path


class Path(torch.nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        self.reduce = torch.nn.Conv2d(channels, WIDTH, 1, bias=False)
        self.conv = torch.nn.Conv2d(WIDTH, WIDTH, 3, 1, 1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.conv(torch.relu(self.reduce(x))))


class ResNeXtBlock(torch.nn.Module):
    def __init__(self, channels: int = 64):
        super().__init__()
        self.paths = torch.nn.ModuleList(Path(channels) for _ in range(CARDINALITY))
        self.expand = torch.nn.Conv2d(CARDINALITY * WIDTH, channels, 1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        joined = torch.cat([path(x) for path in self.paths], dim=1)
        return torch.relu(self.expand(joined) + x)


def build() -> torch.nn.Module:
    return ResNeXtBlock()


model = factory(build, INPUTS)
