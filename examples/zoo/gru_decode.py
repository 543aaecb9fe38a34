"""Seq2seq with greedy decoding: a GRU encoder over 8 source tokens, then a GRU-cell decoder that feeds back its
argmax token until it emits the end token or has produced 12 tokens: a data-dependent `while_loop` (scf.while
in the IR). Returns the tokens (0 after the end) and the final decoder state (weights as arguments)."""

import torch
from common import factory
from torch._higher_order_ops.while_loop import while_loop

WEIGHTS = "arguments"
VOCABULARY, START, END, MAX_STEPS = 16, 1, 3, 12
CASES = [2026, 2028]  # input seeds: the first ends at its first token, the second runs all 12 steps
INPUTS = [{"name": "source", "shape": [1, 8], "dtype": "int64", "init": {"kind": "integers", "low": 3, "high": 16}}]


class GreedyDecoder(torch.nn.Module):
    def __init__(self, embedding: int = 32, hidden: int = 64):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCABULARY, embedding)
        self.encoder = torch.nn.GRU(embedding, hidden, batch_first=True)
        self.decoder = torch.nn.GRUCell(embedding, hidden)
        self.project = torch.nn.Linear(hidden, VOCABULARY)

    def forward(self, source: torch.Tensor):
        _, state = self.encoder(self.embed(source))
        positions = torch.arange(MAX_STEPS)

        def more(step, token, state, tokens):
            return (step < MAX_STEPS) & (token[0] != END)

        def decode(step, token, state, tokens):
            state = self.decoder(self.embed(token), state)
            token = torch.argmax(self.project(state), dim=-1)
            return step + 1, token, state, torch.where(positions == step, token, tokens)

        initial = (torch.zeros((), dtype=torch.int64), torch.full((1,), START), state[0],
                   torch.zeros(MAX_STEPS, dtype=torch.int64))
        _, _, state, tokens = while_loop(more, decode, initial)
        return tokens, state


def build() -> torch.nn.Module:
    return GreedyDecoder()


model = factory(build, INPUTS)
