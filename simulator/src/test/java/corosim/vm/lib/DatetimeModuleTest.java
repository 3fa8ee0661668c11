package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** datetime: timedelta, date, time, datetime and timezone arithmetic and formatting. */
class DatetimeModuleTest {
  @Test
  void fixedDatesAndDurations_equalCPython() {
    sameAsCPython(
        "from datetime import datetime, date, time, timedelta, timezone",
        "td = timedelta(days=1, hours=3, minutes=5, seconds=7.5)",
        "print(td, repr(td), td.total_seconds(), timedelta(seconds=90), timedelta(hours=-1), repr(timedelta(0)), timedelta(milliseconds=1500), timedelta(weeks=2, days=-1))",
        "print(td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=5)), -td, abs(-td), td * 1.5, timedelta(seconds=1) / 3)",
        "print(timedelta(minutes=5) < timedelta(hours=1), sorted([timedelta(3), timedelta(1)]), bool(timedelta(0)), hash(timedelta(1)) == hash(timedelta(days=1)))",
        "d = date(2024, 2, 28)",
        "print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime('%A %d %B %Y (%j) %a %b'), date.fromisoformat('2024-03-01'), d.replace(day=1), d.toordinal(), date.fromordinal(738000))",
        "dt = datetime(2024, 1, 31, 23, 59, 30, 250000)",
        "print(dt, repr(dt), dt + timedelta(seconds=45), dt - datetime(2024, 1, 1), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I'), dt.date(), dt.time(), repr(dt.time()))",
        "print(datetime.fromtimestamp(1700000000), datetime.fromtimestamp(1700000000.5, timezone.utc), datetime.fromisoformat('2024-05-06T07:08:09.123'), datetime.fromisoformat('2024-05-06 07:08'), datetime(2024, 1, 1).timestamp())",
        "u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)",
        "print(u, repr(u), u.isoformat(), u.tzname(), u.utcoffset(), timezone(timedelta(hours=2)), repr(timezone(timedelta(hours=-5), 'EST')), u.astimezone(timezone(timedelta(hours=2))), u.strftime('%z %Z'))",
        "print(datetime(2024, 3, 1) > datetime(2024, 2, 29), date(2024, 1, 1) == datetime(2024, 1, 1), time(12, 30), repr(time(1, 2, 3, 4)), time(9, 5).isoformat(), datetime.combine(date(2020, 1, 1), time(5)))",
        "try: date(2023, 2, 29)",
        "except ValueError as e: print(e)",
        "print(datetime(2024, 1, 1, 10) - timedelta(hours=11), datetime.max - datetime.min, date(2024, 12, 31).strftime('%U %w %y %e %D %F %T'))");
  }

  @Test
  void now_isTheVirtualClockInUtc() {
    assertThat(LibRun.corosim("from datetime import datetime, date\n"
        + "print(datetime.now(), datetime.utcnow(), date.today(), datetime.now().timestamp())\n"))
        .isEqualTo("2023-11-14 22:13:20 2023-11-14 22:13:20 2023-11-14 1700000000.0\n");
  }
}
