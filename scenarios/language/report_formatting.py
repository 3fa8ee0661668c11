# A text report as a service would print it: aligned tables with f-string format specs,
# percentages, thousands separators, truncation, padding with custom fill characters,
# and the repr of strings holding quotes, newlines and non-ASCII text.
# Covers: format specs (<, >, ^, fill, width, precision, ',', '%', 'e', '+', '#x', 'b'),
# str.format, % formatting, str methods, repr quoting and escapes, bytes and Unicode.
rows = [
    ("api-gateway", 1532215, 0.99734, 12.5),
    ("auth", 98211, 0.9999, 3.25),
    ("billing-reconciliation-worker", 4521, 0.9123, 250.0),
]
print(f"{'service':<20} {'requests':>12} {'success':>8} {'p99 ms':>8}")
print("-" * 51)
for name, requests, success, p99 in rows:
    short = name if len(name) <= 20 else name[:17] + "..."
    print(f"{short:<20} {requests:>12,} {success:>8.2%} {p99:>8.1f}")
print(f"{'total':<20} {sum(r[1] for r in rows):>12,}")
print(f"[{'centered':^14}] [{'x':*^7}] [{42:+d}] [{255:#x}] [{5:08b}] [{1234.5:e}] [{0.000123:.2e}]")
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{0}-{1}-{0}".format("a", "b"), "{name}!".format(name="x"))
print("%-8s|%5d|%7.3f|%x|%r" % ("left", 42, 3.14159, 255, "q"))
print("%(user)s has %(n)d items" % {"user": "ada", "n": 3})
messages = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "line\nbreak", "back\\slash", "中文", "naïve café", "\x07bell"]
for m in messages:
    print(repr(m))
print(str(b"bytes \x00\xff"), b"caf\xc3\xa9".decode(), "café".encode(), len("café".encode()))
title = "  Quarterly Report: Q3  "
print(title.strip().upper(), title.strip().lower().title(), title.count("r"), title.find("Q3"))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "x".zfill(4), "ab".center(6, "."))
print("report.txt".endswith((".txt", ".md")), "Report".casefold() == "report", " ".join(reversed("a b c".split())))
print("".join(ch for ch in "h-e-l-l-o" if ch != "-"), "%.1f%%" % 99.5, f"{'nested ' + 'expr'!r:>20}")
