package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.CitationKind;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;

/** The bundled national values against their published sources: dates, confidence tags and citations. */
class BundledSourcesTest {

  private static final PolicyBook BOOK = PolicyBook.nationalDefaults();
  private static final RegionCode ANY = RegionCode.of("500116");

  private static <T> Resolved<T> at(ParameterKey<T> key, int year, int month, int day) {
    return BOOK.resolve(key, ANY, LocalDate.of(year, month, day));
  }

  /**
   * The 2026 national conscription conference (科技日报 2026-01-15, relaying the conference): 上半年征兵于2月24日开始，
   * 3月31日结束；下半年征兵自8月15日开始，9月30日结束.
   */
  @Test
  void seasonsOf2026AreThePublishedOnes() {
    Resolved<AnnualWindow> spring = at(ParameterKey.annualWindow("calendar.season.spring.period"), 2026, 1, 1);
    assertThat(spring.value().atYear(2026)).isEqualTo(DateSpan.parse("2026-02-24/2026-03-31"));
    assertThat(spring.provenance().confidence()).isEqualTo(Confidence.OFFICIAL_NOTICE);
    assertThat(spring.provenance().citation().url()).contains(
        "https://www.stdaily.com/web/gdxw/2026-01/15/content_461891.html");
    Resolved<AnnualWindow> autumn = at(ParameterKey.annualWindow("calendar.season.autumn.period"), 2026, 1, 1);
    assertThat(autumn.value().atYear(2026)).isEqualTo(DateSpan.parse("2026-08-15/2026-09-30"));
    assertThat(autumn.provenance().confidence()).isEqualTo(Confidence.OFFICIAL_NOTICE);
    // 2027 is not published: the library's pattern, illustrative
    assertThat(at(ParameterKey.annualWindow("calendar.season.spring.period"), 2027, 1, 1).provenance().confidence())
        .isEqualTo(Confidence.ILLUSTRATIVE);
  }

  /** The 3-01 / 9-01 approval dates are the 2020 reform's: sourced for 2020-2021, illustrative from 2022. */
  @Test
  void approvalDatesAfter2021AreIllustrative() {
    for (String season : new String[] {"spring", "autumn"}) {
      ParameterKey<MonthDay> key = ParameterKey.monthDay("calendar.season." + season + ".approval_date");
      assertThat(at(key, 2021, 1, 1).provenance().confidence()).isEqualTo(Confidence.OFFICIAL_NOTICE);
      Resolved<MonthDay> later = at(key, 2022, 1, 1);
      assertThat(later.provenance().confidence()).as(season).isEqualTo(Confidence.ILLUSTRATIVE);
      assertThat(later.provenance().citation().kind()).isEqualTo(CitationKind.LIBRARY);
    }
  }

