package corosim.prop;

import java.util.Set;

/**
 * Where a failure comes from: the exception's type and the first stack frame outside the JDK,
 * the assertion libraries and this engine. The shrinker keeps to one origin, as Hypothesis does,
 * so that shrinking one bug never slips into reporting another.
 */
record Origin(String type, String frame) {
  private static final Set<String> ENGINE =
      Set.of(
          Gen.class.getName(),
          TestCase.class.getName(),
          Runner.class.getName(),
          ForAll.class.getName(),
          Property.class.getName(),
          Many.class.getName(),
          Numbers.class.getName());
  private static final String[] LIBRARIES = {
    "java.", "javax.", "jdk.", "sun.", "org.assertj.", "org.opentest4j.", "org.junit."
  };

  static Origin of(Throwable failure) {
    for (StackTraceElement e : failure.getStackTrace()) {
      if (!isLibrary(e.getClassName())) {
        return new Origin(failure.getClass().getName(), e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber());
      }
    }
    return new Origin(failure.getClass().getName(), "");
  }

  private static boolean isLibrary(String className) {
    for (String prefix : LIBRARIES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    int nested = className.indexOf('$');
    return ENGINE.contains(nested < 0 ? className : className.substring(0, nested));
  }
}
