package org.zhengbing.policy.accounts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.policy.benefit.Benefit;
import org.zhengbing.policy.benefit.BenefitStatus;
import org.zhengbing.policy.benefit.Payment;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * Renders a {@link ThreeAccounts} statement in Chinese (zh-CN) or English: plain text, a one-line summary,
 * Markdown and a self-contained printable HTML page with the three accounts side by side; and JSON through
 * {@link ThreeAccountsJson}.
 *
 * <pre>{@code
 * ThreeAccountsRenderer zh = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE);
 * String page = zh.html(accounts);      // hand it to a family, or print it
 * String sms = zh.summary(accounts);    // one line
 * }</pre>
 *
 * <p>All words come from the word lists {@code words_zh.properties} and {@code words_en.properties}; the item texts
 * and titles come from the cited parameters in the language asked for. Money is written {@code ¥12,345.67} in
 * Chinese and {@code CNY 12,345.67} in English, exact to the fen; dates {@code 2018年9月1日} and
 * {@code 1 September 2018}. Nothing reads the default locale. A statement that rests on an ILLUSTRATIVE value shows a
 * notice naming the items.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThreeAccountsRenderer {

  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.ROOT);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final Locale locale;
  private final boolean zh;
  private final Words words;

  private ThreeAccountsRenderer(Locale locale, boolean zh) {
    this.locale = locale;
    this.zh = zh;
    this.words = zh ? Words.zh() : Words.en();
  }

  /**
   * Obtains a renderer for a language: any Chinese locale (such as zh-CN) or any English one.
   *
   * @param locale  the locale, not null
   * @return the renderer, never null
   * @throws IllegalArgumentException if the locale is neither Chinese nor English
   */
  public static ThreeAccountsRenderer of(Locale locale) {
    checkNotNull(locale, "locale");
    String language = locale.getLanguage();
    checkArgument("zh".equals(language) || "en".equals(language),
        "locale must be Chinese (zh-CN) or English (en), but was %s", locale.toLanguageTag());
    return new ThreeAccountsRenderer(locale, "zh".equals(language));
  }

  /**
   * Returns the locale this renderer writes for.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  // ------------------------------------------------------------------ formats

  /**
   * Formats an amount for this language: {@code ¥12,345.67} or {@code CNY 12,345.67}.
   *
   * @param amount  the amount in CNY, not null
   * @return the text, never null
   */
  public String money(Money amount) {
    checkNotNull(amount, "amount");
    BigDecimal v = amount.getAmount().setScale(2, RoundingMode.UNNECESSARY);
    String digits = v.abs().toPlainString();
    int dot = digits.indexOf('.');
    StringBuilder whole = new StringBuilder();
    for (int i = 0; i < dot; i++) {
      if (i > 0 && (dot - i) % 3 == 0) {
        whole.append(',');
      }
      whole.append(digits.charAt(i));
    }
    String sign = v.signum() < 0 ? "-" : "";
    return sign + (zh ? "¥" : "CNY ") + whole + digits.substring(dot);
  }

  /**
   * Formats a date for this language: {@code 2018年9月1日} or {@code 1 September 2018}.
   *
   * @param date  the date, not null
   * @return the text, never null
   */
  public String date(LocalDate date) {
    checkNotNull(date, "date");
    return (zh ? ZH_DATE : EN_DATE).format(date);
  }

  // ------------------------------------------------------------------ the statement as entries

  /** One entry of an account, as every format shows it. */
  private static final class Entry {
    final String id;
    final String title;
    final String body;
    final String why;
    final List<String> schedule;
    final List<String> sources;
    final List<Citation> citations;
    final String confidence;

    Entry(String id, String title, String body, String why, List<String> schedule, List<Citation> citations,
        String confidence, Locale locale) {
      this.id = id;
      this.title = title;
      this.body = body;
      this.why = why;
      this.schedule = schedule;
      this.citations = citations;
      List<String> texts = new ArrayList<>(citations.size());
      citations.forEach(c -> texts.add(c.toShortString(locale)));
      this.sources = texts;
      this.confidence = confidence;
    }
  }

  private Entry entry(AccountItem i) {
    return new Entry(i.key(), i.title().in(locale), i.text().in(locale), words.get("reason." + i.reason().key()),
        List.of(), List.of(i.citation()), confidence(i.confidence()), locale);
  }

  private Entry entry(Benefit b) {
    Set<Citation> sources = new LinkedHashSet<>(b.citations());
    return new Entry(ThreeAccounts.BENEFIT_PREFIX + b.kind().key(), words.get("benefit." + b.kind().key()),
        money(b.total()), words.get("benefit_reason." + b.reason().key()), schedule(b.payments()),
        List.copyOf(sources),
        b.weakestConfidence().map(this::confidence).orElse(""), locale);
  }

  private String source(Citation c) {
    return c.toShortString(locale);
  }

  private String confidence(Confidence c) {
    return words.get("confidence." + c.name());
  }

  /** Runs of payments of the same rule and amount, one line each. */
  private List<String> schedule(List<Payment> payments) {
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < payments.size()) {
      Payment first = payments.get(i);
      int j = i + 1;
      while (j < payments.size() && payments.get(j).rule().equals(first.rule())
          && payments.get(j).amount().equals(first.amount())) {
        j++;
      }
      String what = words.get("rule." + first.rule());
      String line = j - i == 1 ? words.get("schedule.once", date(first.dueOn()), money(first.amount()))
          : words.get("schedule.run", date(first.dueOn()), j - i, money(first.amount()));
      lines.add(line + " (" + what + ")");
      i = j;
    }
    return lines;
  }

  private List<Entry> political(ThreeAccounts a) {
    List<Entry> out = new ArrayList<>();
    a.political().forEach(i -> out.add(entry(i)));
    return out;
  }

  private List<Entry> growth(ThreeAccounts a) {
    List<Entry> out = new ArrayList<>();
    a.growth().forEach(i -> out.add(entry(i)));
    return out;
  }

  private List<Entry> economic(ThreeAccounts a) {
    List<Entry> out = new ArrayList<>();
    a.economicItems().forEach(b -> out.add(entry(b)));
    return out;
  }

  private String person(ThreeAccounts a) {
    CandidateProfile p = a.profile();
    String region = RegionCatalog.bundled().find(a.region()).map(Region::name)
        .map(n -> n + (zh ? "（" + a.region() + "）" : " (" + a.region() + ")")).orElse(a.region().toString());
    String term = words.get("term", a.profile().enlistmentTerm().year(),
        words.get("season." + p.enlistmentTerm().season().name()));
    return words.get("person", words.get("sex." + p.sex().name().toLowerCase(Locale.ROOT)),
        words.get("category." + p.educationCategory().key()), region, term, date(a.date()));
  }

  private Optional<String> notice(ThreeAccounts a) {
    if (!a.isIllustrative()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String id : a.illustrativeItems()) {
      names.add(itemName(a, id));
    }
    return Optional.of(words.get("notice.illustrative", String.join(words.get("label.list_separator"), names)));
  }

  private String itemName(ThreeAccounts a, String id) {
    if (id.equals(ThreeAccounts.COMPARISON_ID)) {
      return words.get("comparison.title");
    }
    if (id.startsWith(ThreeAccounts.BENEFIT_PREFIX)) {
      return words.get("benefit." + id.substring(ThreeAccounts.BENEFIT_PREFIX.length()));
    }
    for (List<AccountItem> list : List.of(a.political(), a.growth(), a.laterItems())) {
      for (AccountItem i : list) {
        if (i.key().equals(id)) {
          return i.title().in(locale);
        }
      }
    }
    throw new IllegalArgumentException("illustrative item id must name an item of the statement, but was " + id);
  }

  private Optional<String> notPublished(ThreeAccounts a) {
    Set<String> names = new LinkedHashSet<>();
    for (Benefit b : a.economic().items()) {
      if (b.status() == BenefitStatus.NOT_PUBLISHED) {
        names.add(words.get("benefit." + b.kind().key()));
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(words.get("label.not_published")
        + words.get("label.colon") + String.join(words.get("label.list_separator"), names));
  }

  private List<String> later(ThreeAccounts a) {
    List<String> out = new ArrayList<>();
    for (AccountItem i : a.laterItems()) {
      out.add(words.get("later.item", i.title().in(locale), date(i.effectiveFrom())));
    }
    return out;
  }

  private List<String[]> comparisonRows(IncomeComparison c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {words.get("comparison.enlistment"), money(c.enlistmentIncome())});
    rows.add(new String[] {words.get("comparison.alternative"), money(c.alternativeIncome())});
    rows.add(new String[] {words.get("comparison.difference"), money(c.difference())});
    return rows;
  }

  private String comparisonBasis(IncomeComparison c) {
    if (c.basis() == IncomeComparison.Basis.EXPECTED_WAGE) {
      Money monthly = c.alternativeIncome().dividedBy(c.months(), RoundingMode.UNNECESSARY);
      return words.get("comparison.basis.expected_wage", money(monthly), c.months());
    }
    return words.get("comparison.basis.region_average_wage", c.months());
  }

  private List<String> comparisonSources(IncomeComparison c) {
    Set<String> out = new LinkedHashSet<>();
    c.explanation().citations().forEach(x -> out.add(source(x)));
    return List.copyOf(out);
  }

  /** The footer: a statement holding illustrative figures does not claim that no amount was guessed. */
  private String footer(ThreeAccounts a) {
    return words.get(a.isIllustrative() ? "footer.illustrative" : "footer", date(a.date()));
  }

  private String colon() {
    return words.get("label.colon");
  }

  // ------------------------------------------------------------------ plain text

  /**
   * Renders the statement as plain text for a terminal.
   *
   * @param accounts  the statement, not null
   * @return the text, never null
   */
  public String text(ThreeAccounts accounts) {
    checkNotNull(accounts, "accounts");
    StringBuilder s = new StringBuilder();
    s.append(words.get("title")).append('\n').append(person(accounts)).append('\n');
    notice(accounts).ifPresent(n -> s.append('\n').append("! ").append(n).append('\n'));
    textAccount(s, words.get("account.political"), political(accounts), words.get("account.political.none"));
    textAccount(s, words.get("account.growth"), growth(accounts), words.get("account.growth.none"));
    textAccount(s, words.get("account.economic"), economic(accounts), words.get("account.economic.none"));
    notPublished(accounts).ifPresent(n -> s.append("  ").append(n).append('\n'));
    s.append(words.get("label.grand_total")).append(colon()).append(money(accounts.economicTotal())).append('\n');
    s.append('\n').append("-- ").append(words.get("comparison.title")).append(" --\n");
    if (accounts.comparison().isPresent()) {
      IncomeComparison c = accounts.comparison().get();
      s.append("  ").append(comparisonBasis(c)).append('\n');
      for (String[] row : comparisonRows(c)) {
        s.append("  ").append(row[0]).append(colon()).append(row[1]).append('\n');
      }
      for (String src : comparisonSources(c)) {
        s.append("  ").append(words.get("label.source")).append(colon()).append(src).append('\n');
      }
    } else {
      s.append("  ").append(words.get("comparison.none")).append('\n');
    }
    List<String> later = later(accounts);
    if (!later.isEmpty()) {
      s.append('\n').append("-- ").append(words.get("later.title")).append(" --\n");
      later.forEach(l -> s.append("  ").append(l).append('\n'));
    }
    s.append('\n').append(footer(accounts)).append('\n');
    return s.toString();
  }

  private void textAccount(StringBuilder s, String heading, List<Entry> entries, String none) {
    s.append('\n').append("== ").append(heading).append(" ==\n");
    if (entries.isEmpty()) {
      s.append("  ").append(none).append('\n');
    }
    for (Entry e : entries) {
      s.append("* ").append(e.title);
      if (e.id.startsWith(ThreeAccounts.BENEFIT_PREFIX)) {
        s.append("  ").append(e.body).append('\n');
      } else {
        s.append('\n').append("  ").append(e.body).append('\n');
      }
      s.append("  ").append(words.get("label.why")).append(colon()).append(e.why).append('\n');
      for (String line : e.schedule) {
        s.append("  ").append(words.get("label.schedule")).append(colon()).append(line).append('\n');
      }
      for (String src : e.sources) {
        s.append("  ").append(words.get("label.source")).append(colon()).append(src).append('\n');
      }
      s.append("  ").append(words.get("label.confidence")).append(colon()).append(e.confidence).append('\n');
    }
  }

  /**
   * Renders a one-line summary, short enough for a text message: the number of political and growth items, the
   * economic total and the months of the term, and whether illustrative figures are included.
   *
   * @param accounts  the statement, not null
   * @return the line, never null
   */
  public String summary(ThreeAccounts accounts) {
    checkNotNull(accounts, "accounts");
    int months = accounts.economic().termEnd().getYear() * 12 + accounts.economic().termEnd().getMonthValue()
        - accounts.date().getYear() * 12 - accounts.date().getMonthValue();
    String line = words.get("summary", words.get("title"), accounts.political().size(), accounts.growth().size(),
        money(accounts.economicTotal()), months);
    return accounts.isIllustrative() ? line + words.get("summary.illustrative") : line;
  }

  // ------------------------------------------------------------------ Markdown

  /**
   * Renders the statement as Markdown, for a publicity page.
   *
   * @param accounts  the statement, not null
   * @return the Markdown, never null
   */
  public String markdown(ThreeAccounts accounts) {
    checkNotNull(accounts, "accounts");
    StringBuilder s = new StringBuilder();
    s.append("# ").append(md(words.get("title"))).append("\n\n").append(md(person(accounts))).append("\n\n");
    notice(accounts).ifPresent(n -> s.append("> **").append(md(n)).append("**\n\n"));
    mdAccount(s, words.get("account.political"), political(accounts), words.get("account.political.none"));
    mdAccount(s, words.get("account.growth"), growth(accounts), words.get("account.growth.none"));
    s.append("## ").append(md(words.get("account.economic"))).append("\n\n");
    List<Entry> economic = economic(accounts);
    if (economic.isEmpty()) {
      s.append(md(words.get("account.economic.none"))).append("\n\n");
    } else {
      s.append("| ").append(md(words.get("label.item"))).append(" | ").append(md(words.get("label.amount")))
          .append(" | ").append(md(words.get("label.schedule"))).append(" | ").append(md(words.get("label.why")))
          .append(" | ").append(md(words.get("label.source"))).append(" |\n|---|---:|---|---|---|\n");
      for (Entry e : economic) {
        s.append("| ").append(md(e.title)).append(" | ").append(md(e.body)).append(" | ")
            .append(md(String.join("<br>", e.schedule))).append(" | ").append(md(e.why)).append(" | ")
            .append(md(String.join("<br>", e.sources))).append(" (").append(md(e.confidence)).append(") |\n");
      }
      s.append('\n');
    }
    notPublished(accounts).ifPresent(n -> s.append(md(n)).append("\n\n"));
    s.append("**").append(md(words.get("label.grand_total"))).append(colon()).append(md(money(
        accounts.economicTotal()))).append("**\n\n");
    s.append("### ").append(md(words.get("comparison.title"))).append("\n\n");
    if (accounts.comparison().isPresent()) {
      IncomeComparison c = accounts.comparison().get();
      s.append(md(comparisonBasis(c))).append("\n\n| | ").append(md(words.get("label.amount")))
          .append(" |\n|---|---:|\n");
      for (String[] row : comparisonRows(c)) {
        s.append("| ").append(md(row[0])).append(" | ").append(md(row[1])).append(" |\n");
      }
      s.append('\n');
      for (String src : comparisonSources(c)) {
        s.append(md(words.get("label.source"))).append(colon()).append(md(src)).append("\n\n");
      }
    } else {
      s.append(md(words.get("comparison.none"))).append("\n\n");
    }
    List<String> later = later(accounts);
    if (!later.isEmpty()) {
      s.append("### ").append(md(words.get("later.title"))).append("\n\n");
      later.forEach(l -> s.append("- ").append(md(l)).append('\n'));
      s.append('\n');
    }
    s.append("---\n\n").append(md(footer(accounts))).append('\n');
    return s.toString();
  }

  private void mdAccount(StringBuilder s, String heading, List<Entry> entries, String none) {
    s.append("## ").append(md(heading)).append("\n\n");
    if (entries.isEmpty()) {
      s.append(md(none)).append("\n\n");
    }
    for (Entry e : entries) {
      s.append("### ").append(md(e.title)).append("\n\n").append(md(e.body)).append("\n\n");
      s.append("- ").append(md(words.get("label.why"))).append(colon()).append(md(e.why)).append('\n');
      for (String src : e.sources) {
        s.append("- ").append(md(words.get("label.source"))).append(colon()).append(md(src)).append(" (")
            .append(md(e.confidence)).append(")\n");
      }
      s.append('\n');
    }
  }

  /** Escapes the characters Markdown would read as markup. */
  private static String md(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0 && !text.startsWith("<br>", i)) {
        out.append('\\');
      } else if (text.startsWith("<br>", i)) {
        out.append("<br>");
        i += 3;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ HTML

  /**
   * Renders the statement as a self-contained printable HTML page: the three accounts side by side, inline styles,
   * no scripts and no external resources.
   *
   * @param accounts  the statement, not null
   * @return the HTML document, never null
   */
  public String html(ThreeAccounts accounts) {
    checkNotNull(accounts, "accounts");
    StringBuilder s = new StringBuilder(16_384);
    Map<String, String> articles = new LinkedHashMap<>();
    s.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(h(words.get("title"))).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(h(words.get("title"))).append("</h1>\n")
        .append("<p class=\"subtitle\">").append(h(words.get("subtitle"))).append("</p>\n")
        .append("<p class=\"person\">").append(h(person(accounts))).append("</p>\n</header>\n");
    notice(accounts).ifPresent(n -> s.append("<div class=\"notice\" role=\"note\">").append(h(n)).append("</div>\n"));
    s.append("<main class=\"accounts\">\n");
    htmlAccount(s, "political", words.get("account.political"), political(accounts),
        words.get("account.political.none"), articles);
    htmlAccount(s, "growth", words.get("account.growth"), growth(accounts), words.get("account.growth.none"),
        articles);
    s.append("<section class=\"account economic\" id=\"economic\">\n<h2>").append(h(words.get("account.economic")))
        .append("</h2>\n");
    List<Entry> economic = economic(accounts);
    if (economic.isEmpty()) {
      s.append("<p class=\"none\">").append(h(words.get("account.economic.none"))).append("</p>\n");
    } else {
      s.append("<ul class=\"items\">\n");
      economic.forEach(e -> htmlEntry(s, e, true, articles));
      s.append("</ul>\n");
    }
    notPublished(accounts).ifPresent(n -> s.append("<p class=\"not-published\">").append(h(n)).append("</p>\n"));
    s.append("<p class=\"grand-total\">").append(h(words.get("label.grand_total"))).append(h(colon()))
        .append("<strong>").append(h(money(accounts.economicTotal()))).append("</strong></p>\n");
    s.append("<div class=\"comparison\">\n<h3>").append(h(words.get("comparison.title"))).append("</h3>\n");
    if (accounts.comparison().isPresent()) {
      IncomeComparison c = accounts.comparison().get();
      s.append("<p class=\"basis\">").append(h(comparisonBasis(c))).append("</p>\n<table>\n<tbody>\n");
      for (String[] row : comparisonRows(c)) {
        s.append("<tr><th scope=\"row\">").append(h(row[0])).append("</th><td>").append(h(row[1]))
            .append("</td></tr>\n");
      }
      s.append("</tbody>\n</table>\n");
      for (String src : comparisonSources(c)) {
        s.append("<p class=\"source\">").append(h(words.get("label.source"))).append(h(colon())).append("<cite>")
            .append(h(src)).append("</cite></p>\n");
      }
    } else {
      s.append("<p class=\"none\">").append(h(words.get("comparison.none"))).append("</p>\n");
    }
    s.append("</div>\n</section>\n</main>\n");
    if (!articles.isEmpty()) {
      s.append("<section class=\"articles\" id=\"articles\">\n<h2>").append(h(words.get("label.articles")))
          .append("</h2>\n<ol>\n");
      int n = 0;
      for (Map.Entry<String, String> a : articles.entrySet()) {
        n++;
        s.append("<li id=\"article-").append(n).append("\"><cite>").append(h(a.getKey())).append("</cite>")
            .append(h(colon())).append("<span class=\"article-text\">").append(h(a.getValue()).replace("\n", "<br>"))
            .append("</span></li>\n");
      }
      s.append("</ol>\n</section>\n");
    }
    List<String> later = later(accounts);
    if (!later.isEmpty()) {
      s.append("<section class=\"later\">\n<h2>").append(h(words.get("later.title"))).append("</h2>\n<ul>\n");
      for (int i = 0; i < later.size(); i++) {
        s.append("<li data-key=\"").append(h(accounts.laterItems().get(i).key())).append("\">").append(h(later.get(i)))
            .append(" <cite>").append(h(source(accounts.laterItems().get(i).citation()))).append("</cite></li>\n");
      }
      s.append("</ul>\n</section>\n");
    }
    s.append("<footer>").append(h(footer(accounts))).append("</footer>\n</body>\n</html>\n");
    return s.toString();
  }

  private void htmlAccount(StringBuilder s, String cls, String heading, List<Entry> entries, String none,
      Map<String, String> articles) {
    s.append("<section class=\"account ").append(cls).append("\" id=\"").append(cls).append("\">\n<h2>")
        .append(h(heading)).append("</h2>\n");
    if (entries.isEmpty()) {
      s.append("<p class=\"none\">").append(h(none)).append("</p>\n");
    } else {
      s.append("<ul class=\"items\">\n");
      entries.forEach(e -> htmlEntry(s, e, false, articles));
      s.append("</ul>\n");
    }
    s.append("</section>\n");
  }

  private void htmlEntry(StringBuilder s, Entry e, boolean money, Map<String, String> articles) {
    s.append("<li class=\"item\" data-key=\"").append(h(e.id)).append("\">\n<h3>").append(h(e.title)).append("</h3>\n");
    if (money) {
      s.append("<p class=\"amount\">").append(h(e.body)).append("</p>\n");
    } else {
      s.append("<p class=\"text\">").append(h(e.body)).append("</p>\n");
    }
    s.append("<p class=\"why\"><span class=\"label\">").append(h(words.get("label.why"))).append(h(colon()))
        .append("</span>").append(h(e.why)).append("</p>\n");
    if (!e.schedule.isEmpty()) {
      s.append("<ul class=\"schedule\">\n");
      e.schedule.forEach(l -> s.append("<li>").append(h(l)).append("</li>\n"));
      s.append("</ul>\n");
    }
    for (Citation c : e.citations) {
      s.append("<p class=\"source\"><span class=\"label\">").append(h(words.get("label.source"))).append(h(colon()))
          .append("</span>");
      cite(s, c, articles);
      s.append("</p>\n");
    }
    s.append("<p class=\"confidence\"><span class=\"label\">").append(h(words.get("label.confidence")))
        .append(h(colon())).append("</span>").append(h(e.confidence)).append("</p>\n</li>\n");
  }

  /**
   * Writes a citation: its short form in this language, a link where it has an address, and a footnote number
   * pointing at the article's text where the text is bundled.
   */
  private void cite(StringBuilder s, Citation c, Map<String, String> articles) {
    String text = c.toShortString(locale);
    s.append("<cite>");
    if (c.url().isPresent()) {
      s.append("<a href=\"").append(h(c.url().get())).append("\">").append(h(text)).append("</a>");
    } else {
      s.append(h(text));
    }
    s.append("</cite>");
    if (c.articleText().isPresent()) {
      String key = c.kind() == org.zhengbing.core.explain.CitationKind.DOCUMENT && zh
          ? "《" + c.document() + "》" + c.article().orElse("")
          : c.title(locale) + (zh ? "" : ", ") + c.article(locale).orElse("");
      if (!articles.containsKey(key)) {
        articles.put(key, c.articleText().get());
      }
      int n = new ArrayList<>(articles.keySet()).indexOf(key) + 1;
      s.append("<sup class=\"article-ref\"><a href=\"#article-").append(n).append("\">").append(n)
          .append("</a></sup>");
    }
  }

  /** Escapes text for HTML content and attribute values. */
  private static String h(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ JSON

  /**
   * Writes the statement as JSON (the same in every language); see {@link ThreeAccountsJson}.
   *
   * @param accounts  the statement, not null
   * @return the JSON text, never null
   */
  public String json(ThreeAccounts accounts) {
    return ThreeAccountsJson.toJson(accounts);
  }

  private static final String CSS = String.join("\n",
      "*{box-sizing:border-box}",
      "body{margin:0;padding:24px 32px;font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
          + "\"Microsoft YaHei\",\"Helvetica Neue\",Arial,sans-serif;color:#1f2328;background:#fff;line-height:1.5;"
          + "font-size:14px}",
      "header{border-bottom:3px solid #b3261e;margin-bottom:16px}",
      "h1{margin:0;font-size:28px;color:#b3261e}",
      ".subtitle{margin:4px 0;color:#57606a}",
      ".person{margin:4px 0 12px;font-weight:600}",
      ".notice{border:2px solid #d29922;background:#fff8c5;padding:10px 14px;margin:0 0 16px;font-weight:600}",
      ".accounts{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;align-items:start}",
      ".account{border:1px solid #d0d7de;border-radius:6px;padding:12px 14px;break-inside:avoid}",
      ".account h2{margin:0 0 8px;font-size:20px;padding-bottom:6px;border-bottom:2px solid #d0d7de}",
      ".political h2{color:#b3261e;border-color:#b3261e}",
      ".growth h2{color:#1a7f37;border-color:#1a7f37}",
      ".economic h2{color:#0969da;border-color:#0969da}",
      "ul.items{list-style:none;margin:0;padding:0}",
      "li.item{padding:8px 0;border-bottom:1px dashed #d0d7de}",
      "li.item:last-child{border-bottom:none}",
      "li.item h3{margin:0 0 4px;font-size:15px}",
      ".text{margin:0 0 4px}",
      ".amount{margin:0 0 4px;font-size:18px;font-weight:700;color:#0969da}",
      ".why,.source,.confidence{margin:2px 0;font-size:12px;color:#57606a}",
      ".label{font-weight:600}",
      "cite{font-style:normal}",
      "ul.schedule{margin:2px 0 2px 18px;padding:0;font-size:12px}",
      ".grand-total{font-size:16px;margin:12px 0;padding-top:8px;border-top:2px solid #0969da}",
      ".grand-total strong{font-size:20px;color:#0969da}",
      ".comparison table{border-collapse:collapse;width:100%}",
      ".comparison th,.comparison td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}",
      ".comparison td{text-align:right;font-variant-numeric:tabular-nums}",
      ".comparison h3{margin:8px 0 4px;font-size:15px}",
      ".none,.not-published{color:#57606a;font-size:12px}",
      ".later{margin-top:16px;font-size:12px;color:#57606a}",
      ".later h2{font-size:14px;margin:0 0 4px}",
      ".articles{margin-top:16px;font-size:12px;color:#1f2328}",
      ".articles h2{font-size:14px;margin:0 0 4px}",
      ".articles li{margin:2px 0}",
      "cite a{color:inherit}",
      "footer{margin-top:16px;font-size:12px;color:#57606a;border-top:1px solid #d0d7de;padding-top:8px}",
      "@media print{body{padding:0;font-size:11px}.accounts{gap:8px}.account{padding:8px}"
          + "@page{size:A4 landscape;margin:12mm}}",
      "@media (max-width:900px){.accounts{grid-template-columns:1fr}}",
      "");
}
