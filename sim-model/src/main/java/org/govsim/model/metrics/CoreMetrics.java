package org.govsim.model.metrics;

import static org.govsim.model.metrics.MetricDef.Kind.COUNT;
import static org.govsim.model.metrics.MetricDef.Kind.DAYS;
import static org.govsim.model.metrics.MetricDef.Kind.RATE;
import static org.govsim.model.metrics.MetricDef.Kind.RATIO;
import static org.govsim.model.metrics.MetricDef.Kind.SCORE;
import static org.govsim.model.metrics.MetricDef.Kind.SHARE;
import static org.govsim.model.metrics.MetricDef.Kind.SIZE;
import static org.govsim.model.metrics.MetricDef.Kind.YUAN;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/**
 * The core model's metrics, in column order: runs.csv's district figures, the per-type and per-level columns,
 * timeseries.csv's monthly figures. Practical thresholds: half a dispute per 1,000 households a month, a
 * percentage point of a share, 0.01 of a score, half a day of a mean time; for the funding gap, 500,000 yuan a
 * year, about the gap Qiongyuan Plaza's pilot closed (article Q12).
 */
public final class CoreMetrics {
    static final String PER_1000 = "per 1,000 households a month";
    static final String PER_1000_ZH = "每千户每月";
    /** the practical threshold of a rate of issues or disputes */
    static final double RATE_THRESHOLD = 0.5;

    private CoreMetrics() {
    }

