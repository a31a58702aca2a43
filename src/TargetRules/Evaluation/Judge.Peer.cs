using TargetRules.Facts;
using TargetRules.Targets;

namespace TargetRules.Evaluation;

// Comparisons with another indicator of the plan (与经济增长同步).
internal readonly partial struct Judge
{
    private Outcome Peer(string indicator, IndicatorRelativeTarget p, Observation actual)
    {
        if (!Own(indicator, p.Measure, actual, out var own, out var note, out var failure))
        {
            return failure;
        }

        var (ownZh, ownEn) = Describe(p.Measure, own);
        if (facts.Peer(p.Peer) is not { } peer)
        {
            return Outcome.Undetermined($"{ownZh}；本计划中没有“{p.Peer}”对应的指标", $"{ownEn}; no indicator of this plan gives \"{p.Peer}\"");
        }

        if (peer.Status != ObservationStatus.Reported || ReadEither(p.Measure, peer) is not { } peerValue || !Align(own, peerValue, out var a, out var b, out _))
        {
            return Outcome.Undetermined($"{ownZh}；“{p.Peer}”没有可比较的数据（{peer.Text}）", $"{ownEn}; \"{p.Peer}\" has no comparable figure ({peer.Text})");
        }

        var tolerance = p.Basically ? SyncTolerance(b) : 0m;
        var holds = a.Value >= b.Value - tolerance;
        var (peerZh, peerEn) = Describe(p.Measure, b);
        var sync = p.Basically ? "基本同步" : "同步";
        return Outcome.Of(holds,
            $"{note}{ownZh}，{PeerFigure(p.Peer, peerZh)}，{(holds ? "" : "未")}与{p.Peer}{sync}",
            $"{NoteEn(note)}{ownEn}; {p.Peer} {peerEn}; {(holds ? "in step" : "not in step")} with {p.Peer}{(p.Basically ? " (within the sync tolerance)" : "")}");
    }

    // 经济增长 already says growth: "经济增长 3%", not "经济增长增长 3%".
    private static string PeerFigure(string peer, string figure) =>
        peer.EndsWith("增长", StringComparison.Ordinal) && figure.StartsWith("增长 ", StringComparison.Ordinal)
            ? peer + figure["增长".Length..]
            : $"{peer} {figure}";
}
