package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the writer quotes text: YAML's double-quoted style, escaping exactly what YAML does not allow as it is
 * (controls, DEL, the C1 block, line and paragraph separators, the byte-order mark, U+FFFE, U+FFFF and unpaired
 * surrogates), and each range checked at both ends.
 */
class PolicyWriterTest {

  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0000 | \\u0000
      001F | \\u001F
      0020 | ' '
      007E | ~
      007F | \\u007F
      0080 | \\u0080
      009F | \\u009F
      00A0 | '\u00a0'
      2027 | '\u2027'
      2028 | \\u2028
      2029 | \\u2029
      202A | '\u202a'
      FEFF | \\uFEFF
      FFFD | '\ufffd'
      FFFE | \\uFFFE
      FFFF | \\uFFFF
      """)
  void charactersAreEscapedExactlyWhenYamlRequiresIt(String hex, String written) {
    char c = (char) Integer.parseInt(hex, 16);
    assertThat(PolicyWriter.quote("a" + c + "b")).isEqualTo("\"a" + written + "b\"");
  }

  @Test
  void quotesBackslashesAndLineBreaksAreEscaped() {
    assertThat(PolicyWriter.quote("say \"hi\"\\\n\t")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\"");
    assertThat(PolicyWriter.quote("")).isEqualTo("\"\"");
  }

  @Test
  void surrogatesAreKeptInPairsAndEscapedAlone() {
    String smile = "\ud83d\ude00";
    assertThat(PolicyWriter.quote(smile)).isEqualTo("\"" + smile + "\"");
    assertThat(PolicyWriter.quote("x" + smile + "y")).isEqualTo("\"x" + smile + "y\"");
    // a low surrogate first, a high one last, and each alone in the middle
    assertThat(PolicyWriter.quote("\ude00x")).isEqualTo("\"\\uDE00x\"");
    assertThat(PolicyWriter.quote("x\ud83d")).isEqualTo("\"x\\uD83D\"");
    assertThat(PolicyWriter.quote("a\ud83db")).isEqualTo("\"a\\uD83Db\"");
    assertThat(PolicyWriter.quote("a\ude00b")).isEqualTo("\"a\\uDE00b\"");
    // two high surrogates: the first has no low partner
    assertThat(PolicyWriter.quote("\ud83d" + smile)).isEqualTo("\"\\uD83D" + smile + "\"");
  }

  @Test
  void aDefinitionWithoutValuesIsWrittenAsAnEmptyList() {
    PolicyBook book = PolicyBook.empty().withYaml("""
        format: zhengbing-policy/1
        region: national
        parameters:
          t.count:
            type: integer
            label: {zh: 数, en: count}
            values: []
        """, "none.yaml");
    assertThat(PolicyWriter.write(book)).isEqualTo("""
        format: zhengbing-policy/1
        region: national
        parameters:
          t.count:
            type: "integer"
            label: {zh: "数", en: "count"}
            values: []
        """);
    assertThat(PolicyReader.read(PolicyWriter.write(book), "again.yaml", PolicyBook.empty())).isEqualTo(book);
    assertThat(book.entries("t.count")).isEmpty();
  }
}
