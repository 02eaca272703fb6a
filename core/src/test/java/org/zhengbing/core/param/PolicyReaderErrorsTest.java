package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.testing.HostileYaml;

/**
 * Errors of policy files beyond the malformed corpus, found missing by mutation testing: each is rejected with
 * a {@link PolicyFileException} at the offending token. In the one-parameter skeleton
 * ({@link HostileYaml#skeleton}) the value is on line 15 from column 16, {@code from} on line 14 from column 15,
 * the parameter's label on line 12 from column 12.
 */
class PolicyReaderErrorsTest {

  private static final String HEAD = "format: zhengbing-policy/1\nregion: national\nsources:\n  s: {document: 文件}\n";

  private static String enums(String body) {
    return HEAD + "enums:\n" + body + "parameters: {}\n";
  }

  private static String skeleton(String type, String value) {
    return HostileYaml.skeleton(type, value);
  }

  static Stream<Arguments> errors() {
    String one = skeleton("integer", "1");
    return Stream.of(
        Arguments.of("unknown key in an enumeration", enums("  e:\n    label: {zh: 甲, en: a}\n"
            + "    values: {c1: {zh: 甲, en: a}}\n    colour: red\n"), 9, 5,
            "unknown key 'colour' in enumeration 'e' (allowed: label, values)"),
        Arguments.of("constant not in lower case", enums("  e:\n    label: {zh: 甲, en: a}\n"
            + "    values: {Bad: {zh: 甲, en: a}}\n"), 8, 14,
            "enumeration constant must be lower case letters, digits and '_', but was 'Bad'"),
        Arguments.of("enumeration name not in lower case", enums("  Bad:\n    label: {zh: 甲, en: a}\n"
            + "    values: {c1: {zh: 甲, en: a}}\n"), 6, 3,
            "enumeration name must be lower case letters, digits and '_', but was 'Bad'"),
        Arguments.of("enumeration without constants", enums("  e:\n    label: {zh: 甲, en: a}\n    values: {}\n"),
            8, 13, "enumeration 'e' must have at least one constant, but had none"),
        Arguments.of("unknown key in a parameter", HEAD + "parameters:\n  test.p:\n    type: integer\n"
            + "    label: {zh: 甲, en: a}\n    colour: red\n    values: []\n", 9, 5,
            "unknown key 'colour' in parameter 'test.p' (allowed: description, label, region, type, unit, values)"),
        Arguments.of("repealed on its first day", one.replace("      - from: 2020-01-01\n",
            "      - from: 2020-01-01\n        repealed: 2020-01-01\n"), 15, 19,
            "'repealed' must be after 'from' 2020-01-01, but was 2020-01-01"),
        Arguments.of("bad second element of a list", skeleton("list<integer>", "[1, x, 3]"), 15, 20,
            "test.value[1] must be a whole number, but was the text 'x'"),
        Arguments.of("mapping for an amount", skeleton("money", "{a: 1}"), 15, 16,
            "test.value must be an amount in yuan such as 9300 or 12345.60, but was a mapping"),
        Arguments.of("list for an amount", skeleton("money", "[1]"), 15, 16,
            "test.value must be an amount in yuan such as 9300 or 12345.60, but was a list"),
        Arguments.of("null for an amount", skeleton("money", "~"), 15, 16,
            "test.value must be an amount in yuan such as 9300 or 12345.60, but was an empty value"),
        Arguments.of("boolean for an amount", skeleton("money", "true"), 15, 16,
            "test.value must be an amount in yuan such as 9300 or 12345.60, but was the boolean true"),
        Arguments.of("quoted whole number", skeleton("integer", "'45'"), 15, 16,
            "test.value must be a whole number, but was the text '45'"),
        Arguments.of("month-day without leading zeros", skeleton("month_day", "'3-1'"), 15, 16,
            "test.value must be a month-day such as '03-01', but was the text '3-1'"),
        Arguments.of("quoted boolean", skeleton("boolean", "'true'"), 15, 16,
            "test.value must be true or false, but was the text 'true'"),
        Arguments.of("decimal with an exponent", skeleton("decimal", "2.5e3"), 15, 16,
            "test.value must be a decimal number such as 2.5, but was the number 2.5e3"),
        Arguments.of("date span the wrong way round", skeleton("date_span", "'2024-02-01/2024-01-01'"), 15, 16,
            "test.value: span end must not be before its start, but was 2024-02-01/2024-01-01"),
        Arguments.of("date span that is not one", skeleton("date_span", "'2024-02-01'"), 15, 16,
            "test.value: date span must look like '2023-02-15/2023-03-31', but was '2024-02-01'"),
        Arguments.of("annual window that is not one", skeleton("annual_window", "'02-30..03-01'"), 15, 16,
            "test.value: annual window must look like '02-15..03-31' or '12-01@-1..02-10', but was '02-30..03-01'"),
        Arguments.of("text that is not bilingual", skeleton("text", "文本"), 15, 16,
            "test.value (a text with 'zh' and 'en') must be a mapping of keys to values, but was the text '文本'"),
        Arguments.of("enum value outside its enumeration", skeleton("enum<e>", "c9"), 15, 16,
            "value of test.value must be a constant of e [c1, c2], but was 'c9'"),
        Arguments.of("citation named but no sources", one.replace("sources:\n  s: {document: 文件, issuer: 机关}\n",
            ""), 15, 19, "citation 's' must name an entry under 'sources', but none is defined"),
        Arguments.of("citation without a document", one.replace("citation: s", "citation: {issuer: 机关}"), 17, 19,
            "a citation must have a 'document', but has none"),
        Arguments.of("region given as a boolean", one.replace("region: national", "region: true"), 2, 9,
            "region must be 'national' or a region code such as \"510100\", but was the boolean true"),
        Arguments.of("date without leading zeros", one.replace("from: 2020-01-01", "from: 2020-1-1"), 14, 15,
            "from must be a date such as 2024-09-01, but was '2020-1-1'"),
        Arguments.of("date written as a number", one.replace("from: 2020-01-01", "from: 20200101"), 14, 15,
            "from must be a date such as 2024-09-01, but was the number 20200101"),
        Arguments.of("unknown language in a label", one.replace("label: {zh: 参数, en: parameter}",
            "label: {zh: 参数, en: parameter, fr: paramètre}"), 12, 36, "unknown key 'fr' in label (allowed: en, zh)"),
        Arguments.of("blank document", one.replace("document: 文件", "document: ' '"), 4, 17,
            "document must not be blank"),
        Arguments.of("null document", one.replace("document: 文件", "document: ~"), 4, 17,
            "document must be a text, but was an empty value"),
        Arguments.of("blank English text", skeleton("text", "{zh: 甲, en: ' '}"), 15, 28,
            "test.value.en must not be blank"),
        Arguments.of("null unit", one.replace("    label: {zh: 参数", "    unit: ~\n    label: {zh: 参数"), 12, 11,
            "unit must be a text, but was an empty value"),
        // before the fix an empty unit was silently accepted as ""
        Arguments.of("empty unit", one.replace("    label: {zh: 参数", "    unit: ''\n    label: {zh: 参数"), 12, 11,
            "unit must not be blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void errorIsRejectedAtTheOffendingToken(String what, String yaml, int line, int column, String problem) {
    assertThatThrownBy(() -> PolicyBook.empty().withYaml(yaml, "errors.yaml"))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.line()).as("line").isEqualTo(line);
          assertThat(e.column()).as("column").isEqualTo(column);
          assertThat(e.file()).isEqualTo("errors.yaml");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      rate          | a percentage such as '60%'
      integer       | a whole number
      decimal       | a decimal number such as 2.5
      date          | a date such as 2024-09-01
      month_day     | a month-day such as '03-01'
      date_span     | a date span such as '2023-02-15/2023-03-31'
      annual_window | an annual window such as '02-15..03-31' or '12-01@-1..02-10'
      boolean       | true or false
      """)
  void aMappingOrNothingWhereAScalarBelongsNamesTheExpectedForm(String type, String expected) {
    assertThatThrownBy(() -> PolicyBook.empty().withYaml(skeleton(type, "{a: 1}"), "errors.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("errors.yaml:15:16: test.value must be " + expected + ", but was a mapping");
    assertThatThrownBy(() -> PolicyBook.empty().withYaml(skeleton(type, "~"), "errors.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("errors.yaml:15:16: test.value must be " + expected + ", but was an empty value");
  }

  // ------------------------------------------------------------------------------------------ a second file

  /** test.value defined with a unit and a description, so a second file may repeat them but not change them. */
  private static final PolicyBook FIRST = PolicyBook.empty().withYaml(skeleton("integer", "1").replace(
      "    label: {zh: 参数, en: parameter}\n",
      "    unit: days\n    label: {zh: 参数, en: parameter}\n    description: {zh: 说明, en: about}\n"),
      "first.yaml");

  private static String second(String definition) {
    return "region: \"510000\"\nsources:\n  s: {document: 省文件}\nparameters:\n  test.value:\n" + definition
        + "    values:\n      - {from: 2021-01-01, value: 2, confidence: LOCAL_DOCUMENT, citation: s}\n";
  }

  @Test
  void aSecondFileMayRepeatTheDefinition() {
    for (String same : new String[] {"    unit: days\n", "    description: {zh: 说明, en: about}\n",
        "    label: {zh: 参数, en: parameter}\n", "    type: integer\n"}) {
      PolicyBook book = FIRST.withYaml(second(same), "second.yaml");
      assertThat(book.resolve(ParameterKey.integer("test.value"), RegionCode.of("510104"), LocalDate.of(2021, 1, 1))
          .value()).as(same).isEqualTo(2L);
    }
  }

  @Test
  void aSecondFileMayNotChangeTheDefinition() {
    assertThatThrownBy(() -> FIRST.withYaml(second("    unit: weeks\n"), "second.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("second.yaml:6:11: parameter 'test.value' is already defined with unit days, but this file "
            + "gives unit 'weeks'");
    assertThatThrownBy(() -> FIRST.withYaml(second("    description: {zh: 说明, en: other}\n"), "second.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("second.yaml:6:18: parameter 'test.value' is already defined with a different description");
    assertThatThrownBy(() -> FIRST.withYaml(second("    label: {zh: 参数, en: other}\n"), "second.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("second.yaml:6:12: parameter 'test.value' is already defined with label '参数 / parameter', "
            + "but this file gives a different label");
  }

  // ------------------------------------------------------------------------------------------ valid forms

  @Test
  void valueNoteIsAddedToTheCitationsNote() {
    PolicyBook both = PolicyBook.empty().withYaml(skeleton("integer", "1").replace("citation: s",
        "citation: {document: 文件, note: 第一}\n        note: 第二"), "note.yaml");
    assertThat(both.entries("test.value").get(0).provenance().citation())
        .isEqualTo(Citation.builder().document("文件").note("第一; 第二").build());
    PolicyBook only = PolicyBook.empty().withYaml(skeleton("integer", "1").replace("citation: s",
        "citation: s\n        note: 第二"), "note.yaml");
    assertThat(only.entries("test.value").get(0).provenance().citation())
        .isEqualTo(Citation.builder().document("文件").issuer("机关").note("第二").build());
  }

  @Test
  void repealedIsTheFirstDayNoLongerInForce() {
    PolicyBook book = PolicyBook.empty().withYaml(skeleton("integer", "1").replace("      - from: 2020-01-01\n",
        "      - from: 2020-01-01\n        repealed: 2021-01-01\n"), "repealed.yaml");
    ParameterKey<Long> key = ParameterKey.integer("test.value");
    assertThat(book.find(key, RegionCode.of("500116"), LocalDate.of(2020, 12, 31))).isPresent();
    assertThat(book.find(key, RegionCode.of("500116"), LocalDate.of(2021, 1, 1))).isEmpty();
  }

  @Test
  void regionMayBeWrittenAsAnUnquotedNumber() {
    PolicyBook book = PolicyBook.empty().withYaml(skeleton("integer", "1").replace("region: national",
        "region: 510100"), "number.yaml");
    assertThat(book.entries("test.value").get(0).provenance().scope().toString()).isEqualTo("510100");
  }

  @Test
  void aFileIsReadFromAPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policy.yaml");
    Files.write(file, skeleton("integer", "7").getBytes(StandardCharsets.UTF_8));
    PolicyBook book = PolicyBook.empty().withFile(file);
    assertThat(book.resolve(ParameterKey.integer("test.value"), RegionCode.of("500116"), LocalDate.of(2024, 1, 1))
        .value()).isEqualTo(7L);
    assertThat(book.entries("test.value").get(0).provenance().origin()).contains(file + ":14:15");
    assertThat(PolicyReader.read(file, PolicyBook.empty())).isEqualTo(book);
  }
}
