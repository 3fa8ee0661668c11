package corosim.vm;

/**
 * The fast iteration protocol of builtin iterators and generators: {@link #next()} returns the
 * next item, or Java null when exhausted (no StopIteration is created on the common path).
 */
public interface PyIter {
  Object next();
}
