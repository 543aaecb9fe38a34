"""MobileNetV2 inverted residual block: 1x1 expansion (x4), 3x3 depthwise convolution, 1x1 projection, batch
norm and ReLU6, with the residual connection; 32 channels at 16x16 (weights inline)."""

import torch
from common import factory

WEIGHTS = "inline"
INPUTS = [{"name": "x", "shape": [1, 32, 16, 16], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class InvertedResidual(torch.nn.Module):
    def __init__(self, channels: int = 32, expansion: int = 4):
        super().__init__()
        hidden = channels * expansion
        self.expand = torch.nn.Sequential(torch.nn.Conv2d(channels, hidden, 1, bias=False),
                                          torch.nn.BatchNorm2d(hidden), torch.nn.ReLU6())
        self.depthwise = torch.nn.Sequential(torch.nn.Conv2d(hidden, hidden, 3, 1, 1, groups=hidden, bias=False),
                                             torch.nn.BatchNorm2d(hidden), torch.nn.ReLU6())
        self.project = torch.nn.Sequential(torch.nn.Conv2d(hidden, channels, 1, bias=False),
                                           torch.nn.BatchNorm2d(channels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.project(self.depthwise(self.expand(x)))


def build() -> torch.nn.Module:
    return InvertedResidual()


model = factory(build, INPUTS)
