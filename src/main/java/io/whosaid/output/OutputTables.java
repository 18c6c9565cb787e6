package io.whosaid.output;

import java.util.List;

/** The tables of an output folder and the folder column each is partitioned by (or null). */
public final class OutputTables {
    public record Table(String name, String partitionColumn) {}

    public static final List<Table> ALL = List.of(
            new Table("statements", "statement_month"),
            new Table("articles", "published_month"),
            new Table("entities", "published_month"),
            new Table("actor_daily", "month"),
            new Table("actors", null),
            new Table("rejects", null));

    private OutputTables() {}
}
