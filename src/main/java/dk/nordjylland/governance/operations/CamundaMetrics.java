package dk.nordjylland.governance.operations;

import dk.nordjylland.governance.calendar.EngineClock;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Publishes the engine's own metrics and its current workload to Actuator/Prometheus. The engine
 * flushes its metrics to the database periodically, so the counters follow with that delay.
 */
@Component
class CamundaMetrics implements MeterBinder {

  private static final List<String> ENGINE_METRICS = List.of(
      Metrics.ACTIVTY_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_END,
      Metrics.JOB_SUCCESSFUL,
      Metrics.JOB_FAILED,
      Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.ROOT_PROCESS_INSTANCE_START,
      Metrics.UNIQUE_TASK_WORKERS);

  private final ProcessEngine engine;

  CamundaMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String metric : ENGINE_METRICS) {
      FunctionCounter.builder("camunda." + metric.replace('-', '.'), engine,
              e -> e.getManagementService().createMetricsQuery().name(metric).sum())
          .description("Camunda engine metric " + metric)
          .register(registry);
    }
    Gauge.builder("camunda.process.instances.active", engine,
            e -> e.getRuntimeService().createProcessInstanceQuery().active().count())
        .description("Running process instances").register(registry);
    Gauge.builder("camunda.tasks.open", engine, e -> e.getTaskService().createTaskQuery().count())
        .description("Open user tasks").register(registry);
    Gauge.builder("camunda.tasks.overdue", engine,
            e -> e.getTaskService().createTaskQuery().dueBefore(EngineClock.currentTime()).count())
        .description("Open user tasks past their due date").register(registry);
    Gauge.builder("camunda.incidents.open", engine,
            e -> e.getRuntimeService().createIncidentQuery().count())
        .description("Open incidents").register(registry);
    Gauge.builder("camunda.jobs.executable", engine,
            e -> e.getManagementService().createJobQuery().executable().count())
        .description("Jobs due for execution").register(registry);
  }
}