  /** 在数量上应基本对半开 is "basically half and half": one half is the library's reading. */
  @Test
  void springShareIsTheLibrarysReading() {
    Resolved<Rate> share = at(ParameterKey.rate("quota.season_split.spring_share"), 2026, 1, 1);
    assertThat(share.value()).isEqualTo(Rate.parse("50%"));
    assertThat(share.provenance().confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
    assertThat(share.provenance().citation().note()).hasValueSatisfying(n -> assertThat(n)
        .contains("在数量上应基本对半开").contains("45% / 55%"));
  }

  /** The 2022 and 2023 tuition steps are a university's relay of the national standard. */
  @Test
  void tuitionStepsOf2022And2023AreARelay() {
    ParameterKey<ParameterTable<org.joda.money.Money>> cap = ParameterKey.moneyTable("tuition.annual_cap",
        "study_level");
    for (LocalDate d : new LocalDate[] {LocalDate.of(2022, 1, 24), LocalDate.of(2023, 9, 1)}) {
      Provenance p = BOOK.resolve(cap, ANY, d).provenance();
      assertThat(p.confidence()).as(d.toString()).isEqualTo(Confidence.SECONDARY_REPORT);
      assertThat(p.citation().document()).contains("广东工业大学");
    }
    Provenance first = BOOK.resolve(cap, ANY, LocalDate.of(2019, 1, 1)).provenance();
    assertThat(first.citation().note()).hasValueSatisfying(n -> assertThat(n).contains("2014").contains("conservative"));
  }

  /** A relay gives the men's 2024 windows exactly (12-01 to 02-10 and to 08-10); the women's disagree. */
  @Test
  void menRegistrationOf2024IsRelayedAndWomensIsNot() {
    assertThat(at(ParameterKey.annualWindow("calendar.registration.male.spring"), 2024, 1, 1).provenance()
        .confidence()).isEqualTo(Confidence.SECONDARY_REPORT);
    assertThat(at(ParameterKey.annualWindow("calendar.registration.male.autumn"), 2024, 1, 1).provenance()
        .confidence()).isEqualTo(Confidence.SECONDARY_REPORT);
    assertThat(at(ParameterKey.annualWindow("calendar.registration.female.spring"), 2024, 1, 1).provenance()
        .confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
    assertThat(at(ParameterKey.annualWindow("calendar.registration.male.spring"), 2025, 1, 1).provenance()
        .confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
  }

  /** 兵役法 Art 20 names graduates and postgraduates; final-year and postgraduate students are the orders'. */
  @Test
  void ageLimitsForStudentsAreTheOrdersNotTheLaws() {
    for (String key : new String[] {"eligibility.age.male.graduate_max", "eligibility.age.postgraduate_max"}) {
      Resolved<Long> law = at(ParameterKey.integer(key), 2022, 6, 1);
      assertThat(law.provenance().confidence()).as(key).isEqualTo(Confidence.LEGAL_TEXT);
      assertThat(law.provenance().citation().article()).contains("第二十条");
      Resolved<Long> orders = at(ParameterKey.integer(key), 2026, 1, 1);
      assertThat(orders.provenance().confidence()).as(key).isEqualTo(Confidence.OFFICIAL_NOTICE);
      assertThat(orders.value()).isEqualTo(law.value());
    }
  }

  /** 退役军人安置条例 Art 22(3): 获得二级表彰并经批准享受相关待遇的 15%. */
  @Test
  void secondLevelCommendationCarriesItsCondition() {
    assertThat(BOOK.domains().get("merit").constants().get("second_level_commendation").zh()).contains("经批准享受相关待遇");
  }

  /** The 2025 registration decree's original is on gov.cn. */
  @Test
  void registrationDecreeCitesGovCn() {
    Citation c = at(ParameterKey.monthDay("registration.initial_deadline"), 2026, 1, 1).provenance().citation();
    assertThat(c.url()).contains("https://www.gov.cn/zhengce/zhengceku/202512/content_7051363.htm");
  }

  /**
   * Every value from a legal text names its article in the article field and carries the article's text; every
   * citation has an English title; the library's own readings are marked as such and never shown in 《》.
   */
  @Test
  void everyLegalValueNamesItsArticleAndQuotesIt() {
    for (ParameterEntry e : BOOK.entries()) {
      Provenance p = e.provenance();
      Citation c = p.citation();
      String where = p.key() + " from " + p.effectiveFrom();
      assertThat(c.documentEn()).as(where).isPresent();
      if (p.confidence() == Confidence.LEGAL_TEXT) {
        assertThat(c.article()).as(where).isPresent();
        assertThat(c.articleText()).as(where).isPresent();
        assertThat(c.note().orElse("")).as(where).doesNotStartWith("第");
      }
      if ("Zhengbing".equals(c.issuer().orElse(""))) {
        assertThat(c.kind()).as(where).isEqualTo(CitationKind.LIBRARY);
        assertThat(c.toShortString()).as(where).doesNotContain("《");
      }
      if (c.kind() == CitationKind.DOCUMENT) {
        assertThat(c.document()).as(where).doesNotContainPattern("[A-Za-z]");
      }
    }
    assertThat(Set.of(CitationKind.values())).hasSize(3);
  }
}
