"""The live caller simulator: plays Twilio's side of ConversationRelay over a real WebSocket.

``session.run_call`` plays one call, ``load.run_load`` many at an arrival rate; ``script`` turns the
scenario library's caller scripts into live plans, ``personas`` colours them (accents, noise, ...).
"""
