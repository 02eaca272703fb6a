package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;

/**
 * Splits an annual conscription task between the two seasons (一年两征), by the spring share in force for the region
 * ({@code quota.season_split.spring_share}: "basically half and half" nationally; Anhui used 45/55 in 2020).
 *
 * <p>Rounding rule: the spring task is {@code annual × spring share} rounded to whole places by the rule in force
 * ({@code quota.season_split.rounding}: half up, bundled as ILLUSTRATIVE because no source states one; a region can
 * set half even, down or up), or by a mode the caller chose with {@link #withRounding}; the autumn task is the rest,
 * so the two always sum to the annual task. The rule, with its provenance, and the rounding are recorded in the
 * explanation.
 *
 * <pre>{@code
 * SeasonSplit s = SeasonSplitter.of(PolicyBook.nationalDefaults()).split(1200, region, LocalDate.of(2024, 1, 1));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeasonSplitter {

  /** The spring share of the annual task. */
  public static final ParameterKey<Rate> SPRING_SHARE = ParameterKey.rate("quota.season_split.spring_share");

  /** The rounding of the spring task: {@code half_up}, {@code half_even}, {@code down} or {@code up}. */
  public static final ParameterKey<String> ROUNDING =
      ParameterKey.enumConstant("quota.season_split.rounding", "season_split_rounding");

  private final PolicyBook book;
  private final @Nullable RoundingMode rounding;

  private SeasonSplitter(PolicyBook book, @Nullable RoundingMode rounding) {
    this.book = book;
    this.rounding = rounding;
  }

  /**
   * Obtains a splitter that rounds the spring task by the rounding rule in force ({@link #ROUNDING}).
   *
   * @param book  the policy, not null
   * @return the splitter, never null
   */
  public static SeasonSplitter of(PolicyBook book) {
    checkNotNull(book, "book");
    return new SeasonSplitter(book, null);
  }

  /**
   * Returns a copy that rounds the spring task by a mode the caller chooses instead of the rule in force.
   *
   * @param rounding  the mode, not null; {@link RoundingMode#UNNECESSARY} makes an inexact split throw
   * @return the splitter, never null
   */
  public SeasonSplitter withRounding(RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return new SeasonSplitter(book, rounding);
  }

  /**
   * Splits an annual task by the spring share in force for a region on a date (use 1 January of the conscription
   * year).
   *
   * @param annualTask  the annual task, {@code >= 0}
   * @param region  the region, not null
   * @param effectiveOn  the date the share is read for, not null
   * @return the split, never null
   * @throws IllegalArgumentException if the task is negative or the share is outside 0%..100%
   * @throws org.zhengbing.core.param.ParameterNotFoundException if no share is in force
   * @throws ArithmeticException if the mode is UNNECESSARY and the spring task is not whole
   */
  public SeasonSplit split(long annualTask, RegionCode region, LocalDate effectiveOn) {
    checkNotNull(region, "region");
    checkNotNull(effectiveOn, "effectiveOn");
    Resolved<Rate> share = book.resolve(SPRING_SHARE, region, effectiveOn);
    if (rounding != null) {
      return split(annualTask, share);
    }
    return split(annualTask, share, book.resolve(ROUNDING, region, effectiveOn));
  }

  /**
   * Splits an annual task by a resolved spring share and the mode chosen with {@link #withRounding}.
   *
   * @param annualTask  the annual task, {@code >= 0}
   * @param springShare  the share with its provenance, not null
   * @return the split, never null
   * @throws IllegalStateException if no rounding mode was chosen (use {@link #split(long, Resolved, Resolved)} or
   *     {@link #split(long, RegionCode, LocalDate)} to apply the rule in force)
   * @throws IllegalArgumentException if the task is negative or the share is outside 0%..100%
   * @throws ArithmeticException if the mode is UNNECESSARY and the spring task is not whole
   */
  public SeasonSplit split(long annualTask, Resolved<Rate> springShare) {
    checkNotNull(springShare, "springShare");
    RoundingMode mode = rounding;
    if (mode == null) {
      throw new IllegalStateException("rounding mode must be chosen with withRounding(..) to split by a resolved "
          + "share alone, but none was; split by region and date to apply quota.season_split.rounding");
    }
    String chosen = "chosen by the caller: " + mode.name().toLowerCase(Locale.ROOT);
    return split(annualTask, springShare, mode, Input.of("rounding_rule", Datum.of(LocalizedText.of(chosen, chosen))));
  }

  /**
   * Splits an annual task by a resolved spring share and a resolved rounding rule.
   *
   * @param annualTask  the annual task, {@code >= 0}
   * @param springShare  the share with its provenance, not null
   * @param roundingRule  the rule ({@code half_up}, {@code half_even}, {@code down} or {@code up}) with its
   *     provenance, not null
   * @return the split, never null
   * @throws IllegalArgumentException if the task is negative, the share is outside 0%..100% or the rule is unknown
   */
  public SeasonSplit split(long annualTask, Resolved<Rate> springShare, Resolved<String> roundingRule) {
    checkNotNull(springShare, "springShare");
    checkNotNull(roundingRule, "roundingRule");
    return split(annualTask, springShare, modeOf(roundingRule.value()), roundingRule.asInput("rounding_rule"));
  }

  static RoundingMode modeOf(String rule) {
    switch (rule) {
      case "half_up":
        return RoundingMode.HALF_UP;
      case "half_even":
        return RoundingMode.HALF_EVEN;
      case "down":
        return RoundingMode.DOWN;
      case "up":
        return RoundingMode.UP;
      default:
        throw new IllegalArgumentException("season split rounding must be one of half_up, half_even, down, up, "
            + "but was " + rule);
    }
  }

  private SeasonSplit split(long annualTask, Resolved<Rate> springShare, RoundingMode rounding, Input rule) {
    checkArgument(annualTask >= 0, "annual task must be >= 0, but was %s", annualTask);
    Rate share = springShare.value();
    checkArgument(!share.isNegative() && share.compareTo(Rate.ONE) <= 0,
        "spring share must be in 0%..100%, but was %s (%s)", share, springShare.provenance().origin()
            .orElse(springShare.provenance().citation().toShortString()));
    BigDecimal exact = BigDecimal.valueOf(annualTask).multiply(share.fraction());
    BigDecimal rounded = exact.setScale(0, rounding);
    long spring = rounded.longValueExact();
    long autumn = annualTask - spring;
    Step springStep = Step.builder().rule("quota.season_split.spring")
        .addInputs(Input.of("annual_task", Datum.of(annualTask)))
        .addInputs(springShare.asInput("spring_share"))
        .addInputs(rule)
        .result(Datum.of(spring))
        .rounding(Rounding.of(exact, rounded, rounding, "place"))
        .build();
    Step autumnStep = Step.builder().rule("quota.season_split.autumn")
        .addInputs(Input.of("annual_task", Datum.of(annualTask)))
        .addInputs(Input.of("spring", Datum.of(spring)))
        .result(Datum.of(autumn))
        .build();
    Step result = Step.builder().rule("quota.season_split.result")
        .addInputs(Input.of("spring", Datum.of(spring)))
        .addInputs(Input.of("autumn", Datum.of(autumn)))
        .result(SeasonSplit.asDatum(spring, autumn))
        .build();
    return SeasonSplit.of(annualTask, share, spring, Explanation.of(springStep, autumnStep, result));
  }
}
