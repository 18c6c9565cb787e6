package io.whosaid.cli;

import io.whosaid.output.DuckDbCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code whosaid sql}: a query over the output with embedded DuckDB; tables by name. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run a SQL query over an output folder with an embedded DuckDB. Tables are views by name: "
                + "statements, articles, entities, actor_daily, actors, rejects.",
        footer = {"", "Example:", "  whosaid sql --output out \"SELECT actor_name, count(*) n FROM statements GROUP BY 1 ORDER BY n DESC LIMIT 10\""})
public final class SqlCommand implements Callable<Integer> {
    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder of a run.")
    Path output;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), csv or json (one object a line).")
    String format;

    @Option(names = "--max-width", defaultValue = "60", paramLabel = "N", description = "Longest cell in table format (default: ${DEFAULT-VALUE}).")
    int maxWidth;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL query.")
    String query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be table, csv or json, was " + format);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Connection c = DuckDbCatalog.open(output); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            ResultFormatter.print(rs, format, maxWidth, out);
        }
        out.flush();
        return 0;
    }

    /** Prints a result set as an aligned table, CSV or JSON lines. */
    static final class ResultFormatter {
        private ResultFormatter() {}

        static void print(ResultSet rs, String format, int maxWidth, PrintWriter out) throws Exception {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add(md.getColumnLabel(i));
            }
            if (format.equals("csv")) {
                out.println(String.join(",", names.stream().map(ResultFormatter::csv).toList()));
            }
            List<String[]> rows = new ArrayList<>();
            // csv and json stream row by row; only the table needs every row first, for its column widths
            while (rs.next()) {
                Object[] values = new Object[n];
                String[] row = new String[n];
                for (int i = 1; i <= n; i++) {
                    values[i - 1] = rs.getObject(i);
                    row[i - 1] = values[i - 1] == null ? null : values[i - 1].toString();
                }
                switch (format) {
                    case "csv" -> {
                        List<String> cells = new ArrayList<>();
                        for (String cell : row) {
                            cells.add(cell == null ? "" : csv(cell));
                        }
                        out.println(String.join(",", cells));
                    }
                    case "json" -> {
                        StringBuilder b = new StringBuilder("{");
                        for (int i = 0; i < n; i++) {
                            if (i > 0) {
                                b.append(", ");
                            }
                            b.append(json(names.get(i))).append(": ").append(jsonValue(values[i]));
                        }
                        out.println(b.append('}'));
                    }
                    default -> rows.add(row);
                }
            }
            switch (format) {
                case "csv", "json" -> {
                }
                default -> table(names, rows, maxWidth, out);
            }
        }

        private static void table(List<String> names, List<String[]> rows, int maxWidth, PrintWriter out) {
            int n = names.size();
            int[] width = new int[n];
            for (int i = 0; i < n; i++) {
                width[i] = Math.min(maxWidth, names.get(i).length());
            }
            for (String[] row : rows) {
                for (int i = 0; i < n; i++) {
                    width[i] = Math.max(width[i], Math.min(maxWidth, cell(row[i], maxWidth).length()));
                }
            }
            StringBuilder header = new StringBuilder();
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < n; i++) {
                header.append(i > 0 ? " | " : "").append(pad(cell(names.get(i), maxWidth), width[i]));
                rule.append(i > 0 ? "-+-" : "").append("-".repeat(width[i]));
            }
            out.println(header);
            out.println(rule);
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    line.append(i > 0 ? " | " : "").append(pad(cell(row[i], maxWidth), width[i]));
                }
                out.println(line);
            }
            out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        }

        private static String cell(String value, int maxWidth) {
            String v = value == null ? "NULL" : value.replace('\n', ' ');
            return v.length() <= maxWidth ? v : v.substring(0, Math.max(1, maxWidth - 1)) + "…";
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : s + " ".repeat(width - s.length());
        }

        private static String csv(String s) {
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n");
            return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }

        /** Numbers and booleans as JSON numbers and booleans (a SQL user's tools expect them so), the rest as strings. */
        static String jsonValue(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof Boolean) {
                return v.toString();
            }
            if (v instanceof Number number && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))
                    && !(v instanceof Float f && (f.isNaN() || f.isInfinite()))) {
                return number instanceof java.math.BigDecimal big ? big.toPlainString() : number.toString();
            }
            return json(v.toString());
        }

        private static String json(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
