package org.zhengbing.core.assess;

import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.money.Rate;

/**
 * One assessed rate: its formula (which counts), the rate, the target and the verdict, with by how much the target
 * is met or missed.
 *
 * <p>The verdict is decided exactly from the counts ({@code numerator >= target × denominator} for an
 * "at least" target); {@link #rate()} is shown to 0.01% (rounded half even) for people.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateAssessment {

  RateAssessment() {}

  /** @return the rate assessed */
  public abstract AssessmentRate kind();

  /** @return the count used as numerator */
  public abstract AssessmentCount numeratorCount();

  /** @return the count used as denominator */
  public abstract AssessmentCount denominatorCount();

  /** @return the numerator's value */
  public abstract long numerator();

  /** @return the denominator's value */
  public abstract long denominator();

  /**
   * Returns the rate, rounded half even to 0.01%.
   *
   * @return the rate, or empty if the denominator is 0
   */
  public abstract Optional<Rate> rate();

  /**
   * Returns the target.
   *
   * @return the target, or empty if none is in force
   */
  public abstract Optional<Rate> target();

  /**
   * Returns true if the target is a maximum (退兵率), false if a minimum.
   *
   * @return whether the target is "at most"
   */
  public abstract boolean targetIsMaximum();

  /** @return the verdict */
  public abstract Verdict verdict();

  /**
   * Returns by how many people the numerator misses the target: for "at least", how many more it needs; for
   * "at most", how many fewer. Zero when the target is met.
   *
   * @return the shortfall, or empty without a target or with a zero denominator
   */
  public abstract Optional<Long> shortfall();

  /**
   * Returns by how many people the numerator beats the target (0 when it misses).
   *
   * @return the margin, or empty without a target or with a zero denominator
   */
  public abstract Optional<Long> margin();

  /**
   * Returns the explanation: the formula and counts, the rate, the target and the verdict as its result.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    explanation().requireResult(new Datum.OfEnum("assessment_verdict", verdict().key()));
  }

  static ImmutableRateAssessment.Builder builder() {
    return ImmutableRateAssessment.builder();
  }
}
