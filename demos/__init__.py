"""What ``callpulse demo`` shows: simulated, live and incident demos, given wired parts (demos/README.md)."""
