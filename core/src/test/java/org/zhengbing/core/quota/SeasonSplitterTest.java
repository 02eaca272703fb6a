package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.Season;

class SeasonSplitterTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final RegionCode HEFEI_YAOHAI = RegionCode.of("340102");

  /** Anhui's 2020 split, 45% spring / 55% autumn (DOMAIN.md §6, 中国民兵 2020). */
  private static final String ANHUI_2020 = String.join("\n",
      "format: zhengbing-policy/1",
      "region: \"340000\"",
      "sources:",
      "  anhui-2020:",
      "    document: \"两征两退 season split, Anhui 2020 (45% spring, 55% autumn)\"",
      "    issuer: 中国民兵",
      "parameters:",
      "  quota.season_split.spring_share:",
      "    values:",
      "      - {from: 2020-01-01, to: 2020-12-31, value: \"45%\", confidence: SECONDARY_REPORT, "
          + "citation: anhui-2020}",
      "");

  @Test
  void nationalDefaultIsHalfAndHalf() {
    // seeds/000: 春季、夏秋季征集任务数各为全年征集总数的一半. 1,200 × 50% = 600 and 600.
    SeasonSplit s = SeasonSplitter.of(PolicyBook.nationalDefaults()).split(1200, JIANGJIN, LocalDate.of(2021, 1, 1));
    assertThat(s.spring()).isEqualTo(600);
    assertThat(s.autumn()).isEqualTo(600);
    assertThat(s.task(Season.AUTUMN)).isEqualTo(600);
    assertThat(s.springShare()).isEqualTo(Rate.ofPercent(50));
  }

  @Test
  void oddTaskRoundsSpringHalfUpAndAutumnTakesTheRest() {
    // 1,001 × 50% = 500.5, rounded half up to 501; autumn gets 1,001 - 501 = 500
    SeasonSplit s = SeasonSplitter.of(PolicyBook.nationalDefaults()).split(1001, JIANGJIN, LocalDate.of(2022, 1, 1));
    assertThat(s.spring()).isEqualTo(501);
    assertThat(s.autumn()).isEqualTo(500);
    Step spring = s.explanation().step("quota.season_split.spring").orElseThrow();
    assertThat(spring.rounding().orElseThrow().exact()).isEqualByComparingTo(new BigDecimal("500.5"));
    assertThat(spring.rounding().orElseThrow().mode()).isEqualTo(RoundingMode.HALF_UP);
    // the 50% is the library's reading of "basically half and half" (基本对半开), so it is illustrative
    assertThat(spring.input("spring_share").orElseThrow().provenance().orElseThrow().confidence())
        .isEqualTo(Confidence.ILLUSTRATIVE);
    // rounding down gives spring 500, autumn 501
    SeasonSplit down = SeasonSplitter.of(PolicyBook.nationalDefaults()).withRounding(RoundingMode.DOWN)
        .split(1001, JIANGJIN, LocalDate.of(2022, 1, 1));
    assertThat(down.spring()).isEqualTo(500);
    assertThat(down.autumn()).isEqualTo(501);
  }

  @Test
  void anhuiOverridesTheShareIn2020() {
    PolicyBook anhui = PolicyBook.nationalDefaults().withYaml(ANHUI_2020, "anhui-2020.yaml");
    SeasonSplitter splitter = SeasonSplitter.of(anhui);
    // 2,000 × 45% = 900 spring, 1,100 autumn
    SeasonSplit s = splitter.split(2000, HEFEI_YAOHAI, LocalDate.of(2020, 1, 1));
    assertThat(s.spring()).isEqualTo(900);
    assertThat(s.autumn()).isEqualTo(1100);
    // 1,001 × 45% = 450.45, rounded half up to 450; autumn 551
    SeasonSplit odd = splitter.split(1001, HEFEI_YAOHAI, LocalDate.of(2020, 1, 1));
    assertThat(odd.spring()).isEqualTo(450);
    assertThat(odd.autumn()).isEqualTo(551);
    assertThat(odd.explanation().provenances()).anySatisfy(p -> assertThat(p.citation().document())
        .contains("Anhui 2020"));
    // outside Anhui, and in Anhui in 2021, the national half and half applies
    assertThat(splitter.split(2000, JIANGJIN, LocalDate.of(2020, 1, 1)).spring()).isEqualTo(1000);
    assertThat(splitter.split(2000, HEFEI_YAOHAI, LocalDate.of(2021, 1, 1)).spring()).isEqualTo(1000);
  }

  @Test
  void unnecessaryRoundingThrowsWhenTheSplitIsNotWhole() {
    assertThatThrownBy(() -> SeasonSplitter.of(PolicyBook.nationalDefaults()).withRounding(RoundingMode.UNNECESSARY)
        .split(1001, JIANGJIN, LocalDate.of(2022, 1, 1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rejectsNegativeTask() {
    assertThatThrownBy(() -> SeasonSplitter.of(PolicyBook.nationalDefaults()).split(-5, JIANGJIN,
        LocalDate.of(2022, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("annual task must be >= 0, but was -5");
  }

  @Test
  void rejectsShareAboveOneHundredPercent() {
    PolicyBook bad = PolicyBook.nationalDefaults().withYaml(ANHUI_2020.replace("45%", "120%"), "bad.yaml");
    assertThatThrownBy(() -> SeasonSplitter.of(bad).split(100, HEFEI_YAOHAI, LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spring share must be in 0%..100%, but was 120%");
  }

  @Test
  void roundingRuleIsAParameterStatedInTheExplanation() {
    // no source states how an odd task is split: half up is bundled as ILLUSTRATIVE (national-quota.yaml)
    SeasonSplit s = SeasonSplitter.of(PolicyBook.nationalDefaults()).split(1001, JIANGJIN, LocalDate.of(2022, 1, 1));
    Step spring = s.explanation().step("quota.season_split.spring").orElseThrow();
    org.zhengbing.core.explain.Input rule = spring.input("rounding_rule").orElseThrow();
    assertThat(rule.value()).isEqualTo(new org.zhengbing.core.explain.Datum.OfEnum("season_split_rounding",
        "half_up"));
    assertThat(rule.provenance().orElseThrow().confidence()).isEqualTo(Confidence.ILLUSTRATIVE);
    assertThat(rule.provenance().orElseThrow().key()).isEqualTo("quota.season_split.rounding");
  }

  @Test
  void aRegionCanSetTheRoundingRule() {
    PolicyBook down = PolicyBook.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"340000\"",
        "sources:",
        "  test-rule:",
        "    document: \"a test rule: the odd place goes to autumn\"",
        "    issuer: test",
        "parameters:",
        "  quota.season_split.rounding:",
        "    values:",
        "      - {from: 2020-01-01, value: down, confidence: ILLUSTRATIVE, citation: test-rule}",
        ""), "down.yaml");
    // 1,001 × 50% = 500.5: down gives spring 500 and autumn 501 in Anhui; half up elsewhere gives 501 and 500
    SeasonSplit anhui = SeasonSplitter.of(down).split(1001, HEFEI_YAOHAI, LocalDate.of(2022, 1, 1));
    assertThat(anhui.spring()).isEqualTo(500);
    assertThat(anhui.autumn()).isEqualTo(501);
    assertThat(anhui.explanation().step("quota.season_split.spring").orElseThrow().rounding().orElseThrow().mode())
        .isEqualTo(RoundingMode.DOWN);
    assertThat(SeasonSplitter.of(down).split(1001, JIANGJIN, LocalDate.of(2022, 1, 1)).spring()).isEqualTo(501);
  }

  @Test
  void splittingByAResolvedShareAloneNeedsAChosenMode() {
    PolicyBook book = PolicyBook.nationalDefaults();
    org.zhengbing.core.param.Resolved<Rate> share = book.resolve(SeasonSplitter.SPRING_SHARE, JIANGJIN,
        LocalDate.of(2022, 1, 1));
    assertThatThrownBy(() -> SeasonSplitter.of(book).split(1001, share))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rounding mode must be chosen with withRounding(..)");
    // 1,001 × 50% = 500.5 rounded up to 501
    assertThat(SeasonSplitter.of(book).withRounding(RoundingMode.UP).split(1001, share).spring()).isEqualTo(501);
  }

  @Test
  void rejectsUnknownRoundingRule() {
    assertThatThrownBy(() -> SeasonSplitter.modeOf("bankers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("season split rounding must be one of half_up, half_even, down, up, but was bankers");
  }
}
