package corosim.compile;

import java.util.ArrayList;
import java.util.List;

/** A jump target whose position is bound once; jumps emitted before binding are patched. */
final class Label {
  int position = -1;
  /** Stack depth at the target, known from the first jump to it or from binding. */
  int depth = -1;
  final List<Integer> fixups = new ArrayList<>();
}
