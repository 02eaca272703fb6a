package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.CALC;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.testing.ProfileDraft;

class BenefitJsonTest {

  private static final EnlistmentBenefits NANAN = CALC.calculate(ProfileDraft.of("350583", "2014-AUTUMN")
      .approvalDate(LocalDate.of(2014, 9, 1)).addMerits(MeritAward.THIRD_CLASS_MERIT).build());

  @Test
  void anAccountRoundTripsWithItsExplanations() {
    String json = BenefitJson.toJson(NANAN);
    EnlistmentBenefits back = BenefitJson.parseBenefits(json);
    assertThat(back).isEqualTo(NANAN);
    assertThat(BenefitJson.toJson(back)).isEqualTo(json);
    assertThat(back.familyPayment().explanation().citations()).isEqualTo(NANAN.familyPayment().explanation()
        .citations());
    assertThat(json).startsWith("{\"region\":\"350583\",\"term\":\"2014-AUTUMN\",\"approvalDate\":\"2014-09-01\","
        + "\"termEnd\":\"2016-09-01\",\"total\":\"36540.00\",\"items\":[{\"kind\":\"family_payment\","
        + "\"status\":\"payable\",\"reason\":\"conscript_family\",\"total\":\"18600.00\",\"payments\":[{\"rule\":"
        + "\"family_payment.instalment\",\"dueOn\":\"2014-09-01\",\"period\":\"2014-09-01/2015-02-28\","
        + "\"amount\":\"4650.00\"}");
  }

  @Test
  void aBenefitRoundTripsAsItsOwnType() {
    Benefit b = BenefitJson.parseBenefit(BenefitJson.toJson(NANAN.tuition()));
    assertThat(b).isInstanceOf(TuitionCompensation.class).isEqualTo(NANAN.tuition());
    assertThat(BenefitJson.parseBenefit(BenefitJson.toJson(NANAN.meritBonus()))).isEqualTo(NANAN.meritBonus());
  }

  // ---------------------------------------------------------------------------------- every rejected input

  private static void rejects(String json, String message) {
    assertThatThrownBy(() -> BenefitJson.parseBenefits(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  private static String account() {
    return BenefitJson.toJson(NANAN);
  }

  @Test
  void rejectsMalformedJson() {
    rejects("{", "JSON text must be well-formed, but was not");
  }

  @Test
  void rejectsAnUnknownKindStatusOrReason() {
    rejects(account().replace("\"kind\":\"family_payment\"", "\"kind\":\"pension\""),
        "items[0].kind must be one of family_payment, enlistment_reward, tuition, allowance, discharge, "
            + "local_subsidy, waiting_allowance, merit_bonus, but was 'pension'");
    rejects(account().replace("\"status\":\"payable\"", "\"status\":\"PAYABLE\""),
        "items[0].status must be one of payable, not_applicable, not_published, but was 'PAYABLE'");
    rejects(account().replace("\"reason\":\"conscript_family\"", "\"reason\":\"luck\""),
        "items[0].reason must be one of conscript_family");
  }

  @Test
  void rejectsATotalThatIsNotTheSumOfThePayments() {
    rejects(account().replace("\"total\":\"18600.00\"", "\"total\":\"18600.01\""),
        "items[0].total must equal the sum of the payments 18600.00, but was 18600.01");
    rejects(account().replace("\"total\":\"36540.00\"", "\"total\":\"1.00\""),
        "total must equal the sum of the payments 36540.00, but was 1.00");
  }

  @Test
  void rejectsAnExplanationThatDoesNotReconcile() {
    // the last payment changed: the schedule totals 18,600.01 but the explanation's last step says 18,600.00
    String json = account().replace("\"dueOn\":\"2016-03-01\",\"period\":\"2016-03-01/2016-08-31\","
        + "\"amount\":\"4650.00\"", "\"dueOn\":\"2016-03-01\",\"period\":\"2016-03-01/2016-08-31\","
        + "\"amount\":\"4650.01\"").replace("\"total\":\"18600.00\"", "\"total\":\"18600.01\"");
    rejects(json, "items[0]: explanation must reconcile with its result, but the last step gives 18600.00 and the "
        + "result is 18600.01");
  }

  @Test
  void rejectsUnknownAndMissingFields() {
    rejects(account().replace("{\"region\"", "{\"note\":\"x\",\"region\""), "unknown field 'note'");
    rejects(account().replace("\"approvalDate\":\"2014-09-01\",", ""), "approvalDate is required, but is missing");
    rejects(account().replace("\"kind\":\"family_payment\",", ""), "items[0].kind is required, but is missing");
  }

  @Test
  void rejectsAPaymentDueOutsideItsPeriod() {
    rejects(account().replace("\"dueOn\":\"2015-03-01\"", "\"dueOn\":\"2015-03-02\""),
        "items[0].payments[1].dueOn must be the start of the period 2015-03-01/2015-08-31, but was 2015-03-02");
  }

  @Test
  void rejectsItemsOutOfOrder() {
    String json = account();
    int first = json.indexOf("{\"kind\":\"family_payment\"");
    int second = json.indexOf(",{\"kind\":\"enlistment_reward\"");
    int third = json.indexOf(",{\"kind\":\"tuition\"");
    String swapped = json.substring(0, first) + json.substring(second + 1, third) + ","
        + json.substring(first, second) + json.substring(third);
    rejects(swapped, "enlistment benefits item 0 must be FAMILY_PAYMENT, but was ENLISTMENT_REWARD");
  }

  @Test
  void rejectsABadDatum() {
    rejects(account().replaceFirst("\"kind\":\"date\",\"value\":\"2014-09-01\"",
        "\"kind\":\"date\",\"value\":\"2014-13-01\""), "must be a real calendar date, but was '2014-13-01'");
    rejects(account().replaceFirst("\"kind\":\"integer\",\"value\":2014", "\"kind\":\"number\",\"value\":2014"),
        "must be a datum kind such as money, rate or table, but was 'number'");
  }
}
