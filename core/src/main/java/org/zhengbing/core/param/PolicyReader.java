package org.zhengbing.core.param;

import static org.zhengbing.core.time.ConscriptionTerm.FIRST_YEAR;
import static org.zhengbing.core.time.ConscriptionTerm.LAST_YEAR;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.CitationKind;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.internal.YamlTree;
import org.zhengbing.core.internal.YamlTree.ListNode;
import org.zhengbing.core.internal.YamlTree.MapNode;
import org.zhengbing.core.internal.YamlTree.Node;
import org.zhengbing.core.internal.YamlTree.Scalar;
import org.zhengbing.core.internal.YamlTree.ScalarKind;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;

/**
 * Reads policy files (YAML) into a {@link PolicyBook}, layered over a base store.
 *
 * <p>The schema is strict: unknown keys, duplicate keys, wrong types, values without a citation or confidence,
 * bad region codes, bad dates, undefined enumerations and overlapping effective ranges are each rejected with a
 * {@link PolicyFileException} naming the file, line and column. Aliases and anchors are not allowed; size,
 * nesting and number length are bounded. The format is described in docs/policy-files.md.
 *
 * <p>Each file or text read is logged at INFO (SLF4J logger {@code org.zhengbing.core.param.PolicyReader}) with
 * its name, the SHA-256 of its bytes and the number of values and parameter definitions it added, so that an
 * operator can tell which policy is in force; nothing from the values themselves is logged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyReader {

  private static final Set<String> TOP = Set.of("format", "region", "description", "sources", "enums",
      "parameters");
  private static final Set<String> CITATION = Set.of("document", "document_en", "kind", "issuer", "article",
      "articles", "date", "url", "note");
  private static final Set<String> ENUM = Set.of("label", "values");
  private static final Set<String> PARAMETER = Set.of("type", "unit", "label", "description", "region", "values");
  private static final Set<String> VALUE = Set.of("from", "to", "repealed", "region", "value", "confidence",
      "citation", "article", "note");
  private static final Set<String> TEXT = Set.of("zh", "en");

  private static final Logger LOG = LoggerFactory.getLogger(PolicyReader.class);

  private PolicyReader() {}

  /**
   * Reads a policy file over a base store.
   *
   * @param file  the file, not null
   * @param base  the store to layer over, not null
   * @return the new store, never null
   * @throws PolicyFileException if the file is malformed or conflicts with the base
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PolicyBook read(Path file, PolicyBook base) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), base);
    } catch (NoSuchFileException e) {
      throw new PolicyFileException(file.toString(), 0, 0, "policy file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy file " + file, e);
    }
  }

  /**
   * Reads policy YAML from a stream over a base store. The stream is not closed.
   *
   * @param in  the UTF-8 bytes, not null
   * @param name  the name used in messages, not null
   * @param base  the store to layer over, not null
   * @return the new store, never null
   * @throws PolicyFileException if the text is malformed or conflicts with the base
   * @throws UncheckedIOException if the stream fails
   */
  public static PolicyBook read(InputStream in, String name, PolicyBook base) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    checkNotNull(base, "base");
    DigestInputStream digesting = new DigestInputStream(in, sha256());
    Node root;
    try {
      root = YamlTree.read(digesting);
    } catch (YamlTree.Problem p) {
      throw new PolicyFileException(name, p.line(), p.column(), p.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy " + name, e);
    }
    PolicyBook book = new Session(name, base).read(root);
    if (LOG.isInfoEnabled()) {
      LOG.info(loadSummary(name, digesting.getMessageDigest().digest(), base, book));
    }
    return book;
  }

  /**
   * Describes a file read: what an operator needs to know which policy is in force, and nothing else.
   *
   * @param name  the file's name
   * @param sha256  the SHA-256 of the file's bytes
   * @param base  the store the file was read over
   * @param book  the store the file gave
   * @return such as {@code policy file loaded: a.yaml (sha256 9f86..., 3 values, 1 parameters defined)}
   */
  static String loadSummary(String name, byte[] sha256, PolicyBook base, PolicyBook book) {
    return "policy file loaded: " + name + " (sha256 " + HexFormat.of().formatHex(sha256) + ", "
        + (book.entries().size() - base.entries().size()) + " values, "
        + (book.definitions().size() - base.definitions().size()) + " parameters defined)";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads policy YAML text over a base store.
   *
   * @param yaml  the text, not null
   * @param name  the name used in messages, not null
   * @param base  the store to layer over, not null
   * @return the new store, never null
   * @throws PolicyFileException if the text is malformed or conflicts with the base
   */
  public static PolicyBook read(String yaml, String name, PolicyBook base) {
    checkNotNull(yaml, "yaml");
    return read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), name, base);
  }

  /** One reading of one file. */
  private static final class Session {
    private final String file;
    private final PolicyBook.Builder builder;
    private final Map<String, Citation> sources = new LinkedHashMap<>();
    /** The article texts bundled under each source, by article: a value naming an article takes its text. */
    private final Map<String, Map<String, String>> sourceArticles = new LinkedHashMap<>();
    private final Map<ParameterEntry, Node> locations = new IdentityHashMap<>();
    private final Map<String, ParameterDefinition> knownDefinitions = new LinkedHashMap<>();
    private final Map<String, EnumDomain> knownDomains = new LinkedHashMap<>();

    Session(String file, PolicyBook base) {
      this.file = file;
      this.builder = base.toBuilder();
      knownDefinitions.putAll(base.definitions());
      knownDomains.putAll(base.domains());
    }

    PolicyFileException error(int line, int column, String message) {
      return new PolicyFileException(file, line, column, message);
    }

    PolicyFileException error(Node node, String message) {
      return error(node.line(), node.column(), message);
    }

    PolicyFileException error(YamlTree.Key key, String message) {
      return error(key.line(), key.column(), message);
    }

    PolicyBook read(Node root) {
      MapNode top = map(root, "a policy file");
      checkKeys(top, TOP, "policy file");
      Node format = top.get("format");
      if (format != null && !text(format, "format").equals("zhengbing-policy/1")) {
        throw error(format, "format must be 'zhengbing-policy/1', but was '" + text(format, "format") + "'");
      }
      Node regionNode = require(top, "region", "policy file");
      RegionScope fileScope = scope(regionNode);
      Node src = top.get("sources");
      if (src != null) {
        for (Map.Entry<String, Node> e : map(src, "sources").values().entrySet()) {
          sources.put(e.getKey(), citation(e.getValue()));
          sourceArticles.put(e.getKey(), articles(e.getValue()));
        }
      }
      Node enums = top.get("enums");
      if (enums != null) {
        MapNode m = map(enums, "enums");
        for (Map.Entry<String, Node> e : m.values().entrySet()) {
          domain(m.key(e.getKey()), e.getValue());
        }
      }
      Node params = top.get("parameters");
      if (params != null) {
        MapNode m = map(params, "parameters");
        for (Map.Entry<String, Node> e : m.values().entrySet()) {
          parameter(m.key(e.getKey()), e.getValue(), fileScope);
        }
      }
      try {
        return builder.build();
      } catch (PolicyBook.OverlapException e) {
        // point at this file's value: the later one, or the earlier one when the later comes from a lower file
        Node at = locations.containsKey(e.later) ? locations.get(e.later) : locations.get(e.earlier);
        if (at == null) {
          throw error(0, 0, e.getMessage());
        }
        throw error(at, e.getMessage());
      }
    }

    void domain(YamlTree.Key key, Node node) {
      MapNode m = map(node, "enumeration '" + key.text() + "'");
      checkKeys(m, ENUM, "enumeration '" + key.text() + "'");
      LocalizedText label = localized(require(m, "label", "enumeration '" + key.text() + "'"), "label");
      MapNode values = map(require(m, "values", "enumeration '" + key.text() + "'"), "values");
      ImmutableMap.Builder<String, LocalizedText> constants = ImmutableMap.builder();
      for (Map.Entry<String, Node> c : values.values().entrySet()) {
        if (!c.getKey().matches("[a-z][a-z0-9_]*")) {
          throw error(values.key(c.getKey()), "enumeration constant must be lower case letters, digits and '_', "
              + "but was '" + c.getKey() + "'");
        }
        constants.put(c.getKey(), localized(c.getValue(), "label of " + c.getKey()));
      }
      if (!key.text().matches("[a-z][a-z0-9_]*")) {
        throw error(key, "enumeration name must be lower case letters, digits and '_', but was '" + key.text() + "'");
      }
      if (values.values().isEmpty()) {
        throw error(values, "enumeration '" + key.text() + "' must have at least one constant, but had none");
      }
      EnumDomain d = EnumDomain.builder().name(key.text()).label(label).putAllConstants(constants.build()).build();
      EnumDomain old = knownDomains.get(d.name());
      if (old != null && !old.equals(d)) {
        throw error(key, "enumeration '" + d.name() + "' must be defined once, but is already defined with "
            + "constants " + old.constants().keySet() + " and here differently");
      }
      knownDomains.put(d.name(), d);
      builder.domain(d);
    }

    void parameter(YamlTree.Key key, Node node, RegionScope fileScope) {
      String name = key.text();
      String what = "parameter '" + name + "'";
      try {
        ParameterKey.checkName(name);
      } catch (IllegalArgumentException e) {
        throw error(key, e.getMessage());
      }
      MapNode m = map(node, what);
      checkKeys(m, PARAMETER, what);
      ParameterDefinition def = definition(name, m, key);
      Node r = m.get("region");
      RegionScope paramScope = r == null ? fileScope : scope(r);
      ListNode values = list(require(m, "values", what), "values of " + name);
      for (Node v : values.items()) {
        value(def, map(v, "a value of " + name), paramScope);
      }
    }

    ParameterDefinition definition(String name, MapNode m, YamlTree.Key key) {
      ParameterDefinition known = knownDefinitions.get(name);
      Node typeNode = m.get("type");
      Node labelNode = m.get("label");
      Node unitNode = m.get("unit");
      Node descNode = m.get("description");
      if (known == null) {
        if (typeNode == null || labelNode == null) {
          throw error(key, "parameter '" + name + "' is not defined by an earlier policy file, so it must give "
              + "its 'type' and 'label' here, but " + (typeNode == null ? "'type'" : "'label'") + " is missing");
        }
        ParameterType type = type(typeNode);
        type.domain().ifPresent(d -> {
          if (!knownDomains.containsKey(d)) {
            throw error(typeNode, "enumeration '" + d + "' used by type " + type + " must be defined under "
                + "'enums', but is not");
          }
        });
        ParameterDefinition.Builder b = ParameterDefinition.builder().key(name).type(type)
            .label(localized(labelNode, "label"));
        if (unitNode != null) {
          b.unit(nonBlank(unitNode, "unit"));
        }
        if (descNode != null) {
          b.description(localized(descNode, "description"));
        }
        ParameterDefinition def = b.build();
        knownDefinitions.put(name, def);
        builder.define(def);
        return def;
      }
      if (typeNode != null && !type(typeNode).equals(known.type())) {
        throw error(typeNode, "parameter '" + name + "' is already defined with type " + known.type()
            + ", but this file gives type " + type(typeNode));
      }
      if (labelNode != null && !localized(labelNode, "label").equals(known.label())) {
        throw error(labelNode, "parameter '" + name + "' is already defined with label '" + known.label()
            + "', but this file gives a different label");
      }
      if (unitNode != null && !known.unit().equals(java.util.Optional.of(nonBlank(unitNode, "unit")))) {
        throw error(unitNode, "parameter '" + name + "' is already defined with unit "
            + known.unit().orElse("(none)") + ", but this file gives unit '" + text(unitNode, "unit") + "'");
      }
      if (descNode != null && !known.description().equals(java.util.Optional.of(localized(descNode, "d")))) {
        throw error(descNode, "parameter '" + name + "' is already defined with a different description");
      }
      return known;
    }

    void value(ParameterDefinition def, MapNode m, RegionScope paramScope) {
      String what = "a value of " + def.key();
      checkKeys(m, VALUE, what);
      Node fromNode = require(m, "from", what);
      LocalDate from = date(fromNode, "from");
      Node toNode = m.get("to");
      Node repealedNode = m.get("repealed");
      LocalDate until = null;
      if (toNode != null && repealedNode != null) {
        throw error(repealedNode, "a value may give 'to' (last day in force) or 'repealed' (first day no "
            + "longer in force), not both");
      }
      if (toNode != null) {
        LocalDate to = date(toNode, "to");
        if (to.isBefore(from)) {
          throw error(toNode, "'to' must not be before 'from' " + from + ", but was " + to);
        }
        until = to.plusDays(1);
      }
      if (repealedNode != null) {
        until = date(repealedNode, "repealed");
        if (!until.isAfter(from)) {
          throw error(repealedNode, "'repealed' must be after 'from' " + from + ", but was " + until);
        }
      }
      Node r = m.get("region");
      RegionScope scope = r == null ? paramScope : scope(r);
      Node valueNode = require(m, "value", what);
      Datum value = datum(def.type(), valueNode, def.key());
      Node confNode = require(m, "confidence", what);
      Confidence confidence = confidence(confNode);
      Node citNode = m.get("citation");
      if (citNode == null) {
        throw error(m, what + " must have a 'citation' (every value is cited), but has none");
      }
      Citation citation = citationRef(citNode);
      Node articleNode = m.get("article");
      if (articleNode != null) {
        citation = withArticle(citation, citNode, articleNode);
      }
      Node noteNode = m.get("note");
      if (noteNode != null) {
        String note = text(noteNode, "note");
        citation = citation.withNote(citation.note().map(n -> n + "; " + note).orElse(note));
      }
      Provenance.Builder p = Provenance.builder().key(def.key()).scope(scope).effectiveFrom(from)
          .citation(citation).confidence(confidence)
          .origin(file + ":" + fromNode.line() + ":" + fromNode.column());
      if (until != null) {
        p.effectiveUntil(until);
      }
      ParameterEntry entry = ParameterEntry.of(value, p.build());
      locations.put(entry, fromNode);
      try {
        builder.add(entry);
      } catch (IllegalArgumentException e) {
        throw error(valueNode, e.getMessage());
      }
    }

    Datum datum(ParameterType type, Node node, String key) {
      switch (type.kind()) {
        case ENUM: {
          String c = text(node, "value of " + key);
          String d = type.domain().orElseThrow();
          EnumDomain domain = knownDomains.get(d);
          if (domain == null || !domain.contains(c)) {
            throw error(node, "value of " + key + " must be a constant of " + d
                + (domain == null ? "" : " " + domain.constants().keySet()) + ", but was '" + c + "'");
          }
          return new Datum.OfEnum(d, c);
        }
        case TABLE: {
          String d = type.domain().orElseThrow();
          EnumDomain domain = knownDomains.get(d);
          MapNode m = map(node, "value of " + key + " (a table keyed by " + d + ")");
          if (m.values().isEmpty()) {
            throw error(node, "value of " + key + " must be a table with at least one row, but was empty");
          }
          ImmutableMap.Builder<String, Datum> rows = ImmutableMap.builder();
          for (Map.Entry<String, Node> e : m.values().entrySet()) {
            if (domain == null || !domain.contains(e.getKey())) {
              throw error(m.key(e.getKey()), "row of " + key + " must be a constant of " + d
                  + (domain == null ? "" : " " + domain.constants().keySet()) + ", but was '" + e.getKey() + "'");
            }
            rows.put(e.getKey(), scalar(type.elementKind().orElseThrow(), e.getValue(),
                key + "." + e.getKey()));
          }
          return new Datum.OfTable(d, type.elementKind().orElseThrow(), rows.build());
        }
        case LIST: {
          ListNode l = list(node, "value of " + key);
          ImmutableList.Builder<Datum> items = ImmutableList.builder();
          int i = 0;
          for (Node item : l.items()) {
            items.add(scalar(type.elementKind().orElseThrow(), item, key + "[" + i++ + "]"));
          }
          return new Datum.OfList(type.elementKind().orElseThrow(), items.build());
        }
        default:
          return scalar(type.kind(), node, key);
      }
    }

    Datum scalar(Kind kind, Node node, String what) {
      if (kind == Kind.TEXT) {
        return Datum.of(localized(node, what));
      }
      if (!(node instanceof Scalar) || ((Scalar) node).kind() == ScalarKind.NULL) {
        throw error(node, what + " must be " + expected(kind) + ", but was " + node.describe());
      }
      Scalar s = (Scalar) node;
      String t = s.text().trim();
      try {
        switch (kind) {
          case MONEY: {
            requireNumberOrString(s, kind, what);
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0) {
              throw error(node, what + " must be an amount >= 0, but was " + t);
            }
            if (v.stripTrailingZeros().scale() > 2) {
              throw error(node, what + " must be an amount in yuan with at most 2 decimal places, but was " + t);
            }
            if (v.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
              throw error(node, what + " must be at most 1000000000000 yuan, but was " + t);
            }
            return Datum.of(Cny.of(v));
          }
          case RATE:
            if (s.kind() != ScalarKind.STRING || !t.endsWith("%")) {
              throw error(node, what + " must be a percentage such as '60%', but was " + s.describe());
            }
            requireNumberLength(s, t.length() - 1, what);
            return Datum.of(Rate.parse(t));
          case INTEGER:
            if (s.kind() != ScalarKind.INTEGER || !t.matches("[+-]?\\d{1,19}")) {
              throw error(node, what + " must be a whole number, but was " + s.describe());
            }
            return Datum.of(Long.parseLong(t));
          case DECIMAL:
            requireNumberOrString(s, kind, what);
            return Datum.of(new BigDecimal(t));
          case DATE:
            return Datum.of(date(node, what));
          case MONTH_DAY:
            if (!t.matches("\\d\\d-\\d\\d")) {
              throw error(node, what + " must be a month-day such as '03-01', but was " + s.describe());
            }
            return new Datum.OfMonthDay(MonthDay.parse("--" + t));
          case DATE_SPAN: {
            DateSpan span = DateSpan.parse(t);
            if (span.start().getYear() < FIRST_YEAR || span.end().getYear() > LAST_YEAR) {
              throw error(node, what + " must be a date span in " + FIRST_YEAR + ".." + LAST_YEAR + ", but was "
                  + span);
            }
            return Datum.of(span);
          }
          case ANNUAL_WINDOW:
            return new Datum.OfAnnualWindow(AnnualWindow.parse(t));
          case BOOLEAN:
            if (s.kind() != ScalarKind.BOOLEAN) {
              throw error(node, what + " must be true or false, but was " + s.describe());
            }
            return Datum.of(Boolean.parseBoolean(t.toLowerCase(Locale.ROOT)));
          default:
            throw new AssertionError(kind);
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        throw error(node, what + " must be " + expected(kind) + ", but was " + s.describe());
      } catch (IllegalArgumentException e) {
        throw error(node, what + ": " + e.getMessage());
      }
    }

    private void requireNumberOrString(Scalar s, Kind kind, String what) {
      if (s.kind() == ScalarKind.BOOLEAN || !s.text().trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        throw error(s, what + " must be " + expected(kind) + ", but was " + s.describe());
      }
      requireNumberLength(s, s.text().trim().length(), what);
    }

    /** Bounds the digits read as a number: BigDecimal's parsing and scaling are quadratic in them. */
    private void requireNumberLength(Scalar s, int length, String what) {
      if (length > YamlTree.MAX_NUMBER_LENGTH) {
        throw error(s, what + " must be a number of at most " + YamlTree.MAX_NUMBER_LENGTH + " characters, but "
            + "was " + length + " characters long: " + YamlTree.abbreviate(s.text().trim()));
      }
    }

    private static String expected(Kind kind) {
      switch (kind) {
        case MONEY:
          return "an amount in yuan such as 9300 or 12345.60";
        case RATE:
          return "a percentage such as '60%'";
        case INTEGER:
          return "a whole number";
        case DECIMAL:
          return "a decimal number such as 2.5";
        case DATE:
          return "a date such as 2024-09-01";
        case MONTH_DAY:
          return "a month-day such as '03-01'";
        case DATE_SPAN:
          return "a date span such as '2023-02-15/2023-03-31'";
        case ANNUAL_WINDOW:
          return "an annual window such as '02-15..03-31' or '12-01@-1..02-10'";
        case BOOLEAN:
          return "true or false";
        case TEXT:
          return "a text with 'zh' and 'en'";
        default:
          return kind.name().toLowerCase(Locale.ROOT);
      }
    }

    Citation citationRef(Node node) {
      if (node instanceof Scalar && ((Scalar) node).kind() == ScalarKind.STRING) {
        String id = ((Scalar) node).text();
        Citation c = sources.get(id);
        if (c == null) {
          throw error(node, "citation '" + id + "' must name an entry under 'sources', but none is defined"
              + (sources.isEmpty() ? "" : " (defined: " + sources.keySet() + ")"));
        }
        return c;
      }
      return citation(node);
    }

    /**
     * A value's own article of its citation: the article's text is taken from the articles bundled under the
     * source; a source that bundles articles must bundle the one named.
     */
    Citation withArticle(Citation citation, Node citNode, Node articleNode) {
      String article = articleName(articleNode);
      Map<String, String> bundled = citNode instanceof Scalar ? sourceArticles.get(((Scalar) citNode).text())
          : articles(citNode);
      Optional<String> text = Optional.empty();
      if (bundled != null && !bundled.isEmpty()) {
        text = Optional.ofNullable(bundled.get(article.substring(0, article.indexOf('条') + 1)));
        if (text.isEmpty()) {
          throw error(articleNode, "article '" + article + "' must be one of the articles bundled with its "
              + "citation " + bundled.keySet() + ", but is not");
        }
      }
      return citation.withArticle(article, text);
    }

    String articleName(Node node) {
      String article = nonBlank(node, "article");
      if (!article.matches("第[零一二三四五六七八九十百千]+条(第[一二三四五六七八九十]+款)?")) {
        throw error(node, "article must be written as in the text, such as 第三十条 or 第四十五条第二款, but was '"
            + article + "'");
      }
      return article;
    }

    /** The article texts bundled under a citation, by article, or an empty map. */
    Map<String, String> articles(Node node) {
      Map<String, String> out = new LinkedHashMap<>();
      if (!(node instanceof MapNode)) {
        return out;
      }
      Node a = ((MapNode) node).get("articles");
      if (a == null) {
        return out;
      }
      for (Map.Entry<String, Node> e : map(a, "articles").values().entrySet()) {
        String name = e.getKey();
        if (!name.matches("第[零一二三四五六七八九十百千]+条")) {
          throw error(e.getValue(), "an article key must be written as in the text, such as 第三十条, but was '"
              + name + "'");
        }
        out.put(name, nonBlank(e.getValue(), "article text"));
      }
      return out;
    }

    Citation citation(Node node) {
      MapNode m = map(node, "a citation");
      checkKeys(m, CITATION, "citation");
      Node doc = m.get("document");
      if (doc == null) {
        throw error(m, "a citation must have a 'document', but has none");
      }
      Citation.Builder b = Citation.builder().document(nonBlank(doc, "document"));
      Node n;
      if ((n = m.get("document_en")) != null) {
        b.documentEn(nonBlank(n, "document_en"));
      }
      if ((n = m.get("kind")) != null) {
        try {
          b.kind(CitationKind.parse(text(n, "kind")));
        } catch (IllegalArgumentException e) {
          throw error(n, e.getMessage());
        }
      }
      if ((n = m.get("issuer")) != null) {
        b.issuer(nonBlank(n, "issuer"));
      }
      if ((n = m.get("article")) != null) {
        String article = nonBlank(n, "article");
        b.article(article);
        String text = articles(m).get(article);
        if (text != null) {
          b.articleText(text);
        }
      }
      if ((n = m.get("date")) != null) {
        b.date(date(n, "citation date"));
      }
      if ((n = m.get("url")) != null) {
        String url = nonBlank(n, "url");
        if (!url.matches("https?://\\S+")) {
          throw error(n, "citation url must start with http:// or https:// and have no spaces, but was '" + url
              + "'");
        }
        b.url(url);
      }
      if ((n = m.get("note")) != null) {
        b.note(nonBlank(n, "note"));
      }
      return b.build();
    }

    ParameterType type(Node node) {
      try {
        return ParameterType.parse(text(node, "type"));
      } catch (IllegalArgumentException e) {
        throw error(node, e.getMessage());
      }
    }

    RegionScope scope(Node node) {
      if (!(node instanceof Scalar) || (((Scalar) node).kind() != ScalarKind.STRING
          && ((Scalar) node).kind() != ScalarKind.INTEGER)) {
        throw error(node, "region must be 'national' or a region code such as \"510100\", but was "
            + node.describe());
      }
      String t = ((Scalar) node).text().trim();
      try {
        return RegionScope.parse(t);
      } catch (IllegalArgumentException e) {
        throw error(node, "region must be 'national' or a region code such as \"510100\", but was '" + t + "': "
            + e.getMessage());
      }
    }

    Confidence confidence(Node node) {
      String t = text(node, "confidence");
      try {
        return Confidence.valueOf(t);
      } catch (IllegalArgumentException e) {
        throw error(node, "confidence must be one of LEGAL_TEXT, OFFICIAL_NOTICE, SECONDARY_REPORT, "
            + "LOCAL_DOCUMENT, ILLUSTRATIVE, but was '" + t + "'");
      }
    }

    LocalDate date(Node node, String what) {
      if (!(node instanceof Scalar) || ((Scalar) node).kind() != ScalarKind.STRING) {
        throw error(node, what + " must be a date such as 2024-09-01, but was " + node.describe());
      }
      String t = ((Scalar) node).text().trim();
      if (!t.matches("\\d{4}-\\d\\d-\\d\\d")) {
        throw error(node, what + " must be a date such as 2024-09-01, but was '" + t + "'");
      }
      try {
        LocalDate d = LocalDate.parse(t);
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
          throw error(node, what + " must be a date in " + FIRST_YEAR + ".." + LAST_YEAR + ", but was " + t);
        }
        return d;
      } catch (DateTimeParseException e) {
        throw error(node, what + " must be a real calendar date, but was '" + t + "'");
      }
    }

    LocalizedText localized(Node node, String what) {
      MapNode m = map(node, what + " (a text with 'zh' and 'en')");
      checkKeys(m, TEXT, what);
      return LocalizedText.of(nonBlank(require(m, "zh", what), what + ".zh"),
          nonBlank(require(m, "en", what), what + ".en"));
    }

    String nonBlank(Node node, String what) {
      String t = text(node, what);
      if (t.isBlank()) {
        throw error(node, what + " must not be blank");
      }
      return t;
    }

    String text(Node node, String what) {
      if (!(node instanceof Scalar) || ((Scalar) node).kind() == ScalarKind.NULL) {
        throw error(node, what + " must be a text, but was " + node.describe());
      }
      return ((Scalar) node).text();
    }

    MapNode map(Node node, String what) {
      if (!(node instanceof MapNode)) {
        throw error(node, what + " must be a mapping of keys to values, but was " + node.describe());
      }
      return (MapNode) node;
    }

    ListNode list(Node node, String what) {
      if (!(node instanceof ListNode)) {
        throw error(node, what + " must be a list, but was " + node.describe());
      }
      return (ListNode) node;
    }

    Node require(MapNode m, String key, String what) {
      Node n = m.get(key);
      if (n == null) {
        throw error(m, what + " must have '" + key + "', but has none");
      }
      return n;
    }

    void checkKeys(MapNode m, Set<String> allowed, String what) {
      for (String k : m.values().keySet()) {
        if (!allowed.contains(k)) {
          throw error(m.key(k), "unknown key '" + k + "' in " + what + " (allowed: "
              + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
      }
    }
  }

}
