package org.zhengbing.core.assess;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;

/**
 * The assessment (五率考评) of one unit over one period: each rate with its verdict, applicants as a multiple of the
 * task, and whether the pre-conscription pool is large enough.
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
   * Returns the count that measures the pre-conscription pool (the parameter {@code assessment.pool.count}).
   *
   * @return the count, never null
   */
  public abstract AssessmentCount poolCount();

  /**
   * Returns the size of the pool: the value of {@link #poolCount()}.
   *
   * @return the people in the pool, {@code >= 0}
   */
  public abstract long poolSize();

  /**
   * Returns the smallest pool the task calls for: {@code task × assessment.pool.minimum_multiple}, rounded up.
   *
   * @return the people needed, {@code >= 0}
   */
  public abstract long poolMinimum();

  /**
   * Returns true if the pool count reaches {@link #poolMinimum()}.
   *
   * @return whether the pool is large enough
   */
  public boolean isPoolLargeEnough() {
    return poolSize() >= poolMinimum();
  }

  /**
   * Returns true if returns were given replacement places (the parameter {@code assessment.return.replacement_place}),
   * so that task completion less returns counts them as filled.
   *
   * @return whether returns are replaced
   */
  public abstract boolean returnsReplaced();

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
