package org.zhengbing.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhengbing.core.param.PolicyFileException;
import org.zhengbing.core.region.DivisionFileException;

class MalformedFileExceptionTest {

  @Test
  void messageIsFileLineColumnProblem() {
    MalformedFileException e = new MalformedFileException("units.csv", 7, 2, "weight must be >= 0, but was -3");
    assertThat(e).hasMessage("units.csv:7:2: weight must be >= 0, but was -3");
    assertThat(e.file()).isEqualTo("units.csv");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("weight must be >= 0, but was -3");
  }

  @Test
  void loaderExceptionsShareTheBase() {
    assertThat(new PolicyFileException("a.yaml", 3, 5, "bad")).isInstanceOf(MalformedFileException.class)
        .hasMessage("a.yaml:3:5: bad");
    assertThat(new DivisionFileException("towns.csv", 9, 0, "bad code '12'")).isInstanceOf(MalformedFileException.class)
        .hasMessage("towns.csv:9:0: bad code '12'");
  }

  @Test
  void rejectsNegativePositions() {
    assertThatThrownBy(() -> new MalformedFileException("f", -1, 0, "p"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("line must be >= 0, but was -1");
    assertThatThrownBy(() -> new MalformedFileException("f", 0, -2, "p"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("column must be >= 0, but was -2");
  }
}
