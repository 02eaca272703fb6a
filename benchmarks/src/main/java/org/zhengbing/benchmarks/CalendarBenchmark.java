package org.zhengbing.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.PolicySets;

/**
 * A region's conscription calendar for a year: {@link ConscriptionScheduler#schedule(int, RegionCode)} for the
 * sample district Jiangjin in 2024, both seasons with every phase and deadline, working days counted with the
 * bundled holiday notices. The policy and the working-day calendar are read once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalendarBenchmark {

  private ConscriptionScheduler scheduler;
  private RegionCode jiangjin;

  @Setup
  public void setUp() {
    scheduler = ConscriptionScheduler.of(PolicySets.sampleRegions(), WorkdayCalendar.bundled());
    jiangjin = RegionCode.of("500116");
    scheduler.schedule(2024, jiangjin);
  }

  @Benchmark
  public ConscriptionCalendar regionYear() {
    return scheduler.schedule(2024, jiangjin);
  }
}
