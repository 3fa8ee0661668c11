# A tiny ORM: a metaclass collects Field declarations into the model's schema, rows
# become instances with validated attributes, and queries filter and order them.
# Covers: metaclasses with __new__ and __prepare__-free namespaces, class attributes
# computed at class creation, __init__ with **kwargs, __eq__/__hash__/__repr__,
# sorted with multiple keys, list and dict comprehensions, getattr/setattr.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None


class ModelMeta(type):
    def __new__(mcs, name, bases, namespace):
        fields = {}
        for base in bases:
            fields.update(getattr(base, "_fields", {}))
        for key, value in list(namespace.items()):
            if isinstance(value, Field):
                value.name = key
                fields[key] = value
                del namespace[key]
        namespace["_fields"] = fields
        namespace["_table"] = name.lower() + "s"
        return super().__new__(mcs, name, bases, namespace)


class Model(metaclass=ModelMeta):
    id = Field(int)

    def __init__(self, **values):
        for name, field in self._fields.items():
            value = values.pop(name, field.default)
            if value is not None and not isinstance(value, field.kind):
                raise TypeError(f"{type(self).__name__}.{name}: expected {field.kind.__name__}")
            setattr(self, name, value)
        if values:
            raise TypeError(f"unknown fields: {', '.join(sorted(values))}")

    def __eq__(self, other):
        return type(self) is type(other) and self.id == other.id

    def __hash__(self):
        return hash((self._table, self.id))

    def __repr__(self):
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({shown})"


class User(Model):
    name = Field(str)
    email = Field(str)
    active = Field(bool, default=True)


class Admin(User):
    level = Field(int, default=1)


class Table:
    def __init__(self, model):
        self.model = model
        self.rows = []

    def insert(self, **values):
        row = self.model(id=len(self.rows) + 1, **values)
        self.rows.append(row)
        return row

    def where(self, **conditions):
        return [r for r in self.rows if all(getattr(r, k) == v for k, v in conditions.items())]


print(User._table, list(User._fields), list(Admin._fields), hasattr(User, "name"))
users = Table(User)
for name in ["cy", "ada", "bob"]:
    users.insert(name=name, email=f"{name}@example.com")
users.rows[1].active = False
print(users.where(active=True))
print(sorted(users.rows, key=lambda u: (not u.active, u.name)))
print({u.name: u.id for u in users.rows}, len({*users.rows, User(id=1, name="x", email="")}))
admins = Table(Admin)
print(admins.insert(name="root", email="root@example.com", level=9))
for bad in [{"name": 5, "email": ""}, {"name": "x", "email": "", "role": "?"}]:
    try:
        users.insert(**bad)
    except TypeError as e:
        print("TypeError:", e)
print(type(User).__name__, User.__class__ is ModelMeta, isinstance(Admin(id=1), User))
