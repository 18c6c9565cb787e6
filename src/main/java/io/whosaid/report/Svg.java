package io.whosaid.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /**
     * Bars on a time axis (x = the day, so quiet days are gaps, not squeezed out) with an
     * optional tone line on a -1..1 axis at the right. Labels are ISO dates (yyyy-MM-dd).
     */
    static String timeline(String title, List<Bar> perDay, List<Double> tone) {
        StringBuilder svg = open(title, WIDTH, HEIGHT);
        int n = perDay.size();
        int plotHeight = HEIGHT - 2 * PAD;
        int bottom = HEIGHT - PAD;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#999'/>", PAD, bottom, WIDTH - PAD, bottom));
        if (n == 0) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = LocalDate.parse(perDay.get(0).label());
        LocalDate last = LocalDate.parse(perDay.get(n - 1).label());
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        double dayWidth = (WIDTH - 2.0 * PAD) / span;
        double max = perDay.stream().mapToDouble(Bar::value).max().orElse(1);
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='10' text-anchor='end'>%s</text>"
                + "<text x='%d' y='%d' font-size='10' text-anchor='end'>0</text>", PAD - 4, PAD + 4, number(max), PAD - 4, bottom));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Bar b = perDay.get(i);
            double x = PAD + ChronoUnit.DAYS.between(first, LocalDate.parse(b.label())) * dayWidth;
            double h = max <= 0 ? 0 : plotHeight * b.value() / max;
            svg.append(String.format(Locale.ROOT, "<rect class='bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#4a78b5'><title>%s: %s</title></rect>",
                    x + Math.min(1, dayWidth * 0.1), bottom - h, Math.max(1, dayWidth * 0.8), Math.max(1, h), escape(b.label()), number(b.value())));
            if (tone != null && tone.get(i) != null) {
                double y = bottom - plotHeight * (tone.get(i) + 1) / 2;
                line.append(line.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x + dayWidth / 2, y));
            }
        }
        if (tone != null) {
            double zero = bottom - plotHeight / 2.0;
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#c0392b' stroke-dasharray='3 3' stroke-opacity='0.4'/>"
                    + "<text x='%d' y='%d' font-size='10' fill='#c0392b'>+1</text><text x='%d' y='%.1f' font-size='10' fill='#c0392b'>0</text>"
                    + "<text x='%d' y='%d' font-size='10' fill='#c0392b'>-1</text>",
                    PAD, zero, WIDTH - PAD, zero, WIDTH - PAD + 4, PAD + 4, WIDTH - PAD + 4, zero + 4, WIDTH - PAD + 4, bottom));
        }
        if (!line.isEmpty()) {
            svg.append("<path class='tone' d='").append(line).append("' stroke='#c0392b' stroke-width='2' fill='none'/>");
        }
        // up to six dated ticks, evenly over the span
        int ticks = (int) Math.min(6, span);
        for (int k = 0; k < ticks; k++) {
            long offset = ticks == 1 ? 0 : Math.round(k * (span - 1) / (double) (ticks - 1));
            double x = PAD + offset * dayWidth + dayWidth / 2;
            String anchor = ticks == 1 ? "middle" : k == 0 ? "start" : k == ticks - 1 ? "end" : "middle";
            svg.append(String.format(Locale.ROOT, "<line class='tick' x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#999'/>"
                            + "<text x='%.1f' y='%d' font-size='11' text-anchor='%s'>%s</text>",
                    x, bottom, x, bottom + 4, x, bottom + 16, anchor, first.plusDays(offset)));
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
