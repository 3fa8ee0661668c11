package corosim.report;

import java.util.Objects;
import java.nio.file.Path;

/** The two files one chart was written to: {@code <dir>/<scenario>.png} and {@code .svg}. */
public record ChartFiles(Path png, Path svg) {
  public ChartFiles {
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(svg, "svg");
  }
}
