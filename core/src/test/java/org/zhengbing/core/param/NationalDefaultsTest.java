package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;

/**
 * Golden values of the bundled national defaults, each checked against the figure ../shared/DOMAIN.md gives (the
 * section is cited at each test), not against the YAML.
 */
class NationalDefaultsTest {

  private static final PolicyBook BOOK = PolicyBook.nationalDefaults();
  private static final RegionCode JIANGJIN = RegionCode.of("500116");

  private static final ParameterKey<ParameterTable<Money>> TUITION_CAP =
      ParameterKey.moneyTable("tuition.annual_cap", "study_level");
  private static final ParameterKey<ParameterTable<Rate>> MERIT_UPLIFT =
      ParameterKey.rateTable("discharge.merit_uplift", "merit");
  private static final ParameterKey<String> SERVICE_ROUNDING =
      ParameterKey.enumConstant("discharge.service_time_rounding", "service_time_rounding");
  private static final ParameterKey<Long> RETURN_WINDOW = ParameterKey.integer("calendar.return_window.max_days");
  private static final ParameterKey<Long> PUBLIC_NOTICE =
      ParameterKey.integer("calendar.public_notice.min_working_days");

  /**
   * DOMAIN.md, B1 "Tuition compensation, loan repayment and fee waivers": before 2022-01-24 8,000 / 12,000;
   * 2022-01-24 to 2023-08-31 12,000 / 16,000; 2023-09-01 to 2024-08-31 16,000 / 20,000; from 2024-09-01
   * 20,000 / 25,000 (财教〔2024〕188号). Undergraduate or junior college / postgraduate, yuan per year.
   */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource({
      "2019-01-01,  8000, 12000",
      "2022-01-23,  8000, 12000",
      "2022-01-24, 12000, 16000",
      "2023-08-31, 12000, 16000",
      "2023-09-01, 16000, 20000",
      "2024-08-31, 16000, 20000",
      "2024-09-01, 20000, 25000",
      "2030-06-30, 20000, 25000"})
  void tuitionCapsFollowTheEnlistmentDate(LocalDate enlisted, long undergraduate, long postgraduate) {
    ParameterTable<Money> caps = BOOK.resolve(TUITION_CAP, JIANGJIN, enlisted).value();
    assertThat(caps.get("undergraduate_or_junior_college")).hasValue(Cny.ofYuan(undergraduate));
    assertThat(caps.get("postgraduate")).hasValue(Cny.ofYuan(postgraduate));
  }

  @Test
  void currentTuitionCapCites188() {
    Resolved<ParameterTable<Money>> r = BOOK.resolve(TUITION_CAP, JIANGJIN, LocalDate.of(2024, 9, 1));
    assertThat(r.provenance().citation().document()).contains("财教〔2024〕188号");
    assertThat(r.provenance().effectiveFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(r.provenance().effectiveUntil()).isEmpty();
    assertThat(r.provenance().scope()).isEqualTo(RegionScope.NATIONAL);
  }

  /**
   * DOMAIN.md, 退役士兵安置条例 2011 Art 20: honorary title or first-class merit +15%, second-class +10%,
   * third-class +5%; in force until the 2024 regulation replaced it on 2024-09-01.
   */
  @Test
  void meritUpliftBeforeSeptember2024IsThe2011Scale() {
    Resolved<ParameterTable<Rate>> r = BOOK.resolve(MERIT_UPLIFT, JIANGJIN, LocalDate.of(2024, 8, 31));
    assertThat(asPercentages(r.value())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "honorary_title", "15%", "first_class_merit", "15%", "second_class_merit", "10%",
        "third_class_merit", "5%"));
    assertThat(r.provenance().citation().document()).isEqualTo("退役士兵安置条例");
    assertThat(r.provenance().confidence()).isEqualTo(Confidence.LEGAL_TEXT);
    assertThat(r.provenance().effectiveUntil()).hasValue(LocalDate.of(2024, 9, 1));
  }

