package corosim.report;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds the JFreeChart object: an {@link XYPlot} with time on the x axis and the rows on a
 * {@link SymbolAxis} (row 0, the loop, at the top), drawn by an {@link XYBarRenderer} that uses
 * both x and y intervals, so each segment is a horizontal bar inside its row's band.
 */
final class GanttPlot {
  private static final Shape LEGEND_BAR = new Rectangle2D.Double(-6, -4, 12, 8);
  private static final Shape LEGEND_TICK = new Rectangle2D.Double(-1, -6, 2, 12);

  private GanttPlot() {}

  static JFreeChart chart(GanttModel model, ChartLayout layout) {
    XYIntervalSeriesCollection data = GanttDataset.of(model, layout);
    XYPlot plot = new XYPlot(data, timeAxis(layout), rowAxis(model, layout), renderer(data));
    plot.setOrientation(PlotOrientation.VERTICAL);
    // Series are in drawing order (waits under ready under running, ticks last): draw them so.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Palette.BACKGROUND);
    plot.setOutlinePaint(Palette.GRID);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setDomainGridlineStroke(new BasicStroke(0.5f));
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setFixedLegendItems(legend(model));

    JFreeChart chart = new JFreeChart(model.title(), Palette.TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Palette.BACKGROUND);
    chart.getTitle().setPaint(Palette.TEXT);
    TextTitle subtitle = new TextTitle(model.subtitle(), Palette.SUBTITLE_FONT);
    subtitle.setPaint(Palette.TEXT);
    chart.addSubtitle(subtitle);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(Palette.LEGEND_FONT);
    legend.setItemPaint(Palette.TEXT);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    return chart;
  }

  private static NumberAxis timeAxis(ChartLayout layout) {
    NumberAxis axis = new NumberAxis("virtual time (s)");
    axis.setAutoRangeIncludesZero(false);
    axis.setRange(layout.lower(), layout.upper());
    axis.setLabelFont(Palette.LABEL_FONT);
    axis.setTickLabelFont(Palette.TICK_LABEL_FONT);
    axis.setLabelPaint(Palette.TEXT);
    axis.setTickLabelPaint(Palette.TEXT);
    return axis;
  }

  private static SymbolAxis rowAxis(GanttModel model, ChartLayout layout) {
    List<GanttRow> rows = model.rows();
    String[] labels = new String[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rows.get(i).label();
    }
    SymbolAxis axis = new SymbolAxis(null, labels);
    axis.setInverted(true);
    axis.setRange(-0.5, rows.size() - 0.5);
    axis.setTickLabelFont(Palette.TICK_LABEL_FONT);
    axis.setTickLabelPaint(Palette.TEXT);
    // One tick per labelled row; the axis draws a band per tick, so bands only while all are.
    axis.setTickUnit(new NumberTickUnit(layout.labelStep()));
    axis.setGridBandsVisible(layout.labelStep() == 1);
    axis.setGridBandPaint(Palette.ROW_BAND);
    axis.setGridBandAlternatePaint(Palette.BACKGROUND);
    return axis;
  }

  private static XYBarRenderer renderer(XYIntervalSeriesCollection data) {
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    // Flat fills: the default painter draws gradients, which JFreeSVG keys in a HashMap.
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMargin(0);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, GanttDataset.color(data.getSeriesKey(i)), false);
    }
    return renderer;
  }

  /** Legend entries in a fixed order (running first), only for kinds the chart shows. */
  private static LegendItemCollection legend(GanttModel model) {
    boolean[] present = new boolean[SegmentKind.values().length];
    boolean ticks = false;
    for (GanttRow row : model.rows()) {
      for (Segment s : row.segments()) {
        present[s.kind().ordinal()] = true;
      }
      ticks |= !row.ticks().isEmpty();
    }
    LegendItemCollection items = new LegendItemCollection();
    for (SegmentKind kind : SegmentKind.values()) {
      if (present[kind.ordinal()]) {
        items.add(new LegendItem(kind.legend(), null, null, null, LEGEND_BAR, Palette.color(kind)));
      }
    }
    if (ticks) {
      items.add(
          new LegendItem(GanttDataset.LINE_KEY, null, null, null, LEGEND_TICK, Palette.TICK));
    }
    return items;
  }
}
