package org.zhengbing.benchmarks;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.benefit.BenefitRules;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationCategory;
import org.zhengbing.policy.profile.Posting;

/**
 * The limit: the family-payment total of one million conscripts by Zhengbing's batch path
 * ({@link BenefitsCalculator#totals(List, Set)} asked for the family payment, without explanations; and, for
 * comparison, {@link BenefitsCalculator#totals(List)} working out all eight payments) against a hand-written loop over
 * primitive arrays (category, posting and months as bytes, the rule as fen and basis points) computing the family
 * payment alone, with no explanation, no objects and no checks. All sum the same million payments of distinct
 * profiles ({@link FamilyInputs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FamilyPaymentLimitBenchmark {

  private static final Set<BenefitKind> FAMILY = EnumSet.of(BenefitKind.FAMILY_PAYMENT);

  /** The number of profiles. */
  public static final int PROFILES = 1_000_000;

  BenefitsCalculator calculator;
  List<CandidateProfile> batch;

  byte[] category;
  byte[] posting;
  byte[] months;
  long standardFen;
  int[] educationUpliftBp;
  int[] postingUpliftBp;
  int periodMonths;

  @Setup
  public void setUp() {
    setUp(PROFILES);
  }

  void setUp(int n) {
    PolicyBook book = PolicySets.sampleRegions();
    calculator = BenefitsCalculator.of(book);
    batch = FamilyInputs.profiles(n, 2024L);
    RegionCode region = RegionCode.of(FamilyInputs.REGION);
    BenefitRules rules = BenefitRules.resolve(book, region, ConscriptionTerm.parse(FamilyInputs.TERM));
    LocalDate approval = rules.dates().approvalDate();
    int term = rules.dates().termMonths();
    // the rule in primitive form, read from the same policy (the loop below is the base_with_uplift formula with
    // whole periods and a part period counting as full, the sample district's rule)
    checkState(book.resolve(ParameterKey.enumConstant("family_payment.formula", "family_payment_formula"), region,
        approval).value().equals("base_with_uplift"), "the limit loop computes base_with_uplift only");
    checkState(book.resolve(ParameterKey.bool("family_payment.part_period_counts_as_full"), region, approval)
        .value(), "the limit loop counts a part period as full");
    checkState(book.resolve(ParameterKey.bool("family_payment.stops_on_early_status_change"), region, approval)
        .value(), "the limit loop stops the payment early");
    standardFen = book.resolve(ParameterKey.money("family_payment.annual_standard"), region, approval).value()
        .getAmountMinorLong();
    periodMonths = book.resolve(ParameterKey.integer("family_payment.period_months"), region, approval).value()
        .intValue();
    ParameterTable<Rate> education = book.resolve(ParameterKey.rateTable("family_payment.education_uplift",
        "education_category"), region, approval).value();
    ParameterTable<Rate> postings = book.resolve(ParameterKey.rateTable("family_payment.posting_uplift", "posting"),
        region, approval).value();
    educationUpliftBp = new int[EducationCategory.values().length];
    for (EducationCategory c : EducationCategory.values()) {
      educationUpliftBp[c.ordinal()] = basisPoints(education.get(c.key()).orElse(Rate.ZERO));
    }
    postingUpliftBp = new int[Posting.values().length];
    for (Posting p : Posting.values()) {
      postingUpliftBp[p.ordinal()] = basisPoints(postings.get(p.key()).orElse(Rate.ZERO));
    }
    category = new byte[n];
    posting = new byte[n];
    months = new byte[n];
    for (int i = 0; i < n; i++) {
      CandidateProfile p = batch.get(i);
      category[i] = (byte) p.educationCategory().ordinal();
      posting[i] = (byte) p.posting().ordinal();
      months[i] = (byte) FamilyInputs.conscriptMonths(p, term);
    }
  }

  private static int basisPoints(Rate rate) {
    return rate.fraction().movePointRight(4).intValueExact();
  }

  /** Zhengbing's batch path asked for the family payment only, summing it. */
  @Benchmark
  public long zhengbingBatch() {
    return calculator.totals(batch, FAMILY).sum(BenefitKind.FAMILY_PAYMENT).getAmountMinorLong();
  }

  /** Zhengbing's batch path working out all eight payments of each profile, summing the family payments. */
  @Benchmark
  public long zhengbingBatchAllPayments() {
    return calculator.totals(batch).sum(BenefitKind.FAMILY_PAYMENT).getAmountMinorLong();
  }

  /** The hand-written loop over primitive fen values: the family payment alone. */
  @Benchmark
  public long primitiveLoop() {
    long sum = 0;
    long standard = standardFen;
    int period = periodMonths;
    int[] eu = educationUpliftBp;
    int[] pu = postingUpliftBp;
    byte[] c = category;
    byte[] p = posting;
    byte[] m = months;
    for (int i = 0; i < c.length; i++) {
      // annual = standard × (1 + uplifts), half up to the fen; instalment = annual × period / 12, half up
      long annual = (standard * (10_000 + eu[c[i]] + pu[p[i]]) * 2 + 10_000) / 20_000;
      long instalment = (annual * period * 2 + 12) / 24;
      int served = m[i];
      int full = served / period;
      sum += instalment * (full + (served - full * period > 0 ? 1 : 0));
    }
    return sum;
  }
}
