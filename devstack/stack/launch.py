"""Starting one service's process, the same way for `stack up` and for the supervisor's restarts."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from devstack import kafka_broker
from devstack.stack.config import StackConfig
from devstack.stack.processes import PidFile, spawn
from devstack.stack.services import Layout, Service


def launch(service: Service, config: StackConfig, layout: Layout) -> subprocess.Popen[bytes]:
    """Start ``service`` (Kafka from its jars, anything else as its argv in a new session, output to its
    log) and record its pid file; does not wait for its health check."""
    log = layout.log(service.name)
    if service.name == "kafka":
        broker = kafka_broker.BrokerConfig(
            port=config.kafka_dev_port,
            controller_port=config.kafka_controller_port,
            data_dir=layout.data("kafka"),
        )
        broker.data_dir.mkdir(parents=True, exist_ok=True)
        kafka_broker.fetch_jars(broker.libs)
        process = kafka_broker.start(broker)
        log.parent.mkdir(parents=True, exist_ok=True)
        log.unlink(missing_ok=True)
        log.symlink_to(broker.log_path)
    else:
        layout.data(service.name).mkdir(parents=True, exist_ok=True)
        process = spawn(list(service.argv), {**os.environ, **service.env}, log, Path.cwd())
    PidFile(layout.pid(service.name)).write(process.pid)
    return process
