package io.whosaid;

import org.apache.spark.Resubmitted$;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.scheduler.TaskLocality$;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.Tuple4;
import scala.collection.JavaConverters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line's counts: what running tasks have counted, from their heartbeats, and what ended tasks counted. */
class RunningCountsTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    }

    @Test
    void countsWhatRunningTasksHaveCountedBeforeTheyEnd() throws Exception {
        // the test JVM sends heartbeats every 500 ms (pom.xml); each of the two tasks counts for about 3 s
        assertEquals("500ms", spark.sparkContext().getConf().get("spark.executor.heartbeatInterval"));
        LongAccumulator counted = spark.sparkContext().longAccumulator("items counted");
        RunningCounts running = new RunningCounts(counted);
        spark.sparkContext().addSparkListener(running);
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                items.add(i);
            }
            CompletableFuture<Void> job = CompletableFuture.runAsync(() -> context.parallelize(items, 2).foreach(i -> {
                Thread.sleep(30);
                counted.add(1);
            }));
            long seenWhileRunning = 0;
            while (!job.isDone()) {
                long now = running.value(counted);
                if (counted.value() == 0) {
                    seenWhileRunning = Math.max(seenWhileRunning, now);
                }
                Thread.sleep(50);
            }
            job.get();
            assertTrue(seenWhileRunning > 0 && seenWhileRunning < 200,
                    "before any task ended, the running tasks had counted some items: " + seenWhileRunning);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (running.value(counted) != 200 && System.nanoTime() < deadline) {
                Thread.sleep(20); // the listener sees the task ends a moment after the job returns
            }
            assertEquals(200, counted.value());
            assertEquals(200, running.value(counted), "once the tasks ended, their final counts");
        } finally {
            spark.sparkContext().removeSparkListener(running);
        }
    }

    @Test
    void keepsTheEndedTasksCountsOverALateHeartbeatAndDropsAFailedTasks() {
        LongAccumulator counted = spark.sparkContext().longAccumulator("statements counted");
        LongAccumulator other = spark.sparkContext().longAccumulator("something else");
        RunningCounts running = new RunningCounts(counted);

        running.onExecutorMetricsUpdate(heartbeat(1, info(counted, 40), info(other, 7)));
        running.onExecutorMetricsUpdate(heartbeat(2, info(counted, 10)));
        assertEquals(50, running.value(counted));

        running.onTaskEnd(taskEnd(1, Success$.MODULE$, info(counted, 60)));
        running.onExecutorMetricsUpdate(heartbeat(1, info(counted, 45))); // sent before the end, delivered after
        assertEquals(70, running.value(counted), "task 1's final 60 and task 2's running 10");

        running.onTaskEnd(taskEnd(2, Resubmitted$.MODULE$, info(counted, 25)));
        assertEquals(60, running.value(counted), "a failed task's counts are not kept: its retry counts again");
        assertEquals(0, running.value(other), "only the counters it was given");
    }

    @Test
    void refusesACounterWithoutAName() {
        LongAccumulator unnamed = new LongAccumulator();
        spark.sparkContext().register(unnamed);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RunningCounts(unnamed));
        assertTrue(e.getMessage().contains("needs a name"), e.getMessage());
    }

    private static AccumulableInfo info(LongAccumulator counter, long count) {
        return new AccumulableInfo(counter.id(), counter.name(), Option.apply((Object) count), Option.empty(), false, false,
                Option.empty());
    }

    private static SparkListenerExecutorMetricsUpdate heartbeat(long taskId, AccumulableInfo... infos) {
        Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>> task =
                new Tuple4<>(taskId, 0, 0, JavaConverters.asScalaBuffer(List.of(infos)).toSeq());
        return new SparkListenerExecutorMetricsUpdate("driver", JavaConverters.asScalaBuffer(List.of(task)).toSeq(),
                SparkListenerExecutorMetricsUpdate.$lessinit$greater$default$3());
    }

    private static SparkListenerTaskEnd taskEnd(long taskId, TaskEndReason reason, AccumulableInfo... infos) {
        TaskInfo task = new TaskInfo(taskId, 0, 0, 0, 0L, "driver", "localhost", TaskLocality$.MODULE$.PROCESS_LOCAL(), false);
        task.setAccumulables(JavaConverters.asScalaBuffer(List.of(infos)).toSeq());
        return new SparkListenerTaskEnd(0, 0, "ResultTask", reason, task, null, null);
    }
}
