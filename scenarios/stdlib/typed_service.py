# Service code written with type hints throughout: a generic repository, a Protocol for
# handlers, TypedDict payloads, NamedTuple results and typing aliases used at run time.
# Covers: typing (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict,
# Optional, Union, Callable, Awaitable, Dict, List, cast, TYPE_CHECKING), annotations.
import asyncio
from typing import (Any, Awaitable, Callable, Dict, Generic, List, NamedTuple, Optional,
                    Protocol, TypedDict, TypeVar, Union, cast, runtime_checkable, TYPE_CHECKING)

if TYPE_CHECKING:
    from collections.abc import Iterator

T = TypeVar("T")
Handler = Callable[[Dict[str, Any]], Awaitable[Optional[str]]]


class User(TypedDict):
    id: int
    name: str


class Result(NamedTuple):
    ok: bool
    value: Union[int, str, None] = None
    error: Optional[str] = None


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}

    def add(self, key: int, item: T) -> None:
        self._items[key] = item

    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)

    def all(self) -> List[T]:
        return list(self._items.values())


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class Session:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


async def greet(payload: Dict[str, Any]) -> Optional[str]:
    await asyncio.sleep(0.2)
    return f"hello {payload['name']}"


async def audit(payload: Dict[str, Any]) -> Optional[str]:
    await asyncio.sleep(0.1)
    return None


async def dispatch(handlers: List[Handler], payload: Dict[str, Any]) -> List[Optional[str]]:
    return list(await asyncio.gather(*(h(payload) for h in handlers)))


async def main() -> None:
    repo: Repository[User] = Repository()
    repo.add(1, User(id=1, name="ada"))
    repo.add(2, {"id": 2, "name": "lin"})
    print(repo.all(), repo.get(3), type(repo.get(1)).__name__)
    print(await dispatch([greet, audit], cast(Dict[str, Any], repo.get(1))))
    results = [Result(True, 5), Result(False, error="timeout"), Result(True, "x")]
    print(results, [r.ok for r in results], results[1]._asdict())
    s = Session()
    print(isinstance(s, Closeable), isinstance(5, Closeable))
    print(Optional[int], List[User], Handler, Repository[int]().all())


asyncio.run(main())
