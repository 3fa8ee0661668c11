# A build system's dependency graph: edges in a defaultdict(list), a breadth-first order with
# a deque, topological levels, snapshots taken with copy.deepcopy before a mutation, and
# builds of each level run concurrently.
# Covers: collections (defaultdict, deque, ChainMap), copy (copy, deepcopy), dict/set logic,
# asyncio.gather per level on the virtual clock.
import asyncio
import copy
from collections import ChainMap, defaultdict, deque

EDGES = [("app", "lib"), ("app", "ui"), ("ui", "lib"), ("lib", "core"), ("tests", "app"),
         ("ui", "icons"), ("docs", "core")]


def levels(graph: dict) -> list:
    indegree = defaultdict(int)
    nodes = set(graph)
    for node, deps in graph.items():
        for dep in deps:
            indegree[node] += 1
            nodes.add(dep)
    ready = deque(sorted(n for n in nodes if indegree[n] == 0))
    users = defaultdict(list)
    for node, deps in graph.items():
        for dep in deps:
            users[dep].append(node)
    result = []
    while ready:
        level = sorted(ready)
        ready.clear()
        result.append(level)
        for done in level:
            for user in users[done]:
                indegree[user] -= 1
                if indegree[user] == 0:
                    ready.append(user)
    return result


async def build(target: str, durations: ChainMap) -> str:
    await asyncio.sleep(durations[target])
    return target


async def main():
    graph = defaultdict(list)
    for node, dep in EDGES:
        graph[node].append(dep)
    print(graph)
    snapshot = copy.deepcopy(graph)
    shallow = copy.copy(graph)
    graph["app"].append("extra")
    print(snapshot["app"], shallow["app"], type(snapshot).__name__, snapshot.default_factory)
    order = levels(snapshot)
    print(order)
    durations = ChainMap({"core": 0.5, "lib": 1.0}, {"app": 2.0}, defaultdict(lambda: 0.25))
    for level in order:
        built = await asyncio.gather(*(build(t, durations) for t in level))
        print("built", built)
    print(durations["icons"], len(durations.maps), durations.new_child({"x": 1})["x"])


asyncio.run(main())
