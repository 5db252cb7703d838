"""API keys, roles and the ``require(permission)`` dependency."""
