package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Light fuzzing of the units reader: generated bad rows raise only the documented exception. */
class CsvInputPropertiesTest {

  @TempDir
  Path dir;

  /** Field text from a small alphabet rich in CSV and number trouble. */
  private static Gen<String> fields() {
    Gen<Character> chars = Generate.pick(List.of('0', '1', '9', '-', '.', ',', '"', ' ', 'a', 'Z', '#', '\t', '中',
        'e', '+', '\u00a0'));
    return SourceDSL.lists().of(chars).ofSizeBetween(0, 25).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  @Test
  void badRowsRaiseOnlyInputFileExceptionNamingFileAndLine() {
    qt().forAll(SourceDSL.lists().of(fields()).ofSizeBetween(1, 6), Generate.range(0, 3)).checkAssert((rows, at) -> {
      StringBuilder text = new StringBuilder("code,weight,floor,cap\nGOOD,1,,\n");
      for (String r : rows) {
        text.append(r).append('\n');
      }
      Path p = dir.resolve("units.csv");
      try {
        Files.writeString(p, text.toString(), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Throwable t = catchThrowable(() -> QuotaCommand.read(p));
      if (t != null) {
        assertThat(t).isInstanceOf(InputFileException.class);
        assertThat(t.getMessage()).startsWith(p + ":");
        InputFileException e = (InputFileException) t;
        assertThat(e.line()).isBetween(3, 2 + rows.size());
      }
    });
  }

  @Test
  void wellFormedRowsRoundTrip() {
    qt().forAll(Generate.range(0, 1_000_000), Generate.range(0, 50), Generate.range(0, 50)).checkAssert(
        (weight, a, b) -> {
          int floor = Math.min(a, b);
          int cap = Math.max(a, b);
          Path p = dir.resolve("ok.csv");
          try {
            Files.writeString(p, "code,weight,floor,cap\n\"U,1\"," + weight + "," + floor + "," + cap + "\n");
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          QuotaCommand.Unit u = QuotaCommand.read(p).get(0);
          assertThat(u.unit().key().toString()).isEqualTo("U,1");
          assertThat(u.unit().weight()).isEqualTo((long) weight);
          assertThat(u.unit().floor()).isEqualTo(floor);
          assertThat(u.unit().cap().getAsInt()).isEqualTo(cap);
        });
  }
}
