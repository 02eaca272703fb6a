package org.zhengbing.policy.benefit;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.Overlay;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.policy.PolicySets;

/** Shared fixtures of the benefit tests: the bundled sample policy and ILLUSTRATIVE what-if overlays. */
final class Fixtures {

  static final PolicyBook SAMPLES = PolicySets.sampleRegions();
  static final BenefitsCalculator CALC = BenefitsCalculator.of(SAMPLES);

  private Fixtures() {}

  /** The book with one value put in force, marked ILLUSTRATIVE (a test's assumption, never a published figure). */
  static PolicyBook overlay(PolicyBook book, String key, String scope, String from, @Nullable String until,
      Datum value, String why) {
    return book.with(Overlay.builder().put(key, RegionScope.parse(scope), LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until), value, Citation.of("test assumption: " + why),
        Confidence.ILLUSTRATIVE).build());
  }

  /**
   * The sample district with the seeds/003 formula it used before its figures were cut to a published size: the
   * local subsidy at 1.5 (conscript) and 2.5 (sergeant) times the ILLUSTRATIVE average wage of 100,000.
   */
  static PolicyBook wageMultiple() {
    PolicyBook b = overlay(SAMPLES, "local_subsidy.formula", "500116", "2021-01-01", null,
        constant("local_subsidy_formula", "wage_multiple"), "the seeds/003 formula, for the test");
    return overlay(b, "local_subsidy.wage_multiple", "500116", "2021-01-01", null,
        decimalTable("soldier_type", Map.of("conscript", "1.5", "sergeant", "2.5")), "seeds/003, for the test");
  }

  static Datum money(String yuan) {
    return new Datum.OfMoney(Cny.of(yuan));
  }

  static Datum moneyTable(String domain, Map<String, String> rows) {
    ImmutableMap.Builder<String, Datum> b = ImmutableMap.builder();
    rows.forEach((k, v) -> b.put(k, money(v)));
    return new Datum.OfTable(domain, Kind.MONEY, b.build());
  }

  static Datum decimalTable(String domain, Map<String, String> rows) {
    ImmutableMap.Builder<String, Datum> b = ImmutableMap.builder();
    rows.forEach((k, v) -> b.put(k, new Datum.OfDecimal(new java.math.BigDecimal(v))));
    return new Datum.OfTable(domain, Kind.DECIMAL, b.build());
  }

  static Datum constant(String domain, String value) {
    return new Datum.OfEnum(domain, value);
  }

  static Datum rate(String percent) {
    return new Datum.OfRate(Rate.parse(percent));
  }

  /** The step of an explanation with a rule key, failing if absent. */
  static Step step(Benefit b, String rule) {
    return b.explanation().step(rule).orElseThrow(() -> new AssertionError("no step " + rule + " in "
        + b.explanation().steps()));
  }
}
