"""Warehouse reads and writes of the API: functions taking ``(client, database, …)`` returning dataclasses."""
