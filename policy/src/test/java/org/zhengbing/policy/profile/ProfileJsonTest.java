package org.zhengbing.policy.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

class ProfileJsonTest {

  private static final String MINIMAL = "{\"sex\": \"male\", \"birthDate\": \"1996-05-01\", "
      + "\"educationLevel\": \"undergraduate\", \"studyStatus\": \"fresh_graduate\", "
      + "\"enlistmentRegion\": \"510100\", \"enlistmentTerm\": \"2018-AUTUMN\"";

  private static String json(String extra) {
    return MINIMAL + extra + "}";
  }

  @Test
  void readsAMinimalProfileWithDefaults() {
    CandidateProfile p = ProfileJson.parse(json(""));
    assertThat(p).isEqualTo(CandidateProfileTest.graduate().build());
  }

  @Test
  void readsEveryField() {
    CandidateProfile p = ProfileJson.parse(json(", \"stemMajor\": true, \"enlistmentBasis\": \"school\", "
        + "\"approvalDate\": \"2018-09-01\", \"hukouType\": \"rural\", "
        + "\"academicYears\": [{\"tuitionPaid\": \"5000\", \"loanPrincipal\": 6000, \"loanInterest\": \"321.5\"}], "
        + "\"studentFunding\": \"ordinary\", \"posting\": \"tibet_xinjiang\", \"priorityRelation\": \"serviceman_child\", "
        + "\"monthsServed\": 30, \"sergeantSelectedAfterMonths\": 24, \"merits\": [\"third_class_merit\", "
        + "\"outstanding_soldier\"], \"placementWaitMonths\": 2, \"programmeYears\": 4"));
    assertThat(p.sex()).isEqualTo(Sex.MALE);
    assertThat(p.stemMajor()).isTrue();
    assertThat(p.enlistmentBasis()).isEqualTo(EnlistmentBasis.SCHOOL);
    assertThat(p.approvalDate()).contains(LocalDate.of(2018, 9, 1));
    assertThat(p.hukouType()).contains(HukouType.RURAL);
    assertThat(p.academicYears()).containsExactly(AcademicYear.of(Cny.ofYuan(5000), Cny.ofYuan(6000),
        Cny.of("321.50")));
    assertThat(p.posting()).isEqualTo(Posting.TIBET_XINJIANG);
    assertThat(p.priorityRelation()).isEqualTo(PriorityRelation.SERVICEMAN_CHILD);
    assertThat(p.monthsServed()).hasValue(30);
    assertThat(p.sergeantSelectedAfterMonths()).hasValue(24);
    assertThat(p.merits()).containsExactly(MeritAward.THIRD_CLASS_MERIT, MeritAward.OUTSTANDING_SOLDIER);
    assertThat(p.placementWaitMonths()).isEqualTo(2);
    assertThat(p.programmeYears()).hasValue(4);
    assertThat(p.enlistmentRegion()).isEqualTo(RegionCode.of("510100"));
    assertThat(p.enlistmentTerm()).isEqualTo(ConscriptionTerm.parse("2018-AUTUMN"));
  }

  @Test
  void writesEveryFieldWithKeysAndAmountsAsText() {
    String out = ProfileJson.toJson(CandidateProfileTest.graduate().addAcademicYears(
        AcademicYear.ofTuition(Cny.ofYuan(5000))).build());
    assertThat(out).isEqualTo("{\"sex\":\"male\",\"birthDate\":\"1996-05-01\",\"educationLevel\":\"undergraduate\","
        + "\"studyStatus\":\"fresh_graduate\",\"stemMajor\":false,\"enlistmentRegion\":\"510100\","
        + "\"enlistmentBasis\":\"hukou\",\"enlistmentTerm\":\"2018-AUTUMN\",\"academicYears\":[{\"tuitionPaid\":"
        + "\"5000.00\",\"loanPrincipal\":\"0.00\",\"loanInterest\":\"0.00\"}],\"remainingStudyYears\":0,"
        + "\"annualTuitionFee\":\"0.00\",\"studentFunding\":\"ordinary\",\"posting\":\"ordinary\","
        + "\"priorityRelation\":\"none\",\"merits\":[],\"placementWaitMonths\":0}");
  }

  @Test
  void readsAndWritesLists() {
    CandidateProfile a = CandidateProfileTest.graduate().build();
    CandidateProfile b = CandidateProfileTest.student().build();
    assertThat(ProfileJson.parseList(ProfileJson.toJson(java.util.List.of(a, b)))).containsExactly(a, b);
  }

  // ---------------------------------------------------------------------------------- every rejected input

