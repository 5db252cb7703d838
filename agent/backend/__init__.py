"""The sample backend the reference agent's tools talk to, with run-time fault injection."""

from agent.backend.base import Backend
from agent.backend.errors import BackendError
from agent.backend.faults import Fault, FaultBook
from agent.backend.sample import SampleBackend

__all__ = ["Backend", "BackendError", "Fault", "FaultBook", "SampleBackend"]
