# A shopping cart with immutable line items: frozen, ordered dataclasses used as dict keys
# and set members, prices computed with fractions-free integer cents, and the cart exported
# to JSON with asdict.
# Covers: dataclasses (frozen, FrozenInstanceError, order, eq, unsafe_hash via frozen,
# field(compare=False, repr=False), KW_ONLY, replace, astuple, fields, ClassVar), json.dumps.
import asyncio
import json
from dataclasses import KW_ONLY, asdict, astuple, dataclass, field, fields, replace, FrozenInstanceError
from typing import ClassVar


@dataclass(frozen=True, order=True)
class Item:
    sku: str
    price_cents: int
    note: str = field(default="", compare=False, repr=False)
    currency: ClassVar[str] = "EUR"


@dataclass
class Line:
    item: Item
    qty: int = 1
    _: KW_ONLY
    discount: int = 0

    @property
    def total(self) -> int:
        return self.item.price_cents * self.qty - self.discount


@dataclass
class Cart:
    owner: str
    lines: list = field(default_factory=list)

    def add(self, item: Item, qty: int = 1, **kw):
        self.lines.append(Line(item, qty, **kw))

    def total(self) -> int:
        return sum(line.total for line in self.lines)


async def fetch_price(sku: str) -> int:
    await asyncio.sleep(0.1)
    return {"apple": 120, "pear": 95, "fig": 310}[sku]


async def main():
    skus = ["pear", "apple", "fig"]
    prices = await asyncio.gather(*(fetch_price(s) for s in skus))
    items = [Item(s, p, note=f"from {s} farm") for s, p in zip(skus, prices)]
    print(sorted(items), min(items), items[0] == Item("pear", 95, note="other"))
    stock = {items[0]: 5, Item("pear", 95): 7}
    print(stock, len({*items, Item("apple", 120)}))
    try:
        items[0].price_cents = 1
    except FrozenInstanceError as e:
        print("frozen:", e)
    cart = Cart("zoe")
    cart.add(items[1], 3)
    cart.add(items[2], discount=50)
    print(cart)
    print(cart.total(), [line.total for line in cart.lines], Item.currency)
    print(json.dumps(asdict(cart), indent=1))
    cheaper = replace(items[2], price_cents=299)
    print(cheaper, astuple(cheaper), [f.name for f in fields(Line)])


asyncio.run(main())
