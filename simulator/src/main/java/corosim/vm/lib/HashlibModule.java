package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.PyBytes;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyObject;
import corosim.vm.PySet;
import corosim.vm.PyType;
import corosim.vm.Repr;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * {@code hashlib}: md5, sha1 and the sha2 family over the JVM's MessageDigest, with CPython's
 * hash object interface (update, digest, hexdigest, copy, name, digest_size, block_size).
 */
final class HashlibModule {
  private HashlibModule() {}

  /** Python name to JVM algorithm and block size. */
  private static final Map<String, String> ALGORITHMS = Map.of(
      "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256",
      "sha384", "SHA-384", "sha512", "SHA-512");
  private static final Map<String, Integer> BLOCK_SIZES = Map.of(
      "md5", 64, "sha1", 64, "sha224", 64, "sha256", 64, "sha384", 128, "sha512", 128);
  private static final String[] NAMES = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"};

  static final PyType HASH = PyType.builtin("HASH", PyType.Layout.NATIVE);

  /** One hash object: its Python name and the running digest. */
  static final class Hash implements PyObject {
    final String name;
    final MessageDigest digest;

    Hash(String name, MessageDigest digest) {
      this.name = name;
      this.digest = digest;
    }

    @Override
    public PyType type() {
      return HASH;
    }
  }

  static {
    HASH.setModule("_hashlib");
    HASH.method("update", (a, k) -> {
      Args.exact("update", a, k, 2, 2);
      ((Hash) a[0]).digest.update(data(a[1]));
      return PyNone.NONE;
    });
    HASH.method("digest", (a, k) -> new PyBytes(copyOf((Hash) a[0]).digest()));
    HASH.method("hexdigest", (a, k) -> {
      StringBuilder sb = new StringBuilder();
      for (byte b : copyOf((Hash) a[0]).digest()) {
        sb.append(String.format("%02x", b & 0xff));
      }
      return sb.toString();
    });
    HASH.method("copy", (a, k) -> new Hash(((Hash) a[0]).name, copyOf((Hash) a[0])));
    HASH.attribute("name", corosim.vm.Descriptors.getter((a, k) -> ((Hash) a[0]).name));
    HASH.attribute("digest_size", corosim.vm.Descriptors.getter(
        (a, k) -> (long) ((Hash) a[0]).digest.getDigestLength()));
    HASH.attribute("block_size", corosim.vm.Descriptors.getter(
        (a, k) -> (long) (int) BLOCK_SIZES.get(((Hash) a[0]).name)));
    HASH.method("__repr__", (a, k) -> "<" + ((Hash) a[0]).name + " _hashlib.HASH object @ "
        + Repr.address(a[0]) + ">");
  }

  private static MessageDigest copyOf(Hash h) {
    try {
      return (MessageDigest) h.digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("MessageDigest " + h.name + " cannot be cloned", e);
    }
  }

  private static byte[] data(Object o) {
    if (o instanceof PyBytes b) {
      return b.data();
    }
    if (o instanceof String) {
      throw Errors.typeError("Strings must be encoded before hashing");
    }
    throw Errors.typeError("object supporting the buffer API required");
  }

  private static Hash create(String name, Object[] a, String[] k, int dataIndex) {
    String algorithm = ALGORITHMS.get(name.toLowerCase());
    if (algorithm == null) {
      throw Errors.valueError("unsupported hash type " + name);
    }
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no " + algorithm, e);
    }
    Hash h = new Hash(name.toLowerCase(), md);
    Object data = Args.arg(a, k, dataIndex, "string", PyNone.NONE);
    if (data == PyNone.NONE && k != null) {
      data = Args.arg(a, k, dataIndex, "data", PyNone.NONE);
    }
    if (data != PyNone.NONE) {
      md.update(data(data));
    }
    return h;
  }

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("hashlib");
    PySet names = new PySet();
    for (String n : NAMES) {
      names.add(n);
      m.function(n, (a, k) -> create(n, a, k, 0));
    }
    m.function("new", (a, k) -> {
      Object name = Args.arg(a, k, 0, "name", null);
      if (!(name instanceof String s)) {
        throw Errors.typeError("new() argument 'name' must be str, not "
            + (name == null ? "NoneType" : Types.of(name).name()));
      }
      return create(s, a, k, 1);
    });
    m.define("algorithms_guaranteed", names);
    m.define("algorithms_available", names.copy(false));
    return m;
  }
}
