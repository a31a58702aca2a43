using System.Globalization;
using NRules;
using TargetRules.Benchmarks.Engines;
using TargetRules.Benchmarks.Plans;
using TargetRules.Facts;
using TargetRules.NRules;

namespace TargetRules.Benchmarks;

/// <summary>
/// `-- late-pad`: where the NRules bridge's late figure grows. The late figures of quick (the same 200, the same rows) at
/// 10,000, 100,000 and 1,000,000 rows, and at 10,000 rows in sessions padded so that one of NRules' memories has the
/// 1,000,000-row session's size while the work stays that of 10,000 rows: 2,100,000 facts no rule matches (the working
/// memory's fact map), 130,000 city figures for indicators the plan lacks (the forwarding rule's memories and
/// activations: the 1,000,000-row plan holds 132,126 references), and both. Per case it counts the items NRules' nodes
/// process per figure (<c>ISession.Metrics</c>: the same in every case means the same work) and times a figure as quick
/// does, in interleaved rounds, median, GC pauses left out.
/// </summary>
public static class LatePaddedRun
{
    private const int Rounds = 30;

    public static int Run()
    {
        Case[] cases =
        [
            new(10_000, 0, 0), new(100_000, 0, 0), new(1_000_000, 0, 0),
            new(10_000, 2_100_000, 0), new(10_000, 0, 130_000), new(10_000, 700_000, 1_400_000),
        ];
        GC.Collect();
        for (var warm = 0; warm < 40; warm++)
        {
            Array.ForEach(cases, c => c.Round(record: false));
        }

        for (var round = 0; round < Rounds; round++)
        {
            Array.ForEach(cases, c => c.Round(record: true));
        }

        Array.ForEach(cases, c => Console.WriteLine(c.Summary()));
        return 0;
    }

    private sealed class Case
    {
        private readonly int _rows;
        private readonly int _others;
        private readonly int _references;
        private readonly NRulesBridgeRunner _bridge;
        private readonly ISession _session;
        private readonly List<double> _timings = [];
        private long _items;
        private int _figures;

        public Case(int rows, int others, int references)
        {
            (_rows, _others, _references) = (rows, others, references);
            _bridge = new NRulesBridgeRunner(PlanGenerator.Generate(rows));
            _session = _bridge.Judge();
            if (references > 0)
            {
                var growth = new Observation { Text = "增长 1%", Growth = 1m };
                _session.InsertAll(Enumerable.Range(0, references).Select(i => new ReferenceFact(new Reference($"padding {i}", ReferenceKind.City, growth, "padding"))));
                _session.Fire();
            }

            _session.InsertAll(Enumerable.Range(0, others).Select(_ => new Unmatched()));
        }

        public void Round(bool record)
        {
            _bridge.Withdraw();
            var items = Items();
            var pauses = GC.GetTotalPauseDuration();
            var start = CpuClock.Now();
            _bridge.Arrive();
            var elapsed = CpuClock.Now() - start - (GC.GetTotalPauseDuration() - pauses).TotalNanoseconds;
            if (record)
            {
                _timings.Add(elapsed / _bridge.Late);
                _items += Items() - items;
                _figures += _bridge.Late;
            }
        }

        public string Summary() => string.Create(CultureInfo.InvariantCulture,
            $"late-pad: rows={_rows} unmatched_facts={_others} padding_references={_references} figures={_bridge.Late} " +
            $"node_items_per_figure={(double)_items / _figures:F2} nrules_late_ns={QuickRun.Median(_timings):F0}");

        private long Items() => _session.Metrics.GetAll().Sum(m => (long)m.InsertInputCount + m.InsertOutputCount
            + m.UpdateInputCount + m.UpdateOutputCount + m.RetractInputCount + m.RetractOutputCount);
    }

    // A fact no rule matches: it sits only in the working memory's map of facts.
    private sealed class Unmatched;
}
