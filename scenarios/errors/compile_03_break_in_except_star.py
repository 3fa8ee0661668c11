# 'break' inside an except* clause is not allowed (PEP 654), even inside a loop.
# Covers: except* compile errors.
for attempt in range(3):
    try:
        raise ExceptionGroup("failures", [ValueError(attempt)])
    except* ValueError:
        break
