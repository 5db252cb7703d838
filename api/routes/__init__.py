"""The JSON routes under /api/v1 and the operational routes (/healthz, /readyz, /metrics)."""
