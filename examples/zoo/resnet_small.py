"""A small ResNet for 32x32 images: a 3x3 stem, three basic-block stages of 16, 32 and 64 channels (the last two
with stride 2 and projection shortcuts), global average pooling and a 10-way classifier (weights as arguments)."""

import torch
from common import factory
from resnet_block import BasicBlock

WEIGHTS = "arguments"
INPUTS = [{"name": "image", "shape": [1, 3, 32, 32], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class SmallResNet(torch.nn.Module):
    def __init__(self, classes: int = 10):
        super().__init__()
        self.stem = torch.nn.Sequential(torch.nn.Conv2d(3, 16, 3, 1, 1, bias=False), torch.nn.BatchNorm2d(16),
                                        torch.nn.ReLU())
        self.stages = torch.nn.Sequential(BasicBlock(16, 16), BasicBlock(16, 32, 2), BasicBlock(32, 64, 2))
        self.classifier = torch.nn.Linear(64, classes)

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        features = self.stages(self.stem(image))
        return self.classifier(torch.flatten(torch.nn.functional.adaptive_avg_pool2d(features, 1), 1))


def build() -> torch.nn.Module:
    return SmallResNet()


model = factory(build, INPUTS)
