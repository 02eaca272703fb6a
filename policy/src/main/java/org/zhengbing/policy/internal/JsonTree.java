package org.zhengbing.policy.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;

/**
 * Strict reading and deterministic writing of JSON trees (Jackson's tree API), shared by the profile and result
 * codecs. Not part of the API: Jackson types never leave the {@code internal} package's callers.
 *
 * <p>Reading rejects duplicate keys, unknown fields (through {@link Obj#checkFields}), wrong node types and
 * numbers with more precision than the field allows, each with a {@link Problem} naming the field's path. Memory
 * stays bounded: nesting depth, number, text, field-name and document lengths are limited (the constants below),
 * and a document past a limit is rejected as malformed, naming the limit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonTree {

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The most characters in a number. */
  public static final int MAX_NUMBER_LENGTH = 40;
  /** The most characters in a text value. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The most characters in a field name. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The most characters in a document: about 100,000 profiles in a list. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH).maxDocumentLength(MAX_DOCUMENT_LENGTH).build());
  }

  private JsonTree() {}

  /** A JSON input problem at a path, such as {@code academicYears[1].tuitionPaid}. */
  public static final class Problem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The path of the offending field. */
    private final String path;

    /**
     * Creates a problem.
     *
     * @param path  the path, {@code $} for the document, not null
     * @param message  the message, not null
     */
    public Problem(String path, String message) {
      super(message);
      this.path = path;
    }

    /**
     * Returns the path of the offending field.
     *
     * @return the path, never null
     */
    public String path() {
      return path;
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param text  the text, not null
   * @return the root node, never null
   * @throws Problem if the text is not well-formed JSON or repeats a key
   */
  public static JsonNode parse(String text) {
    checkNotNull(text, "text");
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new Problem("$", "JSON text must hold a value, but was empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Problem("$", "JSON text must be well-formed, but was not: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr()));
    }
  }

  /**
   * Writes a tree as compact JSON text; object fields keep their insertion order, so equal trees built the same
   * way give the same text.
   *
   * @param node  the tree, not null
   * @return the text, never null
   */
  public static String write(JsonNode node) {
    checkNotNull(node, "node");
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * Returns a new empty object node.
   *
   * @return the node, never null
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Returns a new empty array node.
   *
   * @return the node, never null
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Writes an amount as its decimal text in yuan with two places, such as {@code "9300.00"}.
   *
   * @param amount  the amount, not null
   * @return the text, never null
   */
  public static String money(Money amount) {
    return amount.getAmount().toPlainString();
  }

  /**
   * Views a node as an object.
   *
   * @param node  the node, not null
   * @param path  its path, not null
   * @return the view, never null
   * @throws Problem if the node is not an object
   */
  public static Obj obj(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new Problem(path, label(path) + " must be a JSON object, but was " + describe(node));
    }
    return new Obj((ObjectNode) node, path);
  }

  /**
   * Checks that a node is an array.
   *
   * @param node  the node, not null
   * @param path  its path, not null
   * @return the array, never null
   * @throws Problem if the node is not an array
   */
  public static ArrayNode arr(JsonNode node, String path) {
    if (!node.isArray()) {
      throw new Problem(path, label(path) + " must be a JSON array, but was " + describe(node));
    }
    return (ArrayNode) node;
  }

  static String label(String path) {
    return "$".equals(path) ? "the JSON document" : path;
  }

  static String describe(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "the text '" + node.textValue() + "'";
    }
    if (node.isNumber()) {
      return "the number " + node.numberValue();
    }
    if (node.isBoolean()) {
      return "the value " + node.booleanValue();
    }
    return node.isArray() ? "an array" : "an object";
  }

  /** A strict view of a JSON object at a path. */
  public static final class Obj {
    private final ObjectNode node;
    private final String path;

    Obj(ObjectNode node, String path) {
      this.node = node;
      this.path = path;
    }

    /**
     * Returns the path of a field of this object.
     *
     * @param name  the field name, not null
     * @return the path, never null
     */
    public String at(String name) {
      return "$".equals(path) ? name : path + "." + name;
    }

    /**
     * Rejects any field not in a set.
     *
     * @param allowed  the allowed names, not null
     * @throws Problem naming the first unknown field
     */
    public void checkFields(Set<String> allowed) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!allowed.contains(n)) {
          throw new Problem(at(n), "unknown field '" + at(n) + "' (allowed: " + String.join(", ",
              new TreeSet<>(allowed)) + ")");
        }
      }
    }

    /**
     * Returns a field's node, if present and not null.
     *
     * @param name  the field name, not null
     * @return the node, if present
     */
    public Optional<JsonNode> opt(String name) {
      JsonNode n = node.get(name);
      return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    /**
     * Returns a field's node.
     *
     * @param name  the field name, not null
     * @return the node, never null
     * @throws Problem if the field is missing or null
     */
    public JsonNode req(String name) {
      return opt(name).orElseThrow(() -> new Problem(at(name), at(name) + " is required, but is missing"));
    }

    /**
     * Returns a text field.
     *
     * @param name  the field name, not null
     * @return the text, never null
     * @throws Problem if the field is missing or not text
     */
    public String text(String name) {
      return JsonTree.text(req(name), at(name));
    }

    /**
     * Returns an optional text field.
     *
     * @param name  the field name, not null
     * @return the text, if present
     * @throws Problem if the field is present but not text
     */
    public Optional<String> optText(String name) {
      return opt(name).map(n -> JsonTree.text(n, at(name)));
    }

    /**
     * Returns a whole-number field.
     *
     * @param name  the field name, not null
     * @return the number
     * @throws Problem if the field is missing or not a whole number in int range
     */
    public int integer(String name) {
      return JsonTree.integer(req(name), at(name));
    }

    /**
     * Returns a long field.
     *
     * @param name  the field name, not null
     * @return the number
     * @throws Problem if the field is missing or not a whole number in long range
     */
    public long longValue(String name) {
      JsonNode n = req(name);
      if (!n.isIntegralNumber() || !n.canConvertToLong()) {
        throw new Problem(at(name), at(name) + " must be a whole number, but was " + describe(n));
      }
      return n.longValue();
    }

    /**
     * Returns a yes-or-no field.
     *
     * @param name  the field name, not null
     * @return the flag
     * @throws Problem if the field is missing or not a boolean
     */
    public boolean bool(String name) {
      JsonNode n = req(name);
      if (!n.isBoolean()) {
        throw new Problem(at(name), at(name) + " must be true or false, but was " + describe(n));
      }
      return n.booleanValue();
    }

    /**
     * Returns a date field written as {@code 2024-09-01}.
     *
     * @param name  the field name, not null
     * @return the date, never null
     * @throws Problem if the field is missing or not such a date
     */
    public LocalDate date(String name) {
      return JsonTree.date(req(name), at(name));
    }

    /**
     * Returns an amount field, written as a decimal text or number of yuan with at most 2 decimal places.
     *
     * @param name  the field name, not null
     * @return the amount, never null
     * @throws Problem if the field is missing or not such an amount
     */
    public Money money(String name) {
      return JsonTree.money(req(name), at(name));
    }

    /**
     * Returns an exact decimal field, written as a decimal text or number.
     *
     * @param name  the field name, not null
     * @return the number, never null
     * @throws Problem if the field is missing or not a decimal
     */
    public BigDecimal decimal(String name) {
      return JsonTree.decimal(req(name), at(name));
    }

    /**
     * Returns an array field.
     *
     * @param name  the field name, not null
     * @return the array, never null
     * @throws Problem if the field is missing or not an array
     */
    public ArrayNode array(String name) {
      return arr(req(name), at(name));
    }

    /**
     * Returns an object field.
     *
     * @param name  the field name, not null
     * @return the object view, never null
     * @throws Problem if the field is missing or not an object
     */
    public Obj object(String name) {
      return obj(req(name), at(name));
    }
  }

  /**
   * Reads a text node.
   *
   * @param n  the node, not null
   * @param path  its path, not null
   * @return the text, never null
   * @throws Problem if the node is not text
   */
  public static String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw new Problem(path, path + " must be a text, but was " + describe(n));
    }
    return n.textValue();
  }

  /**
   * Reads a whole-number node in int range.
   *
   * @param n  the node, not null
   * @param path  its path, not null
   * @return the number
   * @throws Problem if the node is not such a number
   */
  public static int integer(JsonNode n, String path) {
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new Problem(path, path + " must be a whole number, but was " + describe(n));
    }
    return n.intValue();
  }

  /**
   * Reads a date node written as {@code 2024-09-01}.
   *
   * @param n  the node, not null
   * @param path  its path, not null
   * @return the date, never null
   * @throws Problem if the node is not such a date
   */
  public static LocalDate date(JsonNode n, String path) {
    String t = text(n, path);
    if (!t.matches("\\d{4}-\\d\\d-\\d\\d")) {
      throw new Problem(path, path + " must be a date such as 2024-09-01, but was '" + t + "'");
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new Problem(path, path + " must be a real calendar date, but was '" + t + "'");
    }
  }

  /**
   * Reads a decimal node, written as a decimal text or a number.
   *
   * @param n  the node, not null
   * @param path  its path, not null
   * @return the number, never null
   * @throws Problem if the node is not a decimal
   */
  public static BigDecimal decimal(JsonNode n, String path) {
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual() && n.textValue().trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
      return new BigDecimal(n.textValue().trim());
    }
    throw new Problem(path, path + " must be a decimal number such as 2.5, but was " + describe(n));
  }

  /**
   * Reads an amount node, written as a decimal text or number of yuan with at most 2 decimal places.
   *
   * @param n  the node, not null
   * @param path  its path, not null
   * @return the amount, never null
   * @throws Problem if the node is not such an amount
   */
  public static Money money(JsonNode n, String path) {
    BigDecimal v;
    try {
      v = decimal(n, path);
    } catch (Problem p) {
      throw new Problem(path, path + " must be an amount of yuan such as \"9300.00\", but was " + describe(n));
    }
    if (v.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
      throw new Problem(path, path + " must be at most 1000000000000 yuan in size, but was " + v.toPlainString());
    }
    try {
      return Cny.of(v);
    } catch (IllegalArgumentException e) {
      throw new Problem(path, path + " must be an amount in yuan with at most 2 decimal places, but was "
          + v.toPlainString());
    }
  }
}
