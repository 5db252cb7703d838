"""The anomaly detector: per-minute KPIs from the warehouse -> robust baselines -> Alertmanager."""
