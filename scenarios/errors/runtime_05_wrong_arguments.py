# A call with an argument the function does not take: CPython's TypeError wording.
# Covers: argument binding errors, keyword-only parameters, tracebacks in plain code.
def connect(host, port=5432, *, timeout):
    return f"{host}:{port} ({timeout}s)"


print(connect("db", timeout=3))
print(connect("db", 5433, 10))
