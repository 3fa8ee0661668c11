# A small job scheduler: jobs sorted by (priority, deadline, name), started as named
# tasks, with done callbacks that record results and failures that are retrieved later.
# Covers: tuples as sort keys, sorted/min/max with key functions, lambdas, named tasks,
# add_done_callback, task.result()/exception(), isinstance on exceptions, dict grouping.
import asyncio


class Job:
    def __init__(self, name, priority, deadline, work):
        self.name = name
        self.priority = priority
        self.deadline = deadline
        self.work = work

    def sort_key(self):
        return (-self.priority, self.deadline, self.name)

    def __repr__(self):
        return f"<{self.name} p{self.priority} d{self.deadline}>"


async def compute(seconds, value):
    await asyncio.sleep(seconds)
    if value is None:
        raise LookupError("no value")
    return value


class Scheduler:
    def __init__(self):
        self.finished = []

    def _on_done(self, task):
        if task.cancelled():
            state = "cancelled"
        elif task.exception() is not None:
            state = f"failed ({type(task.exception()).__name__})"
        else:
            state = f"ok ({task.result()})"
        self.finished.append((task.get_name(), state))

    async def run(self, jobs):
        ordered = sorted(jobs, key=Job.sort_key)
        print("order:", ordered)
        tasks = []
        for job in ordered:
            task = asyncio.create_task(job.work, name=job.name)
            task.add_done_callback(self._on_done)
            tasks.append(task)
            await asyncio.sleep(0)
        done = await asyncio.gather(*tasks, return_exceptions=True)
        return dict(zip((t.get_name() for t in tasks), done))


async def main():
    jobs = [
        Job("report", 1, 30, compute(1.0, "pdf")),
        Job("backup", 5, 60, compute(2.0, 3)),
        Job("email", 5, 10, compute(0.5, "sent")),
        Job("cleanup", 1, 30, compute(0.2, None)),
    ]
    scheduler = Scheduler()
    results = await scheduler.run(jobs)
    for name, value in results.items():
        label = repr(value) if isinstance(value, Exception) else value
        print(f"{name:>8}: {label}")
    print(scheduler.finished)
    by_state = {}
    for name, state in scheduler.finished:
        by_state.setdefault(state.split()[0], []).append(name)
    print(by_state)
    urgent = min(jobs, key=lambda j: j.deadline)
    print("most urgent:", urgent.name, "| highest priority:", max(jobs, key=Job.sort_key).name)


asyncio.run(main())
