package org.zhengbing.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.internal.JsonTree.Obj;
import org.zhengbing.policy.internal.JsonTree.Problem;

/**
 * Writes and reads explanations, with every datum, provenance, citation and rounding, as JSON trees, losslessly:
 * reading what was written gives an equal explanation.
 *
 * <p>A datum is an object with a {@code kind} and its value: {@code {"kind": "money", "value": "9300.00"}},
 * {@code {"kind": "rate", "value": "60%"}}, {@code {"kind": "table", "domain": "education_category",
 * "valueKind": "rate", "values": {"bachelor_graduate": {"kind": "rate", "value": "60%"}}}}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExplanationCodec {

  private static final Set<String> STEP = Set.of("rule", "inputs", "result", "citation", "rounding");
  private static final Set<String> INPUT = Set.of("name", "value", "provenance");
  private static final Set<String> PROVENANCE = Set.of("key", "scope", "effectiveFrom", "effectiveUntil",
      "citation", "confidence", "origin");
  private static final Set<String> CITATION = Set.of("document", "document_en", "kind", "issuer", "article",
      "article_text", "date", "url", "note");
  private static final Set<String> ROUNDING = Set.of("exact", "rounded", "mode", "unit");

  private ExplanationCodec() {}

  /**
   * Writes an explanation as an object with its steps.
   *
   * @param e  the explanation, not null
   * @return the tree, never null
   */
  public static ObjectNode write(Explanation e) {
    ObjectNode out = JsonTree.object();
    ArrayNode steps = out.putArray("steps");
    for (Step s : e.steps()) {
      steps.add(writeStep(s));
    }
    return out;
  }

  /**
   * Reads an explanation.
   *
   * @param node  the tree, not null
   * @param path  its path, not null
   * @return the explanation, never null
   * @throws Problem if the tree is not an explanation
   */
  public static Explanation read(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(Set.of("steps"));
    ArrayNode steps = o.array("steps");
    ImmutableList.Builder<Step> out = ImmutableList.builder();
    for (int i = 0; i < steps.size(); i++) {
      out.add(readStep(steps.get(i), o.at("steps") + "[" + i + "]"));
    }
    try {
      return Explanation.of(out.build());
    } catch (IllegalArgumentException ex) {
      throw new Problem(o.at("steps"), o.at("steps") + ": " + ex.getMessage());
    }
  }

  private static ObjectNode writeStep(Step s) {
    ObjectNode o = JsonTree.object();
    o.put("rule", s.rule());
    ArrayNode inputs = o.putArray("inputs");
    for (Input i : s.inputs()) {
      ObjectNode in = inputs.addObject();
      in.put("name", i.name());
      in.set("value", writeDatum(i.value()));
      i.provenance().ifPresent(p -> in.set("provenance", writeProvenance(p)));
    }
    o.set("result", writeDatum(s.result()));
    s.citation().ifPresent(c -> o.set("citation", writeCitation(c)));
    s.rounding().ifPresent(r -> {
      ObjectNode rn = o.putObject("rounding");
      rn.put("exact", r.exact().toString());
      rn.put("rounded", r.rounded().toString());
      rn.put("mode", r.mode().name());
      rn.put("unit", r.unit());
    });
    return o;
  }

  private static Step readStep(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(STEP);
    Step.Builder b = Step.builder().rule(o.text("rule"));
    ArrayNode inputs = o.array("inputs");
    for (int i = 0; i < inputs.size(); i++) {
      String ip = o.at("inputs") + "[" + i + "]";
      Obj in = JsonTree.obj(inputs.get(i), ip);
      in.checkFields(INPUT);
      Datum value = readDatum(in.req("value"), in.at("value"));
      if (in.opt("provenance").isPresent()) {
        b.addInputs(Input.of(in.text("name"), value, readProvenance(in.req("provenance"), in.at("provenance"))));
      } else {
        b.addInputs(Input.of(in.text("name"), value));
      }
    }
    b.result(readDatum(o.req("result"), o.at("result")));
    if (o.opt("citation").isPresent()) {
      b.citation(readCitation(o.req("citation"), o.at("citation")));
    }
    if (o.opt("rounding").isPresent()) {
      Obj r = o.object("rounding");
      r.checkFields(ROUNDING);
      RoundingMode mode;
      try {
        mode = RoundingMode.valueOf(r.text("mode"));
      } catch (IllegalArgumentException e) {
        throw new Problem(r.at("mode"), r.at("mode") + " must be a java.math.RoundingMode name such as HALF_UP, "
            + "but was '" + r.text("mode") + "'");
      }
      b.rounding(Rounding.of(r.decimal("exact"), r.decimal("rounded"), mode, r.text("unit")));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Problem(path, path + ": " + e.getMessage());
    }
  }

  /**
   * Writes a provenance.
   *
   * @param p  the provenance, not null
   * @return the tree, never null
   */
  public static ObjectNode writeProvenance(Provenance p) {
    ObjectNode o = JsonTree.object();
    o.put("key", p.key());
    o.put("scope", p.scope().toString());
    o.put("effectiveFrom", p.effectiveFrom().toString());
    p.effectiveUntil().ifPresent(u -> o.put("effectiveUntil", u.toString()));
    o.set("citation", writeCitation(p.citation()));
    o.put("confidence", p.confidence().name());
    p.origin().ifPresent(s -> o.put("origin", s));
    return o;
  }

  /**
   * Reads a provenance.
   *
   * @param node  the tree, not null
   * @param path  its path, not null
   * @return the provenance, never null
   * @throws Problem if the tree is not a provenance
   */
  public static Provenance readProvenance(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(PROVENANCE);
    Provenance.Builder b = Provenance.builder().key(o.text("key"));
    try {
      b.scope(RegionScope.parse(o.text("scope")));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("scope"), o.at("scope") + " must be 'national' or a region code, but was '"
          + o.text("scope") + "'");
    }
    b.effectiveFrom(o.date("effectiveFrom"));
    if (o.opt("effectiveUntil").isPresent()) {
      b.effectiveUntil(o.date("effectiveUntil"));
    }
    b.citation(readCitation(o.req("citation"), o.at("citation")));
    b.confidence(confidence(o.text("confidence"), o.at("confidence")));
    o.optText("origin").ifPresent(b::origin);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Problem(path, path + ": " + e.getMessage());
    }
  }

  /**
   * Reads a confidence by its name.
   *
   * @param text  the name, not null
   * @param path  the path, not null
   * @return the confidence, never null
   * @throws Problem if the name is not a confidence
   */
  public static Confidence confidence(String text, String path) {
    try {
      return Confidence.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new Problem(path, path + " must be one of LEGAL_TEXT, OFFICIAL_NOTICE, SECONDARY_REPORT, "
          + "LOCAL_DOCUMENT, ILLUSTRATIVE, but was '" + text + "'");
    }
  }

  /**
   * Writes a citation.
   *
   * @param c  the citation, not null
   * @return the tree, never null
   */
  public static ObjectNode writeCitation(Citation c) {
    ObjectNode o = JsonTree.object();
    o.put("document", c.document());
    c.documentEn().ifPresent(v -> o.put("document_en", v));
    o.put("kind", c.kind().key());
    c.issuer().ifPresent(v -> o.put("issuer", v));
    c.article().ifPresent(v -> o.put("article", v));
    c.articleText().ifPresent(v -> o.put("article_text", v));
    c.date().ifPresent(v -> o.put("date", v.toString()));
    c.url().ifPresent(v -> o.put("url", v));
    c.note().ifPresent(v -> o.put("note", v));
    return o;
  }

  /**
   * Reads a citation.
   *
   * @param node  the tree, not null
   * @param path  its path, not null
   * @return the citation, never null
   * @throws Problem if the tree is not a citation
   */
  public static Citation readCitation(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(CITATION);
    Citation.Builder b = Citation.builder().document(o.text("document"));
    o.optText("document_en").ifPresent(b::documentEn);
    if (o.opt("kind").isPresent()) {
      try {
        b.kind(org.zhengbing.core.explain.CitationKind.parse(o.text("kind")));
      } catch (IllegalArgumentException e) {
        throw new Problem(path, path + ".kind: " + e.getMessage());
      }
    }
    o.optText("issuer").ifPresent(b::issuer);
    o.optText("article").ifPresent(b::article);
    o.optText("article_text").ifPresent(b::articleText);
    if (o.opt("date").isPresent()) {
      b.date(o.date("date"));
    }
    o.optText("url").ifPresent(b::url);
    o.optText("note").ifPresent(b::note);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new Problem(path, path + ": " + e.getMessage());
    }
  }

  /**
   * Writes a datum.
   *
   * @param d  the datum, not null
   * @return the tree, never null
   */
  public static ObjectNode writeDatum(Datum d) {
    ObjectNode o = JsonTree.object();
    o.put("kind", lower(d.kind()));
    if (d instanceof Datum.OfMoney) {
      o.put("value", JsonTree.money(((Datum.OfMoney) d).value()));
    } else if (d instanceof Datum.OfRate) {
      o.put("value", ((Datum.OfRate) d).value().toString());
    } else if (d instanceof Datum.OfInteger) {
      o.put("value", ((Datum.OfInteger) d).value());
    } else if (d instanceof Datum.OfDecimal) {
      o.put("value", ((Datum.OfDecimal) d).value().toString());
    } else if (d instanceof Datum.OfBoolean) {
      o.put("value", ((Datum.OfBoolean) d).value());
    } else if (d instanceof Datum.OfText) {
      LocalizedText t = ((Datum.OfText) d).value();
      o.put("zh", t.zh());
      o.put("en", t.en());
    } else if (d instanceof Datum.OfEnum) {
      o.put("domain", ((Datum.OfEnum) d).domain());
      o.put("value", ((Datum.OfEnum) d).constant());
    } else if (d instanceof Datum.OfTable) {
      Datum.OfTable t = (Datum.OfTable) d;
      o.put("domain", t.domain());
      o.put("valueKind", lower(t.valueKind()));
      ObjectNode values = o.putObject("values");
      t.values().forEach((k, v) -> values.set(k, writeDatum(v)));
    } else if (d instanceof Datum.OfList) {
      Datum.OfList l = (Datum.OfList) d;
      o.put("elementKind", lower(l.elementKind()));
      ArrayNode values = o.putArray("values");
      l.values().forEach(v -> values.add(writeDatum(v)));
    } else {
      // date, month-day, date span and annual window all read back from their text form
      o.put("value", d.toString());
    }
    return o;
  }

  /**
   * Reads a datum.
   *
   * @param node  the tree, not null
   * @param path  its path, not null
   * @return the datum, never null
   * @throws Problem if the tree is not a datum
   */
  public static Datum readDatum(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    Kind kind = kind(o.text("kind"), o.at("kind"));
    try {
      switch (kind) {
        case MONEY:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfMoney(o.money("value"));
        case RATE:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfRate(Rate.parse(o.text("value")));
        case INTEGER:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfInteger(o.longValue("value"));
        case DECIMAL:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfDecimal(o.decimal("value"));
        case DATE:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfDate(o.date("value"));
        case MONTH_DAY:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfMonthDay(MonthDay.parse("--" + o.text("value")));
        case DATE_SPAN:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfDateSpan(DateSpan.parse(o.text("value")));
        case ANNUAL_WINDOW:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfAnnualWindow(AnnualWindow.parse(o.text("value")));
        case BOOLEAN:
          o.checkFields(Set.of("kind", "value"));
          return new Datum.OfBoolean(o.bool("value"));
        case TEXT:
          o.checkFields(Set.of("kind", "zh", "en"));
          return new Datum.OfText(LocalizedText.of(o.text("zh"), o.text("en")));
        case ENUM:
          o.checkFields(Set.of("kind", "domain", "value"));
          return new Datum.OfEnum(o.text("domain"), o.text("value"));
        case TABLE: {
          o.checkFields(Set.of("kind", "domain", "valueKind", "values"));
          Kind vk = kind(o.text("valueKind"), o.at("valueKind"));
          Obj values = o.object("values");
          ImmutableMap.Builder<String, Datum> rows = ImmutableMap.builder();
          for (Map.Entry<String, JsonNode> e : o.req("values").properties()) {
            rows.put(e.getKey(), readDatum(e.getValue(), values.at(e.getKey())));
          }
          return new Datum.OfTable(o.text("domain"), vk, rows.build());
        }
        case LIST: {
          o.checkFields(Set.of("kind", "elementKind", "values"));
          Kind ek = kind(o.text("elementKind"), o.at("elementKind"));
          ArrayNode values = o.array("values");
          ImmutableList.Builder<Datum> items = ImmutableList.builder();
          for (int i = 0; i < values.size(); i++) {
            items.add(readDatum(values.get(i), o.at("values") + "[" + i + "]"));
          }
          return new Datum.OfList(ek, items.build());
        }
        default:
          throw new AssertionError(kind);
      }
    } catch (Problem p) {
      throw p;
    } catch (RuntimeException e) {
      throw new Problem(path, path + " must be a valid " + lower(kind) + " datum, but was not: " + e.getMessage());
    }
  }

  private static Kind kind(String text, String path) {
    for (Kind k : Kind.values()) {
      if (lower(k).equals(text)) {
        return k;
      }
    }
    throw new Problem(path, path + " must be a datum kind such as money, rate or table, but was '" + text + "'");
  }

  private static String lower(Kind k) {
    return k.name().toLowerCase(Locale.ROOT);
  }
}
