package org.zhengbing.examples.cli;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhengbing.core.assess.AssessmentRate;
import org.zhengbing.core.assess.FiveRateAssessment;
import org.zhengbing.core.assess.RateAssessment;
import org.zhengbing.core.assess.RecordAssessment;
import org.zhengbing.core.assess.Ranking;
import org.zhengbing.core.assess.ReturnReason;
import org.zhengbing.core.assess.ScoreItem;
import org.zhengbing.core.assess.SeasonRecord;
import org.zhengbing.core.assess.Streak;
import org.zhengbing.core.assess.Verdict;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Writes the assessment of season records as one self-contained HTML page in Chinese and English: no scripts, no
 * external resources (a Content-Security-Policy forbids both), every text escaped, and inline SVG charts: each
 * unit's five rates against their targets for the season shown, the trend of each rate over the seasons, and the
 * ranking as a bar chart; then the tables behind them.
 *
 * <p>Chart coordinates are computed in exact decimals and written to 0.1 pixel.
 */
final class AssessmentHtml {

  private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
      "#8c564b", "#e377c2"};
  private static final String MET = "#2e7d32";
  private static final String MISSED = "#e65100";
  private static final String NONE = "#9e9e9e";
  private static final List<AssessmentRate> FIVE = List.of(AssessmentRate.REGISTRATION, AssessmentRate.EXAM_TURNOUT,
      AssessmentRate.QUALIFICATION, AssessmentRate.SELECTION, AssessmentRate.RETURN);

  private final RecordAssessment assessment;
  private final ConscriptionTerm season;
  private final StringBuilder out = new StringBuilder(1 << 16);

  private AssessmentHtml(RecordAssessment assessment, ConscriptionTerm season) {
    this.assessment = assessment;
    this.season = season;
  }

  /**
   * Renders the page.
   *
   * @param assessment  the assessment, not null
   * @param season  the season whose rates, targets and ranking are shown, one with records, not null
   * @return the page, never null
   */
  static String render(RecordAssessment assessment, ConscriptionTerm season) {
    return new AssessmentHtml(assessment, season).page();
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String both(String zh, String en) {
    return esc(zh) + " <span lang=\"en\">" + esc(en) + "</span>";
  }

  private static String pct(Optional<Rate> r) {
    return r.map(Rate::toString).orElse("–");
  }

  private static String seasonName(ConscriptionTerm t) {
    return t.year() + "年" + t.season().chineseName() + " " + t;
  }

  private static String num(BigDecimal v) {
    return v.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String color(Verdict v) {
    return v == Verdict.MET ? MET : v == Verdict.NOT_MET ? MISSED : NONE;
  }

  private String unitColor(String unit) {
    return PALETTE[assessment.units().indexOf(unit) % PALETTE.length];
  }

  private boolean illustrative() {
    for (String u : assessment.units()) {
      for (FiveRateAssessment a : assessment.seasons(u).values()) {
        if (a.isIllustrative()) {
          return true;
        }
      }
    }
    return false;
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>征兵工作考评 Conscription work assessment ").append(esc(season.toString()))
        .append("</title>\n<style>\n")
        .append("body{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',sans-serif;margin:24px auto;"
            + "max-width:1160px;color:#212121;padding:0 16px}\n")
        .append("h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}\n")
        .append("span[lang=en]{color:#555;font-weight:normal}\n")
        .append("table{border-collapse:collapse;margin:8px 0;font-size:13px}\n")
        .append("th,td{border:1px solid #ddd;padding:3px 6px;text-align:right}th{background:#f5f5f5}\n")
        .append("td.u,th.u{text-align:left}.missed{color:" + MISSED + ";font-weight:bold}.met{color:" + MET + "}\n")
        .append(".note{background:#fff8e1;border:1px solid #ffe082;padding:8px 12px}\n")
        .append(".charts{display:flex;flex-wrap:wrap;gap:12px}.charts figure{margin:0}\n")
        .append("figcaption{font-size:13px;font-weight:bold}\n")
        .append("svg text{font-size:11px;font-family:inherit}\n")
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(both("征兵工作考评", "Conscription work assessment")).append("</h1>\n");
    List<ConscriptionTerm> seasons = assessment.seasons();
    out.append("<p>").append(both(assessment.units().size() + " 个单位，" + seasons.size() + " 个季度（"
            + seasons.get(0) + " 至 " + seasons.get(seasons.size() - 1) + "）；本页考评季度：" + seasonName(season),
        assessment.units().size() + " units over " + seasons.size() + " seasons; season shown: " + season))
        .append("</p>\n");
    if (illustrative()) {
      out.append("<p class=\"note\">").append(both("示例口径：五率的计算口径、目标、权重和计分规则没有全国公开标准，本报告所用"
              + "均为示例（ILLUSTRATIVE）参数，仅供参考。",
          "ILLUSTRATIVE: no national formula, target, weight or scoring rule of the five rates is published; "
              + "this report uses illustrative parameters.")).append("</p>\n");
    }
    fiveRatesChart();
    trendCharts();
    rankingChart();
    seasonTable();
    scoreTable();
    yearTable();
    streaksAndReturns();
    definitions();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  // ------------------------------------------------------------------ charts

  private List<String> unitsIn(ConscriptionTerm t) {
    List<String> units = new ArrayList<>();
    for (String u : assessment.units()) {
      if (assessment.season(u, t).isPresent()) {
        units.add(u);
      }
    }
    return units;
  }

  private void fiveRatesChart() {
    out.append("<h2>").append(both("五率与目标（" + season + "）", "The five rates against their targets, "
        + season)).append("</h2>\n<div class=\"charts\">\n");
    List<String> units = unitsIn(season);
    for (AssessmentRate r : FIVE) {
      BigDecimal max = BigDecimal.ZERO;
      Optional<Rate> target = Optional.empty();
      boolean atMost = false;
      for (String u : units) {
        RateAssessment a = assessment.season(u, season).orElseThrow().rate(r);
        max = max.max(a.rate().map(Rate::fraction).orElse(BigDecimal.ZERO));
        if (a.target().isPresent()) {
          target = a.target();
          atMost = a.targetIsMaximum();
          max = max.max(a.target().get().fraction());
        }
      }
      if (max.signum() == 0) {
        max = BigDecimal.ONE;
      }
      BigDecimal left = BigDecimal.valueOf(90);
      BigDecimal width = BigDecimal.valueOf(190);
      int rowH = 24;
      int h = 30 + rowH * units.size() + 10;
      out.append("<figure><figcaption>").append(both(r.chineseName(), r.englishName()))
          .append(target.isPresent() ? esc((atMost ? " 目标 ≤ " : " 目标 ≥ ") + target.get()) : "")
          .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"340\" height=\"").append(h)
          .append("\" viewBox=\"0 0 340 ").append(h).append("\" role=\"img\" class=\"rates\" data-rate=\"")
          .append(esc(r.key())).append("\">\n");
      for (int i = 0; i < units.size(); i++) {
        String u = units.get(i);
        RateAssessment a = assessment.season(u, season).orElseThrow().rate(r);
        int y = 20 + i * rowH;
        BigDecimal v = a.rate().map(Rate::fraction).orElse(BigDecimal.ZERO);
        BigDecimal w = width.multiply(v).divide(max.multiply(new BigDecimal("1.1")), 1, RoundingMode.HALF_EVEN);
        out.append("<text x=\"84\" y=\"").append(y + 14).append("\" text-anchor=\"end\">").append(esc(u))
            .append("</text>\n<rect x=\"90\" y=\"").append(y + 3).append("\" width=\"").append(num(w))
            .append("\" height=\"16\" fill=\"").append(color(a.verdict())).append("\"><title>").append(esc(u))
            .append(' ').append(esc(pct(a.rate()))).append("</title></rect>\n<text x=\"")
            .append(num(left.add(w).add(BigDecimal.valueOf(4)))).append("\" y=\"").append(y + 15).append("\">")
            .append(esc(pct(a.rate()))).append(a.verdict() == Verdict.NOT_MET ? " ✗" : "").append("</text>\n");
      }
      if (target.isPresent()) {
        BigDecimal x = left.add(width.multiply(target.get().fraction())
            .divide(max.multiply(new BigDecimal("1.1")), 1, RoundingMode.HALF_EVEN));
        out.append("<line class=\"target\" x1=\"").append(num(x)).append("\" y1=\"12\" x2=\"").append(num(x))
            .append("\" y2=\"").append(h - 6).append("\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>\n<text x=\"")
            .append(num(x)).append("\" y=\"10\" text-anchor=\"middle\">").append(esc(target.get().toString()))
            .append("</text>\n");
      }
      out.append("</svg></figure>\n");
    }
    out.append("</div>\n<p>").append(both("绿色：达标；橙色：未达标（✗）；灰色：无目标或无分母；虚线：目标。",
        "Green: target met; orange: missed (✗); grey: no target or no denominator; dashed line: the target."))
        .append("</p>\n");
  }

  private void trendCharts() {
    out.append("<h2>").append(both("各率季度走势", "Each rate over the seasons")).append("</h2>\n<p>");
    for (String u : assessment.units()) {
      out.append("<span style=\"color:").append(unitColor(u)).append("\">■</span> ").append(esc(u)).append(" ");
    }
    out.append("</p>\n<div class=\"charts\">\n");
    List<ConscriptionTerm> seasons = assessment.seasons();
    List<AssessmentRate> shown = new ArrayList<>(FIVE);
    shown.add(AssessmentRate.DOUBLE_QUALIFIED);
    shown.add(AssessmentRate.COLLEGE_SHARE);
    shown.add(AssessmentRate.GRADUATE_SHARE);
    for (AssessmentRate r : shown) {
      BigDecimal max = BigDecimal.ZERO;
      Set<Rate> targets = new LinkedHashSet<>();
      for (String u : assessment.units()) {
        for (FiveRateAssessment a : assessment.seasons(u).values()) {
          max = max.max(a.rate(r).rate().map(Rate::fraction).orElse(BigDecimal.ZERO));
          a.rate(r).target().ifPresent(t -> targets.add(t));
        }
      }
      for (Rate t : targets) {
        max = max.max(t.fraction());
      }
      if (max.signum() == 0) {
        max = BigDecimal.ONE;
      }
      BigDecimal top = max.multiply(new BigDecimal("1.1"));
      int w = 340;
      int h = 190;
      BigDecimal plotTop = BigDecimal.valueOf(14);
      BigDecimal plotH = BigDecimal.valueOf(140);
      BigDecimal left = BigDecimal.valueOf(58);
      BigDecimal plotW = BigDecimal.valueOf(266);
      out.append("<figure><figcaption>").append(both(r.chineseName(), r.englishName()))
          .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
          .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
          .append("\" role=\"img\" class=\"trend\" data-rate=\"").append(esc(r.key())).append("\">\n");
      out.append("<line x1=\"58\" y1=\"154\" x2=\"324\" y2=\"154\" stroke=\"#999\"/>")
          .append("<line x1=\"58\" y1=\"14\" x2=\"58\" y2=\"154\" stroke=\"#999\"/>\n")
          .append("<text x=\"54\" y=\"157\" text-anchor=\"end\">0%</text><text x=\"54\" y=\"")
          .append(num(plotTop.add(plotH.subtract(plotH.multiply(max).divide(top, 1, RoundingMode.HALF_EVEN)))
              .add(BigDecimal.valueOf(3))))
          .append("\" text-anchor=\"end\">").append(esc(Rate.ofFraction(max.setScale(4, RoundingMode.HALF_EVEN))
              .toString())).append("</text>\n");
      for (int i = 0; i < seasons.size(); i++) {
        BigDecimal x = xAt(i, seasons.size(), left, plotW);
        out.append("<text x=\"").append(num(x)).append("\" y=\"170\" text-anchor=\"middle\">")
            .append(esc(seasons.get(i).year() + seasons.get(i).season().chineseName())).append("</text>\n");
      }
      for (Rate t : targets) {
        BigDecimal y = plotTop.add(plotH.subtract(plotH.multiply(t.fraction()).divide(top, 1,
            RoundingMode.HALF_EVEN)));
        out.append("<line class=\"target\" x1=\"58\" y1=\"").append(num(y)).append("\" x2=\"324\" y2=\"")
            .append(num(y)).append("\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>\n");
      }
      for (String u : assessment.units()) {
        StringBuilder pts = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Map.Entry<ConscriptionTerm, FiveRateAssessment> e : assessment.seasons(u).entrySet()) {
          Optional<Rate> v = e.getValue().rate(r).rate();
          if (v.isEmpty()) {
            continue;
          }
          BigDecimal x = xAt(seasons.indexOf(e.getKey()), seasons.size(), left, plotW);
          BigDecimal y = plotTop.add(plotH.subtract(plotH.multiply(v.get().fraction()).divide(top, 1,
              RoundingMode.HALF_EVEN)));
          pts.append(pts.length() == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
          dots.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
              .append("\" r=\"3\" fill=\"").append(unitColor(u)).append("\"><title>").append(esc(u)).append(' ')
              .append(esc(e.getKey().toString())).append(' ').append(esc(v.get().toString()))
              .append("</title></circle>\n");
        }
        if (pts.length() > 0) {
          out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(unitColor(u))
              .append("\" points=\"").append(pts).append("\"/>\n").append(dots);
        }
      }
      out.append("</svg></figure>\n");
    }
    out.append("</div>\n");
  }

  private static BigDecimal xAt(int i, int n, BigDecimal left, BigDecimal width) {
    if (n == 1) {
      return left.add(width.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN));
    }
    BigDecimal inset = BigDecimal.valueOf(16);
    return left.add(inset).add(width.subtract(inset.multiply(BigDecimal.valueOf(2))).multiply(BigDecimal.valueOf(i))
        .divide(BigDecimal.valueOf(n - 1), 1, RoundingMode.HALF_EVEN));
  }

  private void rankingChart() {
    Ranking ranking = assessment.ranking(season);
    out.append("<h2>").append(both("考评排名（" + season + "）", "Ranking, " + season)).append("</h2>\n");
    int rowH = 26;
    int h = 16 + rowH * ranking.places().size();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"").append(h)
        .append("\" viewBox=\"0 0 760 ").append(h).append("\" role=\"img\" class=\"ranking\">\n");
    for (Ranking.Place p : ranking.places()) {
      int y = 8 + (p.position() - 1) * rowH;
      BigDecimal max = BigDecimal.valueOf(Math.max(1, p.score().maximum()));
      BigDecimal w = BigDecimal.valueOf(420).multiply(p.score().score()).divide(max, 1, RoundingMode.HALF_EVEN);
      out.append("<text x=\"150\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
          .append(esc(p.rank() + ". " + p.score().unit())).append("</text>\n<rect x=\"160\" y=\"").append(y + 2)
          .append("\" width=\"").append(num(w)).append("\" height=\"18\" fill=\"")
          .append(unitColor(p.score().unit())).append("\"/>\n<text x=\"").append(num(w.add(BigDecimal.valueOf(166))))
          .append("\" y=\"").append(y + 15).append("\">").append(esc(p.score().score().toPlainString() + " / "
              + p.score().maximum() + (p.tied() ? " (并列 tied)" : ""))).append("</text>\n");
    }
    out.append("</svg>\n<p>").append(both("同分并列，取较好名次，其后名次顺延（1、2、2、4）；并列者按单位名称（Unicode 码点）排列。",
        "Equal scores share the better rank and the next rank is skipped (1, 2, 2, 4); tied units are listed by "
            + "name in Unicode code point order.")).append("</p>\n");
  }

  // ------------------------------------------------------------------ tables

  private void rateHeader(List<AssessmentRate> rates) {
    for (AssessmentRate r : rates) {
      out.append("<th>").append(both(r.chineseName(), r.englishName())).append("</th>");
    }
  }

  private void rateCells(FiveRateAssessment a, List<AssessmentRate> rates) {
    for (AssessmentRate r : rates) {
      RateAssessment ra = a.rate(r);
      out.append("<td class=\"").append(ra.verdict() == Verdict.NOT_MET ? "missed" : ra.verdict() == Verdict.MET
          ? "met" : "").append("\" title=\"").append(esc(ra.numerator() + " / " + ra.denominator()))
          .append("\">").append(esc(pct(ra.rate()))).append(ra.verdict() == Verdict.NOT_MET ? " ✗" : "")
          .append("</td>");
    }
  }

  private static final List<AssessmentRate> ALL = List.of(AssessmentRate.values());

  private void seasonTable() {
    out.append("<h2>").append(both("各单位本季各率（" + season + "）", "Every rate of each unit, " + season))
        .append("</h2>\n<table class=\"season\">\n<tr><th class=\"u\">").append(both("单位", "Unit")).append("</th>");
    rateHeader(ALL);
    out.append("<th>").append(both("报名数/任务数", "Applicants per place")).append("</th><th>")
        .append(both("兵源是否充足", "Pool large enough")).append("</th></tr>\n");
    for (String u : unitsIn(season)) {
      FiveRateAssessment a = assessment.season(u, season).orElseThrow();
      out.append("<tr><td class=\"u\">").append(esc(u)).append("</td>");
      rateCells(a, ALL);
      out.append("<td>").append(esc(a.applicantsPerPlace().map(m -> m.toPlainString() + "×").orElse("–")))
          .append("</td><td class=\"").append(a.isPoolLargeEnough() ? "met" : "missed").append("\">")
          .append(esc((a.isPoolLargeEnough() ? "是 yes" : "否 no") + " (" + a.poolSize() + " / " + a.poolMinimum()
              + ")")).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void scoreTable() {
    Ranking ranking = assessment.ranking(season);
    out.append("<h2>").append(both("得分明细（" + season + "）", "Scores item by item, " + season))
        .append("</h2>\n<table class=\"scores\">\n<tr><th>").append(both("名次", "Rank"))
        .append("</th><th class=\"u\">").append(both("单位", "Unit")).append("</th>");
    ImmutableList<ScoreItem> first = ranking.places().get(0).score().items();
    for (ScoreItem i : first) {
      out.append("<th>").append(both(i.rate().chineseName(), i.rate().englishName())).append("<br>")
          .append(esc("权重 weight " + i.weight())).append("</th>");
    }
    out.append("<th>").append(both("得分", "Score")).append("</th></tr>\n");
    for (Ranking.Place p : ranking.places()) {
      out.append("<tr><td>").append(p.rank()).append(p.tied() ? "=" : "").append("</td><td class=\"u\">")
          .append(esc(p.score().unit())).append("</td>");
      for (ScoreItem i : p.score().items()) {
        out.append("<td class=\"").append(i.verdict() == Verdict.MET ? "met" : "missed").append("\">")
            .append(esc(i.points().toPlainString())).append("</td>");
      }
      out.append("<td><b>").append(esc(p.score().score().toPlainString() + " / " + p.score().maximum()))
          .append("</b></td></tr>\n");
    }
    out.append("</table>\n<p>").append(both("计分规则：" + ranking.places().get(0).score().rule().key(),
        "Scoring rule: " + ranking.places().get(0).score().rule().key())).append("</p>\n");
  }

  private void yearTable() {
    out.append("<h2>").append(both("年度（按各季合计数计算）", "Years, from the summed counts of their seasons"))
        .append("</h2>\n<table class=\"years\">\n<tr><th class=\"u\">").append(both("单位", "Unit"))
        .append("</th><th>").append(both("年度", "Year")).append("</th>");
    rateHeader(ALL);
    out.append("<th>").append(both("名次", "Rank")).append("</th></tr>\n");
    for (String u : assessment.units()) {
      for (Map.Entry<Integer, FiveRateAssessment> e : assessment.years(u).entrySet()) {
        out.append("<tr><td class=\"u\">").append(esc(u)).append("</td><td>").append(e.getKey()).append("</td>");
        rateCells(e.getValue(), ALL);
        Ranking.Place p = assessment.yearRanking(e.getKey()).place(u).orElseThrow();
        out.append("<td>").append(p.rank()).append(p.tied() ? "=" : "").append(" (")
            .append(esc(p.score().score().toPlainString())).append(")</td></tr>\n");
      }
    }
    out.append("</table>\n");
  }

  private void streaksAndReturns() {
    out.append("<h2>").append(both("零退兵连续季度与退兵记录", "Zero-return streaks and returns")).append("</h2>\n")
        .append("<table class=\"streaks\">\n<tr><th class=\"u\">").append(both("单位", "Unit")).append("</th><th>")
        .append(both("最长零退兵", "Longest zero-return run")).append("</th><th>")
        .append(both("当前零退兵", "Current zero-return run")).append("</th><th>")
        .append(both("退兵记录（记录季度：身体/政治/其他）", "Returns recorded (season: physical/political/other)"))
        .append("</th></tr>\n");
    for (String u : assessment.units()) {
      Streak longest = assessment.longestStreak(u, RecordAssessment.ZERO_RETURNS);
      Streak current = assessment.currentStreak(u, RecordAssessment.ZERO_RETURNS);
      StringBuilder returns = new StringBuilder();
      for (SeasonRecord r : assessment.records(u).values()) {
        Map<ReturnReason, Long> by = r.returnsByReason();
        if (!r.returns().isEmpty()) {
          returns.append(returns.length() == 0 ? "" : "; ").append(r.season()).append(": ")
              .append(by.get(ReturnReason.PHYSICAL)).append('/').append(by.get(ReturnReason.POLITICAL)).append('/')
              .append(by.get(ReturnReason.OTHER));
        }
      }
      out.append("<tr><td class=\"u\">").append(esc(u)).append("</td><td>").append(esc(streak(longest)))
          .append("</td><td>").append(esc(streak(current))).append("</td><td class=\"u\">")
          .append(esc(returns.length() == 0 ? "–" : returns.toString())).append("</td></tr>\n");
    }
    out.append("</table>\n<p>").append(both("退兵计入新兵批准入伍季度的退兵率。", "A return counts in the return rate "
        + "of the season the recruit was approved in.")).append("</p>\n");
  }

  private static String streak(Streak s) {
    return s.length() == 0 ? "0" : s.length() + " 季 seasons (" + s.first().orElseThrow() + " – "
        + s.last().orElseThrow() + ")";
  }

  private void definitions() {
    out.append("<h2>").append(both("口径与出处", "Definitions and sources")).append("</h2>\n<table class=\"defs\">\n")
        .append("<tr><th class=\"u\">").append(both("率", "Rate")).append("</th><th class=\"u\">")
        .append(both("分子 / 分母", "Numerator / denominator")).append("</th><th>").append(both("目标", "Target"))
        .append("</th><th class=\"u\">").append(both("出处", "Sources")).append("</th></tr>\n");
    FiveRateAssessment any = assessment.season(unitsIn(season).get(0), season).orElseThrow();
    for (AssessmentRate r : AssessmentRate.values()) {
      RateAssessment a = any.rate(r);
      Set<String> docs = new LinkedHashSet<>();
      for (Citation c : a.explanation().citations()) {
        docs.add(c.document() + c.issuer().map(i -> " (" + i + ")").orElse(""));
      }
      out.append("<tr><td class=\"u\">").append(both(r.chineseName(), r.englishName())).append("</td><td class=\"u\">")
          .append(esc(a.numeratorCount().chineseName() + " / " + a.denominatorCount().chineseName())).append("<br>")
          .append("<span lang=\"en\">").append(esc(a.numeratorCount().key() + " / " + a.denominatorCount().key()))
          .append("</span></td><td>").append(esc(a.target().map(t -> (a.targetIsMaximum() ? "≤ " : "≥ ") + t)
              .orElse("–"))).append("</td><td class=\"u\">").append(esc(String.join("; ", docs)))
          .append(a.explanation().isIllustrative() ? " <b>ILLUSTRATIVE</b>" : "").append("</td></tr>\n");
    }
    out.append("</table>\n");
  }
}
