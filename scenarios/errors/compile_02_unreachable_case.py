# A capture pattern before other cases swallows every subject, as CPython says.
# Covers: match statement compile errors (irrefutable pattern not last).
def handle(event):
    match event:
        case kind:
            return f"unknown {kind}"
        case {"type": "click"}:
            return "click"


print(handle({"type": "click"}))
