package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus of malformed policy files under {@code src/test/resources/policy/malformed}: each file has one
 * problem, and reading it over the bundled national defaults raises a {@link PolicyFileException} naming the file
 * and the line and column of the offending token (both 1-based, columns counted in characters).
 *
 * <p>The expected positions were read off the files: a scalar's position is its first character (the opening
 * quote of a quoted scalar), a key's is its first letter, a block mapping's is its first key, an anchored node's is
 * its anchor. For a problem with a whole value (a missing field), the position is the value's mapping.
 */
class PolicyReaderMalformedTest {

  private static Path corpus(String name) {
    URL url = PolicyReaderMalformedTest.class.getResource("/policy/malformed/" + name);
    assertThat(url).as("test resource policy/malformed/%s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0} at {1}:{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      yaml-syntax-error.yaml                  |  2 | 17 | YAML syntax: mapping values are not allowed here
      unknown-top-level-key.yaml              |  3 |  1 | unknown key 'author' in policy file
      unknown-key-in-value.yaml               | 12 |  9 | unknown key 'until' in a value of test.amount
      duplicate-key.yaml                      | 15 |  9 | duplicate key 'value' (first at line 12, column 9)
      money-wrong-type.yaml                   | 12 | 16 | test.amount must be an amount in yuan such as 9300 or 12345.60, but was the text 'abc'
      negative-money.yaml                     | 12 | 16 | test.amount must be an amount >= 0, but was -100
      money-too-many-decimals.yaml            | 12 | 16 | at most 2 decimal places, but was 100.005
      rate-wrong-type.yaml                    | 12 | 16 | test.share must be a percentage such as '60%', but was the text 'fifty'
      rate-bare-number.yaml                   | 12 | 16 | test.share must be a percentage such as '60%', but was the number 0.5
      integer-wrong-type.yaml                 | 12 | 16 | test.days must be a whole number, but was the number 4.5
      integer-too-large.yaml                  | 12 | 16 | test.days must be a whole number, but was the number 9223372036854775808
      date-wrong-type.yaml                    | 12 | 16 | test.day must be a date such as 2024-09-01, but was the number 20240101
      boolean-wrong-type.yaml                 | 12 | 16 | test.flag must be true or false, but was the text 'yes'
      missing-citation.yaml                   | 11 |  9 | a value of test.amount must have a 'citation' (every value is cited), but has none
      citation-not-in-sources.yaml            | 14 | 19 | citation 'unknown' must name an entry under 'sources', but none is defined (defined: [doc])
      missing-confidence.yaml                 | 11 |  9 | a value of test.amount must have 'confidence', but has none
      bad-confidence.yaml                     | 13 | 21 | confidence must be one of LEGAL_TEXT, OFFICIAL_NOTICE, SECONDARY_REPORT, LOCAL_DOCUMENT, ILLUSTRATIVE, but was 'HIGH'
      bad-region-code.yaml                    |  2 |  9 | region must be 'national' or a region code such as "510100", but was '5001'
      bad-region-code-in-value.yaml           | 12 | 17 | but was '000000': region code must be a valid GB/T 2260 or NBS code, but was '000000': its province prefix 00
      bad-date.yaml                           | 11 | 15 | from must be a real calendar date, but was '2023-02-29'
      to-before-from.yaml                     | 12 | 13 | 'to' must not be before 'from' 2024-01-01, but was 2023-12-31
      to-and-repealed.yaml                    | 13 | 19 | a value may give 'to' (last day in force) or 'repealed' (first day no longer in force), not both
      overlapping-ranges.yaml                 | 16 | 15 | must not have overlapping values, but the value from 2024-01-01 runs until 2024-12-31 and the next takes effect on 2024-06-01
      same-date-twice.yaml                    | 15 | 15 | must have one value per day, but two values take effect on 2024-01-01
      undefined-enumeration.yaml              |  8 | 11 | enumeration 'colour' used by type enum<colour> must be defined under 'enums', but is not
      table-row-not-in-enumeration.yaml       | 12 | 55 | row of test.cap must be a constant of study_level [undergraduate_or_junior_college, postgraduate], but was 'doctorate'
      empty-table.yaml                        | 12 | 16 | value of test.cap must be a table with at least one row, but was empty
      undefined-parameter-without-type.yaml   |  7 |  3 | so it must give its 'type' and 'label' here, but 'type' is missing
      undefined-parameter-without-label.yaml  |  7 |  3 | so it must give its 'type' and 'label' here, but 'label' is missing
      redefinition-with-another-type.yaml     |  8 | 11 | parameter 'calendar.return_window.max_days' is already defined with type integer, but this file gives type money
      bad-type.yaml                           |  8 | 11 | parameter type must be one of money, rate, integer, decimal, date, month_day, date_span, annual_window, boolean, text, enum<E>, table<E, kind>, list<kind>, but was 'currency'
      bad-parameter-key.yaml                  |  7 |  3 | parameter key must be dotted lower-case segments such as 'family_payment.annual_standard', but was 'Test.Amount'
      value-not-a-list.yaml                   | 10 | 13 | values of test.amount must be a list, but was the number 100
      unknown-key-in-citation.yaml            |  6 |  5 | unknown key 'year' in citation
      bad-citation-url.yaml                   |  6 | 10 | citation url must start with http:// or https:// and have no spaces, but was 'ftp://example.org/x'
      bad-format.yaml                         |  1 |  9 | format must be 'zhengbing-policy/1', but was 'zhengbing-policy/2'
      missing-region.yaml                     |  1 |  1 | policy file must have 'region', but has none
      not-a-mapping.yaml                      |  1 |  1 | a policy file must be a mapping of keys to values, but was a list
      anchor-and-alias.yaml                   |  4 |  8 | anchors (&shared) are not allowed in policy files
      multiple-documents.yaml                 |  4 |  1 | a file must hold one YAML document, but holds more
      empty.yaml                              |  1 |  1 | document must not be empty
      comments-only.yaml                      |  1 |  1 | document must not be empty
      invalid-utf8.yaml                       |  9 | 27 | text must be UTF-8, but byte 0xC3 at offset 160 is not valid UTF-8
      non-printable-character.yaml            |  9 | 28 | text must hold only characters YAML allows, but has U+0007
      """)
  void malformedFileIsRejectedWithItsLocation(String file, int line, int column, String fragment) {
    Path path = corpus(file);
    assertThatThrownBy(() -> PolicyBook.nationalDefaults().withFile(path))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.file()).isEqualTo(path.toString());
          assertThat(e.line()).as("line").isEqualTo(line);
          assertThat(e.column()).as("column").isEqualTo(column);
          assertThat(e.problem()).contains(fragment);
          assertThat(e.getMessage()).isEqualTo(path + ":" + line + ":" + column + ": " + e.problem());
        });
  }

  @Test
  void corpusHoldsAtLeastTwentyFilesAndEachIsTested() throws IOException {
    try (Stream<Path> files = Files.list(corpus("empty.yaml").getParent())) {
      assertThat(files.filter(p -> p.toString().endsWith(".yaml")).count()).isGreaterThanOrEqualTo(20)
          .isEqualTo(44);
    }
  }

  @Test
  void missingFileIsReportedAsAPolicyFileException() {
    Path missing = Path.of("no-such-policy.yaml");
    assertThatThrownBy(() -> PolicyBook.empty().withFile(missing))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("no-such-policy.yaml:0:0: policy file does not exist");
  }
}
