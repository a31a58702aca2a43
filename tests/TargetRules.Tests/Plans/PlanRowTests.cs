using TargetRules.Plans;

namespace TargetRules.Tests.Plans;

/// <summary>A plan row as read: a missing cell is empty text, never null.</summary>
public sealed class PlanRowTests
{
    [Fact]
    public void PlanRow_NullCells_EmptyText()
    {
        var row = new PlanRow(1, null!, null!, null!, null!, null!);

        new[] { row.Id, row.Category, row.Indicator, row.TargetText, row.ActualText }.ShouldAllBe(cell => cell == "");
    }
}
