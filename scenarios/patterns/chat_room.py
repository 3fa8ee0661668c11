# A chat room: members join, broadcast messages to everyone else through per-member
# queues, and leave; the last message before leaving is delivered.
# Covers: dict of queues, broadcast, task per member, clean exit with sentinels.
import asyncio


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    async def say(self, sender, text):
        for name, inbox in self.members.items():
            if name != sender:
                await inbox.put(f"{sender}: {text}")

    def leave(self, name):
        self.members.pop(name).put_nowait(None)


async def member(room, name, lines, pause):
    inbox = room.join(name)
    await asyncio.sleep(0)

    async def reader():
        while (msg := await inbox.get()) is not None:
            print(f"[{name}] {msg}")

    r = asyncio.create_task(reader())
    for line in lines:
        await asyncio.sleep(pause)
        await room.say(name, line)
    await asyncio.sleep(1)
    room.leave(name)
    await r


async def main():
    room = Room()
    await asyncio.gather(
        member(room, "ann", ["hi all", "bye"], 0.2),
        member(room, "bob", ["hello ann"], 0.3),
        member(room, "cy", ["morning"], 0.25),
    )


asyncio.run(main())