    /** The run metrics that come before the levers' columns. */
    public static List<MetricDef> run() {
        List<MetricDef> d = new ArrayList<>();
        d.add(size("compounds", "compounds", "小区数", "compound", "个"));
        d.add(size("households", "households", "户数", "household", "户"));
        d.add(size("residents", "residents", "居民数", "person", "人"));
        d.add(size("grids", "grids", "网格数", "grid", "个"));
        d.add(total("issues_arrived", "issues arisen (whole run)", "诉求总数（全程）", "issues since day 0, burn-in included"));
        d.add(total("issues_settled", "issues settled (whole run)", "已解决诉求（全程）", "issues settled since day 0"));
        d.add(total("issues_exited", "issues taken to the hotline (whole run)", "转12345热线的诉求（全程）",
                "issues whose household left the chain for the 12345 hotline or a court, since day 0"));
        d.add(total("issues_open", "issues open at the end", "期末未结诉求", "arrived − settled − exited"));
        d.add(rate("issues_per_1000hh_month", "issues raised", "诉求", MetricDef.Better.NEITHER,
                "issues that arose"));
        d.add(rate("disputes_per_1000hh_month", "disputes", "纠纷", MetricDef.Better.LOWER,
                "conflicts the first level to handle them did not settle, issues that outlived the household's patience or festered "
                        + "unreported, and those taken to the 12345 hotline"));
        d.add(rate("property_disputes_per_1000hh_month", "property disputes", "物业纠纷", MetricDef.Better.LOWER,
                "disputes of the property domain (repairs and property-service issues)"));
        d.add(days("resolution_days_mean", "mean resolution time", "平均解决时长", 0.5, "report to settlement, issues settled in the window"));
        d.add(days("resolution_days_median", "median resolution time", "解决时长中位数", 0.25, "report to settlement"));
        d.add(days("resolution_days_p90", "90th-percentile resolution time", "解决时长90分位", 1.0, "report to settlement"));
        d.add(days("wait_days_mean", "mean wait for a server", "平均等待时长", 0.25, "per service start"));
        d.add(share("share_settled_in_compound", "share settled within the compound or grid", "小区/网格内解决比例",
                MetricDef.Better.HIGHER, "settled at levels self to hall, of issues ended in the window"));
        d.add(share("share_settled_in_compound_non_repair", "share settled within the compound, repairs aside",
                "小区/网格内解决比例（不含维修）", MetricDef.Better.HIGHER, "the same share without routine repairs"));
        d.add(share("share_exited", "share taken to the hotline or a court", "转12345热线比例", MetricDef.Better.LOWER,
                "of issues ended in the window"));
        d.add(rate("hotline_per_1000hh_month", "issues reaching the 12345 hotline", "12345热线诉求", MetricDef.Better.LOWER,
                "issues called in to the 12345 hotline, and issues whose household left the chain for it or a court"));
        d.add(rate("property_hotline_per_1000hh_month", "property issues reaching the hotline", "12345热线物业诉求", MetricDef.Better.LOWER,
                "repairs and property-service issues reaching the hotline (the external anchor: about 6-7)"));
        d.add(MetricDef.of("escalations_per_issue").kind(RATIO).unit("per issue", "次/件").label("escalations per issue", "每件诉求上交次数")
                .lowerIsBetter(0.01).describe("escalations in the window ÷ issues arisen in it").build());
        d.add(MetricDef.of("reworks_per_issue").kind(RATIO).unit("per issue", "次/件").label("reworks per issue", "每件诉求返工次数")
                .lowerIsBetter(0.01).describe("times a first level redid a failed case (a repair back to the company) ÷ issues arisen").build());
        d.add(share("share_found_by_channel", "share found by a patrol or visit before being reported", "主动发现比例",
                MetricDef.Better.HIGHER, "of issues reported in the window, those a detection channel found first"));
        d.add(score("satisfaction_mean", "residents' satisfaction", "居民满意度", "mean of property and governance satisfaction, at the end"));
        d.add(score("satisfaction_property_mean", "satisfaction with the property company", "物业满意度", "at the end"));
        d.add(score("satisfaction_governance_mean", "satisfaction with governance", "治理满意度", "with the branch and community, at the end"));
        d.add(score("trust_mean", "trust in the branch and community", "对党组织和社区的信任", "at the end"));
        d.add(share("fee_collection_rate", "property-fee collection rate", "物业费收缴率", MetricDef.Better.HIGHER,
                "fees collected ÷ billed over the window"));
        d.add(MetricDef.of("funding_gap_yuan").kind(YUAN).unit("yuan a year", "元/年").label("funding gap", "资金缺口")
                .lowerIsBetter(500_000).describe("billed minus collected, yuan per 360-day year, district total").build());
        d.add(score("property_effort_mean", "property companies' effort", "物业企业努力程度", "mean over companies, at the end"));
        for (IssueType t : IssueType.values()) {
            d.add(rate(t.column() + "_per_1000hh_month", t.label(), t.term(), MetricDef.Better.NEITHER, "issues of this type arisen"));
            d.add(rate(t.column() + "_disputes_per_1000hh_month", t.label() + " disputes", t.term() + "纠纷", MetricDef.Better.LOWER,
                    "disputes of this type"));
        }
        for (Level l : Level.values()) {
            d.add(share("settled_at_" + l.column() + "_share", "share settled by the " + l.label(), l.term() + "解决比例",
                    MetricDef.Better.NEITHER, "of issues settled in the window"));
        }
        d.add(share("disputes_unreported_share", "share of disputes that festered unreported", "未报告即激化的纠纷比例",
                MetricDef.Better.NEITHER, "of disputes in the window: latent conflicts that erupted"));
        d.add(share("disputes_called_in_share", "share of disputes called in to the hotline", "直接拨打12345的纠纷比例",
                MetricDef.Better.NEITHER, "of disputes in the window: issues raised by calling the 12345 hotline"));
        for (Level l : Level.values()) {
            d.add(share("disputes_at_" + l.column() + "_share", "share of disputes arising at the " + l.label(), l.term() + "处形成的纠纷比例",
                    MetricDef.Better.NEITHER, "of disputes in the window: where the issue stood when it became one"));
        }
        d.add(MetricDef.of("branches").kind(SIZE).unit("compound", "个").label("compounds with a party branch", "有党支部的小区")
                .describe("at the end").build());
        d.add(score("owners_committee_quality_mean", "owners' committees' quality", "业委会质量", "mean over compounds, at the end"));
        d.add(MetricDef.of("owners_committee_misuses").kind(COUNT).unit("misuse", "起").label("owners' committee fund misuses", "业委会资金违规")
                .lowerIsBetter(1).byCompound().describe("in the window").build());
        return d;
    }

