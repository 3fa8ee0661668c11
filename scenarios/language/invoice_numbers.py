# Invoice arithmetic: integer cents that never overflow, tax computed with floats and
# rounded the way Python rounds (half to even), and the float values Python shows.
# Covers: arbitrary-precision ints, //, %, divmod with negatives, round() half-even and
# with ndigits, float repr (shortest round trip), int()/float() conversions and errors,
# scientific notation, comparisons of ints and floats, abs, pow with modulus.
lines = [("widget", 3, 1999), ("gadget", 1, 24950), ("gizmo", 12, 125)]
subtotal = sum(qty * cents for _, qty, cents in lines)
print("subtotal cents:", subtotal, "=", f"{subtotal / 100:.2f}")
tax = subtotal * 0.19
print("tax exact float:", tax, "rounded:", round(tax), round(tax / 100, 2))
print("half-even:", [round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)])
print("ndigits:", round(2.675, 2), round(1.005, 2), round(12345, -2), round(-7.5), round(7.45, 1))
euros, cents = divmod(subtotal, 100)
print(euros, cents, divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2))
yearly = subtotal * 365 * 10**12
print(yearly, yearly // 10**15, yearly % 997, len(str(yearly)), 2**100 - 1)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e-7, 123456789.123456789, 1.5e300 * 1e10)
print(float("3.14"), int("  42 "), int("1_000_000"), int(7.99), int(-7.99), float(2**53 + 1))
for bad in ["12.5", "abc", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
print(3 == 3.0, 0.1 + 0.2 == 0.3, abs(-2.5), abs(-3), pow(2, 100, 97), pow(2, -1), 2 ** 0.5)
print(sum([0.1] * 10), max(1, 2.5, 2), min([3, 1.0, 2]), 7 / 7, 2**63, -(2**63), float("inf") > 10**400)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hex(subtotal), oct(8), bin(10), int("ff", 16), int("0x1f", 0), f"{subtotal:_}")
