package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.testing.Personas;

/**
 * Every format shows every section the plain text shows: the growth account, the payments with no published figure,
 * the rules in force only later, the comparison's basis and its sources. Statements and renderers are made inside
 * each test, so that what they compute is computed while the test runs.
 */
class ThreeAccountsFormatsTest {

  @Test
  void nananShowsWhatIsNotPublishedAndWhatCameLaterInEveryFormat() {
    // Nan'an 2014 (as in ThreeAccountsRendererTest.nananTextInChinese): no allowance or local subsidy figure, no
    // political item in force on 2014-09-01; later rules first the honour plaque (兵役法 2024-10-01), then the
    // hukou rule (2021-10-01), among others
    ThreeAccounts a = Statements.CALC.calculate(Personas.nananStudent2014());
    ThreeAccountsRenderer zh = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE);
    String md = zh.markdown(a);
    assertThat(md).contains("## 政治账\n\n批准入伍之日没有施行中的政治账项目。\n\n");
    assertThat(md).contains("本地区该日期没有公开数字：义务兵津贴、地方一次性经济补助\n\n");
    assertThat(md).contains("### 适用但在批准入伍之日以后才施行的规定\n\n- 光荣牌与喜报（自2024年10月1日起施行）\n"
        + "- 入伍保留户籍（自2021年10月1日起施行）\n");
    String html = zh.html(a);
    assertThat(html).contains("<section class=\"account political\" id=\"political\">\n<h2>政治账</h2>\n"
        + "<p class=\"none\">批准入伍之日没有施行中的政治账项目。</p>\n");
    assertThat(html).contains("<p class=\"not-published\">本地区该日期没有公开数字：义务兵津贴、地方一次性经济补助</p>");
    assertThat(html).contains("<section class=\"later\">\n<h2>适用但在批准入伍之日以后才施行的规定</h2>\n<ul>\n"
        + "<li data-key=\"accounts.political.honour_plaque\">光荣牌与喜报（自2024年10月1日起施行） <cite>");
    assertThat(html).contains("<li data-key=\"accounts.political.hukou_kept\">入伍保留户籍（自2021年10月1日起施行） <cite>");
    assertThat(html).contains("<html lang=\"zh-CN\">");
  }

  @Test
  void anExpectedWageIsShownAsAMonthlyWageInEveryFormat() {
    // Chengdu 2018 with an expected wage of 4,000 a month: 96,000 over the 24 months of the term
    ThreeAccounts a = Statements.CALC.calculate(Personas.chengduGraduate2018(), Cny.ofYuan(4000));
    ThreeAccountsRenderer en = ThreeAccountsRenderer.of(Locale.ENGLISH);
    String basis = "Expected wage of CNY 4,000.00 a month over 24 months";
    assertThat(en.text(a)).contains("  " + basis + "\n");
    assertThat(en.markdown(a)).contains(basis + "\n\n| | Amount |\n|---|---:|\n");
    assertThat(en.html(a)).contains("<p class=\"basis\">" + basis + "</p>");
    assertThat(ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE).text(a)).contains("预期月工资¥4,000.00，共24个月");
  }

  @Test
  void theGrowthAccountIsShownInEveryFormat() {
    ThreeAccounts a = Statements.CALC.calculate(Personas.chengduGraduate2018(), Cny.ofYuan(4000));
    assertThat(a.growth()).isNotEmpty();
    String title = a.growth().get(0).title().in(Locale.SIMPLIFIED_CHINESE);
    ThreeAccountsRenderer zh = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.text(a)).contains("\n== 成长账 ==\n* " + title + "\n");
    assertThat(zh.markdown(a)).contains("## 成长账\n\n### " + title + "\n\n");
    assertThat(zh.html(a)).contains("<section class=\"account growth\" id=\"growth\">\n<h2>成长账</h2>\n"
        + "<ul class=\"items\">\n");
  }

  @Test
  void aRegionsAverageWageComparisonNamesItsSourceInEveryFormat() {
    // Jiangjin 2025: the district's (illustrative) average wage is a cited parameter, so the comparison has a source
    ThreeAccounts a = Statements.CALC.calculate(Personas.jiangjinSeniorHigh2025());
    ThreeAccountsRenderer en = ThreeAccountsRenderer.of(Locale.ENGLISH);
    String md = en.markdown(a);
    String afterTable = md.substring(md.indexOf("| Difference | -CNY 107,400.00 |"));
    assertThat(afterTable.substring(0, afterTable.indexOf("---\n"))).contains("\nSource: ");
    String html = en.html(a);
    String comparison = html.substring(html.indexOf("<div class=\"comparison\">"), html.indexOf("</main>"));
    assertThat(comparison).contains("<p class=\"source\">Source: <cite>");
  }
}
