"""Twilio ConversationRelay on the wire: the typed frames of both directions (``frames``)."""
