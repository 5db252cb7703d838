"""The agent's tools: identity verification, data lookups and actions over the backend."""

from agent.tools.catalog import TOOLS, ToolSpec
from agent.tools.identity import Identity
from agent.tools.runner import EventSink, ToolOutcome, ToolRunner

__all__ = ["TOOLS", "EventSink", "Identity", "ToolOutcome", "ToolRunner", "ToolSpec"]
