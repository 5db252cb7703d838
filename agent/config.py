"""What the reference agent is configured with: one frozen value built by the composition root.

``agent/`` reads no environment and no settings file: ``callpulse.compose.agent_config`` turns the one
settings class into an ``AgentConfig`` and hands it to ``agent.server.app.create_app``. Tests build
one directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal
from urllib.parse import urlsplit

PolicyKind = Literal["rules", "llm"]

DEFAULT_GREETING = (
    "Thanks for calling. I'm an automated assistant. Calls are recorded and analyzed to improve our "
    "service, and a person is available at any time, just ask. How can I help you today?"
)
RESUME_GREETING = "Sorry, we were briefly disconnected. I'm back. What can I help you with?"

DEFAULT_TOOL_TIMEOUT_S = 4.0
DEFAULT_TOOL_TIMEOUTS: Mapping[str, float] = MappingProxyType(
    {"process_payment": 8.0, "book_appointment": 6.0, "submit_refill": 6.0}
)


class InvalidConfigError(ValueError):
    """The agent configuration cannot work (e.g. a public URL that is not https)."""


@dataclass(frozen=True)
class AgentConfig:
    """Everything the agent server needs. URLs are derived from ``public_base_url``."""

    public_base_url: str = "https://localhost:8080"
    twilio_auth_token: str = ""
    validate_signatures: bool = True
    policy: PolicyKind = "rules"
    # OpenAI-compatible endpoint for the LLM policy.
    llm_base_url: str = "http://127.0.0.1:11434/v1"
    llm_model: str = "gpt-4o-mini"
    llm_api_key: str = "not-needed"
    llm_max_tool_rounds: int = 4
    # What events say about the agent build.
    agent_name: str = "callpulse-reference"
    agent_version: str = "1.0.0"
    agent_model: str = "rules-v1"
    prompt_version: str = "p1"
    # Canary: a share of calls, by a stable hash of CallSid within a time window.
    canary_share: float = 0.0
    canary_window_s: int = 0  # 0: one window forever; else buckets rotate every window
    canary_version: str = "1.1.0-rc1"
    shadow: bool = False
    # Handoff to Flex / TaskRouter.
    flex_workflow_sid: str = ""
    # Tools.
    tool_timeouts_s: Mapping[str, float] = field(default_factory=lambda: DEFAULT_TOOL_TIMEOUTS)
    tool_timeout_default_s: float = DEFAULT_TOOL_TIMEOUT_S
    filler_after_ms: int = 700  # say "One moment." when a tool is slower than this
    # Dialog timing.
    welcome_greeting: str = DEFAULT_GREETING
    resume_greeting: str = RESUME_GREETING
    default_workflow: str = "general"
    idle_timeout_s: float = 8.0
    idle_reprompts: int = 2
    dtmf_gap_s: float = 3.0  # wait this long for the next key of a multi-digit entry
    tts_chars_per_s: float = 14.0  # to estimate when the last words finished playing
    end_wait_max_s: float = 8.0
    # Admin routes (fault injection, sample data); disabled while empty.
    admin_token: str = ""

    def __post_init__(self) -> None:
        parts = urlsplit(self.public_base_url)
        if parts.scheme not in ("https", "http") or not parts.netloc:
            raise InvalidConfigError("public_base_url must look like https://agent.example.com")
        if not 0.0 <= self.canary_share <= 1.0:
            raise InvalidConfigError("canary_share must be between 0 and 1")
        if self.policy not in ("rules", "llm"):
            raise InvalidConfigError("policy must be 'rules' or 'llm'")

    @property
    def base(self) -> str:
        return self.public_base_url.rstrip("/")

    @property
    def ws_url(self) -> str:
        """The ``wss://`` URL Twilio connects to (and signs), derived from the public base URL."""
        parts = urlsplit(self.base)
        return f"wss://{parts.netloc}{parts.path}/ws"

    @property
    def action_url(self) -> str:
        return f"{self.base}/action"

    def http_url(self, path_and_query: str) -> str:
        """The public https URL of a route, as Twilio signs it."""
        return f"{self.base}{path_and_query}"

    def tool_timeout_s(self, tool: str) -> float:
        return float(self.tool_timeouts_s.get(tool, self.tool_timeout_default_s))
