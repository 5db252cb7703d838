"""The LLM policy: any OpenAI-compatible streaming chat endpoint, with tool calling.

Every request carries the compact call state (verified or not, what was collected, open tasks,
what the caller heard before barging in) in the system prompt, so the model never has to infer it
from the transcript. Text deltas are spoken as they arrive; tool calls run through the same gated,
timed, idempotent tools as the rules policy, plus control tools to record the intent, open and close
tasks, hand off to a person and end the call. A failing tool after its retry raises out of here and
the dialog hands the call off, exactly as with the rules policy.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, cast

from openai import AsyncOpenAI, AsyncStream
from openai.types.chat import ChatCompletionChunk

from agent.policy.base import CallerInput, EndCycle, Speech, Token
from agent.policy.context import TurnContext
from agent.policy.speech import utter
from agent.tools.catalog import TOOLS

SYSTEM_PROMPT = """You are the phone assistant of a company's contact center. You are speaking on a \
phone call: answer in one or two short sentences, put the answer first, no lists, no markdown. \
Never read out full card numbers, SSNs or dates of birth. Verify the caller (verify_identity, \
verify_patient, verify_member, or send_code + verify_code) before reading any account detail; the \
tools refuse otherwise. Confirm critical details (amounts, dates, times, spelled last names) slowly. \
If the caller asks for a person, or policy requires one, call transfer_to_person. When the caller \
is done, say goodbye and call end_call. Call note_intent once you know what the caller wants, and \
start_task / complete_task around each task.
Current call state (JSON): {state}"""


def _control(name: str, description: str, **params: str) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": {k: {"type": "string", "description": v} for k, v in params.items()},
                "required": list(params),
            },
        },
    }


CONTROL_TOOLS = (
    _control("note_intent", "Record what the caller wants.", intent="snake_case intent name"),
    _control("start_task", "A task begins.", task="snake_case task name"),
    _control("complete_task", "A task ends.", task="task name", success="true or false", reason="why"),
    _control("transfer_to_person", "Hand the call to a person.", reason="why, no personal data"),
    _control("end_call", "End the call after saying goodbye."),
)
TOOL_SCHEMAS = [t.openai_schema() for t in TOOLS] + list(CONTROL_TOOLS)
TOO_MANY_ROUNDS = "Sorry, I'm having trouble with that. Let me get a person to help you."


@dataclass
class _ToolCall:
    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)

    def args(self) -> dict[str, Any]:
        try:
            parsed = json.loads("".join(self.arguments) or "{}")
        except ValueError:
            return {}
        return parsed if isinstance(parsed, dict) else {}


class LlmPolicy:
    name = "llm"

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "not-needed",
        max_tool_rounds: int = 4,
        client: AsyncOpenAI | None = None,
    ) -> None:
        self.model = model
        self.max_tool_rounds = max_tool_rounds
        self.client = client or AsyncOpenAI(base_url=base_url, api_key=api_key, max_retries=1, timeout=20.0)

    def messages(self, said: CallerInput, ctx: TurnContext) -> list[dict[str, Any]]:
        state = ctx.state
        out: list[dict[str, Any]] = [
            {"role": "system", "content": SYSTEM_PROMPT.format(state=json.dumps(state.compact()))}
        ]
        earlier = list(state.history)[:-1]  # the last entry is this turn's input
        out += [
            {"role": "user" if who == "caller" else "assistant", "content": text} for who, text in earlier
        ]
        if said.kind == "dtmf":
            out.append({"role": "user", "content": f"(keypad) {said.digits}"})
        elif said.kind == "idle":
            out.append({"role": "user", "content": "(the caller has been silent)"})
        else:
            out.append({"role": "user", "content": said.text})
        return out

    async def respond(self, said: CallerInput, ctx: TurnContext) -> AsyncIterator[Speech]:
        messages = self.messages(said, ctx)
        for _ in range(self.max_tool_rounds):
            calls: dict[int, _ToolCall] = {}
            spoken: list[str] = []
            created = await self.client.chat.completions.create(
                model=self.model,
                messages=messages,  # type: ignore[arg-type]  # plain dicts of the documented shape
                tools=TOOL_SCHEMAS,  # type: ignore[arg-type]
                stream=True,
            )
            stream = cast(AsyncStream[ChatCompletionChunk], created)  # stream=True
            async for chunk in stream:
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta
                if delta.content:
                    spoken.append(delta.content)
                    yield Token(delta.content)
                for part in delta.tool_calls or ():
                    call = calls.setdefault(part.index, _ToolCall())
                    call.id = part.id or call.id
                    if part.function is not None:
                        call.name = part.function.name or call.name
                        if part.function.arguments:
                            call.arguments.append(part.function.arguments)
            if spoken:
                yield EndCycle()
            if not calls:
                return
            messages.append(
                {
                    "role": "assistant",
                    "content": "".join(spoken) or None,
                    "tool_calls": [
                        {
                            "id": c.id,
                            "type": "function",
                            "function": {"name": c.name, "arguments": "".join(c.arguments)},
                        }
                        for c in calls.values()
                    ],
                }
            )
            for call in calls.values():
                result = await self._run(call, ctx)
                messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
            if ctx.state.closing is not None:
                return
            messages[0] = {
                "role": "system",
                "content": SYSTEM_PROMPT.format(state=json.dumps(ctx.state.compact())),
            }
        ctx.handoff("the model did not finish its turn", "policy")
        for item in utter(TOO_MANY_ROUNDS):
            yield item

    async def _run(self, call: _ToolCall, ctx: TurnContext) -> dict[str, Any]:
        args = call.args()
        if call.name == "note_intent":
            ctx.intent(str(args.get("intent", "unknown")).lower().replace(" ", "_")[:60] or "unknown", 0.8)
            return {"ok": True}
        if call.name == "start_task":
            return {"ok": True, "task_id": ctx.start_task(_name(args.get("task")))}
        if call.name == "complete_task":
            success = str(args.get("success", "")).lower() in ("true", "yes", "1")
            ctx.finish_task(_name(args.get("task")), success, str(args.get("reason") or "") or None)
            return {"ok": True}
        if call.name == "transfer_to_person":
            ctx.handoff(str(args.get("reason") or "model requested a person")[:200], "policy")
            return {"ok": True}
        if call.name == "end_call":
            ctx.end_call("model ended the call")
            return {"ok": True}
        if call.name == "lookup_caller":
            args = {"ani": ctx.state.caller_number}
        outcome = await ctx.tool(call.name, {k: str(v) for k, v in args.items()})
        if not outcome.ok:
            return {"ok": False, "error": outcome.error_code}
        return {"ok": True, **outcome.data}


def _name(value: object) -> str:
    text = "".join(ch if ch.isalnum() else "_" for ch in str(value or "task").lower()).strip("_")
    return (text if text[:1].isalpha() else "task_" + text)[:60] or "task"
