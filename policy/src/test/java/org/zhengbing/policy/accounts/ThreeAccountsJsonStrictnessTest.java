package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A statement's JSON whose derived fields disagree with what they are derived from, or whose nested objects carry
 * unknown fields, is rejected with the field's path: the Jiangjin senior-high statement, tampered one field at a time.
 */
class ThreeAccountsJsonStrictnessTest {

  private static final String JSON = ThreeAccountsJson.toJson(Statements.SENIOR_HIGH);

  private static String tampered(String from, String to) {
    assertThat(JSON).contains(from);
    return JSON.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> ThreeAccountsJson.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aTamperedRegionOrDateIsRejected() {
    assertRejected(tampered("\"region\":\"500116\",\"date\"", "\"region\":\"500117\",\"date\""),
        "region must be 500116 (derived from the statement), but was 500117");
    assertRejected(tampered("\"date\":\"2025-09-01\",\"profile\"", "\"date\":\"2025-09-02\",\"profile\""),
        "date must be 2025-09-01 (derived from the statement), but was 2025-09-02");
  }

  @Test
  void aTamperedListOfIllustrativeItemsIsRejected() {
    assertRejected(tampered("\"benefit.local_subsidy\",\"comparison\"]}", "\"benefit.local_subsidy\"]}"),
        "illustrativeItems must be [benefit.family_payment, benefit.enlistment_reward, benefit.allowance, "
            + "benefit.discharge, benefit.local_subsidy, comparison] (derived from the statement), but was "
            + "[benefit.family_payment, benefit.enlistment_reward, benefit.allowance, benefit.discharge, "
            + "benefit.local_subsidy]");
  }

  @Test
  void anItemsTamperedConfidenceOrDateIsRejected() {
    // the first political item (the honour plaque, 兵役法 as in force from 2024-10-01) is a legal text
    assertRejected(tampered("\"confidence\":\"LEGAL_TEXT\",\"effectiveFrom\":\"2024-10-01\"",
        "\"confidence\":\"LEGAL_TEXT\",\"effectiveFrom\":\"2024-10-02\""),
        "political[0].effectiveFrom must be 2024-10-01 (derived from the statement), but was 2024-10-02");
    assertRejected(tampered("\"confidence\":\"LEGAL_TEXT\",\"effectiveFrom\":\"2024-10-01\"",
        "\"confidence\":\"OFFICIAL_NOTICE\",\"effectiveFrom\":\"2024-10-01\""),
        "political[0].confidence must be LEGAL_TEXT (derived from the statement), but was OFFICIAL_NOTICE");
  }

  @Test
  void unknownFieldsInNestedObjectsAreRejected() {
    assertRejected(tampered("{\"key\":\"accounts.political.honour_plaque\"",
        "{\"extra\":1,\"key\":\"accounts.political.honour_plaque\""), "unknown field 'political[0].extra'");
    assertRejected(tampered("\"title\":{\"zh\":", "\"title\":{\"extra\":1,\"zh\":"),
        "unknown field 'political[0].title.extra'");
    assertRejected(tampered("\"comparison\":{\"basis\"", "\"comparison\":{\"extra\":1,\"basis\""),
        "unknown field 'comparison.extra'");
  }

  @Test
  void anUnknownComparisonBasisIsRejected() {
    assertRejected(tampered("\"basis\":\"region_average_wage\"", "\"basis\":\"guess\""),
        "comparison.basis must be \"expected_wage\" or \"region_average_wage\", but was 'guess'");
  }

  @Test
  void anItemInTheWrongAccountIsRejected() {
    assertRejected(tampered("\"account\":\"political\"", "\"account\":\"growth\""),
        "political account items must belong to it, but accounts.political.honour_plaque belongs to growth");
    assertRejected(tampered("\"account\":\"political\"", "\"account\":\"economic\""),
        "political[0].account must be \"political\" or \"growth\", but was 'economic'");
  }
}
