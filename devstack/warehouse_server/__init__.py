"""`callpulse warehouse serve`: one process owns the embedded ClickHouse engine (chDB) and answers
ClickHouse's HTTP interface, so several processes (workers, API, detector) share one warehouse
through ``CALLPULSE_WAREHOUSE_DSN=http://127.0.0.1:<port>``."""
