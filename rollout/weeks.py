"""An ISO week (``2026-W48``): its bounds in epoch ms (UTC, Monday 00:00 to the next Monday), its days and the
week before. Pure. The one home of ISO weeks in ``rollout``: the after-call review sample and the weekly
report both read them here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime, timedelta

from rollout.errors import WeekError

_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$")
DAY_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        if not MINYEAR < self.year < MAXYEAR:  # the first and last year's weeks spill past date's range
            raise WeekError(f"{self.year} is not a year of ISO weeks here ({MINYEAR + 1} to {MAXYEAR - 1})")
        last = date(self.year, 12, 28).isocalendar().week  # 28 December is always in the year's last week
        if not 1 <= self.week <= last:
            raise WeekError(f"{self.year} has ISO weeks 1 to {last}, not {self.week}")

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """``2026-W48`` (or ``2026W48``); a ``WeekError`` saying what is expected otherwise."""
        match = _WEEK.match(text.strip().upper())
        if match is None:
            raise WeekError(f"{text!r} is not an ISO week like 2026-W48")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of_ms(cls, epoch_ms: int) -> IsoWeek:
        """The ISO week an instant (UTC) falls in."""
        iso = datetime.fromtimestamp(epoch_ms / 1000, UTC).isocalendar()
        return cls(iso.year, iso.week)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def start_ms(self) -> int:
        return _ms(self.monday)

    @property
    def end_ms(self) -> int:
        """Exclusive: the next Monday 00:00 UTC."""
        return self.start_ms + 7 * DAY_MS

    def previous(self) -> IsoWeek:
        return IsoWeek.of_ms(self.start_ms - DAY_MS)

    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=i) for i in range(7))

    def span(self) -> str:
        """``Mon 23 Nov - Sun 29 Nov 2026`` for people."""
        first, last = self.days()[0], self.days()[-1]
        return f"{first:%a %d %b} - {last:%a %d %b %Y}"


def _ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)
