# An order-processing service: a small class hierarchy of orders and line items,
# validation errors of its own, and an async processor that handles orders concurrently.
# Covers: classes, inheritance, super(), class attributes, properties, __repr__/__str__,
# custom exceptions, sorted() with keys, gather, f-strings with format specs.
import asyncio


class OrderError(Exception):
    """Raised when an order cannot be processed."""


class OutOfStock(OrderError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku


class LineItem:
    def __init__(self, sku, quantity, unit_price):
        self.sku = sku
        self.quantity = quantity
        self.unit_price = unit_price

    @property
    def total(self):
        return self.quantity * self.unit_price

    def __repr__(self):
        return f"LineItem({self.sku!r}, {self.quantity}, {self.unit_price})"


class Order:
    next_id = 1000
    shipping = 4.99

    def __init__(self, customer, items):
        self.id = Order.next_id
        Order.next_id += 1
        self.customer = customer
        self.items = list(items)
        self.status = "new"

    @property
    def subtotal(self):
        return sum(item.total for item in self.items)

    @property
    def total(self):
        return round(self.subtotal + self.shipping, 2)

    def __str__(self):
        return f"Order #{self.id} for {self.customer}: {self.total:.2f} ({self.status})"


class ExpressOrder(Order):
    shipping = 12.50

    def __init__(self, customer, items, deadline):
        super().__init__(customer, items)
        self.deadline = deadline

    def __str__(self):
        return super().__str__() + f" [express, by {self.deadline}]"


class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)

    async def reserve(self, item):
        await asyncio.sleep(0.1)
        available = self.stock.get(item.sku, 0)
        if available < item.quantity:
            raise OutOfStock(item.sku, item.quantity, available)
        self.stock[item.sku] = available - item.quantity


async def process(order, warehouse):
    try:
        for item in order.items:
            await warehouse.reserve(item)
    except OrderError as e:
        order.status = "rejected"
        print(f"order {order.id} rejected: {e}")
        return None
    order.status = "confirmed"
    print(order)
    return order.total


async def main():
    warehouse = Warehouse({"pen": 10, "ink": 2, "pad": 5})
    orders = [
        Order("ada", [LineItem("pen", 3, 1.20), LineItem("pad", 1, 3.10)]),
        ExpressOrder("bob", [LineItem("ink", 3, 7.00)], "friday"),
        Order("cy", [LineItem("ink", 2, 7.00)]),
    ]
    print(orders[0].items)
    totals = await asyncio.gather(*(process(o, warehouse) for o in orders))
    print("totals:", totals)
    confirmed = sorted((o for o in orders if o.status == "confirmed"), key=lambda o: -o.total)
    print("by value:", [o.id for o in confirmed])
    print("left in stock:", warehouse.stock)
    print(isinstance(orders[1], Order), issubclass(ExpressOrder, Order), Order.next_id)


asyncio.run(main())
