"""`callpulse stack up|down|status`: the production topology (Kafka, warehouse, workers, ingest, API,
detector, agent, Prometheus, Alertmanager) as local processes on loopback, without Docker."""
