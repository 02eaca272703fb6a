package org.zhengbing.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The located YAML tree under the policy reader: which characters a document may hold (YAML 1.1's printable set,
 * checked at each end of each range), node kinds and positions, and the one-line syntax messages.
 */
class YamlTreeTest {

  private static YamlTree.Scalar quoted(int codePoint) {
    String text = "k: \"a" + new String(Character.toChars(codePoint)) + "b\"\n";
    YamlTree.MapNode root = (YamlTree.MapNode) YamlTree.read(text);
    return (YamlTree.Scalar) root.get("k");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0009", "0020", "007E", "00A0", "D7FF", "E000", "FFFD", "10000", "10FFFF", "4E2D"})
  void printableCharactersAtTheEndsOfTheRangesAreRead(String hex) {
    int c = Integer.parseInt(hex, 16);
    assertThat(quoted(c).text()).isEqualTo("a" + new String(Character.toChars(c)) + "b");
  }

  @Test
  void nextLineIsAllowed() {
    // NEL is a line break in YAML 1.1: allowed, and folded inside a quoted scalar
    assertThat(quoted(0x85).text()).startsWith("a").endsWith("b");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0008", "000B", "001F", "007F", "0080", "0084", "0086", "009F", "FFFE", "FFFF",
      "D800", "DFFF"})
  void otherCharactersAreRejectedWhereTheyStand(String hex) {
    int c = Integer.parseInt(hex, 16);
    // "k: "a" then the character, in column 6 of line 2
    String text = "x: 1\nk: \"a" + (char) c + "b\"\n";
    assertThatThrownBy(() -> YamlTree.read(text))
        .isInstanceOfSatisfying(YamlTree.Problem.class, p -> {
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.column()).isEqualTo(6);
        })
        .hasMessage("text must hold only characters YAML allows, but has U+" + hex
            + " (write it escaped in a double-quoted string)");
  }

  @Test
  void nodesKnowTheirKindAndPlace() {
    YamlTree.MapNode root = (YamlTree.MapNode) YamlTree.read("m: {a: 1}\nl: [x]\nn: ~\nb: true\nf: 2.5\ns: text\n");
    assertThat(root.describe()).isEqualTo("a mapping");
    assertThat(root.get("l").describe()).isEqualTo("a list");
    assertThat(root.get("n").describe()).isEqualTo("an empty value");
    assertThat(root.get("b").describe()).isEqualTo("the boolean true");
    assertThat(root.get("f").describe()).isEqualTo("the number 2.5");
    assertThat(root.get("s").describe()).isEqualTo("the text 'text'");
    assertThat(((YamlTree.Scalar) root.get("f")).kind()).isEqualTo(YamlTree.ScalarKind.FLOAT);
    assertThat(((YamlTree.ListNode) root.get("l")).items()).hasSize(1);
    assertThat(root.get("missing")).isNull();
    YamlTree.Node l = root.get("l");
    assertThat(l.line()).isEqualTo(2);
    assertThat(l.column()).isEqualTo(4);
    assertThat(l.problem("bad").line()).isEqualTo(2);
    assertThat(l.problem("bad").column()).isEqualTo(4);
    assertThat(l.problem("bad")).hasMessage("bad");
    YamlTree.Key key = root.key("f");
    assertThat(key.text()).isEqualTo("f");
    assertThat(key.problem("bad key").line()).isEqualTo(5);
    assertThat(key.problem("bad key").column()).isEqualTo(1);
  }

  @Test
  void syntaxErrorsAreReportedOnOneLine() {
    // SnakeYAML's own message runs over several lines, with a snippet of the document
    assertThatThrownBy(() -> YamlTree.read("a: b: c\n"))
        .isInstanceOfSatisfying(YamlTree.Problem.class, p -> {
          assertThat(p.getMessage()).isEqualTo("YAML syntax: mapping values are not allowed here");
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.column()).isEqualTo(5);
        });
  }

  @Test
  void emptyBytesAndAByteOrderMarkAloneAreEmptyDocuments() throws Exception {
    for (byte[] bytes : new byte[][] {new byte[0], {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
      assertThatThrownBy(() -> YamlTree.read(new ByteArrayInputStream(bytes)))
          .isInstanceOf(YamlTree.Problem.class)
          .hasMessage("document must not be empty");
    }
    YamlTree.MapNode root = (YamlTree.MapNode) YamlTree.read(new ByteArrayInputStream(
        "\uFEFFk: v\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(root.values()).containsOnlyKeys("k");
  }

  @Test
  void invalidUtf8IsLocatedByLineAndCharacter() {
    // line 2 is "ab" then the bad byte: column 3; the offset counts bytes from the start
    byte[] bytes = {'x', ':', ' ', '1', '\n', 'a', 'b', (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> YamlTree.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(YamlTree.Problem.class, p -> {
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.column()).isEqualTo(3);
        })
        .hasMessage("text must be UTF-8, but byte 0xFF at offset 7 is not valid UTF-8");
  }

  @Test
  void abbreviateKeepsShortTextsAndCutsLongOnes() {
    String forty = "x".repeat(40);
    assertThat(YamlTree.abbreviate(forty)).isEqualTo(forty);
    assertThat(YamlTree.abbreviate(forty + "y")).isEqualTo("x".repeat(32) + "...(41 characters)");
  }

  @Test
  void singleLineMessagesAreKeptWhole() {
    // Jackson's own message has no line break: the whole of it is the problem
    assertThatThrownBy(() -> YamlTree.read("? [a]\n: b\n"))
        .isInstanceOf(YamlTree.Problem.class)
        .hasMessage("YAML syntax: Expected a field name (Scalar value in YAML), got this instead: "
            + "<org.yaml.snakeyaml.events.SequenceStartEvent(anchor=null, tag=null, implicit=true)>");
  }

  @Test
  void aLeadingByteOrderMarkTakesNoColumn() {
    // the bell is the fourth character after the mark: column 4
    byte[] bytes = "\uFEFFk: \u0007\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> YamlTree.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(YamlTree.Problem.class, p -> {
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.column()).isEqualTo(4);
        });
  }
}
