# Cooperative multiple inheritance in a model layer: mixins for serialization, audit
# logging and validation combine through super(), each taking its own keyword arguments.
# Covers: diamond inheritance, C3 method resolution order, cooperative super().__init__
# with **kwargs, super() in methods of mixins, __mro__, method overriding.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected fields {sorted(kwargs)}")
        self.events = []

    def save(self):
        self.events.append("Base.save")
        return "saved"


class AuditMixin(Base):
    def __init__(self, *, user="system", **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def save(self):
        self.events.append(f"audit by {self.user}")
        return super().save()


class ValidateMixin(Base):
    required = ()

    def save(self):
        missing = [f for f in self.required if getattr(self, f, None) in (None, "")]
        if missing:
            self.events.append(f"invalid: {missing}")
            return "rejected"
        self.events.append("valid")
        return super().save()


class JsonMixin:
    def to_json(self):
        fields = {k: v for k, v in vars(self).items() if k != "events"}
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(fields.items())) + "}"


class Customer(JsonMixin, AuditMixin, ValidateMixin):
    required = ("name", "email")

    def __init__(self, name, email="", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.email = email

    def save(self):
        self.events.append("Customer.save")
        return super().save()


print([c.__name__ for c in Customer.__mro__])
ok = Customer("ada", "ada@example.com", user="admin")
print(ok.save(), ok.events, ok.to_json())
bad = Customer("bob")
print(bad.save(), bad.events)
try:
    Customer("cy", colour="red")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(ok, ValidateMixin), issubclass(Customer, JsonMixin), Customer.save.__qualname__)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
