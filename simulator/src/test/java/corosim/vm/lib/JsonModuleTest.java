package corosim.vm.lib;

import static corosim.vm.lib.LibRun.sameAsCPython;

import org.junit.jupiter.api.Test;

/** json: dumps' formatting and loads' errors (message, line, column, position) as CPython's. */
class JsonModuleTest {
  @Test
  void loads_malformedDocuments_raiseCPythonsJSONDecodeError() {
    sameAsCPython(
        "import json",
        "docs = ['', ' ', '[1', '[1,]', '{\"a\":1,}', '{\"a\" 1}', '{a:1}', '[1 2]', '\"abc',",
        "        '\"a\\\\qb\"', '\"\\\\u12\"', '\"a\\x01\"', 'nul', '[1] x', '{\"a\":}', '{', '[', '01',",
        "        '-', '1.', '1e', '.5', '[tru]', '\\ufeff[]', '{\"a\":1 \"b\":2}', '  \\n [1,\\n 2,,3]',",
        "        '\"😀x\" 1', '{\"k\": [1, {\"x\": ]}', 'true false', '\"\\\\ud800\"']",
        "for s in docs:",
        "    try:",
        "        print(repr(s), '->', repr(json.loads(s)))",
        "    except json.JSONDecodeError as e:",
        "        print(repr(s), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))");
  }

  @Test
  void loads_values_areCPythonsObjects() {
    sameAsCPython(
        "import json",
        "for s in ['NaN', '[-Infinity, Infinity]', '1.5e3', '-0', '\"\\\\ud83d\\\\ude00\"',",
        "          '{\"a\": [1, 2, {\"b\": null}], \"c\": true, \"d\": 1.25e-3, \"e\": \"x\\\\ny\"}',",
        "          '12345678901234567890123', '[1.0, 2.50, -3e2, 0.1]', '{\"a\": 1, \"a\": 2}',",
        "          '\"\\\\u00e9\\\\/\\\\b\\\\f\\\\t\"', ' {\"z\": 1, \"a\": {}} ']:",
        "    print(repr(json.loads(s)))",
        "print(json.loads('{\"a\": 1}', object_hook=lambda d: sorted(d.items())),",
        "      json.loads('[1.5, 2]', parse_float=str, parse_int=float),",
        "      json.loads('{\"b\":1,\"a\":2}', object_pairs_hook=list),",
        "      json.loads(b'[1]'), json.JSONDecoder().raw_decode('[1, 2] tail'))",
        "try:",
        "    json.loads(5)",
        "except TypeError as e:",
        "    print(e)");
  }

  @Test
  void dumps_formattingOptions_equalCPython() {
    sameAsCPython(
        "import json",
        "from collections import OrderedDict, Counter, namedtuple",
        "obj = {'b': [1, 2.5, None, True, False], 'a': {'x': 'é中\\n\"\\\\\\t', 'y': [], 'z': {}},",
        "       3: 'int', 1.5: 'f', None: 'n', False: 'b', 'f': [0.1, 1e20, 1e-7, -0.0, 10**30]}",
        "print(json.dumps(obj))",
        "print(json.dumps(obj, ensure_ascii=False))",
        "print(json.dumps({'b': [1, {}], 'a': 'x', 'c': [[]]}, indent=2, sort_keys=True))",
        "print(json.dumps([1, [2, []]], indent=0), json.dumps([1, 2], indent='\\t'))",
        "print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))",
        "print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps('\\U0001f600'))",
        "print(json.dumps('\\x7f\\x00\\x1f'), json.dumps({1: 2, 'b': 1, (1, 2): 3}, skipkeys=True))",
        "Pt = namedtuple('Pt', 'x y')",
        "print(json.dumps({'od': OrderedDict(z=1), 'cnt': Counter('aab'), 'pt': Pt(1, 2), 't': (1,)}))",
        "print(json.dumps({'x': {3, 1}}, default=sorted))",
        "class Enc(json.JSONEncoder):",
        "    def default(self, o):",
        "        if isinstance(o, set):",
        "            return sorted(o)",
        "        return super().default(o)",
        "print(json.dumps({'s': {3, 1}}, cls=Enc), Enc(indent=1).encode([1]))",
        "l = []; l.append(l)",
        "for f in (lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()),",
        "          lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps(l),",
        "          lambda: json.dumps({'a': 1, 'b': 2}, sort_keys=True)):",
        "    try:",
        "        print(f())",
        "    except (TypeError, ValueError) as e:",
        "        print(type(e).__name__, e)");
  }

  @Test
  void enumMembers_encodeAsTheirValues() {
    sameAsCPython(
        "import json",
        "from enum import IntEnum, StrEnum",
        "class P(IntEnum):",
        "    HI = 2",
        "class C(StrEnum):",
        "    RED = 'red'",
        "print(json.dumps({'p': P.HI, 'c': C.RED, C.RED: [P.HI]}))");
  }
}
