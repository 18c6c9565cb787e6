package io.whosaid.cli;

import io.whosaid.output.DuckDbCatalog;
import io.whosaid.output.OutputTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;

/**
 * {@code whosaid views}: a DuckDB database file with a view over every table (for Superset,
 * DBeaver, the DuckDB CLI) and a Spark SQL script that registers every table.
 */
@Command(name = "views", mixinStandardHelpOptions = true,
        description = "Write DIR/whosaid.duckdb (a view over every table) and DIR/whosaid-spark.sql "
                + "(CREATE TABLE ... USING parquet LOCATION ... for spark-sql and the Thrift server).")
public final class ViewsCommand implements Callable<Integer> {
    public static final String DUCKDB_FILE = "whosaid.duckdb";
    public static final String SPARK_SQL_FILE = "whosaid-spark.sql";

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder of a run.")
    Path output;

    @Option(names = "--database", defaultValue = "whosaid", paramLabel = "NAME",
            description = "Spark SQL database the script creates the tables in (default: ${DEFAULT-VALUE}).")
    String database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = output.toAbsolutePath().normalize();
        Path duckdb = root.resolve(DUCKDB_FILE);
        Files.deleteIfExists(duckdb);
        try (Connection ignored = DuckDbCatalog.open("jdbc:duckdb:" + duckdb, root)) {
            // the views are stored in the file; nothing else to do
        }
        StringBuilder spark = new StringBuilder("-- Registers the whosaid tables of " + root + " for spark-sql or the Thrift server:\n")
                .append("--   spark-sql -f ").append(root.resolve(SPARK_SQL_FILE)).append("\n")
                .append("CREATE DATABASE IF NOT EXISTS ").append(database).append(";\n");
        for (OutputTables.Table t : OutputTables.ALL) {
            if (!Files.isDirectory(root.resolve(t.name()))) {
                continue;
            }
            String name = database + "." + t.name();
            spark.append("DROP TABLE IF EXISTS ").append(name).append(";\n")
                    // mergeSchema: files written by different versions (a column added since, then --mode append) read as one table
                    .append("CREATE TABLE ").append(name).append(" USING parquet OPTIONS (mergeSchema 'true') LOCATION '")
                    .append(root.resolve(t.name()).toUri()).append("';\n");
            if (t.partitionColumn() != null) {
                spark.append("MSCK REPAIR TABLE ").append(name).append(";\n");
            }
        }
        Files.writeString(root.resolve(SPARK_SQL_FILE), spark.toString(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + duckdb + " and " + root.resolve(SPARK_SQL_FILE));
        return 0;
    }
}
