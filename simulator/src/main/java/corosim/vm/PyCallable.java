package corosim.vm;

/**
 * Something Python can call. {@code args} holds the positional arguments followed by the values
 * of the keyword arguments, whose names are {@code kwNames} (null when there are none).
 */
@FunctionalInterface
public interface PyCallable {
  Object call(Object[] args, String[] kwNames);
}
