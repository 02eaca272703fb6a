package org.zhengbing.examples.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengbing.core.assess.InvalidRecordException;
import org.zhengbing.core.assess.RecordedReturn;
import org.zhengbing.core.assess.ReturnReason;
import org.zhengbing.core.assess.SeasonRecord;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Reads season records (one per unit and season) from a CSV file or, for a name ending in {@code .json}, a JSON
 * array of objects with the same fields. Strict: the file is checked for size before it is read and decoded as
 * UTF-8 strictly (a bad byte is reported with its line); the CSV header names known columns, each once, the required
 * ones all; every bad row is reported with the file, its line and the offending value (the first
 * {@value #MAX_PROBLEMS}, then a count). The CSV parsing is FastCSV's, RFC 4180, with {@code #} comment lines and
 * blank lines skipped.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RecordsInput {

  /** The largest file read, in bytes. */
  static final long MAX_BYTES = 64L << 20;
  /** The most problems listed in one error; the rest are counted. */
  static final int MAX_PROBLEMS = 20;

  static final List<String> COUNTS = List.of("liable", "registered", "applicants", "examined", "physical_passed",
      "political_passed", "double_qualified", "approved", "college_approved", "graduates_approved", "task");
  static final List<String> RETURNS = List.of("returned_physical", "returned_political", "returned_other");
  static final List<String> REQUIRED;
  static final List<String> OPTIONAL = List.of("region", "returned_physical", "returned_political",
      "returned_other", "returned_approved_in");

  static {
    List<String> r = new ArrayList<>(List.of("unit", "season"));
    r.addAll(COUNTS);
    REQUIRED = List.copyOf(r);
  }

  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,15}");

  private RecordsInput() {}

  /** A record and the line it starts on. */
  record Row(int line, SeasonRecord record) {}

  /**
   * Reads a records file.
   *
   * @param file  the file, not null
   * @param defaultRegion  the region of records without one, not null
   * @return the records in file order, never null
   * @throws InputFileException naming the file and line, for any problem
   */
  static ImmutableList<Row> read(Path file, RegionCode defaultRegion) {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InputFileException(name, 0, "file must be at most " + MAX_BYTES + " bytes, but was " + size);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputFileException(name, 0, "cannot read the file: it does not exist");
    } catch (IOException e) {
      throw new InputFileException(name, 0, "cannot read the file: " + e);
    }
    String text = decode(bytes, name);
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(text, name, defaultRegion)
        : readCsv(text, name, defaultRegion);
  }

  /** Decodes UTF-8 strictly; a bad byte is reported with its 1-based line. */
  static String decode(byte[] bytes, String name) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new InputFileException(name, line, "file must be UTF-8 text, but byte " + (in.position() + 1)
          + String.format(Locale.ROOT, " (0x%02X)", bytes[in.position()] & 0xff) + " is not");
    }
    d.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Collects row problems: the first few in full, then a count. */
  static final class Problems {
    private final String name;
    private final List<String> shown = new ArrayList<>();
    private int firstLine;
    private int count;

    Problems(String name) {
      this.name = name;
    }

    void add(int line, String problem) {
      if (count == 0) {
        firstLine = line;
      }
      count++;
      if (shown.size() < MAX_PROBLEMS) {
        shown.add((shown.isEmpty() ? "" : name + ":" + line + ": ") + problem);
      }
    }

    void throwIfAny() {
      if (count == 0) {
        return;
      }
      StringBuilder b = new StringBuilder(shown.get(0));
      for (int i = 1; i < shown.size(); i++) {
        b.append('\n').append(shown.get(i));
      }
      if (count > shown.size()) {
        b.append('\n').append(count - shown.size()).append(" more problems in ").append(name);
      }
      throw new InputFileException(name, firstLine, b.toString());
    }
  }

  private static ImmutableList<Row> readCsv(String text, String name, RegionCode defaultRegion) {
    Map<String, Integer> columns = null;
    int headerLine = 0;
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Problems problems = new Problems(name);
    CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP).commentCharacter('#')
        .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(false).ofCsvRecord(text);
    Iterator<CsvRecord> it = reader.iterator();
    long lastLine = 0;
    while (true) {
      CsvRecord rec;
      try {
        if (!it.hasNext()) {
          break;
        }
        rec = it.next();
      } catch (CsvParseException | UncheckedIOException e) {
        throw new InputFileException(name, (int) lastLine + 1, "CSV must be well-formed after line " + lastLine
            + ", but was not: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage()
            + ")"));
      }
      int line = (int) rec.getStartingLineNumber();
      lastLine = line;
      List<String> fields = rec.getFields();
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (columns == null) {
        columns = header(fields, name, line);
        headerLine = line;
        continue;
      }
      if (fields.size() != columns.size()) {
        problems.add(line, "row must have " + columns.size() + " fields like the header on line " + headerLine
            + ", but had " + fields.size() + ": '" + String.join(",", fields) + "'");
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (Map.Entry<String, Integer> c : columns.entrySet()) {
        values.put(c.getKey(), fields.get(c.getValue()).strip());
      }
      try {
        rows.add(new Row(line, record(values, defaultRegion)));
      } catch (IllegalArgumentException e) {
        problems.add(line, e.getMessage());
      }
    }
    if (columns == null) {
      throw new InputFileException(name, 0, "file must start with a header naming " + String.join(",", REQUIRED)
          + ", but was empty");
    }
    problems.throwIfAny();
    return rows.build();
  }

  private static Map<String, Integer> header(List<String> fields, String name, int line) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      String col = fields.get(i).strip();
      if (!REQUIRED.contains(col) && !OPTIONAL.contains(col)) {
        throw new InputFileException(name, line, "header column must be one of " + String.join(", ", REQUIRED)
            + ", " + String.join(", ", OPTIONAL) + ", but was '" + col + "'");
      }
      if (m.put(col, i) != null) {
        throw new InputFileException(name, line, "header column must appear once, but '" + col
            + "' appears twice");
      }
    }
    for (String col : REQUIRED) {
      if (!m.containsKey(col)) {
        throw new InputFileException(name, line, "header must name the column '" + col + "', but was '"
            + String.join(",", fields) + "'");
      }
    }
    return m;
  }

  /** Builds a record from the text of its fields (absent optional fields are missing from the map or blank). */
  static SeasonRecord record(Map<String, String> v, RegionCode defaultRegion) {
    String unit = v.getOrDefault("unit", "");
    if (unit.isEmpty()) {
      throw new IllegalArgumentException("unit must not be blank, but was ''");
    }
    ConscriptionTerm season = term(v.getOrDefault("season", ""), "season", unit);
    String regionText = v.getOrDefault("region", "");
    RegionCode region;
    try {
      region = regionText.isEmpty() ? defaultRegion : RegionCode.of(regionText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unit " + unit + ", season " + season + ", field region: "
          + e.getMessage());
    }
    SeasonRecord.Builder b = SeasonRecord.builder();
    b.unit(unit).region(region).season(season);
    long[] c = new long[COUNTS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = whole(v.getOrDefault(COUNTS.get(i), ""), COUNTS.get(i), unit, season, true);
    }
    b.liable(c[0]).registered(c[1]).applicants(c[2]).examined(c[3]).physicalPassed(c[4]).politicalPassed(c[5])
        .doubleQualified(c[6]).approved(c[7]).collegeApproved(c[8]).graduatesApproved(c[9]).task(c[10]);
    String approvedInText = v.getOrDefault("returned_approved_in", "");
    ConscriptionTerm approvedIn = approvedInText.isEmpty() ? season
        : term(approvedInText, "returned_approved_in", unit);
    for (int i = 0; i < RETURNS.size(); i++) {
      long n = whole(v.getOrDefault(RETURNS.get(i), ""), RETURNS.get(i), unit, season, false);
      if (n > 0) {
        b.addReturns(RecordedReturn.of(approvedIn, ReturnReason.values()[i], n));
      }
    }
    return b.build();
  }

  private static ConscriptionTerm term(String text, String field, String unit) {
    try {
      return ConscriptionTerm.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unit " + unit + ", field " + field + ": " + e.getMessage());
    }
  }

  private static long whole(String text, String field, String unit, ConscriptionTerm season, boolean required) {
    if (text.isEmpty() && !required) {
      return 0;
    }
    if (!WHOLE.matcher(text).matches()) {
      throw new InvalidRecordException(unit, season, field, field + " must be a non-negative integer of at most "
          + "15 digits, but was '" + text + "'");
    }
    return Long.parseLong(text);
  }

  private static ImmutableList<Row> readJson(String text, String name, RegionCode defaultRegion) {
    ObjectMapper mapper = new ObjectMapper();
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Problems problems = new Problems(name);
    int line = 1;
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new InputFileException(name, p.currentLocation().getLineNr(), "JSON records must be an array of "
            + "objects, but the file starts with " + p.currentToken());
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        line = p.currentLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          throw new InputFileException(name, line, "each record must be a JSON object, but was " + t);
        }
        JsonNode node = mapper.readTree(p);
        try {
          rows.add(new Row(line, jsonRecord(node, defaultRegion)));
        } catch (IllegalArgumentException e) {
          problems.add(line, e.getMessage());
        }
      }
      if (p.nextToken() != null) {
        throw new InputFileException(name, p.currentLocation().getLineNr(), "JSON records must be one array, but "
            + "more follows it");
      }
    } catch (JsonParseException e) {
      throw new InputFileException(name, e.getLocation() == null ? line : e.getLocation().getLineNr(),
          "JSON must be well-formed, but was not: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputFileException(name, line, "cannot read the JSON: " + e.getMessage());
    }
    problems.throwIfAny();
    return rows.build();
  }

  private static SeasonRecord jsonRecord(JsonNode node, RegionCode defaultRegion) {
    Map<String, String> v = new HashMap<>();
    List<RecordedReturn> returns = new ArrayList<>();
    String unit = Optional.ofNullable(node.get("unit")).map(JsonNode::asText).orElse("");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (key.equals("returns")) {
        if (!value.isArray()) {
          throw new IllegalArgumentException("unit " + unit + ", field returns: returns must be an array, but was "
              + value);
        }
        for (JsonNode r : value) {
          returns.add(jsonReturn(r, unit));
        }
        continue;
      }
      if (!REQUIRED.contains(key) && !key.equals("region")) {
        throw new IllegalArgumentException("unit " + unit + ": field must be one of " + String.join(", ", REQUIRED)
            + ", region, returns, but was '" + key + "'");
      }
      boolean text = key.equals("unit") || key.equals("season") || key.equals("region");
      if (text ? !value.isTextual() : !value.isIntegralNumber()) {
        throw new IllegalArgumentException("unit " + unit + ", field " + key + ": " + key + " must be "
            + (text ? "a string" : "an integer") + ", but was " + value);
      }
      v.put(key, value.asText());
    }
    for (String key : REQUIRED) {
      if (!v.containsKey(key)) {
        throw new IllegalArgumentException("unit " + unit + ": record must have the field '" + key + "', but had "
            + v.keySet().stream().sorted().toList());
      }
    }
    SeasonRecord base = record(v, defaultRegion);
    if (returns.isEmpty()) {
      return base;
    }
    SeasonRecord.Builder b = SeasonRecord.builder();
    b.unit(base.unit()).region(base.region()).season(base.season()).liable(base.liable())
        .registered(base.registered()).applicants(base.applicants()).examined(base.examined())
        .physicalPassed(base.physicalPassed()).politicalPassed(base.politicalPassed())
        .doubleQualified(base.doubleQualified()).approved(base.approved()).collegeApproved(base.collegeApproved())
        .graduatesApproved(base.graduatesApproved()).task(base.task()).addAllReturns(returns);
    return b.build();
  }

  private static RecordedReturn jsonReturn(JsonNode r, String unit) {
    JsonNode approvedIn = r.get("approved_in");
    JsonNode reason = r.get("reason");
    JsonNode count = r.get("count");
    if (!r.isObject() || r.size() != 3 || approvedIn == null || !approvedIn.isTextual() || reason == null
        || !reason.isTextual() || count == null || !count.isIntegralNumber()) {
      throw new IllegalArgumentException("unit " + unit + ", field returns: a return must be an object with "
          + "approved_in (a season), reason (physical, political or other) and count (an integer), but was " + r);
    }
    ReturnReason why;
    try {
      why = ReturnReason.valueOf(reason.asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unit " + unit + ", field returns: reason must be physical, political "
          + "or other, but was '" + reason.asText() + "'");
    }
    try {
      return RecordedReturn.of(term(approvedIn.asText(), "returns", unit), why, count.asLong());
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith("unit ") ? e
          : new IllegalArgumentException("unit " + unit + ", field returns: " + e.getMessage());
    }
  }
}
