package org.zhengbing.core.quota;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.time.Season;

/**
 * An annual conscription task split between the spring (上半年) and autumn (下半年) seasons, with its explanation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeasonSplit {

  SeasonSplit() {}

  /**
   * Returns the annual task.
   *
   * @return the task, {@code >= 0}
   */
  public abstract long annualTask();

  /**
   * Returns the spring share applied.
   *
   * @return the share, never null
   */
  public abstract Rate springShare();

  /**
   * Returns the spring task.
   *
   * @return the places, {@code >= 0}
   */
  public abstract long spring();

  /**
   * Returns the autumn task: the annual task less the spring task.
   *
   * @return the places, {@code >= 0}
   */
  public abstract long autumn();

  /**
   * Returns the explanation; its result is the table {@code {spring: n, autumn: m}}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the task of a season.
   *
   * @param season  the season, not null
   * @return the places
   */
  public long task(Season season) {
    return season == Season.SPRING ? spring() : autumn();
  }

  static Datum asDatum(long spring, long autumn) {
    return new Datum.OfTable("season", Datum.Kind.INTEGER, ImmutableMap.of(Season.SPRING.key(), Datum.of(spring),
        Season.AUTUMN.key(), Datum.of(autumn)));
  }

  @Value.Check
  void check() {
    if (spring() + autumn() != annualTask() || spring() < 0 || autumn() < 0) {
      throw new IllegalArgumentException("season tasks must be >= 0 and sum to the annual task " + annualTask()
          + ", but were " + spring() + " and " + autumn());
    }
    explanation().requireResult(asDatum(spring(), autumn()));
  }

  static SeasonSplit of(long annualTask, Rate springShare, long spring, Explanation explanation) {
    return ImmutableSeasonSplit.builder().annualTask(annualTask).springShare(springShare).spring(spring)
        .autumn(annualTask - spring).explanation(explanation).build();
  }
}
