package io.whosaid.report;

import io.whosaid.output.DuckDbCatalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code report.html}: one self-contained page (inline SVG, no script) with the
 * overview of a run (statements per day, who speaks most, which outlets) and the timelines of
 * the top actors, with their latest quotes. It reads the output through DuckDB, as a user would.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    private final int topActors;

    public HtmlReport(int topActors) {
        if (topActors < 1) {
            throw new IllegalArgumentException("topActors must be at least 1, was " + topActors);
        }
        this.topActors = topActors;
    }

    public Path write(Path output) throws Exception {
        Path root = output.toAbsolutePath().normalize();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
                + "<title>whosaid report</title><style>body{font-family:sans-serif;max-width:820px;margin:2em auto;color:#222}"
                + "h2{border-bottom:1px solid #ddd}blockquote{margin:.3em 0 .3em 1em;color:#444}.meta{color:#777;font-size:90%}"
                + "</style></head><body><h1>whosaid report</h1>");
        try (Connection c = DuckDbCatalog.open(root)) {
            html.append("<p class='meta'>").append(Svg.escape(summary(c))).append("</p>");
            html.append("<h2>Statements per day</h2>").append(Svg.timeline("Statements per day",
                    bars(c, "SELECT CAST(statement_date AS VARCHAR), count(*) FROM statements WHERE statement_date IS NOT NULL GROUP BY 1 ORDER BY 1"), null));
            html.append("<h2>Who speaks most</h2>").append(Svg.horizontalBars("Statements by actor",
                    bars(c, "SELECT actor_name, count(*) n FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id, actor_name ORDER BY n DESC, actor_name LIMIT 15"), "#4a78b5"));
            html.append("<h2>Outlets</h2>").append(Svg.horizontalBars("Statements by outlet",
                    bars(c, "SELECT coalesce(source, '(no source)'), count(*) n FROM statements GROUP BY 1 ORDER BY n DESC, 1 LIMIT 15"), "#6a9f58"));
            for (String[] actor : topActors(c)) {
                html.append("<h2>").append(Svg.escape(actor[1])).append("</h2>");
                List<Svg.Bar> days = new ArrayList<>();
                List<Double> tone = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT CAST(date AS VARCHAR), statements, mean_sentiment FROM actor_daily WHERE actor_id = ? ORDER BY date")) {
                    ps.setString(1, actor[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            days.add(new Svg.Bar(rs.getString(1), rs.getDouble(2)));
                            tone.add(rs.getObject(3) == null ? null : rs.getDouble(3));
                        }
                    }
                }
                html.append(Svg.timeline(actor[1] + ": statements per day and tone", days, tone));
                try (PreparedStatement ps = c.prepareStatement("SELECT CAST(statement_date AS VARCHAR), content, source FROM statements "
                        + "WHERE actor_id = ? ORDER BY statement_date DESC, statement_id LIMIT 5")) {
                    ps.setString(1, actor[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            html.append("<blockquote>").append(Svg.escape(rs.getString(2))).append(" <span class='meta'>(")
                                    .append(Svg.escape(rs.getString(1))).append(", ").append(Svg.escape(rs.getString(3))).append(")</span></blockquote>");
                        }
                    }
                }
            }
        }
        html.append("</body></html>\n");
        Path file = root.resolve(FILE);
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static String summary(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements), "
                        + "(SELECT count(DISTINCT actor_id) FROM statements), (SELECT min(statement_date) FROM statements), "
                        + "(SELECT max(statement_date) FROM statements)")) {
            rs.next();
            return rs.getLong(1) + " articles, " + rs.getLong(2) + " statements by " + rs.getLong(3) + " actors, "
                    + rs.getString(4) + " to " + rs.getString(5);
        }
    }

    private List<String[]> topActors(Connection c) throws SQLException {
        List<String[]> actors = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT actor_id, actor_name FROM actors ORDER BY statements DESC, actor_id LIMIT " + topActors)) {
            while (rs.next()) {
                actors.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return actors;
    }

    private static List<Svg.Bar> bars(Connection c, String sql) throws SQLException {
        List<Svg.Bar> bars = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                bars.add(new Svg.Bar(rs.getString(1), rs.getDouble(2)));
            }
        }
        return bars;
    }
}
