# A service reads its configuration from JSON text, validates it, reports malformed
# documents with CPython's JSONDecodeError messages, and writes back a normalised config.
# Covers: json.loads (objects, arrays, numbers, unicode escapes, object_hook), JSONDecodeError
# (msg, lineno, colno, pos), json.dumps (indent, sort_keys, separators, ensure_ascii, default).
import asyncio
import json

RAW = """
{
  "service": "checkout",
  "workers": 3,
  "timeout": 1.5,
  "retry": {"attempts": 4, "backoff": [0.1, 0.2, 0.4]},
  "regions": ["eu-west", "us-east"],
  "owner": "Zo\\u00eb \u4e2d\u6587",
  "debug": false,
  "limits": null
}
"""

BROKEN = [
    '{"service": "x", "workers": 3,}',
    '{"service": "x" "workers": 3}',
    '{"timeout": .5}',
    '',
    '{"a": [1, 2\n, 3}',
]


async def start_worker(i: int, timeout: float):
    await asyncio.sleep(timeout * (i + 1) / 10)
    return f"worker-{i} up"


async def main():
    cfg = json.loads(RAW)
    print(cfg["service"], cfg["workers"], cfg["timeout"], cfg["retry"]["backoff"], cfg["owner"])
    print(type(cfg["workers"]).__name__, type(cfg["timeout"]).__name__, cfg["debug"], cfg["limits"])
    for text in BROKEN:
        try:
            json.loads(text)
        except json.JSONDecodeError as e:
            print(f"bad config: {e} (line {e.lineno}, col {e.colno})")
    started = await asyncio.gather(*(start_worker(i, cfg["timeout"]) for i in range(cfg["workers"])))
    print(started)
    cfg["started"] = len(started)
    print(json.dumps(cfg, indent=2, sort_keys=True))
    print(json.dumps(cfg["retry"], separators=(",", ":")))
    print(json.dumps({"owner": cfg["owner"]}, ensure_ascii=False))
    print(json.dumps({"regions": set(cfg["regions"])}, default=sorted))
    nested = json.loads('{"a": {"b": [1, {"c": 2}]}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()})
    print(nested)


asyncio.run(main())