  private static void rejects(String text, String field, String message) {
    assertThatThrownBy(() -> ProfileJson.parse(text))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidProfileException) e).field()).isEqualTo(field));
  }

  @Test
  void rejectsMalformedJson() {
    rejects("{\"sex\": ", "$", "JSON text must be well-formed, but was not");
    rejects("", "$", "JSON text must hold a value, but was empty");
    rejects(json("") + " {}", "$", "JSON text must be well-formed, but was not");
  }

  @Test
  void rejectsADocumentThatIsNotAnObject() {
    rejects("[1, 2]", "$", "the JSON document must be a JSON object, but was an array");
  }

  @Test
  void rejectsARepeatedField() {
    rejects(json(", \"sex\": \"female\""), "$", "Duplicate field 'sex'");
  }

  @Test
  void rejectsAnUnknownField() {
    rejects(json(", \"salary\": 3"), "salary", "unknown field 'salary' (allowed: academicYears, annualTuitionFee");
    rejects(json(", \"academicYears\": [{\"tuitionPaid\": 1, \"loanPrincipal\": 0, \"loanInterest\": 0, "
        + "\"fees\": 2}]"), "academicYears[0].fees", "unknown field 'academicYears[0].fees'");
  }

  @Test
  void rejectsAMissingRequiredField() {
    rejects("{\"sex\": \"male\"}", "birthDate", "birthDate is required, but is missing");
    rejects(MINIMAL.replace("\"sex\": \"male\", ", "") + "}", "sex", "sex is required, but is missing");
  }

  @Test
  void rejectsAFieldOfTheWrongType() {
    rejects(json(", \"monthsServed\": \"thirty\""), "monthsServed",
        "monthsServed must be a whole number, but was the text 'thirty'");
    rejects(json(", \"monthsServed\": 2.5"), "monthsServed", "monthsServed must be a whole number, but was the "
        + "number 2.5");
    rejects(json(", \"stemMajor\": \"yes\""), "stemMajor", "stemMajor must be true or false, but was the text 'yes'");
    rejects(json(", \"merits\": \"third_class_merit\""), "merits", "merits must be a JSON array, but was the text");
    rejects(MINIMAL.replace("\"1996-05-01\"", "19960501") + "}", "birthDate",
        "birthDate must be a text, but was the number 19960501");
  }

  @Test
  void rejectsAnUnknownConstant() {
    rejects(json(", \"posting\": \"moon\""), "posting",
        "posting must be one of ordinary, tibet_xinjiang, other_hardship, but was 'moon'");
    rejects(MINIMAL.replace("\"male\"", "\"MALE\"") + "}", "sex", "sex must be one of male, female, but was 'MALE'");
    rejects(json(", \"merits\": [\"third_class_merit\", \"bravery\"]"), "merits[1]",
        "merits[1] must be one of medal, honorary_title");
  }

  @Test
  void rejectsBadDatesRegionsAndTerms() {
    rejects(MINIMAL.replace("1996-05-01", "1996-02-30") + "}", "birthDate",
        "birthDate must be a real calendar date, but was '1996-02-30'");
    rejects(MINIMAL.replace("1996-05-01", "01/05/1996") + "}", "birthDate",
        "birthDate must be a date such as 2024-09-01, but was '01/05/1996'");
    rejects(MINIMAL.replace("510100", "51010") + "}", "enlistmentRegion",
        "enlistmentRegion must be a region code such as \"510100\", but was '51010'");
    rejects(MINIMAL.replace("2018-AUTUMN", "2018-WINTER") + "}", "enlistmentTerm",
        "enlistmentTerm must be a term such as \"2018-AUTUMN\", but was '2018-WINTER'");
  }

  @Test
  void rejectsBadAmounts() {
    rejects(json(", \"academicYears\": [{\"tuitionPaid\": \"12.345\", \"loanPrincipal\": 0, \"loanInterest\": 0}]"),
        "academicYears[0].tuitionPaid",
        "academicYears[0].tuitionPaid must be an amount in yuan with at most 2 decimal places, but was 12.345");
    rejects(json(", \"academicYears\": [{\"tuitionPaid\": \"five\", \"loanPrincipal\": 0, \"loanInterest\": 0}]"),
        "academicYears[0].tuitionPaid", "academicYears[0].tuitionPaid must be an amount of yuan such as \"9300.00\", "
            + "but was the text 'five'");
  }

  @Test
  void rejectsNegativeTuitionNamingTheYear() {
    rejects(json(", \"academicYears\": [{\"tuitionPaid\": 1, \"loanPrincipal\": 0, \"loanInterest\": 0}, "
        + "{\"tuitionPaid\": -100, \"loanPrincipal\": 0, \"loanInterest\": 0}]"), "academicYears[1].tuitionPaid",
        "academicYears[1].tuitionPaid must be >= 0, but was -100.00");
  }

  @Test
  void rejectsAGraduateBornLastYear() {
    rejects(MINIMAL.replace("1996-05-01", "2017-03-01") + "}", "birthDate",
        "birthDate must give an age of at least 15 by 31 December 2018 for education level undergraduate");
  }

  @Test
  void rejectsAnImpossibleProfileInAListNamingTheElement() {
    String list = "[" + json("") + ", " + MINIMAL.replace("1996-05-01", "2017-03-01") + "}]";
    assertThatThrownBy(() -> ProfileJson.parseList(list))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("[1].birthDate must give an age of at least 15")
        .satisfies(e -> assertThat(((InvalidProfileException) e).field()).isEqualTo("[1].birthDate"));
    assertThatThrownBy(() -> ProfileJson.parseList("[" + json(", \"posting\": 3") + "]"))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("[0].posting must be a text, but was the number 3");
    assertThatThrownBy(() -> ProfileJson.parseList(json("")))
        .isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("the JSON document must be an array of profiles, but was not");
  }
}
