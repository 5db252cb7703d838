"""ConversationRelay frames: Twilio's side read leniently, the app's side validated as Twilio does
(reference §2-§4), and every typed frame written back as the JSON the reference documents."""

from __future__ import annotations

import json

import pytest

from ingest.relay.frames import (
    Dtmf,
    End,
    Info,
    Interrupt,
    Invalid,
    Language,
    Malformed,
    Play,
    Prompt,
    RelayError,
    SendDigits,
    Setup,
    Text,
    Unknown,
    encode,
    parse_app,
    parse_twilio,
)

VALID = {
    "text token": '{"type":"text","token":"Hello ","last":false}',
    "empty end-of-turn token": '{"type":"text","token":"","last":true}',
    "text with overrides": '{"type":"text","token":"Hi","interruptible":false,"preemptible":true,"lang":"sv-SE"}',
    "play": '{"type":"play","source":"https://api.twilio.com/cowbell.mp3","loop":1}',
    "sendDigits": '{"type":"sendDigits","digits":"9www4085551212"}',
    "language": '{"type":"language","ttsLanguage":"sv-SE","transcriptionLanguage":"en-US"}',
    "end": '{"type":"end"}',
    "end with handoff": '{"type":"end","handoffData":"{\\"reasonCode\\":\\"live-agent-handoff\\"}"}',
    "unknown extra key": '{"type":"text","token":"Hi","note":"x"}',
}
INVALID = {
    "null token": '{"type":"text","token":null}',
    "missing token": '{"type":"text","last":true}',
    "last as string": '{"type":"text","token":"a","last":"true"}',
    "unknown type (2026 config)": '{"type":"config","interruptible":"none"}',
    "no type": '{"token":"hi"}',
    "type not a string": '{"type":["text"],"token":"hi"}',
    "not json": "hello",
    "json array": "[1,2]",
    "play without url": '{"type":"play","source":"cowbell.mp3"}',
    "loop out of range": '{"type":"play","source":"https://x.example/a.mp3","loop":1001}',
    "digits with letters": '{"type":"sendDigits","digits":"12a"}',
    "empty digits": '{"type":"sendDigits","digits":""}',
    "language without a language": '{"type":"language"}',
    "handoffData as object": '{"type":"end","handoffData":{"a":1}}',
}
# the examples of the protocol reference, each with the typed frame it is
REFERENCE = {
    "setup": (
        '{"type":"setup","sessionId":"VX00000000000000000000000000000000","accountSid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","parentCallSid":"","callSid":"CA00000000000000000000000000000000","from":"+18005550100","to":"+18005550101","forwardedFrom":"+18005550102","callType":"PSTN","callerName":"","direction":"inbound","callStatus":"RINGING","customParameters":{"callReference":"bar"}}',
        Setup(
            session_id="VX" + "0" * 32,
            call_sid="CA" + "0" * 32,
            account_sid="AC" + "X" * 32,
            from_="+18005550100",
            to="+18005550101",
            call_status="RINGING",
            custom_parameters={"callReference": "bar"},
            forwarded_from="+18005550102",
        ),
    ),
    "prompt": (
        '{"type":"prompt","voicePrompt":"Hi! Can you tell me about life?","lang":"en-US","last":true}',
        Prompt("Hi! Can you tell me about life?", True, "en-US"),
    ),
    "dtmf": ('{"type":"dtmf","digit":"1"}', Dtmf("1")),
    "interrupt": (
        '{"type":"interrupt","utteranceUntilInterrupt":"Life is a complex set of","durationUntilInterruptMs":460}',
        Interrupt("Life is a complex set of", 460),
    ),
    "info": ('{"type":"info","name":"roundTripDelayMs","value":"148"}', Info("roundTripDelayMs", "148")),
    "error": (
        '{"type":"error","description":"Invalid message received: x"}',
        RelayError("Invalid message received: x"),
    ),
}


@pytest.mark.parametrize("frame", VALID.values(), ids=VALID.keys())
def test_twilio_accepts(frame: str) -> None:
    assert not isinstance(parse_app(frame), Invalid)


