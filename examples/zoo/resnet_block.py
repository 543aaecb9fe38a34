"""ResNet basic block: two 3x3 convolutions with batch norm (inference statistics) and the identity shortcut,
64 channels at 16x16 (weights as arguments)."""

import torch
from common import factory

WEIGHTS = "arguments"
INPUTS = [{"name": "x", "shape": [1, 64, 16, 16], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class BasicBlock(torch.nn.Module):
    def __init__(self, channels_in: int, channels_out: int, stride: int = 1):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(channels_in, channels_out, 3, stride, 1, bias=False)
        self.bn1 = torch.nn.BatchNorm2d(channels_out)
        self.conv2 = torch.nn.Conv2d(channels_out, channels_out, 3, 1, 1, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(channels_out)
        self.shortcut = torch.nn.Identity()
        if stride != 1 or channels_in != channels_out:
            self.shortcut = torch.nn.Sequential(torch.nn.Conv2d(channels_in, channels_out, 1, stride, bias=False),
                                                torch.nn.BatchNorm2d(channels_out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(y)) + self.shortcut(x))


def build() -> torch.nn.Module:
    return BasicBlock(64, 64)


model = factory(build, INPUTS)
