"""A labeled corpus of call utterances with PII in written and spoken form (see generate.py)."""
