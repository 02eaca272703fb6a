package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileDraft;

/** The account texts of a policy: a placeholder left unfilled in either language is a policy error naming it. */
class ThreeAccountsTextsTest {

  private static final CandidateProfile BACHELOR = ProfileDraft.of("500116", "2025-AUTUMN")
      .approvalDate(LocalDate.of(2025, 9, 1)).build();

  private static PolicyBook withPlan(String zh, String en) {
    return PolicySets.sampleRegions().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  test: {document: \"a test\"}",
        "parameters:",
        "  accounts.growth.postgraduate_plan:",
        "    values:",
        "      - {from: 2025-01-01, value: {zh: \"" + zh + "\", en: \"" + en + "\"}, confidence: ILLUSTRATIVE,"
            + " citation: test}",
        ""), "test-placeholder.yaml");
  }

  @Test
  void anUnfilledPlaceholderInOneLanguageIsNamedInThatLanguage() {
    assertThatThrownBy(() -> ThreeAccountsCalculator.of(withPlan("每年{seats}名", "Places each year")).calculate(BACHELOR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but after filling it still reads: 每年{seats}名");
    assertThatThrownBy(() -> ThreeAccountsCalculator.of(withPlan("每年若干名", "{seats} places")).calculate(BACHELOR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but after filling it still reads: {seats} places");
  }

  @Test
  void aPolicyWithoutAccountTextsHasEmptyAccounts() {
    // the core national book alone carries no account texts: no political, growth or later items
    ThreeAccounts a = ThreeAccountsCalculator.of(PolicySets.nationalDefaults().withYaml(
        "format: zhengbing-policy/1\nregion: national\n", "empty")).calculate(BACHELOR);
    assertThat(a.political()).isNotEmpty();
    ThreeAccounts bare = ThreeAccountsCalculator.of(PolicyBook.nationalDefaults()).calculate(BACHELOR);
    assertThat(bare.political()).isEmpty();
    assertThat(bare.growth()).isEmpty();
    assertThat(bare.laterItems()).isEmpty();
  }

  @Test
  void illustrativeGrowthAndLaterTextsAreNamedInStatementOrder() {
    // Chengdu 2018 with ILLUSTRATIVE overrides of a growth text in force on approval and of a political text in
    // force only from 2021-10-01: the ids list the growth item, then the illustrative payment (the discharge
    // payment, as in ThreeAccountsCalculatorTest), then the later item
    PolicyBook book = PolicySets.sampleRegions().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"510100\"",
        "sources:",
        "  test: {document: \"a test\"}",
        "parameters:",
        "  accounts.growth.postgraduate_bonus:",
        "    values:",
        "      - {from: 2018-01-01, value: {zh: 初试加分。, en: Bonus points.}, confidence: ILLUSTRATIVE, citation: test}",
        "  accounts.political.hukou_kept:",
        "    values:",
        "      - {from: 2021-10-01, value: {zh: 保留户籍。, en: Kept.}, confidence: ILLUSTRATIVE, citation: test}",
        ""), "test-illustrative.yaml");
    ThreeAccounts a = ThreeAccountsCalculator.of(book).calculate(org.zhengbing.policy.testing.Personas
        .chengduGraduate2018(), org.zhengbing.core.money.Cny.ofYuan(4000));
    assertThat(a.illustrativeItems()).containsExactly("accounts.growth.postgraduate_bonus", "benefit.discharge",
        "accounts.political.hukou_kept");
  }
}
