package org.zhengbing.core.assess;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;

/**
 * A unit's score over a period (考评得分): the sum of the points its rates earned under the scoring rule, with each
 * item and an explanation whose steps give every item's weight, verdict and points and whose result is the score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitScore {

  UnitScore() {}

  /** @return the unit */
  public abstract String unit();

  /** @return the scoring rule applied */
  public abstract ScoreRule rule();

  /** @return the items, one per rate with a weight above 0, in {@link AssessmentRate} order */
  public abstract ImmutableList<ScoreItem> items();

  /** @return the score: the sum of the items' points, to 0.01 */
  public abstract BigDecimal score();

  /** @return the highest score possible: the sum of the weights */
  public abstract long maximum();

  /** @return the explanation; its result is the score */
  public abstract Explanation explanation();

  /**
   * Returns true if the score rests on an ILLUSTRATIVE parameter (the bundled defaults do).
   *
   * @return whether the score is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  @Value.Check
  void check() {
    explanation().requireResult(Datum.of(score()));
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    for (ScoreItem i : items()) {
      sum = sum.add(i.points());
    }
    if (sum.compareTo(score()) != 0) {
      throw new IllegalArgumentException("score must be the sum of its items " + sum + ", but was " + score());
    }
  }

  static ImmutableUnitScore.Builder builder() {
    return ImmutableUnitScore.builder();
  }
}
