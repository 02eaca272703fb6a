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
 * Computes the five rates (五率: 报名率, 上站率, 合格率, 择优率, 退兵率), task completion and college share from the
 * counts a unit reports, and judges each against its target.
 *
 * <p>No official formula is published (the CMC National Defense Mobilization Department introduced the assessment;
 * see DOMAIN.md §4), so each rate's numerator, denominator, target and direction are the parameters
 * {@code assessment.<rate>.numerator|denominator|target|target_direction}; the college-share target is
 * {@code quota.college_share.target}. The bundled national values are the Shandong proxies, ILLUSTRATIVE. A rate
 * without a target in force gets {@link Verdict#NO_TARGET}; a rate with denominator 0, {@link Verdict#UNDEFINED}.
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
    long met = 0;
    for (AssessmentRate r : AssessmentRate.values()) {
      RateAssessment a = assess(r, counts, region, effectiveOn);
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
    steps.add(Step.builder().rule("assessment.targets_met")
        .addInputs(Input.of("rates", Datum.of(AssessmentRate.values().length)))
        .result(Datum.of(met)).build());
    return FiveRateAssessment.builder().counts(counts).putAllRates(rates.build()).applicantsPerPlace(perPlace)
        .targetsMet(met).explanation(Explanation.of(steps)).build();
  }

  private RateAssessment assess(AssessmentRate r, AssessmentCounts counts, RegionCode region, LocalDate date) {
    Resolved<String> num = book.resolve(countKey(r, "numerator"), region, date);
    Resolved<String> den = book.resolve(countKey(r, "denominator"), region, date);
    Resolved<String> dir = book.resolve(directionKey(r), region, date);
    Optional<Resolved<Rate>> target = book.find(targetKey(r), region, date);
    AssessmentCount numCount = AssessmentCount.ofKey(num.value());
    AssessmentCount denCount = AssessmentCount.ofKey(den.value());
    boolean atMost = dir.value().equals("at_most");
    long n = counts.count(numCount);
    long d = counts.count(denCount);
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
