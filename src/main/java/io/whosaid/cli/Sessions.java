package io.whosaid.cli;

import io.whosaid.output.NioLocalFileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** Creates the SparkSession: local mode on all cores unless spark-submit or --master says otherwise. */
public final class Sessions {
    private Sessions() {}

    public static SparkSession create(String appName, String master, Map<String, String> conf) {
        SparkConf sparkConf = new SparkConf().setAppName(appName);
        if (master != null) {
            sparkConf.setMaster(master);
        } else if (!sparkConf.contains("spark.master")) {
            sparkConf.setMaster("local[*]");
        }
        boolean local = sparkConf.get("spark.master").startsWith("local");
        if (local) {
            int cores = Runtime.getRuntime().availableProcessors();
            sparkConf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(Math.max(4, cores * 2)));
            sparkConf.setIfMissing("spark.ui.enabled", "false");
            sparkConf.setIfMissing("spark.driver.host", "127.0.0.1");
            sparkConf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            // file:// without a process per file for its permissions (see NioLocalFileSystem); a cluster keeps
            // its own Hadoop set-up
            sparkConf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
            // reading a date-partitioned table back lists its folders on the driver: over 32 of them, Spark
            // starts a job for it (about a second each time), which a local disk does not need
            sparkConf.setIfMissing("spark.sql.sources.parallelPartitionDiscovery.threshold", "4096");
        }
        sparkConf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // the job's plans (row encoders of nested statement structs) print to strings of megabytes for the SQL
        // listener: the driver spent seconds per write on them
        sparkConf.setIfMissing("spark.sql.maxPlanStringLength", "8192");
        sparkConf.setIfMissing("spark.sql.ui.explainMode", "simple");
        sparkConf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        conf.forEach(sparkConf::set);
        return SparkSession.builder().config(sparkConf).getOrCreate();
    }
}
