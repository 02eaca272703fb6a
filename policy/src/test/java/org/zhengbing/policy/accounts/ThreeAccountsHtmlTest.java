package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.policy.benefit.Benefit;

/** Parses the printable page of each golden statement in each language and checks what a family would read. */
class ThreeAccountsHtmlTest {

  static Stream<Arguments> pages() {
    return Statements.ALL.stream().flatMap(a -> Stream.of(Arguments.of(a, Locale.SIMPLIFIED_CHINESE),
        Arguments.of(a, Locale.ENGLISH)));
  }

  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageIsWellFormedAndSelfContained(ThreeAccounts a, Locale locale) {
    String html = ThreeAccountsRenderer.of(locale).html(a);
    assertThat(html).startsWith("<!DOCTYPE html>");
    Document doc = parse(html);
    assertThat(doc.select("html").attr("lang")).isEqualTo("zh".equals(locale.getLanguage()) ? "zh-CN" : "en");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.select("script, link, img, iframe, object, [src], [href]:not(a)")).isEmpty();
    // links are citations' addresses and footnote references, never resources the page loads
    assertThat(doc.select("a[href]")).allSatisfy(e -> assertThat(e.attr("href")).matches("https?://\\S+|#article-[0-9]+"));
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(doc.select("main.accounts > section.account")).extracting(Element::id)
        .containsExactly("political", "growth", "economic");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void citationsAreInTheReadersLanguageAndQuoteTheirArticles(ThreeAccounts a, Locale locale) {
    Document doc = parse(ThreeAccountsRenderer.of(locale).html(a));
    boolean zh = "zh".equals(locale.getLanguage());
    // no English words inside book-title marks, and the library's own readings never in them
    java.util.regex.Matcher titles = java.util.regex.Pattern.compile("《([^》]*)》").matcher(doc.text());
    while (titles.find()) {
      assertThat(titles.group(1)).as(titles.group()).doesNotContainPattern("[A-Za-z]");
    }
    if (!zh) {
      assertThat(doc.select("cite").eachText()).allSatisfy(t -> assertThat(t).doesNotContain("《"));
    }
    // every cited article whose text is bundled is a numbered footnote holding that text, and the reference links it
    java.util.Set<String> texts = new java.util.LinkedHashSet<>();
    a.political().forEach(i -> i.citation().articleText().ifPresent(texts::add));
    a.growth().forEach(i -> i.citation().articleText().ifPresent(texts::add));
    a.economicItems().forEach(b -> b.citations().forEach(c -> c.articleText().ifPresent(texts::add)));
    Elements notes = doc.select("section.articles li");
    assertThat(notes.eachAttr("id")).allSatisfy(id -> assertThat(id).matches("article-[0-9]+"));
    for (String t : texts) {
      assertThat(notes).anySatisfy(li -> assertThat(li.selectFirst(".article-text").wholeText()
          .replace("\n", "")).isEqualTo(t.replace("\n", "")));
    }
    assertThat(doc.select("sup.article-ref a")).allSatisfy(ref ->
        assertThat(doc.getElementById(ref.attr("href").substring(1))).isNotNull());
    if (!texts.isEmpty()) {
      assertThat(doc.select("section.articles h2").text()).isEqualTo(zh ? "所引条文" : "Articles cited");
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyItemAndCitationIsOnThePage(ThreeAccounts a, Locale locale) {
    ThreeAccountsRenderer r = ThreeAccountsRenderer.of(locale);
    Document doc = parse(r.html(a));
    for (String section : new String[] {"political", "growth"}) {
      var items = section.equals("political") ? a.political() : a.growth();
      Elements lis = doc.select("#" + section + " li.item");
      assertThat(lis).hasSize(items.size());
      for (int i = 0; i < items.size(); i++) {
        AccountItem item = items.get(i);
        Element li = lis.get(i);
        assertThat(li.attr("data-key")).isEqualTo(item.key());
        assertThat(li.selectFirst("h3").text()).isEqualTo(item.title().in(locale));
        assertThat(li.selectFirst("p.text").text()).isEqualTo(item.text().in(locale));
        assertThat(li.select("cite").eachText()).containsExactly(item.citation().toShortString(locale));
        assertThat(li.selectFirst("p.why").text()).isNotBlank();
      }
    }
    Elements money = doc.select("#economic li.item");
    assertThat(money).hasSize(a.economicItems().size());
    for (int i = 0; i < a.economicItems().size(); i++) {
      Benefit b = a.economicItems().get(i);
      Element li = money.get(i);
      assertThat(li.attr("data-key")).isEqualTo("benefit." + b.kind().key());
      assertThat(li.selectFirst("p.amount").text()).isEqualTo(r.money(b.total()));
      for (Citation c : b.citations()) {
        assertThat(li.select("cite").eachText()).contains(c.toShortString(locale));
      }
      assertThat(li.select("ul.schedule li")).isNotEmpty();
    }
    assertThat(doc.selectFirst("p.grand-total strong").text()).isEqualTo(r.money(a.economicTotal()));
    assertThat(doc.select("section.later li")).extracting(e -> e.attr("data-key"))
        .containsExactlyElementsOf(a.laterItems().stream().map(AccountItem::key).toList());
    if (a.comparison().isPresent()) {
      assertThat(doc.select(".comparison td").eachText()).containsExactly(
          r.money(a.comparison().get().enlistmentIncome()), r.money(a.comparison().get().alternativeIncome()),
          r.money(a.comparison().get().difference()));
    } else {
      assertThat(doc.select(".comparison table")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void noPlaceholderIsLeftUnresolved(ThreeAccounts a, Locale locale) {
    Document doc = parse(ThreeAccountsRenderer.of(locale).html(a));
    String text = doc.body().text();
    assertThat(text).doesNotContainPattern("\\{\\w*\\}").doesNotContain("null").doesNotContain("???");
    assertThat(doc.title()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void anIllustrativeStatementShowsTheNoticeNamingItsItems(ThreeAccounts a, Locale locale) {
    Document doc = parse(ThreeAccountsRenderer.of(locale).html(a));
    Elements notice = doc.select("div.notice[role=note]");
    assertThat(notice).hasSize(a.isIllustrative() ? 1 : 0);
    for (String id : a.illustrativeItems()) {
      String name = id.startsWith("benefit.")
          ? doc.selectFirst("li.item[data-key=" + id + "] h3").text()
          : id.equals("comparison") ? doc.selectFirst(".comparison h3").text()
          : Stream.of(a.political(), a.growth(), a.laterItems()).flatMap(l -> l.stream())
              .filter(i -> i.key().equals(id)).findFirst().orElseThrow().title().in(locale);
      assertThat(notice.text()).contains(name);
    }
  }
}
