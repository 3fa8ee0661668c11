# A nightly report: per-team lines rendered with string.Template, paragraphs wrapped with
# textwrap, names capitalised with string.capwords, and an in-memory buffer collecting the
# report before it is printed.
# Covers: string (Template substitute/safe_substitute, capwords, constants), textwrap
# (fill, wrap, shorten, indent, dedent), io.StringIO with print(file=...).
import asyncio
import io
import string
import textwrap

LINE = string.Template("$team: $done/$total tasks done (${pct}%) - owner $owner")
SUMMARY = """\
    The release train left on time. Two teams finished all their tasks; the
    platform team is still migrating the state-of-the-art build cache, which
    blocks nothing but slows down every pipeline by a few minutes.
"""


async def team_status(team: str, done: int, total: int, owner: str, delay: float) -> dict:
    await asyncio.sleep(delay)
    return {"team": string.capwords(team), "done": done, "total": total,
            "pct": round(100 * done / total), "owner": string.capwords(owner, "-")}


async def main():
    statuses = await asyncio.gather(
        team_status("web frontend", 8, 8, "ana-maria lopez", 0.2),
        team_status("platform", 3, 7, "bo chen", 0.1),
        team_status("data  science", 5, 5, "kim", 0.3),
    )
    out = io.StringIO()
    print("NIGHTLY REPORT", file=out)
    for s in statuses:
        print(LINE.substitute(s), file=out)
    print(LINE.safe_substitute(team="ops"), file=out)
    summary = textwrap.dedent(SUMMARY)
    print(textwrap.fill(summary, width=48, initial_indent="> ", subsequent_indent="  "), file=out)
    print(textwrap.wrap(summary, 30)[:3], file=out)
    print(textwrap.shorten(summary, width=60), file=out)
    print(textwrap.indent("one\n\ntwo", "| "), file=out)
    print(out.getvalue(), end="")
    print(len(string.ascii_letters), string.digits, string.punctuation[:10])
    try:
        LINE.substitute(team="x")
    except KeyError as e:
        print("missing field:", e)


asyncio.run(main())
