package org.zhengbing.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.core.quota.ApportionmentMethod;
import org.zhengbing.core.quota.Cascade;
import org.zhengbing.core.quota.CascadeTree;
import org.zhengbing.core.quota.DirectAllocation;
import org.zhengbing.core.quota.NationalTestTree;
import org.zhengbing.core.quota.QuotaApportioner;
import org.zhengbing.core.quota.QuotaCascader;
import org.zhengbing.core.region.RegionCode;

/**
 * Cascades a national task of 450,000 places down the real 2023 tree: 31 provinces, 342 prefectures, the county
 * level, 41,352 townships and 620,573 villages (weights 20..600 per village, seeded), with two university tasks and
 * a disaster-area adjustment. The tree is built once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CascadeBenchmark {

  @Param({"LARGEST_REMAINDER", "D_HONDT", "SAINTE_LAGUE", "HUNTINGTON_HILL", "ADAMS"})
  ApportionmentMethod method;

  CascadeTree tree;
  QuotaCascader cascader;
  List<DirectAllocation> directs;

  @Setup
  public void setUp() {
    tree = NationalTestTree.build(2023, 20, 600);
    cascader = QuotaCascader.of(QuotaApportioner.of(method));
    directs = List.of(DirectAllocation.toUniversityNationally("国防科技大学", 50),
        DirectAllocation.toUniversity(RegionCode.of("110000"), "清华大学", 120),
        DirectAllocation.forDisasterArea(RegionCode.of("500116"), 30));
  }

  @Benchmark
  public Cascade cascade() {
    return cascader.cascade(tree, 450_000, directs);
  }
}
