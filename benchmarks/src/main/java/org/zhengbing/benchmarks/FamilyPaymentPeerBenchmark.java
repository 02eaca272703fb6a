package org.zhengbing.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.dmn.api.core.DMNResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitRules;
import org.zhengbing.policy.benefit.FamilyPaymentCalculator;
import org.zhengbing.policy.benefit.FamilyPaymentSchedule;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * The family payment of one conscript, side by side: Zhengbing's {@link FamilyPaymentCalculator} (dated instalments
 * and a full explanation) against the same rule as a DMN decision model evaluated by Drools
 * ({@link DmnFamilyPayment}). Each call takes the next of 1,024 generated candidates ({@link FamilyInputs}); the DMN
 * side is handed the three inputs already extracted, the Zhengbing side the whole profile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FamilyPaymentPeerBenchmark {

  static final int INPUTS = 1024;

  private FamilyPaymentCalculator calculator;
  private BenefitRules rules;
  private DmnFamilyPayment dmn;
  private CandidateProfile[] profiles;
  private String[] categories;
  private String[] postings;
  private int[] months;
  private int next;

  @Setup
  public void setUp() {
    calculator = FamilyPaymentCalculator.of(PolicySets.sampleRegions());
    rules = BenefitRules.resolve(PolicySets.sampleRegions(), RegionCode.of(FamilyInputs.REGION),
        ConscriptionTerm.parse(FamilyInputs.TERM));
    dmn = DmnFamilyPayment.load();
    List<CandidateProfile> list = FamilyInputs.profiles(INPUTS, 8L);
    profiles = list.toArray(new CandidateProfile[0]);
    categories = new String[INPUTS];
    postings = new String[INPUTS];
    months = new int[INPUTS];
    int term = rules.dates().termMonths();
    for (int i = 0; i < INPUTS; i++) {
      categories[i] = profiles[i].educationCategory().key();
      postings[i] = profiles[i].posting().key();
      months[i] = FamilyInputs.conscriptMonths(profiles[i], term);
    }
  }

  /** Zhengbing, resolving the region's rules for the profile on each call. */
  @Benchmark
  public FamilyPaymentSchedule zhengbing() {
    int i = next++ & (INPUTS - 1);
    return calculator.calculate(profiles[i]);
  }

  /** Zhengbing, with the rules for the region and term resolved once. */
  @Benchmark
  public FamilyPaymentSchedule zhengbingReusedRules() {
    int i = next++ & (INPUTS - 1);
    return calculator.calculate(profiles[i], rules);
  }

  /** Drools evaluating the DMN model, a new context each call. */
  @Benchmark
  public DMNResult dmn() {
    int i = next++ & (INPUTS - 1);
    return dmn.evaluate(categories[i], postings[i], months[i]);
  }
}
