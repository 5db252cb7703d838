"""Development tooling: the local stack, the warehouse server, the dev Kafka broker, fault injection.

Nothing here imports the composition root ``callpulse``: the CLI builds the settings-derived objects
(``callpulse.compose``) and hands them in."""
