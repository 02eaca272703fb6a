package org.zhengbing.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML document into a tree whose every node knows its line and column, with hard limits on size,
 * nesting, node count, string and number length, and no anchors or aliases at all, so that hostile input fails
 * fast with a located message and memory stays bounded. Not an API.
 *
 * <p>The limits are checked here, as the tree is built: Jackson's {@code StreamReadConstraints} for string and
 * number length are not applied by its YAML parser to scalar text, and SnakeYAML's alias and nesting limits
 * belong to its composer, which Jackson does not use.
 */
public final class YamlTree {

  /** The largest document read, in bytes. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;
  /** The deepest nesting of maps and lists. */
  public static final int MAX_DEPTH = 32;
  /** The most nodes (mappings, lists and scalars, not counting keys) in a document. */
  public static final int MAX_NODES = 200_000;
  /** The longest scalar or key, in characters. */
  public static final int MAX_STRING_LENGTH = 64 * 1024;
  /** The longest number, in characters, whether written as a YAML number or as text to be read as one. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private YamlTree() {}

  /** A problem with its location; callers turn it into their own exception type. */
  public static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public Problem(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /** A node of the tree. */
  public abstract static class Node {
    private final int line;
    private final int column;

    Node(int line, int column) {
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    /** A short description of the node's kind, for messages. */
    public abstract String describe();

    public Problem problem(String message) {
      return new Problem(line, column, message);
    }
  }

  /** A key of a map, with its location. */
  public static final class Key {
    private final String text;
    private final int line;
    private final int column;

    Key(String text, int line, int column) {
      this.text = text;
      this.line = line;
      this.column = column;
    }

    public String text() {
      return text;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    public Problem problem(String message) {
      return new Problem(line, column, message);
    }
  }

  /** A mapping, in document order. */
  public static final class MapNode extends Node {
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final Map<String, Node> values = new LinkedHashMap<>();

    MapNode(int line, int column) {
      super(line, column);
    }

    public Map<String, Node> values() {
      return Collections.unmodifiableMap(values);
    }

    public Key key(String name) {
      return keys.get(name);
    }

    public @Nullable Node get(String name) {
      return values.get(name);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  public static final class ListNode extends Node {
    private final List<Node> items = new ArrayList<>();

    ListNode(int line, int column) {
      super(line, column);
    }

    public List<Node> items() {
      return Collections.unmodifiableList(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** The kind of a scalar as YAML resolved it. */
  public enum ScalarKind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

  /** A scalar, with its text exactly as written (numbers are not converted). */
  public static final class Scalar extends Node {
    private final String text;
    private final ScalarKind kind;

    Scalar(int line, int column, String text, ScalarKind kind) {
      super(line, column);
      this.text = text;
      this.kind = kind;
    }

    public String text() {
      return text;
    }

    public ScalarKind kind() {
      return kind;
    }

    @Override
    public String describe() {
      switch (kind) {
        case NULL:
          return "an empty value";
        case BOOLEAN:
          return "the boolean " + text;
        case INTEGER:
        case FLOAT:
          return "the number " + text;
        default:
          return "the text '" + text + "'";
      }
    }
  }

  private static final YAMLFactory FACTORY = createFactory();

  /**
   * A parser that also reports the anchor of a scalar value: Jackson's {@link YAMLParser#getObjectId()} gives the
   * anchor of a mapping, a list or a key, but not of a scalar value ({@code description: &x text}).
   */
  private static final class AnchorReportingParser extends YAMLParser {
    private @Nullable String scalarAnchor;

    AnchorReportingParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
        @Nullable ObjectCodec codec, Reader reader) {
      super(context, parserFeatures, formatFeatures, options, codec, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      scalarAnchor = scalar.getAnchor();
      return super._decodeScalar(scalar);
    }
  }

  /** Creates {@link AnchorReportingParser}s; YAML is only ever read here from text. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext context) throws IOException {
      return new AnchorReportingParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
          r);
    }
  }

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(true); // duplicates are reported by this reader, with their location
    options.setAllowRecursiveKeys(false);
    return new Factory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_BYTES)
            .build()));
  }

  /**
   * Reads a whole document from bytes, decoding UTF-8 strictly.
   *
   * @param in  the bytes, not closed here
   * @return the root node
   * @throws Problem for anything malformed, with its location
   * @throws IOException if the stream fails
   */
  public static Node read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new Problem(0, 0, "document must be at most " + MAX_BYTES + " bytes, but is larger");
    }
    return read(decode(bytes));
  }

  private static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult r = decoder.decode(buf, out, true);
    if (r.isError()) {
      int bad = buf.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String hex = String.format("0x%02X", bytes[bad] & 0xFF);
      throw new Problem(line, new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1,
          "text must be UTF-8, but byte " + hex + " at offset " + bad + " is not valid UTF-8");
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      throw new Problem(0, 0, "text must be UTF-8");
    }
    out.flip();
    String s = out.toString();
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /**
   * Reads a whole document from text.
   *
   * @param text  the YAML text
   * @return the root node
   * @throws Problem for anything malformed, with its location
   */
  public static Node read(String text) {
    requirePrintable(text);
    try (JsonParser p = FACTORY.createParser(new StringReader(text))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new Problem(1, 1, "document must not be empty");
      }
      Node root = new Builder(p).node(t, 0);
      JsonToken after = p.nextToken();
      if (after != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new Problem(l.getLineNr(), l.getColumnNr(), "a file must hold one YAML document, but holds more");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      // an unknown location is -1 in Jackson; report it as 0
      throw new Problem(l == null ? 0 : Math.max(0, l.getLineNr()), l == null ? 0 : Math.max(0, l.getColumnNr()),
          "YAML syntax: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new Problem(0, 0, "YAML could not be read: " + e.getMessage());
    } catch (Problem e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML's own limits (code points, aliases) and scanner errors surface as unchecked exceptions.
      throw new Problem(0, 0, "YAML syntax: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  /**
   * Rejects a character YAML does not allow in a document (C0 and C1 controls other than tab, line feed, carriage
   * return and NEL; surrogates that do not form a pair; U+FFFE and U+FFFF) with its line and column. SnakeYAML
   * rejects them too, but reports the position of its read buffer rather than of the character.
   */
  private static void requirePrintable(String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (!(c == 0x9 || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))) {
        throw new Problem(line, i - lineStart + 1, "text must hold only characters YAML allows, but has U+"
            + String.format(java.util.Locale.ROOT, "%04X", c) + " (write it escaped in a double-quoted string)");
      }
      i += Character.charCount(c);
    }
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "malformed document";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Builds the tree from the parser's tokens, counting nodes. */
  private static final class Builder {
    private final JsonParser p;
    private int nodes;

    Builder(JsonParser p) {
      this.p = p;
    }

    Node node(JsonToken t, int depth) throws IOException {
      JsonLocation l = p.currentTokenLocation();
      int line = l.getLineNr();
      int col = l.getColumnNr();
      rejectAnchorOrAlias(line, col);
      if (depth > MAX_DEPTH) {
        throw new Problem(line, col, "nesting must be at most " + MAX_DEPTH + " levels deep, but is deeper");
      }
      if (++nodes > MAX_NODES) {
        throw new Problem(line, col, "a document must have at most " + MAX_NODES + " values, but has more");
      }
      switch (t) {
        case START_OBJECT: {
          MapNode map = new MapNode(line, col);
          for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
            if (k != JsonToken.FIELD_NAME) {
              throw new Problem(line, col, "mapping keys must be plain text");
            }
            JsonLocation kl = p.currentTokenLocation();
            rejectAnchorOrAlias(kl.getLineNr(), kl.getColumnNr());
            String name = p.currentName();
            requireLength(name, kl.getLineNr(), kl.getColumnNr(), "a key");
            Key key = new Key(name, kl.getLineNr(), kl.getColumnNr());
            Node value = node(p.nextToken(), depth + 1);
            if (map.values.containsKey(name)) {
              Key first = map.keys.get(name);
              throw new Problem(key.line(), key.column(), "duplicate key '" + name + "' (first at line "
                  + first.line() + ", column " + first.column() + ")");
            }
            map.keys.put(name, key);
            map.values.put(name, value);
          }
          return map;
        }
        case START_ARRAY: {
          ListNode list = new ListNode(line, col);
          for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
            list.items.add(node(v, depth + 1));
          }
          return list;
        }
        case VALUE_STRING:
          return new Scalar(line, col, requireLength(p.getText(), line, col, "a text"), ScalarKind.STRING);
        case VALUE_NUMBER_INT:
          return new Scalar(line, col, requireNumberLength(p.getText(), line, col), ScalarKind.INTEGER);
        case VALUE_NUMBER_FLOAT:
          return new Scalar(line, col, requireNumberLength(p.getText(), line, col), ScalarKind.FLOAT);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return new Scalar(line, col, p.getText(), ScalarKind.BOOLEAN);
        case VALUE_NULL:
          return new Scalar(line, col, "", ScalarKind.NULL);
        default:
          throw new Problem(line, col, "unsupported YAML content: " + t);
      }
    }

    /** Rejects an alias, or an anchor on the current token (a mapping, a list, a scalar or a key). */
    private void rejectAnchorOrAlias(int line, int col) throws IOException {
      YAMLParser y = (YAMLParser) p;
      if (y.isCurrentAlias()) {
        throw new Problem(line, col, "aliases (*" + abbreviate(p.getText()) + ") are not allowed in policy files");
      }
      String anchor = y.getObjectId() == null ? null : String.valueOf(y.getObjectId());
      if (anchor == null && p.currentToken().isScalarValue()) {
        anchor = ((AnchorReportingParser) p).scalarAnchor;
      }
      if (anchor != null) {
        throw new Problem(line, col, "anchors (&" + abbreviate(anchor) + ") are not allowed in policy files");
      }
    }
  }

  private static String requireLength(String text, int line, int col, String what) {
    if (text.length() > MAX_STRING_LENGTH) {
      throw new Problem(line, col, what + " must be at most " + MAX_STRING_LENGTH + " characters long, but has "
          + text.length() + ": '" + abbreviate(text) + "'");
    }
    return text;
  }

  private static String requireNumberLength(String text, int line, int col) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new Problem(line, col, "a number must be at most " + MAX_NUMBER_LENGTH + " characters long, but has "
          + text.length() + ": " + abbreviate(text));
    }
    return text;
  }

  /** The start of a long text, for a message. */
  public static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 32) + "...(" + text.length() + " characters)";
  }
}
