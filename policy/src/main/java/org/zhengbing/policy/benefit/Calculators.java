package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.profile.CandidateProfile;

/** What every calculator shares: argument checks and the service facts of a profile. */
final class Calculators {

  private Calculators() {}

  static PolicyBook checkBook(PolicyBook book) {
    return checkNotNull(book, "book");
  }

  static void check(PolicyBook book, CandidateProfile profile, BenefitRules rules) {
    checkNotNull(profile, "profile");
    checkNotNull(rules, "rules");
    checkArgument(rules.book() == book || rules.book().equals(book),
        "rules must be resolved from this calculator's policy, but were resolved from another: %s", rules);
    rules.checkAppliesTo(profile);
  }

  /** The months served as a conscript: the term, or fewer on early discharge, early sergeant selection or promotion. */
  static int conscriptMonths(CandidateProfile p, int termMonths) {
    int m = termMonths;
    if (p.monthsServed().isPresent()) {
      m = Math.min(m, p.monthsServed().getAsInt());
    }
    if (p.sergeantSelectedAfterMonths().isPresent()) {
      m = Math.min(m, p.sergeantSelectedAfterMonths().getAsInt());
    }
    if (p.officerOrAcademyAfterMonths().isPresent()) {
      m = Math.min(m, p.officerOrAcademyAfterMonths().getAsInt());
    }
    return m;
  }

  /** The months of service at discharge: as the profile gives them, or the full term. */
  static int monthsAtDischarge(CandidateProfile p, int termMonths) {
    return p.monthsServed().orElse(termMonths);
  }

  /** The discharge date: the months of service after the approval date. */
  static LocalDate dischargeDate(CandidateProfile p, ServiceDates d) {
    return p.monthsServed().isPresent() ? d.monthsAfterApproval(p.monthsServed().getAsInt()) : d.termEnd();
  }

  /** True if the soldier left as an officer or cadet rather than being discharged as a soldier. */
  static boolean becameOfficerOrCadet(CandidateProfile p) {
    return p.officerOrAcademyAfterMonths().isPresent();
  }

  static void serviceInputs(CandidateProfile p, List<Input> inputs) {
    p.monthsServed().ifPresent(m -> inputs.add(Trail.in("months_served", Trail.integer(m))));
    p.sergeantSelectedAfterMonths().ifPresent(m -> inputs.add(Trail.in("sergeant_selected_after_months",
        Trail.integer(m))));
    p.officerOrAcademyAfterMonths().ifPresent(m -> inputs.add(Trail.in("officer_or_academy_after_months",
        Trail.integer(m))));
  }
}