@pytest.mark.parametrize("frame", INVALID.values(), ids=INVALID.keys())
def test_twilio_rejects_with_an_error_description(frame: str) -> None:
    result = parse_app(frame)
    assert isinstance(result, Invalid)
    assert result.description.startswith("Invalid message received: ")


def test_binary_frames_are_invalid() -> None:
    assert parse_app(b"\x00\x01") == Invalid("binary frame", "Invalid message received: <binary>")


def test_a_long_refused_frame_is_quoted_cut_short() -> None:
    result = parse_app('{"type":"text","token":null,"pad":"' + "x" * 500 + '"}')
    assert isinstance(result, Invalid) and result.description.endswith("...")
    assert len(result.description) == len("Invalid message received: ") + 200 + 3


@pytest.mark.parametrize(("raw", "typed"), REFERENCE.values(), ids=REFERENCE.keys())
def test_the_reference_examples_read_into_their_types_and_write_back(raw: str, typed: object) -> None:
    assert parse_twilio(raw) == typed
    assert typed.frame() == json.loads(raw)  # type: ignore[attr-defined]


def test_an_interrupt_duration_may_be_a_string_either_way() -> None:
    raw = '{"type":"interrupt","utteranceUntilInterrupt":"Thanks for","durationUntilInterruptMs":"460"}'
    interrupt = parse_twilio(raw)
    assert interrupt == Interrupt("Thanks for", 460)
    assert interrupt.frame(duration_as_string=True)["durationUntilInterruptMs"] == "460"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("not json", Malformed("not JSON")),
        ("[1]", Malformed("not a JSON object")),
        ('{"voicePrompt":"hi"}', Malformed("no type")),
        ('{"type":"setup","sessionId":"VX1"}', Malformed("setup without callSid", "setup")),
        ('{"type":"prompt","last":true}', Malformed("prompt without voicePrompt", "prompt")),
        ('{"type":"dtmf","digit":"12"}', Malformed("dtmf without a valid digit", "dtmf")),
        ('{"type":"configUpdated"}', Unknown("configUpdated")),
    ],
    ids=["not-json", "array", "no-type", "setup-no-callsid", "prompt-no-text", "dtmf-two-keys", "unknown"],
)
def test_unusable_twilio_frames_are_typed_never_raised(raw: str, expected: object) -> None:
    assert parse_twilio(raw) == expected


def test_unknown_keys_are_ignored_and_info_keeps_its_timestamp() -> None:
    raw = '{"type":"info","name":"agentSpeaking","value":"off","ts":1764000000000,"simulatorNote":"x"}'
    assert parse_twilio(raw) == Info("agentSpeaking", "off", 1_764_000_000_000)


def test_app_frames_write_only_the_overrides_that_are_set() -> None:
    assert json.loads(encode(Text("Hello"))) == {"type": "text", "token": "Hello", "last": False}
    assert Text("Hi", lang="sv-SE", interruptible=False).frame() == {
        "type": "text", "token": "Hi", "last": False, "lang": "sv-SE", "interruptible": False,
    }  # fmt: skip
    assert End().frame() == {"type": "end"}
    assert End('{"reasonCode":"x"}').frame() == {"type": "end", "handoffData": '{"reasonCode":"x"}'}
    assert Language(transcription_language="en-US").frame() == {
        "type": "language",
        "transcriptionLanguage": "en-US",
    }


@pytest.mark.parametrize(
    "frame",
    [
        Text("Hello world!", interruptible=False, preemptible=False),
        Play("https://api.twilio.com/cowbell.mp3", interruptible=True),
        SendDigits("9www4085551212"),
        Language("sv-SE", "en-US"),
        End('{"reasonCode":"live-agent-handoff"}'),
    ],
    ids=lambda f: type(f).__name__,
)
def test_every_app_frame_round_trips_through_twilios_validation(frame: object) -> None:
    assert parse_app(encode(frame)) == frame  # type: ignore[arg-type]
