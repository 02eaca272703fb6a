package org.example.consumer;

import java.util.Locale;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.accounts.ThreeAccounts;
import org.zhengbing.policy.accounts.ThreeAccountsCalculator;
import org.zhengbing.policy.accounts.ThreeAccountsRenderer;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.ProfileJson;

/** The README's first look, as a user's code. */
public final class FirstLook {

  private FirstLook() {}

  static final String PROFILE = """
      {"sex": "male", "birthDate": "2006-03-01", "educationLevel": "senior_high", "studyStatus": "fresh_graduate",
       "enlistmentRegion": "500116", "enlistmentTerm": "2025-AUTUMN", "approvalDate": "2025-09-01"}
      """;

  /** Returns the economic total and the Chinese summary line of the README's profile. */
  public static String[] run() {
    PolicyBook book = PolicySets.sampleRegions();
    CandidateProfile profile = ProfileJson.parse(PROFILE);
    EnlistmentBenefits benefits = BenefitsCalculator.of(book).calculate(profile);
    ThreeAccounts accounts = ThreeAccountsCalculator.of(book).calculate(profile);
    return new String[] {benefits.total().toString(),
        ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE).summary(accounts)};
  }

  public static void main(String[] args) {
    for (String line : run()) {
      System.out.println(line);
    }
  }
}
