package org.zhengbing.examples.integration;

import static com.google.common.base.Preconditions.checkNotNull;

import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.benefit.BenefitJson;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.ProfileJson;

/**
 * Embedding the benefit calculators in a service: one calculator built once from a policy and shared by all
 * requests (it is immutable and thread-safe), called from a plain Java method and from a JSON-in/JSON-out function
 * such as an HTTP handler would wrap.
 *
 * <pre>{@code
 * BenefitService service = BenefitService.of(PolicySets.sampleRegions());
 * String json = service.handle("{\"sex\": \"male\", \"birthDate\": \"2004-05-01\", ...}");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenefitService {

  private final BenefitsCalculator calculator;

  private BenefitService(BenefitsCalculator calculator) {
    this.calculator = calculator;
  }

  /**
   * Obtains a service computing with a policy.
   *
   * @param book  the policy, not null
   * @return the service, never null
   */
  public static BenefitService of(PolicyBook book) {
    return new BenefitService(BenefitsCalculator.of(checkNotNull(book, "book")));
  }

  /**
   * The plain Java entry point: every payment of a candidate, with its explanation.
   *
   * @param profile  the candidate, not null
   * @return the benefits, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy does not cover the profile's term
   * @throws IllegalArgumentException if a region's formula needs an input the profile lacks
   */
  public EnlistmentBenefits benefitsFor(CandidateProfile profile) {
    return calculator.calculate(checkNotNull(profile, "profile"));
  }

  /**
   * The JSON entry point: a profile as JSON in ({@code ProfileJson}'s format), the benefits as JSON out
   * ({@code BenefitJson}'s format, explanations included).
   *
   * @param profileJson  the profile, not null
   * @return the benefits as JSON, never null
   * @throws org.zhengbing.policy.profile.InvalidProfileException if the JSON is not a valid profile, naming the field
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy does not cover the profile's term
   */
  public String handle(String profileJson) {
    CandidateProfile profile = ProfileJson.parse(checkNotNull(profileJson, "profileJson"));
    return BenefitJson.toJson(benefitsFor(profile));
  }
}
