# An order's lifecycle as a state machine: states are an Enum with allowed transitions,
# priorities an IntEnum, permissions a Flag; orders move through states in concurrent tasks.
# Covers: enum (Enum, IntEnum, Flag, auto, unique, lookup by value and name, iteration,
# __members__, custom methods and classmethods, _missing_), Flag combination and membership.
import asyncio
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    def can_move_to(self, other: "Status") -> bool:
        return other in TRANSITIONS[self]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class Priority(IntEnum):
    LOW = auto()
    NORMAL = auto()
    URGENT = auto()


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    REFUND = auto()


async def advance(order_id: int, steps: list, priority: Priority):
    status = Status.NEW
    for step in steps:
        await asyncio.sleep(1 / int(priority))
        target = Status(step)
        if status.can_move_to(target):
            print(f"order {order_id}: {status.name} -> {target.name}")
            status = target
        else:
            print(f"order {order_id}: cannot go from {status.value} to {target.value}")
    return status


async def main():
    print(list(Status), len(Status), Status("PAID"), Status["SHIPPED"], repr(Status.NEW))
    print([p.name for p in Priority], Priority.URGENT > Priority.LOW, Priority(2), Priority.NORMAL + 1)
    final = await asyncio.gather(
        advance(1, ["paid", "shipped", "delivered"], Priority.URGENT),
        advance(2, ["paid", "delivered", "cancelled"], Priority.NORMAL),
        advance(3, ["CANCELLED", "paid"], Priority.LOW),
    )
    print(final, [s.value for s in final])
    clerk = Perm.READ | Perm.WRITE
    print(clerk, repr(clerk), Perm.WRITE in clerk, Perm.REFUND in clerk, bool(Perm(0)), list(clerk))
    print(~Perm.READ, Perm.READ & Perm.WRITE, list(Status.__members__)[:2])
    try:
        Status("lost")
    except ValueError as e:
        print(e)
    counts = {p: 0 for p in Priority}
    counts[Priority.URGENT] += 2
    print(counts, sorted([Priority.URGENT, Priority.LOW, Priority.NORMAL]))


asyncio.run(main())
