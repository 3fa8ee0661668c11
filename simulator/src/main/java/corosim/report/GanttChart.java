package corosim.report;

import corosim.trace.Trace;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the Gantt chart of a run (one row per task, time on the x axis, see {@link GanttModel})
 * as a PNG for viewing and an SVG for documents. Reads only the {@link Trace}; works headless.
 * The same trace always gives a byte-identical SVG.
 */
public final class GanttChart {
  /** Fixed prefix of SVG defs ids; JFreeSVG's default is random per document. */
  static final String SVG_DEFS_PREFIX = "corosim-";

  private GanttChart() {}

  /**
   * Writes {@code <dir>/<scenario>.png} and {@code <dir>/<scenario>.svg}, creating {@code dir} if
   * missing and replacing older charts of the same scenario. Both images are rendered before
   * anything is written, and each file appears by an atomic rename, so a failure leaves no
   * partial file behind.
   *
   * @throws IllegalArgumentException if the scenario name is empty or contains a path separator
   * @throws IOException if the directory or a file cannot be written
   */
  public static ChartFiles write(Trace trace, Path dir) throws IOException {
    return write(GanttModel.of(trace), dir);
  }

  /** As {@link #write(Trace, Path)}, for a model already shaped from a trace. */
  public static ChartFiles write(GanttModel model, Path dir) throws IOException {
    String name = fileStem(model.scenario());
    ChartLayout layout = ChartLayout.of(model);
    JFreeChart chart = GanttPlot.chart(model, layout);
    LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
    files.put(name + ".png", png(chart, layout));
    files.put(name + ".svg", svg(chart, layout));
    List<Path> written = AtomicFiles.write(dir, files);
    return new ChartFiles(written.get(0), written.get(1));
  }

  /** The chart as a PNG image. */
  static byte[] png(JFreeChart chart, ChartLayout layout) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(out, chart, layout.width(), layout.height());
    return out.toByteArray();
  }

  /** The chart as an SVG document, UTF-8; text stays text. */
  static byte[] svg(JFreeChart chart, ChartLayout layout) {
    SVGGraphics2D g2 = new SVGGraphics2D(layout.width(), layout.height());
    g2.setDefsKeyPrefix(SVG_DEFS_PREFIX);
    chart.draw(g2, new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
    return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
  }

  private static String fileStem(String scenario) {
    if (scenario.isEmpty()
        || scenario.contains("/")
        || scenario.contains("\\")
        || scenario.equals(".")
        || scenario.equals("..")) {
      throw new IllegalArgumentException(
          "scenario name must be a plain file name, got '" + scenario + "'");
    }
    return scenario;
  }
}
