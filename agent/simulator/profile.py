"""Which agent build handles a call, and how that build behaves (latency, fillers, barge-in handling).

Agent behaviour belongs here rather than in the scenario: the same scenario played against a
different build (a canary, a rules engine, a slower model) must give different metrics, which is
exactly what the dashboards and the anomaly detector are meant to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from agent.simulator.model import Workflow

AGENT_NAME = "callpulse-reference-agent"
STABLE_VERSION = "1.4.0"
CANARY_VERSION = "1.5.0-rc1"
_MODELS = (("gpt-4o-mini-2024-07-18", 55), ("rules-v1", 25), ("claude-3-5-haiku-20241022", 20))


@dataclass(frozen=True)
class AgentProfile:
    version: str = STABLE_VERSION
    model: str = "rules-v1"
    prompt_version: str = "billing-v3"
    canary: bool = False
    shadow: bool = False
    ttft_ms: tuple[int, int] = (300, 1500)  # prompt received -> first token, no tool in between
    after_tool_ms: tuple[int, int] = (250, 900)  # tool result -> first token of the answer
    tool_decide_ms: tuple[int, int] = (300, 1100)  # prompt received -> tool.called
    chunk_gap_ms: tuple[int, int] = (30, 80)
    slow_turn_p: float = 0.03  # a stalled model: 2-5 s to the first token (dead air)
    hold_filler_p: float = 0.6  # "One moment." before a tool call
    lead_filler_p: float = 0.35  # "Sure, ..." in front of an answer
    yields_on_interrupt: bool = True  # stops sending within 300 ms of an interrupt
    chars_per_s: float = 14.0  # TTS playback speed

    @property
    def is_llm(self) -> bool:
        return not self.model.startswith("rules")

    def agent_info(self, name: str = AGENT_NAME) -> dict[str, str]:
        return {
            "name": name,
            "version": self.version,
            "model": self.model,
            "prompt_version": self.prompt_version,
        }


def pick_profile(rng: random.Random, workflow: Workflow) -> AgentProfile:
    """~10% canary (``1.5.0-rc1``, slower and worse at barge-ins); models weighted by deployment share."""
    canary = rng.random() < 0.10
    model = rng.choices([m for m, _ in _MODELS], [w for _, w in _MODELS])[0]
    prompt = f"{workflow.value}-v{4 if canary else 3}"
    cps = round(rng.uniform(13.0, 15.5), 2)
    if model.startswith("rules"):
        return AgentProfile(
            version=CANARY_VERSION if canary else STABLE_VERSION,
            model=model,
            prompt_version=prompt,
            canary=canary,
            ttft_ms=(150, 600),
            after_tool_ms=(40, 200),
            tool_decide_ms=(20, 120),
            chunk_gap_ms=(5, 20),
            slow_turn_p=0.005,
            hold_filler_p=0.3,
            lead_filler_p=0.1,
            yields_on_interrupt=rng.random() >= (0.5 if canary else 0.05),
            chars_per_s=cps,
        )
    extra = 300 if canary else 0
    return AgentProfile(
        version=CANARY_VERSION if canary else STABLE_VERSION,
        model=model,
        prompt_version=prompt,
        canary=canary,
        ttft_ms=(300 + extra, 1500 + extra),
        after_tool_ms=(250 + extra, 900 + extra),
        slow_turn_p=0.06 if canary else 0.03,
        yields_on_interrupt=rng.random() >= (0.5 if canary else 0.12),
        chars_per_s=cps,
    )
