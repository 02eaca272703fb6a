package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThreeAccountsJsonTest {

  @Test
  void goldenStatementsRoundTrip() {
    for (ThreeAccounts a : Statements.ALL) {
      String json = ThreeAccountsJson.toJson(a);
      ThreeAccounts back = ThreeAccountsJson.parse(json);
      assertThat(back).isEqualTo(a);
      assertThat(ThreeAccountsJson.toJson(back)).isEqualTo(json);
    }
  }

  @Test
  void fieldsAreStableAndReadable() {
    // Jiangjin senior high: 92,600 in total, beside the district's (illustrative) average wage of 200,000.
    String json = ThreeAccountsJson.toJson(Statements.SENIOR_HIGH);
    assertThat(json).startsWith("{\"format\":\"zhengbing-three-accounts/1\",\"region\":\"500116\","
        + "\"date\":\"2025-09-01\",\"profile\":{");
    assertThat(json).contains("\"economicTotal\":\"92600.00\"");
    assertThat(json).contains("\"comparison\":{\"basis\":\"region_average_wage\",\"months\":24,"
        + "\"enlistmentIncome\":\"92600.00\",\"alternativeIncome\":\"200000.00\",\"difference\":\"-107400.00\"");
    assertThat(json).contains("{\"key\":\"accounts.political.honour_plaque\",\"account\":\"political\","
        + "\"reason\":\"every_recruit\",\"title\":{\"zh\":\"光荣牌与喜报\"");
    assertThat(json).contains("\"confidence\":\"LEGAL_TEXT\",\"effectiveFrom\":\"2024-10-01\"");
    assertThat(json).endsWith("\"illustrativeItems\":[\"benefit.family_payment\",\"benefit.enlistment_reward\","
        + "\"benefit.allowance\",\"benefit.discharge\",\"benefit.local_subsidy\",\"comparison\"]}");
    assertThat(ThreeAccountsJson.toJson(Statements.NANAN)).doesNotContain("\"comparison\"");
  }

  @Test
  void anUnknownFieldIsRejected() {
    String json = ThreeAccountsJson.toJson(Statements.CHENGDU).replaceFirst("\\{", "{\"extra\":1,");
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field 'extra'");
  }

  @Test
  void anotherFormatIsRejected() {
    String json = ThreeAccountsJson.toJson(Statements.CHENGDU).replace("zhengbing-three-accounts/1", "other/2");
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format must be \"zhengbing-three-accounts/1\", but was 'other/2'");
  }

  @Test
  void aTamperedTotalIsRejected() {
    String json = ThreeAccountsJson.toJson(Statements.CHENGDU)
        .replace("\"economicTotal\":\"21000.00\"", "\"economicTotal\":\"21001.00\"");
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("economicTotal must be CNY 21000.00 (derived from the statement), but was CNY 21001.00");
  }

  @Test
  void aTamperedItemTextIsRejectedByItsExplanation() {
    String json = ThreeAccountsJson.toJson(Statements.CHENGDU).replaceFirst("初试总分加10分", "初试总分加20分");
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("growth[0]").hasMessageContaining("explanation must reconcile with its result");
  }

  @Test
  void aTamperedDifferenceIsRejected() {
    String json = ThreeAccountsJson.toJson(Statements.CHENGDU).replace("\"difference\":\"-75000.00\"",
        "\"difference\":\"0.00\"");
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comparison.difference must be CNY -75000.00");
  }

  @Test
  void anUnknownReasonIsRejected() {
    String json = ThreeAccountsJson.toJson(Statements.CHENGDU).replace("\"bachelor_path\"", "\"luck\"");
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("growth[0].reason must be an item reason such as \"every_recruit\", but was 'luck'");
  }

  @Test
  void notJsonIsRejected() {
    assertThatThrownBy(() -> ThreeAccountsJson.parse("[1,")).isInstanceOf(IllegalArgumentException.class);
  }
}
