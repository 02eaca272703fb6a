package org.zhengbing.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.internal.JsonTree.Obj;
import org.zhengbing.policy.internal.JsonTree.Problem;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.EnlistmentBasis;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.InvalidProfileException;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.PriorityRelation;
import org.zhengbing.policy.profile.StudentFundingStatus;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * Writes and reads {@link CandidateProfile}s as JSON trees; the field names are the profile's accessor names and
 * enumerations are written by their lower-case keys. Every field is written, so reading what was written gives an
 * equal profile.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileCodec {

  /** The fields of a profile object. */
  public static final ImmutableSet<String> FIELDS = ImmutableSet.of("sex", "birthDate", "educationLevel",
      "studyStatus", "stemMajor", "enlistmentRegion", "enlistmentBasis", "residencePermitYears", "enlistmentTerm",
      "approvalDate", "hukouType", "academicYears", "remainingStudyYears", "annualTuitionFee", "programmeYears",
      "studentFunding", "posting", "priorityRelation", "monthsServed", "sergeantSelectedAfterMonths",
      "officerOrAcademyAfterMonths", "merits", "placementWaitMonths");
  private static final Set<String> YEAR_FIELDS = Set.of("tuitionPaid", "loanPrincipal", "loanInterest");

  private ProfileCodec() {}

  /**
   * Writes a profile.
   *
   * @param p  the profile, not null
   * @return the tree, never null
   */
  public static ObjectNode write(CandidateProfile p) {
    ObjectNode o = JsonTree.object();
    o.put("sex", p.sex().name().toLowerCase(Locale.ROOT));
    o.put("birthDate", p.birthDate().toString());
    o.put("educationLevel", p.educationLevel().key());
    o.put("studyStatus", p.studyStatus().key());
    o.put("stemMajor", p.stemMajor());
    o.put("enlistmentRegion", p.enlistmentRegion().toString());
    o.put("enlistmentBasis", p.enlistmentBasis().key());
    p.residencePermitYears().ifPresent(v -> o.put("residencePermitYears", v));
    o.put("enlistmentTerm", p.enlistmentTerm().toString());
    p.approvalDate().ifPresent(v -> o.put("approvalDate", v.toString()));
    p.hukouType().ifPresent(v -> o.put("hukouType", v.key()));
    ArrayNode years = o.putArray("academicYears");
    for (AcademicYear y : p.academicYears()) {
      ObjectNode yo = years.addObject();
      yo.put("tuitionPaid", JsonTree.money(y.tuitionPaid()));
      yo.put("loanPrincipal", JsonTree.money(y.loanPrincipal()));
      yo.put("loanInterest", JsonTree.money(y.loanInterest()));
    }
    o.put("remainingStudyYears", p.remainingStudyYears());
    o.put("annualTuitionFee", JsonTree.money(p.annualTuitionFee()));
    p.programmeYears().ifPresent(v -> o.put("programmeYears", v));
    o.put("studentFunding", p.studentFunding().key());
    o.put("posting", p.posting().key());
    o.put("priorityRelation", p.priorityRelation().key());
    p.monthsServed().ifPresent(v -> o.put("monthsServed", v));
    p.sergeantSelectedAfterMonths().ifPresent(v -> o.put("sergeantSelectedAfterMonths", v));
    p.officerOrAcademyAfterMonths().ifPresent(v -> o.put("officerOrAcademyAfterMonths", v));
    ArrayNode merits = o.putArray("merits");
    p.merits().forEach(m -> merits.add(m.key()));
    o.put("placementWaitMonths", p.placementWaitMonths());
    return o;
  }

  /**
   * Reads a profile.
   *
   * @param node  the tree, not null
   * @param path  its path, {@code $} for a whole document, not null
   * @return the profile, never null
   * @throws InvalidProfileException naming the field if the tree is malformed or the profile impossible
   */
  public static CandidateProfile read(JsonNode node, String path) {
    try {
      return readUnchecked(node, path);
    } catch (Problem p) {
      throw new InvalidProfileException(p.path(), p.getMessage());
    }
  }

  private static CandidateProfile readUnchecked(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(FIELDS);
    CandidateProfile.Builder b = CandidateProfile.builder();
    b.sex(constant(o, "sex", Sex.values(), s -> s.name().toLowerCase(Locale.ROOT)));
    b.birthDate(o.date("birthDate"));
    b.educationLevel(constant(o, "educationLevel", EducationLevel.values(), EducationLevel::key));
    b.studyStatus(constant(o, "studyStatus", StudyStatus.values(), StudyStatus::key));
    if (o.opt("stemMajor").isPresent()) {
      b.stemMajor(o.bool("stemMajor"));
    }
    String region = o.text("enlistmentRegion");
    try {
      b.enlistmentRegion(RegionCode.of(region));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("enlistmentRegion"), o.at("enlistmentRegion") + " must be a region code such as "
          + "\"510100\", but was '" + region + "': " + e.getMessage());
    }
    optConstant(o, "enlistmentBasis", EnlistmentBasis.values(), EnlistmentBasis::key).ifPresent(b::enlistmentBasis);
    if (o.opt("residencePermitYears").isPresent()) {
      b.residencePermitYears(o.integer("residencePermitYears"));
    }
    String term = o.text("enlistmentTerm");
    try {
      b.enlistmentTerm(ConscriptionTerm.parse(term));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("enlistmentTerm"), o.at("enlistmentTerm") + " must be a term such as \"2018-AUTUMN\", "
          + "but was '" + term + "'");
    }
    if (o.opt("approvalDate").isPresent()) {
      b.approvalDate(o.date("approvalDate"));
    }
    optConstant(o, "hukouType", HukouType.values(), HukouType::key).ifPresent(b::hukouType);
    if (o.opt("academicYears").isPresent()) {
      ArrayNode years = o.array("academicYears");
      for (int i = 0; i < years.size(); i++) {
        String yp = o.at("academicYears") + "[" + i + "]";
        Obj y = JsonTree.obj(years.get(i), yp);
        y.checkFields(YEAR_FIELDS);
        try {
          b.addAcademicYears(AcademicYear.of(y.money("tuitionPaid"), y.money("loanPrincipal"),
              y.money("loanInterest")));
        } catch (InvalidProfileException e) {
          String field = yp + "." + e.field();
          String message = e.getMessage() == null ? field : e.getMessage();
          throw new Problem(field, message.startsWith(e.field() + " ")
              ? field + message.substring(e.field().length()) : message);
        }
      }
    }
    if (o.opt("remainingStudyYears").isPresent()) {
      b.remainingStudyYears(o.integer("remainingStudyYears"));
    }
    if (o.opt("annualTuitionFee").isPresent()) {
      b.annualTuitionFee(o.money("annualTuitionFee"));
    }
    if (o.opt("programmeYears").isPresent()) {
      b.programmeYears(o.integer("programmeYears"));
    }
    optConstant(o, "studentFunding", StudentFundingStatus.values(), StudentFundingStatus::key)
        .ifPresent(b::studentFunding);
    optConstant(o, "posting", Posting.values(), Posting::key).ifPresent(b::posting);
    optConstant(o, "priorityRelation", PriorityRelation.values(), PriorityRelation::key)
        .ifPresent(b::priorityRelation);
    if (o.opt("monthsServed").isPresent()) {
      b.monthsServed(o.integer("monthsServed"));
    }
    if (o.opt("sergeantSelectedAfterMonths").isPresent()) {
      b.sergeantSelectedAfterMonths(o.integer("sergeantSelectedAfterMonths"));
    }
    if (o.opt("officerOrAcademyAfterMonths").isPresent()) {
      b.officerOrAcademyAfterMonths(o.integer("officerOrAcademyAfterMonths"));
    }
    if (o.opt("merits").isPresent()) {
      ArrayNode merits = o.array("merits");
      for (int i = 0; i < merits.size(); i++) {
        String mp = o.at("merits") + "[" + i + "]";
        String key = JsonTree.text(merits.get(i), mp);
        b.addMerits(MeritAward.ofKey(key).orElseThrow(() -> new Problem(mp, mp + " must be one of "
            + keys(MeritAward.values(), MeritAward::key) + ", but was '" + key + "'")));
      }
    }
    if (o.opt("placementWaitMonths").isPresent()) {
      b.placementWaitMonths(o.integer("placementWaitMonths"));
    }
    try {
      return b.build();
    } catch (InvalidProfileException e) {
      String prefix = "$".equals(path) ? "" : path + ".";
      if (prefix.isEmpty()) {
        throw e;
      }
      throw new InvalidProfileException(prefix + e.field(), prefix + e.getMessage());
    }
  }

  private static <E> E constant(Obj o, String name, E[] values, Function<E, String> key) {
    return optConstant(o, name, values, key).orElseThrow(() -> new Problem(o.at(name), o.at(name)
        + " is required, but is missing"));
  }

  private static <E> Optional<E> optConstant(Obj o, String name, E[] values, Function<E, String> key) {
    Optional<String> text = o.optText(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E v : values) {
      if (key.apply(v).equals(text.get())) {
        return Optional.of(v);
      }
    }
    throw new Problem(o.at(name), o.at(name) + " must be one of " + keys(values, key) + ", but was '"
        + text.get() + "'");
  }

  private static <E> String keys(E[] values, Function<E, String> key) {
    return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
  }
}
