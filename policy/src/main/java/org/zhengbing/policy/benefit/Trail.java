package org.zhengbing.policy.benefit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionCode;

/**
 * The steps of one calculation as they are taken; a silent trail records nothing, for the batch tables that only
 * need amounts. Also the rounding and datum helpers every calculator shares: every rounding is to whole fen,
 * half up, at a named step.
 */
final class Trail {

  /** A trail that records nothing. */
  static final Trail SILENT = new Trail(null);

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private final @Nullable List<Step> steps;

  private Trail(@Nullable List<Step> steps) {
    this.steps = steps;
  }

  static Trail explaining() {
    return new Trail(new ArrayList<>(16));
  }

  boolean on() {
    return steps != null;
  }

  void add(Step step) {
    if (steps != null) {
      steps.add(step);
    }
  }

  void add(String rule, Datum result, Input... inputs) {
    if (steps != null) {
      Step.Builder b = Step.builder().rule(rule).result(result);
      for (Input i : inputs) {
        b.addInputs(i);
      }
      steps.add(b.build());
    }
  }

  void addRounded(String rule, Money result, BigDecimal exact, Input... inputs) {
    if (steps != null) {
      Step.Builder b = Step.builder().rule(rule).result(money(result))
          .rounding(Rounding.of(exact, result.getAmount(), RoundingMode.HALF_UP, "fen"));
      for (Input i : inputs) {
        b.addInputs(i);
      }
      steps.add(b.build());
    }
  }

  Explanation explanation() {
    if (steps == null) {
      throw new IllegalStateException("a silent trail has no explanation");
    }
    return Explanation.of(steps);
  }

  /** Records that a needed parameter has no value, as the last step, giving zero. */
  void notPublished(String kindKey, BenefitRules.Missing m, RegionCode region) {
    add(kindKey + ".not_published", money(Cny.ZERO), Input.of("parameter", id(m.key)),
        Input.of("region", id(region.toString())), Input.of("date", new Datum.OfDate(m.date)));
  }

  // ------------------------------------------------------------------ helpers

  static Money roundFen(BigDecimal exact) {
    return Cny.of(exact.setScale(2, RoundingMode.HALF_UP));
  }

  /** Returns {@code value × numerator / 12}, exactly when it terminates and to 34 digits otherwise. */
  static BigDecimal twelfths(BigDecimal value, long numerator) {
    return value.multiply(BigDecimal.valueOf(numerator)).divide(TWELVE, MathContext.DECIMAL128);
  }

  /** Returns {@code value × numerator / denominator}, exactly when it terminates and to 34 digits otherwise. */
  static BigDecimal fraction(BigDecimal value, long numerator, long denominator) {
    BigDecimal product = value.multiply(BigDecimal.valueOf(numerator));
    if (product.precision() <= 18) {
      // the common exact case in long arithmetic: the same value and scale the division below gives (the exact
      // quotient at the preferred scale, the product's), without its 34-digit division
      long unscaled = product.unscaledValue().longValue();
      if (unscaled % denominator == 0) {
        return BigDecimal.valueOf(unscaled / denominator, product.scale());
      }
    }
    return product.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
  }

  static Datum money(Money m) {
    return new Datum.OfMoney(m);
  }

  static Datum rate(Rate r) {
    return new Datum.OfRate(r);
  }

  static Datum integer(long v) {
    return new Datum.OfInteger(v);
  }

  static Datum date(LocalDate d) {
    return new Datum.OfDate(d);
  }

  static Datum constant(String domain, String constant) {
    return new Datum.OfEnum(domain, constant);
  }

  /** An identifier (a parameter key, a region code) as a datum: the same text in both languages. */
  static Datum id(String identifier) {
    return new Datum.OfText(LocalizedText.of(identifier, identifier));
  }

  static Input in(String name, Datum value) {
    return Input.of(name, value);
  }
}
