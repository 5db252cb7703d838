"""TwiML documents the agent returns, built with ElementTree so every value is escaped properly."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

RELAY_ATTRIBUTES: Mapping[str, str] = {
    "welcomeGreetingInterruptible": "any",
    "dtmfDetection": "true",
    "interruptible": "any",
    "debug": "speaker-events tokens-played",
    "language": "en-US",
}


def _doc(root: ET.Element) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>' + ET.tostring(root, encoding="unicode")


def connect_relay(ws_url: str, action_url: str, greeting: str, parameters: Mapping[str, str]) -> str:
    """``<Connect action><ConversationRelay url welcomeGreeting ...><Parameter .../></...></Connect>``;
    without a greeting (shadow mode), no ``welcomeGreeting`` attribute: Twilio then says nothing."""
    response = ET.Element("Response")
    connect = ET.SubElement(response, "Connect", {"action": action_url, "method": "POST"})
    spoken = {"welcomeGreeting": greeting} if greeting else {}
    relay = ET.SubElement(connect, "ConversationRelay", {"url": ws_url, **spoken, **RELAY_ATTRIBUTES})
    for name, value in parameters.items():
        ET.SubElement(relay, "Parameter", {"name": name, "value": value})
    return _doc(response)


def enqueue(workflow_sid: str, attributes: Mapping[str, Any]) -> str:
    """Hand the call to Flex / TaskRouter with the task attributes as JSON."""
    response = ET.Element("Response")
    queue = ET.SubElement(response, "Enqueue", {"workflowSid": workflow_sid})
    task = ET.SubElement(queue, "Task", {"priority": "1000"})
    task.text = json.dumps(attributes, separators=(",", ":"))
    return _doc(response)


def say_and_hang_up(text: str) -> str:
    response = ET.Element("Response")
    ET.SubElement(response, "Say").text = text
    ET.SubElement(response, "Hangup")
    return _doc(response)


def hang_up() -> str:
    response = ET.Element("Response")
    ET.SubElement(response, "Hangup")
    return _doc(response)


def empty() -> str:
    return _doc(ET.Element("Response"))
