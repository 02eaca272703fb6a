package org.zhengbing.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader: RFC 4180 fields on one line each, with 1-based line numbers and columns in errors. */
class CsvTest {

  private static List<Csv.Row> rows(String text) {
    Csv csv = new Csv(new BufferedReader(new StringReader(text)));
    List<Csv.Row> out = new ArrayList<>();
    for (Csv.Row r = csv.next(); r != null; r = csv.next()) {
      out.add(r);
    }
    return out;
  }

  @Test
  void fieldsMayBeQuotedEmptyOrHoldCommasAndQuotes() {
    List<Csv.Row> rows = rows("a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\n\"\",x\n");
    assertThat(rows.get(0).fields()).containsExactly("a", "b,c", "say \"hi\"", "", "");
    assertThat(rows.get(0).line()).isEqualTo(1);
    assertThat(rows.get(0).size()).isEqualTo(5);
    assertThat(rows.get(0).get(2)).isEqualTo("say \"hi\"");
    assertThat(rows.get(1).fields()).containsExactly("", "x");
  }

  @Test
  void trailingCommaMakesAnEmptyLastField() {
    assertThat(rows("a,b,\n").get(0).fields()).containsExactly("a", "b", "");
    assertThat(rows("\"a\",\n").get(0).fields()).containsExactly("a", "");
  }

  @Test
  void blankLinesAreSkippedAndCounted() {
    List<Csv.Row> rows = rows("\na\n  \n\nb\n");
    assertThat(rows).extracting(Csv.Row::line).containsExactly(2, 5);
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("a", "b");
  }

  @Test
  void aByteOrderMarkIsDroppedFromTheFirstLineOnly() {
    List<Csv.Row> rows = rows("\uFEFFcode,name\n\uFEFFx,y\n");
    assertThat(rows.get(0).fields()).containsExactly("code", "name");
    assertThat(rows.get(1).fields()).containsExactly("\uFEFFx", "y");
    // a first line that is only a mark is blank, and skipped
    assertThat(rows("\uFEFF\na\n")).extracting(Csv.Row::line).containsExactly(2);
    assertThat(rows("")).isEmpty();
  }

  @Test
  void unterminatedQuoteIsReportedAtItsStart() {
    assertThatThrownBy(() -> rows("ok\nab,\"cd\n"))
        .isInstanceOfSatisfying(Csv.MalformedLineException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(4);
        })
        .hasMessage("unterminated quoted field");
    // a doubled quote at the very end does not close the field
    assertThatThrownBy(() -> rows("\"a\"\"\n")).isInstanceOfSatisfying(Csv.MalformedLineException.class,
        e -> assertThat(e.column()).isEqualTo(1));
  }

  @Test
  void textAfterAClosingQuoteIsReportedWhereItStarts() {
    assertThatThrownBy(() -> rows("\"ab\"c,d\n"))
        .isInstanceOfSatisfying(Csv.MalformedLineException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(5);
        })
        .hasMessage("unexpected text after a closing quote");
    assertThatThrownBy(() -> rows("x,\"a\"\"\"b\n"))
        .isInstanceOfSatisfying(Csv.MalformedLineException.class, e -> assertThat(e.column()).isEqualTo(8));
  }
}
