package io.whosaid;

import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.collection.JavaConverters;
import scala.collection.Seq;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counters of a running stage, with what its running tasks have counted so far. An accumulator's
 * value on the driver only grows when a task ends, and a task of the language stage can run for
 * minutes; the executors' heartbeats (every {@code spark.executor.heartbeatInterval}) carry the
 * running tasks' partial counts in between.
 */
final class RunningCounts extends SparkListener {
    private final Set<Long> counterIds = new HashSet<>();
    private final Map<Long, Map<Long, Long>> partialsByTask = new HashMap<>();
    private final Set<Long> endedTasks = new HashSet<>();
    private final Map<Long, Long> endedTotals = new HashMap<>();

    RunningCounts(LongAccumulator... counters) {
        for (LongAccumulator counter : counters) {
            if (counter.name().isEmpty()) {
                // Spark reports the task-end values of named accumulators only
                throw new IllegalArgumentException("a counter needs a name to be followed while tasks run: " + counter);
            }
            counterIds.add(counter.id());
        }
    }

    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task : JavaConverters.seqAsJavaList(update.accumUpdates())) {
            long taskId = (Long) task._1();
            // a heartbeat sent just before its task ended can arrive after the end: the end has the final count
            if (!endedTasks.contains(taskId)) {
                Map<Long, Long> partials = counts(task._4());
                if (!partials.isEmpty()) {
                    partialsByTask.put(taskId, partials);
                }
            }
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        long taskId = end.taskInfo().taskId();
        endedTasks.add(taskId);
        partialsByTask.remove(taskId);
        // a failed task's counts are not kept (nor are they in the accumulator): its retry counts again
        if (end.reason() instanceof Success$) {
            counts(end.taskInfo().accumulables()).forEach((id, count) -> endedTotals.merge(id, count, Long::sum));
        }
    }

    /** The counter's total over the tasks that ended and the partial counts of those still running. */
    synchronized long value(LongAccumulator counter) {
        long total = endedTotals.getOrDefault(counter.id(), 0L);
        for (Map<Long, Long> partials : partialsByTask.values()) {
            total += partials.getOrDefault(counter.id(), 0L);
        }
        return total;
    }

    private Map<Long, Long> counts(Seq<AccumulableInfo> infos) {
        Map<Long, Long> counts = new HashMap<>();
        for (AccumulableInfo info : JavaConverters.seqAsJavaList(infos)) {
            if (counterIds.contains(info.id()) && info.update().isDefined() && info.update().get() instanceof Number n) {
                counts.put(info.id(), n.longValue());
            }
        }
        return counts;
    }
}
