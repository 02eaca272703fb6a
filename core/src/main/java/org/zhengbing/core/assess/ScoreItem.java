package org.zhengbing.core.assess;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One rate's part of a unit's score: its weight, its verdict and the points it earned.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreItem {

  ScoreItem() {}

  /** @return the rate */
  public abstract AssessmentRate rate();

  /** @return the rate's weight in points ({@code assessment.<rate>.weight}), {@code >= 0} */
  public abstract long weight();

  /** @return the rate's verdict */
  public abstract Verdict verdict();

  /** @return the points earned, between 0 and the weight, to 0.01 */
  public abstract BigDecimal points();

  static ScoreItem of(AssessmentRate rate, long weight, Verdict verdict, BigDecimal points) {
    return ImmutableScoreItem.builder().rate(rate).weight(weight).verdict(verdict).points(points).build();
  }
}