    /**
     * The figures of one compound (compounds.csv), before the levers' own: where it is, what it is, and what happened
     * there in the observed window. Rates and totals are the compound's share of runs.csv's district figures.
     */
    public static List<MetricDef> compound() {
        List<MetricDef> d = new ArrayList<>();
        d.add(place("community", "community index", "社区编号"));
        d.add(place("grid", "grid index (of its first building)", "网格编号"));
        d.add(MetricDef.of("old").scope(MetricDef.Scope.COMPOUND).kind(MetricDef.Kind.FLAG).unit("yes = 1", "是 = 1")
                .label("old walk-up compound", "老旧小区").describe("rather than a commercial one").build());
        d.add(MetricDef.of("households").scope(MetricDef.Scope.COMPOUND).kind(SIZE).unit("household", "户").label("households", "户数").build());
        d.add(MetricDef.of("branch").scope(MetricDef.Scope.COMPOUND).kind(MetricDef.Kind.FLAG).unit("yes = 1", "是 = 1")
                .label("has a party branch", "有小区党支部").describe("at the end").build());
        d.add(compoundRate("issues_per_1000hh_month", "issues raised", "诉求", MetricDef.Better.NEITHER));
        d.add(compoundRate("disputes_per_1000hh_month", "disputes", "纠纷", MetricDef.Better.LOWER));
        d.add(compoundRate("property_disputes_per_1000hh_month", "property disputes", "物业纠纷", MetricDef.Better.LOWER));
        d.add(compoundRate("hotline_per_1000hh_month", "issues reaching the 12345 hotline", "12345热线诉求", MetricDef.Better.LOWER));
        for (Level l : Level.values()) {
            d.add(MetricDef.of("settled_at_" + l.column()).scope(MetricDef.Scope.COMPOUND).kind(COUNT).unit("issues", "件")
                    .label("settled by the " + l.label(), l.term() + "解决").neutral(1).describe("issues settled in the window").build());
        }
        d.add(MetricDef.of("exited").scope(MetricDef.Scope.COMPOUND).kind(COUNT).unit("issues", "件")
                .label("taken to the hotline after the chain failed", "转热线").lowerIsBetter(1).describe("in the window").build());
        d.add(MetricDef.of("resolution_days_mean").scope(MetricDef.Scope.COMPOUND).kind(DAYS).unit("days", "天")
                .label("mean resolution time", "平均解决时长").lowerIsBetter(0.5).describe("report to settlement").build());
        d.add(MetricDef.of("satisfaction_mean").scope(MetricDef.Scope.COMPOUND).kind(SCORE).unit("score 0-1", "0-1分")
                .label("residents' satisfaction", "居民满意度").higherIsBetter(0.01).describe("at the end").build());
        d.add(MetricDef.of("trust_mean").scope(MetricDef.Scope.COMPOUND).kind(SCORE).unit("score 0-1", "0-1分")
                .label("trust in the branch and community", "信任").higherIsBetter(0.01).describe("at the end").build());
        d.add(MetricDef.of("fee_collection_rate").scope(MetricDef.Scope.COMPOUND).kind(SHARE).unit("share", "比例")
                .label("property-fee collection rate", "物业费收缴率").higherIsBetter(0.01).describe("over the window").build());
        d.add(compoundYuan("funding_gap_yuan", "funding gap", "资金缺口", MetricDef.Better.LOWER, "billed minus collected"));
        d.add(compoundYuan("company_revenue_yuan", "the property company's revenue", "物业企业收入", MetricDef.Better.NEITHER,
                "under its contract"));
        d.add(compoundYuan("company_cost_yuan", "the property company's cost", "物业企业成本", MetricDef.Better.NEITHER,
                "fixed cost and the cost of its effort"));
        d.add(MetricDef.of("property_effort").scope(MetricDef.Scope.COMPOUND).kind(SCORE).unit("effort 0-1", "0-1")
                .label("the property company's effort", "物业努力程度").higherIsBetter(0.01).describe("at the end").build());
        return d;
    }

    private static MetricDef place(String column, String en, String zh) {
        return MetricDef.of(column).scope(MetricDef.Scope.COMPOUND).kind(SIZE).unit("index", "编号").label(en, zh).build();
    }

    private static MetricDef compoundRate(String column, String en, String zh, MetricDef.Better better) {
        MetricDef.Builder b = MetricDef.of(column).scope(MetricDef.Scope.COMPOUND).kind(RATE).unit(PER_1000, PER_1000_ZH).label(en, zh)
                .describe("the compound's, over the observed window");
        return (better == MetricDef.Better.LOWER ? b.lowerIsBetter(RATE_THRESHOLD) : b.neutral(RATE_THRESHOLD)).build();
    }

    private static MetricDef compoundYuan(String column, String en, String zh, MetricDef.Better better, String why) {
        MetricDef.Builder b = MetricDef.of(column).scope(MetricDef.Scope.COMPOUND).kind(YUAN).unit("yuan a year", "元/年").label(en, zh)
                .describe(why + ", yuan per 360-day year over the window");
        return (better == MetricDef.Better.LOWER ? b.lowerIsBetter(10_000) : b.neutral(10_000)).build();
    }

