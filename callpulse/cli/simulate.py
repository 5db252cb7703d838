"""``callpulse simulate``: Twilio's side of ConversationRelay calls, played against a live agent."""

from __future__ import annotations

import argparse
import asyncio
import secrets
from typing import Any

from callpulse.cli.args import add_command, positive_int
from callpulse.errors import ConfigError

PERSONAS = ("standard", "accented", "noisy", "curveball", "spelled", "frustrated", "silent")
MODES = ("none", "dtmf", "speech", "any")


def register(commands: Any) -> None:
    sim = add_command(commands, "simulate", run_simulate)
    sim.add_argument("--url", required=True, help="where to connect, e.g. ws://127.0.0.1:8080/ws")
    sim.add_argument(
        "--public-url", default="", help="the wss:// URL the signature covers (default: --url as wss)"
    )
    sim.add_argument(
        "--action-url", default="", help="<Connect action> URL to POST the session-end callback to"
    )
    sim.add_argument("--calls", type=positive_int, default=1, help="number of calls (default 1)")
    sim.add_argument("--rate", type=float, default=5.0, help="call arrivals per second (0: all at once)")
    sim.add_argument(
        "--persona",
        choices=(*PERSONAS, "all"),
        default="all",
        help="caller persona (default: all, round robin)",
    )
    sim.add_argument("--template", default=None, help="a scenario template, e.g. billing.success")
    sim.add_argument(
        "--seed",
        type=int,
        default=None,
        help="replay the same callers: personas, scripts and pauses call by call (default: a random "
        "seed, printed at the end). Call SIDs are new on every run, seeded or not: a live call "
        "cannot be replayed (the agent mints new events), so a rerun adds its calls to the warehouse "
        "instead of merging them into the earlier run's",
    )
    sim.add_argument("--time-scale", type=float, default=1.0, help="play N times faster than real time")
    sim.add_argument(
        "--signature", choices=("url", "tac", "none"), default="url", help="handshake signing style"
    )
    sim.add_argument(
        "--greeting", default=None, help="welcomeGreeting to speak ('' for none; default: the scenario's)"
    )
    sim.add_argument(
        "--interruptible",
        choices=MODES,
        default="any",
        help="TwiML interruptible: which caller input may cut the agent's speech (default any)",
    )
    sim.add_argument(
        "--report-input-during-agent-speech",
        choices=MODES,
        default="none",
        help="TwiML reportInputDuringAgentSpeech: which input is sent while the agent speaks (default none)",
    )
    sim.add_argument("--no-dtmf", action="store_true", help="dtmfDetection off: key presses are not sent")
    sim.add_argument("--partial-prompts", action="store_true", help="send cumulative partial prompts first")
    sim.add_argument(
        "--no-events", action="store_true", help="no info messages (speaker events, tokens played)"
    )
    sim.add_argument("--duration-as-string", action="store_true", help='durationUntilInterruptMs as "460"')
    sim.add_argument("--extra-fields", action="store_true", help="unknown keys on every message")
    sim.add_argument("--info-ts", action="store_true", help="a ts field on info messages")
    sim.add_argument(
        "--settle-ms", type=positive_int, default=400, help="agent silence before the caller speaks"
    )


def run_simulate(args: argparse.Namespace) -> int:
    """play Twilio's side of ConversationRelay calls against an agent"""
    from agent.simulator.live.config import RelayConfig, SimOptions
    from agent.simulator.live.load import LoadPlan, run_load
    from callpulse.settings import get_settings

    if not args.url.startswith(("ws://", "wss://")):
        raise ConfigError(f"--url must start with ws:// or wss://, got {args.url!r}")
    if args.time_scale <= 0:
        raise ConfigError("--time-scale must be above 0 (e.g. 10 plays ten times faster)")
    token = get_settings().relay_auth_token.get_secret_value()
    opts = SimOptions(
        url=args.url,
        public_url=args.public_url,
        auth_token=token,
        signature_style=args.signature if token else "none",
        action_url=args.action_url,
        time_scale=args.time_scale,
        settle_ms=args.settle_ms,
        duration_as_string=args.duration_as_string,
        extra_fields=args.extra_fields,
        info_ts=args.info_ts,
    )
    relay = RelayConfig(
        welcome_greeting=args.greeting,
        interruptible=args.interruptible,
        report_input_during_agent_speech=args.report_input_during_agent_speech,
        dtmf_detection=not args.no_dtmf,
        partial_prompts=args.partial_prompts,
        events=frozenset() if args.no_events else RelayConfig().events,
    )
    personas = PERSONAS if args.persona == "all" else (args.persona,)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    load = LoadPlan(args.calls, args.rate, personas, seed, args.template)
    done = [0]

    def progress(report: Any) -> None:
        done[0] += 1
        errors = ",".join(map(str, report.protocol_errors)) or "-"
        print(
            f"[{done[0]}/{args.calls}] {report.call_sid} {report.plan} ({report.persona}): "
            f"{report.outcome}, errors {errors}"
        )

    _, summary = asyncio.run(run_load(load, opts, relay, on_done=progress if args.calls <= 20 else None))
    print("\n".join(summary.lines()))
    print(f"seed {seed} (--seed {seed} replays these callers; call SIDs are new on every run)")
    return 0 if not summary.errors and not summary.handshake_failures else 1
