package org.zhengbing.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

  private static CsvFile csv(String text, String... columns) {
    return CsvFile.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", columns);
  }

  private static CsvFile csv(byte[] bytes, String... columns) {
    return CsvFile.of(new ByteArrayInputStream(bytes), "t.csv", columns);
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndQuotedFieldsKeepCommasAndQuotes() {
    try (CsvFile c = csv("\uFEFFweight,code\n7,\"A,1\"\n\n\"8\",\"say \"\"hi\"\"\"\n", "code", "weight")) {
      List<String> seen = new ArrayList<>();
      while (c.next()) {
        seen.add(c.line() + ":" + c.get(0) + "=" + c.getLong(1, 0, 10));
      }
      c.finish();
      // the blank line 3 is skipped; line numbers are the file's
      assertThat(seen).containsExactly("2:A,1=7", "4:say \"hi\"=8");
      assertThat(c.name()).isEqualTo("t.csv");
      assertThat(c.problemCount()).isZero();
      assertThat(c.toString()).isEqualTo("CsvFile[t.csv, columns [code, weight]]");
    }
  }

  @Test
  void everyBadRowIsReportedWithLineColumnAndValueThenOneException() {
    try (CsvFile c = csv("code,weight\nA,1\nB,x\nC\nD,-4\nE,2,9\n", "code", "weight")) {
      long sum = 0;
      while (c.next()) {
        long w = c.getLong(1, 0, 100);
        sum += w < 0 ? 0 : w;
      }
      // only A's weight 1 is good; B, C, D and E are all reported
      assertThat(sum).isEqualTo(1);
      assertThat(c.problemCount()).isEqualTo(4);
      assertThatThrownBy(c::finish).isInstanceOfSatisfying(CsvFileException.class, e -> {
        assertThat(e.count()).isEqualTo(4);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.problems()).extracting(MalformedFileException::getMessage).containsExactly(
            "t.csv:3:2: weight 'x' must be a whole number from 0 to 100",
            "t.csv:4:0: row must have 2 fields, but had 1: C",
            "t.csv:5:2: weight '-4' must be a whole number from 0 to 100",
            "t.csv:6:0: row must have 2 fields, but had 3: E,2,9");
      }).hasMessageStartingWith("t.csv:3:2: weight 'x' must be a whole number from 0 to 100 (and 3 more bad rows)"
          + System.lineSeparator() + "t.csv:4:0: row must have 2 fields");
    }
  }

  @Test
  void beyondTheLimitBadRowsAreCountedNotListed() {
    StringBuilder s = new StringBuilder("code\n");
    for (int i = 0; i < CsvFile.MAX_REPORTED + 5; i++) {
      s.append("x").append(i).append('\n');
    }
    try (CsvFile c = csv(s.toString(), "code")) {
      while (c.next()) {
        c.rejectRow("bad " + c.get(0));
      }
      // 25 bad rows: 20 listed, 5 counted
      assertThatThrownBy(c::finish).isInstanceOfSatisfying(CsvFileException.class, e -> {
        assertThat(e.count()).isEqualTo(25);
        assertThat(e.problems()).hasSize(20);
      }).hasMessageEndingWith("... and 5 more bad rows not listed");
    }
  }

  @Test
  void oneBadRowIsNamedSingular() {
    try (CsvFile c = csv("code\na\nb\n", "code")) {
      while (c.next()) {
        c.reject(0, "is wrong");
      }
      assertThatThrownBy(c::finish).hasMessage("t.csv:2:1: code 'a' is wrong (and 1 more bad row)"
          + System.lineSeparator() + "t.csv:3:1: code 'b' is wrong");
    }
  }

  @Test
  void theHeaderMustNameExactlyTheColumns() {
    assertThatThrownBy(() -> csv("code,weight,extra\n", "code", "weight")).isInstanceOf(MalformedFileException.class)
        .hasMessage("t.csv:1:1: header must name the columns code,weight (in any order, each once), but was "
            + "'code,weight,extra'");
    assertThatThrownBy(() -> csv("code,code\n", "code", "weight"))
        .hasMessage("t.csv:1:1: header must name the columns code,weight (in any order, each once), but was 'code,code'");
    assertThatThrownBy(() -> csv("code,name\n", "code", "weight"))
        .hasMessage("t.csv:1:1: header must name the columns code,weight (in any order, each once), but was 'code,name'");
    assertThatThrownBy(() -> csv("", "code"))
        .hasMessage("t.csv:1:0: a header naming the columns code must come first, but the file is empty");
  }

  @Test
  void invalidUtf8IsReportedWithItsLineAndByte() {
    byte[] good = "code\nA\nB\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    bad[7] = (byte) 0xFF; // the B of line 3
    // the reader decodes ahead, so a short file fails as it is opened
    assertThatThrownBy(() -> {
      try (CsvFile c = csv(bad, "code")) {
        while (c.next()) {
          c.get(0);
        }
      }
    }).isInstanceOf(MalformedFileException.class)
        .hasMessage("t.csv:3:0: text must be UTF-8, but byte 0xFF is not valid UTF-8 here");
    // a multi-byte character cut short at the end of the file
    byte[] cut = {'c', 'o', 'd', 'e', '\n', (byte) 0xE5, (byte) 0x87};
    assertThatThrownBy(() -> {
      try (CsvFile c = csv(cut, "code")) {
        c.next();
      }
    }).hasMessage("t.csv:2:0: text must be UTF-8, but byte 0xE5 is not valid UTF-8 here");
  }

  @Test
  void aFieldOverTheLimitStopsTheReadBeforeItIsHeld() {
    String huge = "x".repeat(CsvFile.MAX_FIELD_CHARS + 1);
    try (CsvFile c = csv("code\nA\n" + huge + "\n", "code")) {
      assertThat(c.next()).isTrue();
      assertThatThrownBy(c::next).isInstanceOf(MalformedFileException.class)
          .hasMessageStartingWith("t.csv:3:0: malformed CSV: ");
    }
    // values are shown escaped and cut in messages
    try (CsvFile c = csv("code\n\"" + "y".repeat(100) + "\ny\"\n", "code")) {
      c.next();
      c.reject(0, "is long");
      assertThatThrownBy(c::finish).hasMessage("t.csv:2:1: code '" + "y".repeat(77) + "...' is long");
    }
    try (CsvFile c = csv("code\n\"a\r\nb\"\n", "code")) {
      c.next();
      c.reject(0, "has a break");
      assertThatThrownBy(c::finish).hasMessage("t.csv:2:1: code 'a\\r\\nb' has a break");
    }
  }

  @Test
  void filesAreReadPlainOrCompressedAndAMissingFileIsAnIoError(@TempDir Path dir) throws IOException {
    Path plain = dir.resolve("a.csv");
    Files.writeString(plain, "code\n几江\n", StandardCharsets.UTF_8);
    Path gz = dir.resolve("a.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("code\n几江\n".getBytes(StandardCharsets.UTF_8));
    }
    for (Path p : List.of(plain, gz)) {
      try (CsvFile c = CsvFile.open(p, "code")) {
        assertThat(c.next()).isTrue();
        assertThat(c.get(0)).isEqualTo("几江");
        assertThat(c.next()).isFalse();
        assertThat(c.name()).isEqualTo(p.toString());
      }
    }
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> CsvFile.open(missing, "code")).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read " + missing + ": it does not exist");
  }

  @Test
  void aLargeFileStreamsAcrossBufferRefillsWithExactLineNumbers() {
    // 200,000 rows of 3-byte characters cross many 64 KiB buffers; the bad byte sits on the last line
    StringBuilder s = new StringBuilder("code\n");
    for (int i = 0; i < 200_000; i++) {
      s.append("江").append(i).append('\n');
    }
    byte[] b = (s + "Z\n").getBytes(StandardCharsets.UTF_8);
    b[b.length - 2] = (byte) 0x80;
    int[] rows = {0};
    assertThatThrownBy(() -> {
      try (CsvFile c = csv(b, "code")) {
        while (c.next()) {
          rows[0]++;
        }
      }
    }).isInstanceOfSatisfying(MalformedFileException.class,
        // header is line 1, the rows are lines 2..200,001, the bad one line 200,002
        e -> assertThat(e.line()).isEqualTo(200_002));
    // the rows before the last buffer were read first: streaming, not a whole-file read
    assertThat(rows[0]).isBetween(150_000, 200_000);
  }
}
