using System.Globalization;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- late 1000,10000,100000`: one late city figure at each plan size, all sizes in one process. Each size receives the
/// same figures (quick's 200, fewer on a plan that has fewer rows waiting), reaching the same rows. Per figure it counts
/// the rules the session judges again, the attainment facts the NRules bridge updates and the NRules rules that fire, and
/// times a figure in a session and through the bridge, with the figure's row in the cache (as quick: the untimed
/// withdrawal before each run has just read it) and cold (the caches emptied first), and a full pass for the cost of a
/// row. The sizes are timed in interleaved rounds and each field is the median of its rounds, so that a change of the
/// shared host's speed falls on every size alike.
/// </summary>
public static class LateRun
{
    private const int Rounds = 15;

    // More than the host's caches hold: walking it before a run leaves none of the session's rows cached.
    private static readonly long[] Evictor = new long[64 << 20 >> 3];

    public static int Run(IEnumerable<int> sizes)
    {
        var cases = sizes.Select(size => new Case(size)).ToArray();
        QuickRun.WarmUpRuns(() => Array.ForEach(cases, c => c.Round(record: false)));
        for (var round = 0; round < Rounds; round++)
        {
            Array.ForEach(cases, c => c.Round(record: true));
        }

        Array.ForEach(cases, c => Console.WriteLine(c.Summary()));
        return 0;
    }

    private static void EmptyCaches()
    {
        for (var i = 0; i < Evictor.Length; i += 8)
        {
            Evictor[i]++;
        }
    }

    private sealed class Case
    {
        private readonly int _rows;
        private readonly RuleSetRunner _compiled;
        private readonly IncrementalScenario _session;
        private readonly NRulesBridgeRunner _bridge;
        private readonly double _rejudged;
        private readonly double _updated;
        private readonly double _fired;
        private readonly List<double>[] _timings = [[], [], [], [], []];

        public Case(int rows)
        {
            _rows = rows;
            var plan = PlanGenerator.Generate(rows);
            _compiled = new RuleSetRunner(plan);
            _session = new IncrementalScenario(plan, NRulesBridgeRunner.LateFigures);
            _bridge = new NRulesBridgeRunner(plan);
            _bridge.Judge();

            _session.Reset();
            _session.Run();
            _rejudged = (double)_session.Rejudged / _session.Dependents;
            _bridge.Withdraw();
            var (updated, fired) = _bridge.ArriveCounted();
            (_updated, _fired) = ((double)updated / _bridge.Late, (double)fired / _bridge.Late);
        }

        public void Round(bool record)
        {
            Time(0, () => _compiled.Evaluate(), _rows, null, record);
            Time(1, () => _session.Run(), _session.Dependents, _session.Reset, record);
            Time(2, () => _session.Run(), _session.Dependents, () => { _session.Reset(); EmptyCaches(); }, record);
            Time(3, _bridge.Arrive, _bridge.Late, _bridge.Withdraw, record);
            Time(4, _bridge.Arrive, _bridge.Late, () => { _bridge.Withdraw(); EmptyCaches(); }, record);
        }

        public string Summary()
        {
            var (full, warm, cold, late, lateCold) = (Median(0), Median(1), Median(2), Median(3), Median(4));
            return string.Create(CultureInfo.InvariantCulture,
                $"late: rows={_rows} figures={_bridge.Late} rejudged_per_figure={_rejudged:F2} updated_per_figure={_updated:F2} fired_per_figure={_fired:F2} " +
                $"targetrules_ns={full:F0} incremental_ns={warm:F0} incremental_cold_ns={cold:F0} nrules_late_ns={late:F0} nrules_late_cold_ns={lateCold:F0} " +
                $"row_ratio={warm / _rejudged / full:F1}x cold_row_ratio={cold / _rejudged / full:F1}x");
        }

        private void Time(int field, Action action, int items, Action? before, bool record)
        {
            before?.Invoke();
            var start = CpuClock.Now();
            action();
            var perItem = (CpuClock.Now() - start) / items;
            if (record)
            {
                _timings[field].Add(perItem);
            }
        }

        private double Median(int field) => QuickRun.Median(_timings[field]);
    }
}