  /**
   * DOMAIN.md, 退役军人安置条例 2024 Art 22: medal or honorary title 25%; first-class war merit or first-level
   * commendation 20%; second-class war merit, first-class merit or second-level commendation 15%; third-class war
   * merit or second-class merit 10%; fourth-class war merit or third-class merit 5%.
   */
  @Test
  void meritUpliftFromSeptember2024IsThe2024Scale() {
    Resolved<ParameterTable<Rate>> r = BOOK.resolve(MERIT_UPLIFT, JIANGJIN, LocalDate.of(2024, 9, 1));
    assertThat(asPercentages(r.value())).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("medal", "25%"), Map.entry("honorary_title", "25%"),
        Map.entry("first_class_war_merit", "20%"), Map.entry("first_level_commendation", "20%"),
        Map.entry("second_class_war_merit", "15%"), Map.entry("first_class_merit", "15%"),
        Map.entry("second_level_commendation", "15%"),
        Map.entry("third_class_war_merit", "10%"), Map.entry("second_class_merit", "10%"),
        Map.entry("fourth_class_war_merit", "5%"), Map.entry("third_class_merit", "5%")));
    assertThat(r.provenance().citation().document()).isEqualTo("退役军人安置条例");
    assertThat(r.provenance().confidence()).isEqualTo(Confidence.LEGAL_TEXT);
  }

  private static Map<String, String> asPercentages(ParameterTable<Rate> table) {
    return table.constants().stream().collect(Collectors.toMap(c -> c, c -> table.get(c).orElseThrow().toString()));
  }

  /**
   * DOMAIN.md, "Corrections" and B3: the 2011 Art 20 rule (under 6 months counts as 6 months, 6 to 12 months as a
   * year) is not in the 2024 regulation, whose Art 21 pays "根据其服现役年限" with no rounding rule.
   */
  @Test
  void serviceRoundingRuleSwitchesOnSeptember2024() {
    Resolved<String> before = BOOK.resolve(SERVICE_ROUNDING, JIANGJIN, LocalDate.of(2024, 8, 31));
    Resolved<String> after = BOOK.resolve(SERVICE_ROUNDING, JIANGJIN, LocalDate.of(2024, 9, 1));
    assertThat(before.value()).isEqualTo("half_year_up");
    assertThat(before.provenance().citation().document()).isEqualTo("退役士兵安置条例");
    assertThat(after.value()).isEqualTo("as_served");
    assertThat(after.provenance().citation().document()).isEqualTo("退役军人安置条例");
  }

  /** DOMAIN.md, 征兵工作条例 2023 Art 49: the return window is at most 45 days ("It is not 90 days"). */
  @Test
  void returnWindowIs45Days() {
    Resolved<Long> r = BOOK.resolve(RETURN_WINDOW, JIANGJIN, LocalDate.of(2026, 3, 1));
    assertThat(r.value()).isEqualTo(45L);
    assertThat(r.provenance().confidence()).isEqualTo(Confidence.LEGAL_TEXT);
    assertThat(r.provenance().citation().document()).isEqualTo("征兵工作条例");
    assertThat(r.provenance().citation().article()).contains("第四十九条");
    assertThat(r.provenance().citation().articleText()).hasValueSatisfying(t -> assertThat(t).contains("不超过45日"));
  }

  /** DOMAIN.md, 征兵工作条例 2023 Art 30: public notice of at least 5 working days (公示期不少于5个工作日). */
  @Test
  void publicNoticeIsAtLeast5WorkingDays() {
    Resolved<Long> r = BOOK.resolve(PUBLIC_NOTICE, JIANGJIN, LocalDate.of(2026, 3, 1));
    assertThat(r.value()).isEqualTo(5L);
    assertThat(r.provenance().citation().article()).contains("第三十条");
    assertThat(r.provenance().citation().articleText()).hasValueSatisfying(t -> assertThat(t)
        .contains("公示期不少于5个工作日"));
  }

  /** DOMAIN.md: the 2021 兵役法 Art 26 sets a 2-year term; the postgraduate exam bonus is 10 points. */
  @Test
  void termIsTwoYearsAndPostgraduateBonusTenPoints() {
    LocalDate d = LocalDate.of(2026, 3, 1);
    assertThat(BOOK.resolve(ParameterKey.integer("service.conscript_term.years"), JIANGJIN, d).value())
        .isEqualTo(2L);
    assertThat(BOOK.resolve(ParameterKey.integer("growth.postgraduate_exam.bonus_points"), JIANGJIN, d).value())
        .isEqualTo(10L);
  }

  /** DOMAIN.md: the dedicated master's plan grew from 5,000 to 8,000 places a year from 2021. */
  @Test
  void postgraduatePlanGrewFrom5000To8000In2021() {
    ParameterKey<Long> places = ParameterKey.integer("growth.postgraduate_plan.places");
    assertThat(BOOK.resolve(places, JIANGJIN, LocalDate.of(2020, 12, 31)).value()).isEqualTo(5000L);
    assertThat(BOOK.resolve(places, JIANGJIN, LocalDate.of(2021, 1, 1)).value()).isEqualTo(8000L);
  }

  /** DOMAIN.md: family payment paid every 6 months; a part period under 6 months counts as 6 months. */
  @Test
  void familyPaymentPeriodRules() {
    LocalDate d = LocalDate.of(2026, 3, 1);
    assertThat(BOOK.resolve(ParameterKey.integer("family_payment.period_months"), JIANGJIN, d).value())
        .isEqualTo(6L);
    assertThat(BOOK.resolve(ParameterKey.bool("family_payment.part_period_counts_as_full"), JIANGJIN, d).value())
        .isTrue();
  }

  /**
   * DOMAIN.md, the 2023 and 2024 conscription orders: spring from 15 February (20 February in 2024, for the Spring
   * Festival) to 31 March.
   */
  @Test
  void springSeasonOf2023And2024() {
    ParameterKey<AnnualWindow> spring = ParameterKey.annualWindow("calendar.season.spring.period");
    assertThat(BOOK.resolve(spring, JIANGJIN, LocalDate.of(2023, 1, 1)).value().atYear(2023))
        .isEqualTo(DateSpan.parse("2023-02-15/2023-03-31"));
    assertThat(BOOK.resolve(spring, JIANGJIN, LocalDate.of(2024, 1, 1)).value().atYear(2024))
        .isEqualTo(DateSpan.parse("2024-02-20/2024-03-31"));
  }

  @Test
  void dateBeforeAParametersFirstValueRaisesParameterNotFound() {
    // the 2023 regulation, and with it the 45-day window, is in force from 2023-05-01; national-calendar.yaml
    // bundles its figures from 2022-01-01 as ILLUSTRATIVE stand-ins (the 2001 regulation is not bundled), so the
    // first day without any value is 2021-12-31
    LocalDate before = LocalDate.of(2021, 12, 31);
    assertThatThrownBy(() -> BOOK.resolve(RETURN_WINDOW, JIANGJIN, before))
        .isInstanceOfSatisfying(ParameterNotFoundException.class, e -> {
          assertThat(e.key()).isEqualTo("calendar.return_window.max_days");
          assertThat(e.region()).isEqualTo("500116");
          assertThat(e.date()).isEqualTo(before);
        })
        .hasMessage("no value of parameter 'calendar.return_window.max_days' for region 500116 on 2021-12-31: "
            + "no value of any scope covering the region is in force on that date");
    // the tuition caps are bundled from 2019 only
    assertThatThrownBy(() -> BOOK.resolve(TUITION_CAP, JIANGJIN, LocalDate.of(2018, 12, 31)))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("'tuition.annual_cap' for region 500116 on 2018-12-31");
  }

  @Test
  void askingForAParameterAsAnotherTypeIsRejected() {
    assertThatThrownBy(() -> BOOK.resolve(ParameterKey.money("tuition.annual_cap"), JIANGJIN,
        LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'tuition.annual_cap' must be read as its declared type table<study_level, money>, "
            + "but was asked for as money");
  }

  @Test
  void everyBundledValueIsCitedAndNationalAndIllustrativeOnesSaySo() {
    assertThat(BOOK.entries()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.provenance().citation().document()).isNotBlank();
      assertThat(e.provenance().scope()).isEqualTo(RegionScope.NATIONAL);
      assertThat(e.provenance().origin()).hasValueSatisfying(o -> assertThat(o).startsWith("zhengbing-core:"));
    });
    // DOMAIN.md has no sourced figure for the one-time discharge payment's base: only ILLUSTRATIVE is allowed
    assertThat(BOOK.entries("discharge.base_per_year"))
        .allSatisfy(e -> assertThat(e.provenance().confidence()).isEqualTo(Confidence.ILLUSTRATIVE));
  }
}
