package org.zhengbing.core.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.quota.Apportionment;
import org.zhengbing.core.quota.UnitKey;
import org.zhengbing.core.region.RegionCode;

/**
 * Turns a college-student share target (大学生征集比例) into the minimum number of college students each quota
 * implies: {@code quota × share}, rounded up, since "at least 90%" of 37 recruits is 34, not 33.3.
 *
 * <p>The share is the parameter {@code quota.college_share.target}: no national target was found, so the bundled
 * national default is the ILLUSTRATIVE Shandong proxy (40%); Jiangjin District's 2021 target of at least 90%
 * (seeds/000) is bundled for region 500116.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CollegeTargetCalculator {

  /** The target share of college students among recruits. */
  public static final ParameterKey<Rate> SHARE_TARGET = ParameterKey.rate("quota.college_share.target");

  private final PolicyBook book;

  private CollegeTargetCalculator(PolicyBook book) {
    this.book = book;
  }

  /**
   * Obtains a calculator reading the share target from a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static CollegeTargetCalculator of(PolicyBook book) {
    checkNotNull(book, "book");
    return new CollegeTargetCalculator(book);
  }

  /**
   * Computes the minimum number of college students for a quota, by the target in force for a region.
   *
   * @param quota  the quota, {@code >= 0}
   * @param region  the region, not null
   * @param effectiveOn  the date the target is read for, not null
   * @return the target, never null
   * @throws IllegalArgumentException if the quota is negative or the share outside 0%..100%
   * @throws org.zhengbing.core.param.ParameterNotFoundException if no target is in force
   */
  public CollegeTarget calculate(long quota, RegionCode region, LocalDate effectiveOn) {
    checkNotNull(region, "region");
    checkNotNull(effectiveOn, "effectiveOn");
    return calculate(quota, book.resolve(SHARE_TARGET, region, effectiveOn));
  }

  /**
   * Computes the minimum number of college students for a quota and a resolved share.
   *
   * @param quota  the quota, {@code >= 0}
   * @param share  the share with its provenance, not null
   * @return the target, never null
   * @throws IllegalArgumentException if the quota is negative or the share outside 0%..100%
   */
  public CollegeTarget calculate(long quota, Resolved<Rate> share) {
    checkNotNull(share, "share");
    checkArgument(quota >= 0, "quota must be >= 0, but was %s", quota);
    Rate s = share.value();
    checkArgument(!s.isNegative() && s.compareTo(Rate.ONE) <= 0,
        "college share target must be in 0%..100%, but was %s", s);
    BigDecimal exact = BigDecimal.valueOf(quota).multiply(s.fraction());
    BigDecimal rounded = exact.setScale(0, RoundingMode.CEILING);
    long minimum = rounded.longValueExact();
    Step step = Step.builder().rule("quota.college_target")
        .addInputs(Input.of("quota", Datum.of(quota)))
        .addInputs(share.asInput("college_share"))
        .result(Datum.of(minimum))
        .rounding(Rounding.of(exact, rounded, RoundingMode.CEILING, "person"))
        .build();
    return CollegeTarget.of(quota, s, minimum, Explanation.of(step));
  }

  /**
   * Computes the target of every unit of an apportionment: a unit keyed by a region reads the target in force for
   * that region, any other unit (a university) the target of the parent region.
   *
   * @param apportionment  the apportionment, not null
   * @param parent  the region whose task was apportioned, not null
   * @param effectiveOn  the date the targets are read for, not null
   * @return the targets by unit, in unit order, never null
   */
  public ImmutableMap<UnitKey, CollegeTarget> calculate(Apportionment apportionment, RegionCode parent,
      LocalDate effectiveOn) {
    checkNotNull(apportionment, "apportionment");
    checkNotNull(parent, "parent");
    checkNotNull(effectiveOn, "effectiveOn");
    ImmutableMap.Builder<UnitKey, CollegeTarget> b = ImmutableMap.builder();
    for (int i = 0; i < apportionment.units().size(); i++) {
      UnitKey k = apportionment.units().key(i);
      b.put(k, calculate(apportionment.placesAt(i), k.region().orElse(parent), effectiveOn));
    }
    return b.build();
  }
}
