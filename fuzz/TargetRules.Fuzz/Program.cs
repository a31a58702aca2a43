using System.Text;
using SharpFuzz;
using TargetRules.Evaluation;
using TargetRules.Text;

namespace TargetRules.Fuzz;

/// <summary>
/// Fuzzing target for the two phrase parsers and the evaluator behind them. One input is UTF-8 text:
/// with two or more line breaks it is <c>indicator \n target \n actual</c>; otherwise the whole text is
/// read both as a target and as an actual. Any exception, or a failure whose position lies outside the
/// text, is a finding.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--replay", .. var paths])
        {
            return Replay(paths);
        }

        // Out of process: a stack overflow (deep nesting) ends the child, which AFL records as a crash.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Check(memory.ToArray());
        });
        return 0;
    }

    /// <summary>Runs every file (or every file in a folder) once and prints the ones that fail.</summary>
    private static int Replay(string[] paths)
    {
        var failures = 0;
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).ToList();
        foreach (var file in files)
        {
            try
            {
                Check(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }

        Console.WriteLine($"replay: {files.Count} inputs, {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    public static void Check(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var lines = text.Split('\n', 3);
        var (indicator, targetText, actualText) = lines.Length == 3 ? (lines[0], lines[1], lines[2]) : ((string?)null, text, text);

        var target = TargetParser.Parse(targetText, indicator);
        CheckPosition(target.Error, targetText);
        var actual = ObservationParser.Parse(actualText, indicator);
        CheckPosition(actual.Error, actualText);
        if (target.IsSuccess && actual.IsSuccess)
        {
            var attainment = Evaluator.Default.Evaluate(indicator ?? "指标", target.Value, actual.Value);
            if (!Enum.IsDefined(attainment.State) || string.IsNullOrEmpty(attainment.Explanation.Chinese))
            {
                throw new InvalidOperationException($"bad attainment {attainment.State} for '{targetText}' / '{actualText}'");
            }
        }
    }

    private static void CheckPosition(ParseError? error, string text)
    {
        if (error is not null && (error.Position < 0 || error.Position > text.Length || string.IsNullOrEmpty(error.Expected)))
        {
            throw new InvalidOperationException($"failure at position {error.Position} of {text.Length}: {error}");
        }
    }
}
