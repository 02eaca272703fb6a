package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.accounts.Statements.CHENGDU;
import static org.zhengbing.policy.accounts.Statements.NANAN;
import static org.zhengbing.policy.accounts.Statements.POSTGRADUATE;
import static org.zhengbing.policy.accounts.Statements.SENIOR_HIGH;

import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.testing.Personas;

class ThreeAccountsRendererTest {

  private static final ThreeAccountsRenderer ZH = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE);
  private static final ThreeAccountsRenderer EN = ThreeAccountsRenderer.of(Locale.ENGLISH);

  @Test
  void moneyHasTheLocaleSymbolAndThousandsSeparators() {
    assertThat(ZH.money(Cny.of("12345.67"))).isEqualTo("¥12,345.67");
    assertThat(EN.money(Cny.of("12345.67"))).isEqualTo("CNY 12,345.67");
    assertThat(ZH.money(Cny.ZERO)).isEqualTo("¥0.00");
    assertThat(ZH.money(Cny.ofYuan(999))).isEqualTo("¥999.00");
    assertThat(ZH.money(Cny.ofYuan(1000))).isEqualTo("¥1,000.00");
    assertThat(EN.money(Cny.of("1234567.8"))).isEqualTo("CNY 1,234,567.80");
    assertThat(ZH.money(Cny.ofYuan(-75000))).isEqualTo("-¥75,000.00");
    assertThat(EN.money(Cny.ofFen(5))).isEqualTo("CNY 0.05");
  }

  @Test
  void datesAreInEachLanguagesStyle() {
    assertThat(ZH.date(LocalDate.of(2018, 9, 1))).isEqualTo("2018年9月1日");
    assertThat(EN.date(LocalDate.of(2018, 9, 1))).isEqualTo("1 September 2018");
    assertThat(ThreeAccountsRenderer.of(Locale.forLanguageTag("zh-CN")).date(LocalDate.of(2025, 12, 31)))
        .isEqualTo("2025年12月31日");
    assertThat(ThreeAccountsRenderer.of(Locale.US).date(LocalDate.of(2025, 12, 31))).isEqualTo("31 December 2025");
  }

  @Test
  void onlyChineseAndEnglishAreSupported() {
    assertThatThrownBy(() -> ThreeAccountsRenderer.of(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locale must be Chinese (zh-CN) or English (en), but was fr");
    assertThat(ThreeAccountsRenderer.of(Locale.CHINA).locale()).isEqualTo(Locale.CHINA);
  }

  @Test
  void bothWordListsHaveTheSameKeys() {
    assertThat(Words.zh().all().keySet()).containsExactlyInAnyOrderElementsOf(Words.en().all().keySet());
  }

  @Test
  void aMissingWordIsAnError() {
    assertThatThrownBy(() -> Words.en().get("no.such.key")).isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("words_en.properties must have the key 'no.such.key'");
  }

  @Test
  void wordsFillNumberedPlaceholdersOnce() {
    // An argument that itself looks like a placeholder is not filled again.
    assertThat(Words.en().get("later.item", "{1}", "2021")).isEqualTo("{1} (in force from 2021)");
  }

  @Test
  void nananTextInChinese() {
    // Figures as in ThreeAccountsCalculatorTest.nananJuniorCollegeStudent2014: 9,300 a year paid as 4 × 4,650.
    String text = ZH.text(NANAN);
    assertThat(text).startsWith("算清三本账\n男，专科在校生，2014年下半年在南安市（350583）应征入伍，批准入伍日期：2014年9月1日\n");
    assertThat(text).contains("! 提示：以下项目使用了示例数据，并非官方数字，仅用于说明计算方法：义务兵家庭优待金、一次性退役金。");
    assertThat(text).contains("== 政治账 ==\n  批准入伍之日没有施行中的政治账项目。\n");
    assertThat(text).contains("* 义务兵家庭优待金  ¥18,600.00\n");
    assertThat(text).contains("  发放安排：2014年9月1日起发放4笔，每笔¥4,650.00 (半年一次)\n");
    assertThat(text).contains("* 立功受奖奖励  ¥2,490.00\n");
    assertThat(text).contains("经济账合计（含退役后发放的款项）：¥32,540.00\n");
    assertThat(text).contains("  本地区该日期没有公开数字：义务兵津贴、地方一次性经济补助\n");
    assertThat(text).contains("未提供预期工资，本地区也未公布城镇单位在岗职工平均工资，因此不作对比。");
    assertThat(text).contains("  入伍保留户籍（自2021年10月1日起施行）\n");
  }

  @Test
  void seniorHighTextInEnglish() {
    // Figures as in ThreeAccountsCalculatorTest.jiangjinSeniorHighGraduate2025.
    String text = EN.text(SENIOR_HIGH);
    assertThat(text).contains("Man, Senior high, secondary vocational or technical school, enlisting in 江津区 "
        + "(500116) in the summer-autumn 2025 season; approval date 1 September 2025");
    assertThat(text).contains("* Household registration kept\n  The recruit keeps his or her household "
        + "registration (户籍) while serving.\n  Why it applies: Applies to every recruit and family.\n"
        + "  Source: Military Service Law of the People's Republic of China, Art. 49 (全国人民代表大会常务委员会, 2021-08-20)\n  Confidence: legal text\n");
    assertThat(text).contains("  Schedule: 12 × CNY 1,100.00 from 1 September 2025 (monthly allowance)\n"
        + "  Schedule: 12 × CNY 1,200.00 from 1 September 2026 (monthly allowance)\n");
    assertThat(text).contains("Economic account total (including payments after discharge): CNY 92,600.00\n");
    assertThat(text).contains("  At the region's average annual wage of employees in urban units, over 24 months\n"
        + "  Enlisting (economic account): CNY 92,600.00\n  Wage income over the same months: CNY 200,000.00\n"
        + "  Difference: -CNY 107,400.00\n");
    assertThat(text).contains("Notice: these items rest on illustrative figures, which are not official and are "
        + "given only to show how the rules work: Family preferential payment, One-time enlistment reward, "
        + "Monthly allowance, One-time discharge payment, Local self-employment subsidy, Compared with wage "
        + "income over the same months.");
  }

  @Test
  void summaryFitsOneLine() {
    // Chengdu 2018: 0 political, 1 growth item, 12,000 + 9,000 = 21,000 over the 24-month term.
    assertThat(EN.summary(CHENGDU)).isEqualTo("The three accounts: 0 political and 1 growth items; economic "
        + "account CNY 21,000.00 over 24 months. (includes illustrative figures)");
    assertThat(ZH.summary(POSTGRADUATE)).isEqualTo("算清三本账：政治账6项，成长账1项，经济账24个月共¥143,400.00。（含示例数据）");
  }

  @Test
  void chengduMarkdownHasTheEconomicTableAndTheComparison() {
    String md = ZH.markdown(CHENGDU);
    assertThat(md).startsWith("# 算清三本账\n\n");
    assertThat(md).contains("> **提示：以下项目使用了示例数据，并非官方数字，仅用于说明计算方法：一次性退役金。**");
    assertThat(md).contains("| 一次性奖励金 | ¥12,000.00 | 2018年9月1日发放¥12,000.00 (一次性奖励) |");
    assertThat(md).contains("### 考研初试加分\n\n退役大学生士兵完成本科学业后3年内参加全国硕士研究生招生考试，初试总分加10分；");
    assertThat(md).contains("| 同期工资收入 | ¥96,000.00 |\n| 差额 | -¥75,000.00 |");
    assertThat(md).contains("**经济账合计（含退役后发放的款项）：¥21,000.00**");
    assertThat(md).doesNotContain("{0}").doesNotContain("null");
  }

  @Test
  void markdownAndHtmlEscapeMarkupInPolicyTexts() {
    // Titles and texts come from policy files: markup in them must stay text.
    PolicyBook book = PolicySets.sampleRegions().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  test: {document: \"a test\"}",
        "parameters:",
        "  accounts.political.local.markup:",
        "    type: text",
        "    label: {zh: \"A | B *c*\", en: \"A | B *c*\"}",
        "    values:",
        "      - {from: 2021-01-01, value: {zh: \"<script>x</script>\", en: \"<b>x</b> & [y](z)\"},"
            + " confidence: LOCAL_DOCUMENT, citation: test}",
        ""), "test-markup.yaml");
    ThreeAccounts a = ThreeAccountsCalculator.of(book).calculate(Personas.jiangjinSeniorHigh2025());
    assertThat(EN.markdown(a)).contains("### A \\| B \\*c\\*").contains("\\<b\\>x\\</b\\> & \\[y\\](z)");
    assertThat(ZH.html(a)).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
  }

  @Test
  void jsonIsTheSameInEveryLanguage() {
    assertThat(ZH.json(POSTGRADUATE)).isEqualTo(EN.json(POSTGRADUATE))
        .isEqualTo(ThreeAccountsJson.toJson(POSTGRADUATE));
  }
}
