package org.zhengbing.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.core.quota.Apportionment;
import org.zhengbing.core.quota.ApportionmentMethod;
import org.zhengbing.core.quota.QuotaApportioner;
import org.zhengbing.core.quota.QuotaUnits;
import org.zhengbing.core.quota.UnitKey;

/**
 * Apportions the national task of 450,000 places among 1,000, 41,352 (townships) and 620,573 (villages) units by
 * each method (target: under 50 ms each at 620,573 units). The units (keys and weights, 20..600 each, seeded) are
 * validated once in setup; the measured call is {@link QuotaApportioner#apportion(long, QuotaUnits)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ApportionBenchmark {

  static final long TOTAL = 450_000;

  @Param({"1000", "41352", "620573"})
  int units;

  @Param({"LARGEST_REMAINDER", "D_HONDT", "SAINTE_LAGUE", "HUNTINGTON_HILL", "ADAMS"})
  ApportionmentMethod method;

  QuotaUnits quotaUnits;
  QuotaApportioner apportioner;

  static long[] weights(int n) {
    SplittableRandom random = new SplittableRandom(2023);
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = random.nextInt(20, 601);
    }
    return w;
  }

  @Setup
  public void setUp() {
    List<UnitKey> keys = new ArrayList<>(units);
    for (int i = 0; i < units; i++) {
      keys.add(UnitKey.of(String.format(java.util.Locale.ROOT, "unit-%06d", i)));
    }
    quotaUnits = QuotaUnits.ofWeights(keys, weights(units));
    apportioner = QuotaApportioner.of(method);
  }

  @Benchmark
  public Apportionment apportion() {
    return apportioner.apportion(TOTAL, quotaUnits);
  }
}
