package org.zhengbing.core.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;

/**
 * Computes the rates of the assessment from a unit's counts over a period and judges each against its target: the
 * five rates (五率: 报名率, 上站率, 合格率, 择优率, 退兵率, named as in the MND's 2018 conscription notice), the
 * double-qualified rate (双合格率), the college and graduate shares, and task completion before and after returns;
 * then applicants as a multiple of the task, and whether the pre-conscription pool is large enough.
 *
 * <p>No official formula is published, so each rate's numerator, denominator, target and direction are the
 * parameters {@code assessment.<rate>.numerator|denominator|target|target_direction}; the college-share target is
 * {@code quota.college_share.target}. The bundled national values are ILLUSTRATIVE (the Shandong proxies, a local
 * example, where they give a figure). A rate without a target in force gets {@link Verdict#NO_TARGET}; a rate with
 * denominator 0, {@link Verdict#UNDEFINED}. When {@code assessment.return.replacement_place} is true, the count
 * {@link AssessmentCount#RETAINED} is the approved count itself: a returned recruit's place is refilled.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiveRateAssessor {

  private final PolicyBook book;

  private FiveRateAssessor(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains an assessor reading the rate definitions from a policy.
   *
   * @param book  the policy, not null
   * @return the assessor, never null
   */
  public static FiveRateAssessor of(PolicyBook book) {
    checkNotNull(book, "book");
    return new FiveRateAssessor(book);
  }

  private static ParameterKey<String> countKey(AssessmentRate r, String part) {
    return ParameterKey.enumConstant("assessment." + r.key() + "." + part, "assessment_count");
  }

  private static ParameterKey<Rate> targetKey(AssessmentRate r) {
    return r == AssessmentRate.COLLEGE_SHARE ? CollegeTargetCalculator.SHARE_TARGET
        : ParameterKey.rate("assessment." + r.key() + ".target");
  }

  static final ParameterKey<String> POOL_COUNT = ParameterKey.enumConstant("assessment.pool.count",
      "assessment_count");
  static final ParameterKey<BigDecimal> POOL_MULTIPLE = ParameterKey.decimal("assessment.pool.minimum_multiple");
  static final ParameterKey<Boolean> REPLACEMENT = ParameterKey.bool("assessment.return.replacement_place");

  private static ParameterKey<String> directionKey(AssessmentRate r) {
    return ParameterKey.enumConstant("assessment." + r.key() + ".target_direction", "target_direction");
  }

  /**
   * Assesses a unit's counts by the definitions in force for its region on a date.
   *
   * @param counts  the counts, not null
   * @param region  the unit's region, not null
   * @param effectiveOn  the date the definitions are read for, not null
   * @return the assessment, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if a rate's numerator, denominator or direction is
   *     not defined for the region and date
   */
  public FiveRateAssessment assess(AssessmentCounts counts, RegionCode region, LocalDate effectiveOn) {
    checkNotNull(counts, "counts");
    checkNotNull(region, "region");
    checkNotNull(effectiveOn, "effectiveOn");
    ImmutableMap.Builder<AssessmentRate, RateAssessment> rates = ImmutableMap.builder();
    List<Step> steps = new ArrayList<>();
    Resolved<Boolean> replacement = book.resolve(REPLACEMENT, region, effectiveOn);
    long retained = replacement.value() ? counts.approved() : counts.approved() - counts.returned();
    steps.add(Step.builder().rule("assessment.retained")
        .addInputs(Input.of("approved", Datum.of(counts.approved())))
        .addInputs(Input.of("returned", Datum.of(counts.returned())))
        .addInputs(replacement.asInput("replacement_place"))
        .result(Datum.of(retained)).build());
    long met = 0;
    for (AssessmentRate r : AssessmentRate.values()) {
      RateAssessment a = assess(r, counts, retained, region, effectiveOn);
      rates.put(r, a);
      steps.addAll(a.explanation().steps());
      met += a.verdict() == Verdict.MET ? 1 : 0;
    }
    Optional<BigDecimal> perPlace = Optional.empty();
    Step.Builder progress = Step.builder().rule("assessment.progress")
        .addInputs(Input.of("applicants", Datum.of(counts.applicants())))
        .addInputs(Input.of("task", Datum.of(counts.task())));
    if (counts.task() > 0) {
      BigDecimal exact = BigDecimal.valueOf(counts.applicants()).divide(BigDecimal.valueOf(counts.task()), 10,
          RoundingMode.HALF_EVEN);
      BigDecimal shown = exact.setScale(2, RoundingMode.HALF_EVEN);
      perPlace = Optional.of(shown);
      progress.result(Datum.of(shown)).rounding(Rounding.of(exact, shown, RoundingMode.HALF_EVEN, "hundredth"));
    } else {
      progress.result(Datum.of(false));
    }
    steps.add(progress.build());
    Resolved<String> poolCount = book.resolve(POOL_COUNT, region, effectiveOn);
    Resolved<BigDecimal> poolMultiple = book.resolve(POOL_MULTIPLE, region, effectiveOn);
    AssessmentCount pool = AssessmentCount.ofKey(poolCount.value());
    BigDecimal neededExact = poolMultiple.value().multiply(BigDecimal.valueOf(counts.task()));
    BigDecimal needed = neededExact.setScale(0, RoundingMode.CEILING);
    long poolSize = pool == AssessmentCount.RETAINED ? retained : counts.count(pool);
    steps.add(Step.builder().rule("assessment.pool")
        .addInputs(poolCount.asInput("pool_count"))
        .addInputs(Input.of("pool", Datum.of(poolSize)))
        .addInputs(poolMultiple.asInput("minimum_multiple"))
        .addInputs(Input.of("task", Datum.of(counts.task())))
        .addInputs(Input.of("minimum", Datum.of(needed.longValueExact())))
        .rounding(Rounding.of(neededExact, needed, RoundingMode.CEILING, "person"))
        .result(Datum.of(poolSize >= needed.longValueExact())).build());
    steps.add(Step.builder().rule("assessment.targets_met")
        .addInputs(Input.of("rates", Datum.of(AssessmentRate.values().length)))
        .result(Datum.of(met)).build());
    return FiveRateAssessment.builder().counts(counts).putAllRates(rates.build()).applicantsPerPlace(perPlace)
        .poolCount(pool).poolSize(poolSize).poolMinimum(needed.longValueExact()).returnsReplaced(replacement.value())
        .targetsMet(met).explanation(Explanation.of(steps)).build();
  }

  private RateAssessment assess(AssessmentRate r, AssessmentCounts counts, long retained, RegionCode region,
      LocalDate date) {
    Resolved<String> num = book.resolve(countKey(r, "numerator"), region, date);
    Resolved<String> den = book.resolve(countKey(r, "denominator"), region, date);
    Resolved<String> dir = book.resolve(directionKey(r), region, date);
    Optional<Resolved<Rate>> target = book.find(targetKey(r), region, date);
    AssessmentCount numCount = AssessmentCount.ofKey(num.value());
    AssessmentCount denCount = AssessmentCount.ofKey(den.value());
    boolean atMost = dir.value().equals("at_most");
    long n = numCount == AssessmentCount.RETAINED ? retained : counts.count(numCount);
    long d = denCount == AssessmentCount.RETAINED ? retained : counts.count(denCount);
    List<Step> steps = new ArrayList<>();
    Step.Builder rateStep = Step.builder().rule("assessment." + r.key() + ".rate")
        .addInputs(num.asInput("numerator_count"))
        .addInputs(den.asInput("denominator_count"))
        .addInputs(Input.of("numerator", Datum.of(n)))
        .addInputs(Input.of("denominator", Datum.of(d)));
    Optional<Rate> rate = Optional.empty();
    if (d > 0) {
      BigDecimal exact = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 12, RoundingMode.HALF_EVEN);
      Rate shown = Rate.ofRatio(n, d, 4, RoundingMode.HALF_EVEN);
      rate = Optional.of(shown);
      rateStep.result(Datum.of(shown)).rounding(Rounding.of(exact, shown.fraction(), RoundingMode.HALF_EVEN,
          "basis_point"));
    } else {
      rateStep.result(Datum.of(false));
    }
    steps.add(rateStep.build());
    Verdict verdict;
    Optional<Long> shortfall = Optional.empty();
    Optional<Long> margin = Optional.empty();
    Step.Builder verdictStep = Step.builder().rule("assessment." + r.key() + ".verdict")
        .addInputs(dir.asInput("target_direction"));
    target.ifPresent(t -> verdictStep.addInputs(t.asInput("target")));
    if (target.isEmpty()) {
      verdict = Verdict.NO_TARGET;
    } else if (d == 0) {
      verdict = Verdict.UNDEFINED;
    } else {
      // the target expressed in people: target × denominator, exactly; rounded up for a minimum, down for a maximum
      BigDecimal needed = target.get().value().fraction().multiply(BigDecimal.valueOf(d));
      long bound = needed.setScale(0, atMost ? RoundingMode.FLOOR : RoundingMode.CEILING).longValueExact();
      if (atMost) {
        verdict = n <= bound ? Verdict.MET : Verdict.NOT_MET;
        shortfall = Optional.of(Math.max(0, n - bound));
        margin = Optional.of(Math.max(0, bound - n));
      } else {
        verdict = n >= bound ? Verdict.MET : Verdict.NOT_MET;
        shortfall = Optional.of(Math.max(0, bound - n));
        margin = Optional.of(Math.max(0, n - bound));
      }
      verdictStep.addInputs(Input.of("numerator", Datum.of(n)))
          .addInputs(Input.of("target_people", Datum.of(bound)))
          .addInputs(Input.of("shortfall", Datum.of(shortfall.get())))
          .rounding(Rounding.of(needed, BigDecimal.valueOf(bound), atMost ? RoundingMode.FLOOR : RoundingMode.CEILING,
              "person"));
    }
    steps.add(verdictStep.result(new Datum.OfEnum("assessment_verdict", verdict.key())).build());
    return RateAssessment.builder().kind(r).numeratorCount(numCount).denominatorCount(denCount).numerator(n)
        .denominator(d).rate(rate).target(target.map(Resolved::value)).targetIsMaximum(atMost).verdict(verdict)
        .shortfall(shortfall).margin(margin).explanation(Explanation.of(steps)).build();
  }
}
