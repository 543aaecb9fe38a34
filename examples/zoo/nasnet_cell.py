"""NASNet-A normal cell (Zoph et al. 2018), as Rammer measures it at batch 1: five combinations of separable
3x3 / 5x5 convolutions (ReLU, depthwise, pointwise, batch norm), 3x3 average pools and identities over the
current and the previous hidden state, concatenated with the previous one; 32 channels at 8x8 (weights
inline). Its branches are independent operators: the hidden branches that Rammer runs side by side."""

import torch
from common import factory

WEIGHTS = "inline"
INPUTS = [{"name": "h", "shape": [1, 32, 8, 8], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}},
          {"name": "h_prev", "shape": [1, 32, 8, 8], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class Separable(torch.nn.Module):
    def __init__(self, channels: int, kernel: int):
        super().__init__()
        self.depthwise = torch.nn.Conv2d(channels, channels, kernel, 1, kernel // 2, groups=channels, bias=False)
        self.pointwise = torch.nn.Conv2d(channels, channels, 1, bias=False)
        self.norm = torch.nn.BatchNorm2d(channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.norm(self.pointwise(self.depthwise(torch.relu(x))))


class NormalCell(torch.nn.Module):
    def __init__(self, channels: int = 32):
        super().__init__()
        self.sep3_h, self.sep5_h = Separable(channels, 3), Separable(channels, 5)
        self.sep3_p1, self.sep3_p2, self.sep5_p = (Separable(channels, 3), Separable(channels, 3),
                                                   Separable(channels, 5))
        self.pool = torch.nn.AvgPool2d(3, 1, 1, count_include_pad=False)

    def forward(self, h: torch.Tensor, h_prev: torch.Tensor) -> torch.Tensor:
        c0 = self.sep3_h(h) + h
        c1 = self.sep3_p1(h_prev) + self.sep5_h(h)
        c2 = self.pool(h) + h_prev
        c3 = self.pool(h_prev) + self.pool(h_prev)
        c4 = self.sep5_p(h_prev) + self.sep3_p2(h_prev)
        return torch.cat([h_prev, c0, c1, c2, c3, c4], dim=1)


def build() -> torch.nn.Module:
    return NormalCell()


model = factory(build, INPUTS)
