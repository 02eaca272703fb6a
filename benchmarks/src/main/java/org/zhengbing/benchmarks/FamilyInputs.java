package org.zhengbing.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * Candidates for the family-payment benchmarks, from a fixed seed: conscripts enlisting in the sample district
 * Jiangjin (500116) in autumn 2024, of every education level and status and every posting; one in ten leaves the
 * conscript's status early (discharged, or selected as a sergeant), so that part periods occur.
 */
public final class FamilyInputs {

  /** The sample district. */
  public static final String REGION = "500116";
  /** The term. */
  public static final String TERM = "2024-AUTUMN";

  private FamilyInputs() {}

  /**
   * Generates profiles.
   *
   * @param n  how many
   * @param seed  the seed
   * @return the profiles, in a new list
   */
  public static List<CandidateProfile> profiles(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    EducationLevel[] levels = EducationLevel.values();
    StudyStatus[] statuses = StudyStatus.values();
    Posting[] postings = Posting.values();
    List<CandidateProfile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EducationLevel level = levels[random.nextInt(levels.length)];
      StudyStatus status = statuses[random.nextInt(statuses.length)];
      if (!level.isCollege() && status == StudyStatus.FRESHMAN) {
        status = StudyStatus.FRESH_GRADUATE;
      }
      ProfileDraft d = ProfileDraft.of(REGION, TERM).educationLevel(level).studyStatus(status)
          .birthDate(LocalDate.of(2001 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28)))
          .posting(postings[random.nextInt(postings.length)]);
      int early = random.nextInt(20);
      if (early == 0) {
        d.monthsServed(1 + random.nextInt(24));
      } else if (early == 1) {
        d.sergeantSelectedAfterMonths(1 + random.nextInt(24));
      }
      out.add(d.build());
    }
    return out;
  }

  /**
   * The months a profile serves as a conscript: the term, or fewer if it leaves the status early.
   *
   * @param p  the profile
   * @param termMonths  the term in months
   * @return the months
   */
  public static int conscriptMonths(CandidateProfile p, int termMonths) {
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
}
