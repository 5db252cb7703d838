"""Call metrics: pure functions from a call's events to the product's numbers (``docs/metrics.md``)."""

from stream.metrics.call import MetricsInputError, compute_call
from stream.metrics.sentiment import SentimentScorer, VaderScorer
from stream.metrics.types import METRICS_VERSION, CallResult, MetricsConfig

__all__ = [
    "METRICS_VERSION",
    "CallResult",
    "MetricsConfig",
    "MetricsInputError",
    "SentimentScorer",
    "VaderScorer",
    "compute_call",
]