    /** The monthly metrics of timeseries.csv, in column order. */
    public static List<MetricDef> month() {
        String per1000 = "per 1,000 households";
        String per1000Zh = "每千户";
        List<MetricDef> d = new ArrayList<>();
        d.add(monthly("issues_per_1000hh", RATE, per1000, per1000Zh, "issues raised this month", "本月诉求", MetricDef.Better.NEITHER, RATE_THRESHOLD));
        d.add(monthly("disputes_per_1000hh", RATE, per1000, per1000Zh, "disputes this month", "本月纠纷", MetricDef.Better.LOWER, RATE_THRESHOLD));
        d.add(monthly("property_disputes_per_1000hh", RATE, per1000, per1000Zh, "property disputes this month", "本月物业纠纷",
                MetricDef.Better.LOWER, RATE_THRESHOLD));
        d.add(monthly("settled", COUNT, "issues", "件", "issues settled this month", "本月解决", MetricDef.Better.NEITHER, 0));
        d.add(monthly("exited", COUNT, "issues", "件", "issues taken to the hotline this month", "本月转热线", MetricDef.Better.LOWER, 0));
        d.add(monthly("escalations", COUNT, "escalations", "次", "escalations this month", "本月上交", MetricDef.Better.LOWER, 0));
        d.add(monthly("open_issues", COUNT, "issues", "件", "open issues at the month's end", "月末未结诉求", MetricDef.Better.LOWER, 0));
        d.add(monthly("resolution_days_mean", DAYS, "days", "天", "mean resolution time of the month's settlements", "本月平均解决时长",
                MetricDef.Better.LOWER, 0.5));
        d.add(monthly("satisfaction_mean", SCORE, "score 0-1", "0-1分", "residents' satisfaction", "居民满意度", MetricDef.Better.HIGHER, 0.01));
        d.add(monthly("satisfaction_property_mean", SCORE, "score 0-1", "0-1分", "satisfaction with the property company", "物业满意度",
                MetricDef.Better.HIGHER, 0.01));
        d.add(monthly("satisfaction_governance_mean", SCORE, "score 0-1", "0-1分", "satisfaction with governance", "治理满意度",
                MetricDef.Better.HIGHER, 0.01));
        d.add(monthly("trust_mean", SCORE, "score 0-1", "0-1分", "trust in the branch and community", "信任", MetricDef.Better.HIGHER, 0.01));
        d.add(monthly("fee_collection_rate", SHARE, "share", "比例", "property-fee collection rate", "物业费收缴率", MetricDef.Better.HIGHER, 0.01));
        d.add(monthly("funding_gap_yuan", YUAN, "yuan a month", "元/月", "funding gap this month", "本月资金缺口", MetricDef.Better.LOWER,
                500_000 / 12.0));
        d.add(monthly("property_effort_mean", SCORE, "effort 0-1", "0-1", "property companies' effort", "物业努力程度", MetricDef.Better.HIGHER, 0.01));
        return d;
    }

    private static MetricDef size(String column, String en, String zh, String unit, String unitZh) {
        return MetricDef.of(column).kind(SIZE).unit(unit, unitZh).label(en, zh).describe("the district built").build();
    }

    private static MetricDef total(String column, String en, String zh, String why) {
        return MetricDef.of(column).kind(MetricDef.Kind.TOTAL).unit("issues", "件").label(en, zh).neutral(0).describe(why).build();
    }

    static MetricDef rate(String column, String en, String zh, MetricDef.Better better, String why) {
        MetricDef.Builder b = MetricDef.of(column).kind(RATE).unit(PER_1000, PER_1000_ZH).label(en, zh).describe(why + ", per 1,000 households per 30-day month over the observed window");
        return (better == MetricDef.Better.LOWER ? b.lowerIsBetter(RATE_THRESHOLD) : b.neutral(RATE_THRESHOLD)).build();
    }

    private static MetricDef days(String column, String en, String zh, double threshold, String why) {
        return MetricDef.of(column).kind(DAYS).unit("days", "天").label(en, zh).lowerIsBetter(threshold).describe(why).build();
    }

    private static MetricDef share(String column, String en, String zh, MetricDef.Better better, String why) {
        MetricDef.Builder b = MetricDef.of(column).kind(SHARE).unit("share", "比例").label(en, zh).describe(why);
        return switch (better) {
            case HIGHER -> b.higherIsBetter(0.01).build();
            case LOWER -> b.lowerIsBetter(0.01).build();
            case NEITHER -> b.neutral(0.01).build();
        };
    }

    private static MetricDef score(String column, String en, String zh, String why) {
        return MetricDef.of(column).kind(SCORE).unit("score 0-1", "0-1分").label(en, zh).higherIsBetter(0.01).describe(why).build();
    }

    private static MetricDef monthly(String column, MetricDef.Kind kind, String unit, String unitZh, String en, String zh,
                                     MetricDef.Better better, double threshold) {
        MetricDef.Builder b = MetricDef.of(column).scope(MetricDef.Scope.MONTH).kind(kind).unit(unit, unitZh).label(en, zh);
        return switch (better) {
            case HIGHER -> b.higherIsBetter(threshold).build();
            case LOWER -> b.lowerIsBetter(threshold).build();
            case NEITHER -> b.neutral(threshold).build();
        };
    }
}
