package io.whosaid.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Spark options every command that runs Spark shares (a picocli mixin), and the session they make. */
public final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: local[*] (all cores), or whatever spark-submit set.")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting; repeatable.")
    Map<String, String> conf = new LinkedHashMap<>();

    SparkSession session(String appName) {
        return Sessions.create(appName, master, conf);
    }
}
