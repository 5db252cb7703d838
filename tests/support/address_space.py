"""A ``preexec_fn`` that caps a child process's address space: a test that runs a query which could grow
without bound (``SELECT * FROM system.numbers``) starts the process under it, so a regression fails the
test instead of taking the memory every engineer on the machine shares."""

from __future__ import annotations

import resource
from collections.abc import Callable

DEFAULT_CAP_BYTES = 6 * 2**30


def address_space_cap(limit_bytes: int = DEFAULT_CAP_BYTES) -> Callable[[], None]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    return cap
