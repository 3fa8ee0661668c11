# Stable identifiers and sharding: name-based UUIDs (uuid5, uuid3) for entities, sha256 to
# spread keys over shards, md5 fingerprints of payloads, and UUID parsing and properties.
# (uuid4 is random in CPython, so this program prints only its shape.)
# Covers: uuid (UUID, uuid3, uuid5, uuid4, NAMESPACE_DNS/URL, hex, int, version, urn),
# hashlib (sha256, md5, sha1, new, update, hexdigest, digest_size).
import asyncio
import hashlib
import uuid


def shard_for(key: str, shards: int) -> int:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % shards


async def store(key: str, shards: dict):
    await asyncio.sleep(0.05)
    shard = shard_for(key, 4)
    shards.setdefault(shard, []).append(key)
    return shard


async def main():
    for name in ["orders.example.com", "users.example.com"]:
        u = uuid.uuid5(uuid.NAMESPACE_DNS, name)
        print(name, u, u.version, u.hex[:8], u.urn)
    print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"))
    parsed = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
    print(repr(parsed), parsed.int, parsed == uuid.UUID(int=parsed.int), str(parsed).upper())
    fresh = uuid.uuid4()
    print(len(str(fresh)), fresh.version, str(fresh).count("-"))
    shards = {}
    keys = [f"customer-{i}" for i in range(10)]
    print(await asyncio.gather(*(store(k, shards) for k in keys)))
    print(sorted(shards.items()))
    h = hashlib.md5()
    h.update(b"part one, ")
    h.update("part two".encode())
    print(h.hexdigest(), hashlib.md5(b"part one, part two").hexdigest() == h.hexdigest())
    print(hashlib.sha1(b"abc").hexdigest(), hashlib.new("sha256", b"").digest_size, hashlib.sha256().name)


asyncio.run(main())
