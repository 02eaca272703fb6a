package org.zhengbing.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The baseline: a plain loop summing the same weights the apportionment benchmarks share out. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SumBaseline {

  @Param({"1000", "41352", "620573"})
  int units;

  long[] weights;

  @Setup
  public void setUp() {
    weights = ApportionBenchmark.weights(units);
  }

  @Benchmark
  public long sumWeights() {
    long s = 0;
    for (long w : weights) {
      s += w;
    }
    return s;
  }
}
