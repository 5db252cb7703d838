"""The API's comparisons use the operator's guardrails (CALLPULSE_ROLLOUT_*), as ``callpulse compare`` does:
a stricter agent-failed ceiling set in the environment must reach ``GET /api/v1/compare``."""

from __future__ import annotations

from callpulse import compose
from callpulse.settings import Settings


def test_api_context_carries_the_settings_guardrails(tmp_path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        rollout_max_handle_time_s=123.0,
        rollout_tool_failure_budget=0.02,
        rollout_sentiment_floor=-0.4,
        rollout_agent_failed_ceiling=0.005,
    )
    guardrails = compose.api_context(settings, client=object()).rollout_guardrails
    assert guardrails == compose.rollout_guardrails(settings)
    assert guardrails.agent_failed_ceiling == 0.005
    assert guardrails.max_handle_time_s == 123.0
