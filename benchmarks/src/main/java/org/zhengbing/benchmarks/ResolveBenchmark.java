package org.zhengbing.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.PolicySets;

/**
 * Parameter resolution on a warm book ({@link PolicySets#sampleRegions()}, read once in setup):
 * {@link PolicyBook#resolve} of a value the sample district sets itself, and of a national value asked for by a
 * county, which falls through the district, the city and the province to the national scope.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResolveBenchmark {

  private static final ParameterKey<Money> STANDARD = ParameterKey.money("family_payment.annual_standard");
  private static final ParameterKey<Long> TERM_YEARS = ParameterKey.integer("service.conscript_term.years");

  private PolicyBook book;
  private RegionCode jiangjin;
  private LocalDate date;

  @Setup
  public void setUp() {
    book = PolicySets.sampleRegions();
    jiangjin = RegionCode.of("500116");
    date = LocalDate.of(2024, 9, 1);
    book.resolve(STANDARD, jiangjin, date);
  }

  /** A value the district sets (family_payment.annual_standard for Jiangjin). */
  @Benchmark
  public Resolved<Money> regionalValue() {
    return book.resolve(STANDARD, jiangjin, date);
  }

  /** A national value asked for by the district (service.conscript_term.years). */
  @Benchmark
  public Resolved<Long> nationalValue() {
    return book.resolve(TERM_YEARS, jiangjin, date);
  }
}
