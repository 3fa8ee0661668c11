# A small job runner: jobs are dataclasses whose state is an Enum; two workers take jobs in
# priority order, retry failures once, and a report prints the jobs and their history.
# Covers: dataclasses (field, default_factory, order, __post_init__, asdict, replace),
# enum (Enum, auto, IntEnum), sorted by dataclass order, asyncio tasks on the virtual clock.
import asyncio
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass(order=True)
class Job:
    sort_key: int = field(init=False, repr=False)
    name: str
    priority: Priority = Priority.NORMAL
    duration: float = 1.0
    state: State = State.PENDING
    attempts: int = 0
    history: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = -int(self.priority)


async def run(job: Job, worker: str) -> None:
    job.state = State.RUNNING
    job.attempts += 1
    job.history.append(f"{worker}@{job.attempts}")
    print(f"{worker} starts {job.name} (priority {job.priority.name}, try {job.attempts})")
    await asyncio.sleep(job.duration)
    if job.name == "flaky" and job.attempts == 1:
        job.state = State.FAILED
        print(f"{worker}: {job.name} failed")
        return
    job.state = State.DONE
    print(f"{worker} finished {job.name}")


async def worker(name: str, queue: list) -> None:
    while queue:
        job = queue.pop(0)
        await run(job, name)
        if job.state is State.FAILED:
            queue.append(job)


async def main() -> None:
    jobs = [
        Job("backup", Priority.LOW, 2.0),
        Job("deploy", Priority.HIGH, 1.5),
        Job("flaky", Priority.NORMAL, 0.5),
        Job("email", Priority.NORMAL, 0.25),
        Job("index", Priority.HIGH, 1.0),
    ]
    queue = sorted(jobs)
    print("order:", [j.name for j in queue])
    await asyncio.gather(worker("w1", queue), worker("w2", queue))
    for job in jobs:
        print(job)
    print(asdict(jobs[2]))
    print(replace(jobs[0], name="backup-2", attempts=0))
    print({s.name: sum(1 for j in jobs if j.state is s) for s in State})


asyncio.run(main())
