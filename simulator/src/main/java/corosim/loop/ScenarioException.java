package corosim.loop;

/**
 * A Python exception raised by scenario code. The VM's exception objects extend this class so
 * they can travel through Java frames (builtins, the loop) and be stored in futures; the loop
 * treats them as opaque values. No Java stack trace is captured: the VM keeps a Python one.
 */
public abstract class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ScenarioException() {
    super(null, null, false, false);
  }
}
