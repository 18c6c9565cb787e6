package io.whosaid.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts: no script, no external file, so a report is one self-contained page. */
final class Svg {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 220;
    private static final int PAD = 40;

    private Svg() {}

    /** A labelled value. */
    record Bar(String label, double value) {}

    static String horizontalBars(String title, List<Bar> bars, String color) {
        int rowHeight = 22;
        int height = PAD + rowHeight * Math.max(1, bars.size());
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        int labelWidth = 220;
        StringBuilder svg = open(title, WIDTH, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = PAD / 2 + i * rowHeight;
            double w = max <= 0 ? 0 : (WIDTH - labelWidth - 60) * b.value() / max;
            svg.append(String.format(Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='end' font-size='12'>%s</text>"
                            + "<rect class='bar' x='%d' y='%d' width='%.1f' height='%d' fill='%s'/>"
                            + "<text x='%.1f' y='%d' font-size='11'>%s</text>",
                    labelWidth - 6, y + 14, escape(shorten(b.label(), 32)), labelWidth, y + 3, Math.max(1, w), rowHeight - 6,
                    color, labelWidth + w + 4, y + 14, number(b.value())));
        }
        return svg.append("</svg>").toString();
    }

    /** Bars over time (one per day) with an optional tone line on a -1..1 axis. */
    static String timeline(String title, List<Bar> perDay, List<Double> tone) {
        StringBuilder svg = open(title, WIDTH, HEIGHT);
        int n = perDay.size();
        double max = perDay.stream().mapToDouble(Bar::value).max().orElse(1);
        double step = n == 0 ? 0 : (WIDTH - 2.0 * PAD) / n;
        int plotHeight = HEIGHT - 2 * PAD;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#999'/>", PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Bar b = perDay.get(i);
            double h = max <= 0 ? 0 : plotHeight * b.value() / max;
            double x = PAD + i * step;
            svg.append(String.format(Locale.ROOT, "<rect class='bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#4a78b5'><title>%s: %s</title></rect>",
                    x + 1, HEIGHT - PAD - h, Math.max(1, step - 2), Math.max(1, h), escape(b.label()), number(b.value())));
            if (tone != null && tone.get(i) != null) {
                double y = HEIGHT - PAD - plotHeight * (tone.get(i) + 1) / 2;
                line.append(line.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x + step / 2, y));
            }
        }
        if (!line.isEmpty()) {
            svg.append("<path class='tone' d='").append(line).append("' stroke='#c0392b' stroke-width='2' fill='none'/>");
        }
        if (n > 0) {
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11'>%s</text><text x='%d' y='%d' font-size='11' text-anchor='end'>%s</text>",
                    PAD, HEIGHT - PAD + 14, escape(perDay.get(0).label()), WIDTH - PAD, HEIGHT - PAD + 14, escape(perDay.get(n - 1).label())));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' role='img' width='%d' height='%d' viewBox='0 0 %d %d'><title>%s</title>",
                width, height, width, height, escape(title)));
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private static String shorten(String s, int max) {
        return s == null ? "(unattributed)" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
