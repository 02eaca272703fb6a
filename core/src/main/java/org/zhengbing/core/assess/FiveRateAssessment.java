package org.zhengbing.core.assess;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;

/**
 * The five-rate assessment (五率考评) of one unit: each rate with its verdict, plus task completion, college share
 * and the progress view (applicants as a multiple of the task).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FiveRateAssessment {

  FiveRateAssessment() {}

  /** @return the counts assessed */
  public abstract AssessmentCounts counts();

  /** @return every assessed rate, in {@link AssessmentRate} order */
  public abstract ImmutableMap<AssessmentRate, RateAssessment> rates();

  /**
   * Returns one assessed rate.
   *
   * @param rate  the rate, not null
   * @return the assessment, never null
   */
  public RateAssessment rate(AssessmentRate rate) {
    RateAssessment r = rates().get(rate);
    if (r == null) {
      throw new IllegalArgumentException("rate must have been assessed, but " + rate + " was not");
    }
    return r;
  }

  /**
   * Returns the applicants as a multiple of the task (seeds/001: "报名人数是征集任务数的6倍"), to 2 decimal places
   * rounded half even.
   *
   * @return the multiple, or empty if the task is 0
   */
  public abstract Optional<BigDecimal> applicantsPerPlace();

  /**
   * Returns the number of targets met.
   *
   * @return the count
   */
  public abstract long targetsMet();

  /**
   * Returns the explanation: every rate's steps, the progress view, and the number of targets met as its result.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if any rate rests on an ILLUSTRATIVE parameter (the bundled defaults do).
   *
   * @return whether the assessment is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  @Value.Check
  void check() {
    explanation().requireResult(Datum.of(targetsMet()));
  }

  static ImmutableFiveRateAssessment.Builder builder() {
    return ImmutableFiveRateAssessment.builder();
  }
}
