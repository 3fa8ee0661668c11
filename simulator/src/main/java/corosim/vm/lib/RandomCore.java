package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Descriptors;
import corosim.vm.Errors;
import corosim.vm.Numbers;
import corosim.vm.PyBuiltin;
import corosim.vm.PyBytes;
import corosim.vm.PyDict;
import corosim.vm.PyInstance;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import corosim.vm.PyType;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code _random}: CPython's C core of the random module, the base class {@code Random} whose
 * {@code seed}, {@code random}, {@code getrandbits}, {@code getstate} and {@code setstate} the
 * Python module {@code random} builds on. Seeding is CPython's bit for bit, with one deliberate
 * difference: a seed of None (no seed) does not read the OS entropy pool but the run's seed
 * ({@code --seed}), so that runs are reproducible. The k-th such seeding in a run (k = 0 for the
 * module's own instance at import) seeds as the int {@code seed + k * 2**64} would, so with
 * {@code --seed N} the module functions give what CPython gives after {@code random.seed(N)}.
 */
final class RandomCore {
  private RandomCore() {}

  /** An instance of {@code _random.Random} or of a subclass written in Python. */
  static final class State extends PyInstance {
    final MersenneTwister mt = new MersenneTwister();
    boolean seeded;

    State(PyType type) {
      super(type);
    }
  }

  static final PyType RANDOM = PyType.userClass("Random", "Random", "_random",
      new PyType[] {Types.OBJECT}, new PyDict());

  static {
    RANDOM.attribute("__new__", new Descriptors.StaticMethod(new PyBuiltin("__new__", (a, k) -> {
      if (a.length == 0 || !(a[0] instanceof PyType cls)) {
        throw Errors.typeError("Random.__new__(X): X is not a type object");
      }
      return new State(cls);
    })));
    RANDOM.method("seed", (a, k) -> {
      Args.exact("seed", a, k, 1, 2);
      seed(state(a), a.length > 1 ? a[1] : PyNone.NONE);
      return PyNone.NONE;
    });
    RANDOM.method("random", (a, k) -> {
      Args.exact("random", a, k, 1, 1);
      return ready(state(a)).random();
    });
    RANDOM.method("getrandbits", (a, k) -> {
      Args.exact("getrandbits", a, k, 2, 2);
      return getrandbits(ready(state(a)), a[1]);
    });
    // Random._randbelow_with_getrandbits with the core's getrandbits, without a Python
    // frame per call; random.py keeps CPython's rule for subclasses (__init_subclass__).
    RANDOM.method("_randbelow", (a, k) -> {
      Args.exact("_randbelow", a, k, 2, 2);
      MersenneTwister mt = ready(state(a));
      if (a[1] instanceof Long n && n > 0) {
        long bits = 64 - Long.numberOfLeadingZeros(n);
        if (bits <= 32) {
          long r = (mt.next32() & 0xffffffffL) >>> (32 - bits);
          while (r >= n) {
            r = (mt.next32() & 0xffffffffL) >>> (32 - bits);
          }
          return r;
        }
      }
      BigInteger n = Numbers.big(a[1]);
      long k2 = n.bitLength();
      Object r = getrandbits(mt, k2);
      while (Numbers.big(r).compareTo(n) >= 0) {
        r = getrandbits(mt, k2);
      }
      return r;
    });
    RANDOM.method("getstate", (a, k) -> {
      MersenneTwister mt = ready(state(a));
      Object[] words = new Object[MersenneTwister.N + 1];
      for (int i = 0; i < MersenneTwister.N; i++) {
        words[i] = mt.mt[i] & 0xffffffffL;
      }
      words[MersenneTwister.N] = (long) mt.index;
      return new PyTuple(words);
    });
    RANDOM.method("setstate", (a, k) -> {
      State s = state(a);
      if (!(a[1] instanceof PyTuple t)) {
        throw Errors.typeError("state vector must be a tuple");
      }
      if (t.size() != MersenneTwister.N + 1) {
        throw Errors.valueError("state vector is the wrong size");
      }
      int[] words = new int[MersenneTwister.N];
      for (int i = 0; i < words.length; i++) {
        words[i] = (int) Numbers.big(t.get(i)).longValue();
      }
      long index = Numbers.asLong(t.get(MersenneTwister.N));
      if (index < 0 || index > MersenneTwister.N) {
        throw Errors.valueError("invalid state");
      }
      System.arraycopy(words, 0, s.mt.mt, 0, words.length);
      s.mt.index = (int) index;
      s.seeded = true;
      return PyNone.NONE;
    });
  }

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("_random");
    m.define("Random", RANDOM);
    return m;
  }

  private static State state(Object[] a) {
    if (a.length == 0 || !(a[0] instanceof State s)) {
      throw Errors.typeError("descriptor requires a '_random.Random' object");
    }
    return s;
  }

  private static MersenneTwister ready(State s) {
    if (!s.seeded) {
      seed(s, PyNone.NONE);
    }
    return s.mt;
  }

  /** The run's count of seedings without a seed, for the next implicit seed. */
  private static final class ImplicitSeeds {
    long next;
  }

  /** CPython's random_seed, with None replaced by the run's seed (see the class comment). */
  static void seed(State s, Object arg) {
    BigInteger n;
    if (arg == PyNone.NONE) {
      Runtime rt = Runtime.current();
      long seed = rt == null ? 0 : rt.seed();
      long k = rt == null ? 0 : rt.extension("random.implicitSeeds", ImplicitSeeds::new).next++;
      n = BigInteger.valueOf(seed).add(BigInteger.valueOf(k).shiftLeft(64));
    } else if (Numbers.isInt(arg)) {
      n = Numbers.big(arg);
    } else if (arg instanceof String str) {
      n = fromBytesWithDigest(str.getBytes(StandardCharsets.UTF_8));
    } else if (arg instanceof PyBytes b) {
      n = fromBytesWithDigest(b.data());
    } else if (arg instanceof Double d) {
      n = new BigInteger(Long.toUnsignedString(floatHash(d)));
    } else {
      throw Errors.typeError("The only supported seed types are: None,\n"
          + "int, float, str, bytes, and bytearray.");
    }
    n = n.abs();
    int bits = n.bitLength();
    int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    int[] key = new int[words];
    for (int i = 0; i < words; i++) {
      key[i] = n.shiftRight(32 * i).intValue();
    }
    s.mt.initByArray(key);
    s.seeded = true;
  }

  /** Version 2 seeding of str and bytes: {@code int.from_bytes(a + sha512(a).digest())}. */
  private static BigInteger fromBytesWithDigest(byte[] a) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-512").digest(a);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-512", e);
    }
    byte[] all = new byte[a.length + digest.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(digest, 0, all, a.length, digest.length);
    return new BigInteger(1, all);
  }

  /** CPython's {@code hash(float)} (_Py_HashDouble, modulus 2**61 - 1) as a 64-bit value. */
  static long floatHash(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? 314159 : -314159;
    }
    if (Double.isNaN(v)) {
      return 0;
    }
    final long modulus = (1L << 61) - 1;
    final int hashBits = 61;
    double[] fr = FloatBits.frexp(v);
    double m = fr[0];
    int e = (int) fr[1];
    int sign = 1;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    long x = 0;
    while (m != 0) {
      x = ((x << 28) & modulus) | x >>> (hashBits - 28);
      m *= 268435456.0;
      e -= 28;
      long y = (long) m;
      m -= y;
      x += y;
      if (x >= modulus) {
        x -= modulus;
      }
    }
    e = e >= 0 ? e % hashBits : hashBits - 1 - ((-1 - e) % hashBits);
    x = ((x << e) & modulus) | x >>> (hashBits - e);
    x = x * sign;
    if (x == -1) {
      x = -2;
    }
    return x;
  }

  private static Object getrandbits(MersenneTwister mt, Object kArg) {
    if (!Numbers.isInt(kArg)) {
      throw Errors.typeError("'" + Types.of(kArg).name()
          + "' object cannot be interpreted as an integer");
    }
    long k = Numbers.asLong(kArg);
    if (k < 0) {
      throw Errors.valueError("number of bits must be non-negative");
    }
    if (k == 0) {
      return 0L;
    }
    if (k <= 32) {
      return (mt.next32() & 0xffffffffL) >>> (32 - k);
    }
    int words = (int) ((k - 1) / 32 + 1);
    byte[] bigEndian = new byte[words * 4];
    long left = k;
    for (int i = 0; i < words; i++, left -= 32) {
      int r = mt.next32();
      if (left < 32) {
        r >>>= (32 - left);
      }
      int at = (words - 1 - i) * 4;
      bigEndian[at] = (byte) (r >>> 24);
      bigEndian[at + 1] = (byte) (r >>> 16);
      bigEndian[at + 2] = (byte) (r >>> 8);
      bigEndian[at + 3] = (byte) r;
    }
    return Numbers.normalize(new BigInteger(1, bigEndian));
  }
}
