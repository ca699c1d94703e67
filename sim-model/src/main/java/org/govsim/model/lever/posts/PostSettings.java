package org.govsim.model.lever.posts;

import static org.govsim.model.param.ParamDef.bool;
import static org.govsim.model.param.ParamDef.integer;
import static org.govsim.model.param.ParamDef.real;
import static org.govsim.model.param.Sources.assumption;

import java.util.List;
import org.govsim.model.lever.LeverSettings;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/** Where posts are, how far they are seen, and what being seen does to reporting and trust. */
record PostSettings(boolean enabled, double coverage, double showShare, int householdsPerPost, double reportUplift,
                    double trustTarget, double trustRatePerMonth) implements LeverSettings {

    static List<ParamDef> declare() {
        return List.of(
                bool("demonstrationPosts.enabled", false,
                        "article: Yongshou's 亮身份、亮职责、亮承诺, 党员示范岗 and 共产党员户 plaques",
                        "Party members show identity, duty and pledge: posts that make them visible to their neighbours."),
                real("demonstrationPosts.coverage", "share", 1.0, 0, 1, assumption("the campaign is county-wide (全县)"),
                        "Share of compounds where the campaign runs (each compound drawn with this probability)."),
                real("demonstrationPosts.showShare", "share", 0.5, 0, 1, assumption("half the members' households hang the plaque"),
                        "Share of party-member households in a covered compound that become a post (共产党员户)."),
                integer("demonstrationPosts.householdsPerPost", "household", 12, 1, 200, assumption("a stairwell's neighbours see the plaque"),
                        "Households around a post, in its building, that see it (the post's household among them)."),
                real("demonstrationPosts.reportUplift", "probability", 0.10, 0, 0.5,
                        assumption("a visible member is someone to tell; like the wish wall's 0.10"),
                        "Added to a household's chance of reporting a new issue at once when it lives near a post."),
                real("demonstrationPosts.trustTarget", "score", 0.75, 0, 1, assumption("a kept public pledge earns trust up to a point"),
                        "Trust that households near a post move toward, month by month (never down)."),
                real("demonstrationPosts.trustRatePerMonth", "share/month", 0.05, 0, 1, assumption("slow, like the volunteers' recognition"),
                        "Share of the gap to the target closed each month: T ← T + rate · max(0, target − T)."));
    }

    static PostSettings from(ParamValues p) {
        String k = "demonstrationPosts.";
        return new PostSettings(p.bool(k + "enabled"), p.real(k + "coverage"), p.real(k + "showShare"), p.integer(k + "householdsPerPost"),
                p.real(k + "reportUplift"), p.real(k + "trustTarget"), p.real(k + "trustRatePerMonth"));
    }
}
