"""The relay tap: a WebSocket proxy in front of any ConversationRelay agent that derives turn events
from the frames it relays (``proxy.TapServer``, ``observer.RelayObserver``)."""
