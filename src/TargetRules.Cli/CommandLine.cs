using System.Globalization;
using TargetRules.Cli.Inputs;
using TargetRules.Cli.Rendering;
using TargetRules.Evaluation;

namespace TargetRules.Cli;

/// <summary>
/// Reads the arguments of DESIGN.md's command-line contract. Hand-written because the contract is small
/// and every usage error has to become exactly one line on stderr with exit code 2.
/// </summary>
internal static class CommandLine
{
    public static readonly string Usage = $"""
        usage:
          targetrules evaluate [PLAN] [--references FILE] [--elapsed 0.5 | --period H1|Q1|Q3|M1..M12]
                               [--format {ReportFormats.Usage}] [--output FILE] [--lang zh|en] [--policy FILE]
                               [--max-input-mb 1024] [--max-xlsx-chars 20000000]
          targetrules parse "TEXT" [--indicator NAME] [--actual] [--format tree|json]

        PLAN is a .tsv, .csv, .json, .yaml or .xlsx table with the columns id, category, indicator (or project),
        target_text, actual_text (or their Chinese names 序号, 类别, 指标内容, 预期目标, 完成情况); without PLAN
        the bundled Baoshan 2022 indicator table is evaluated. Exit codes: 0 evaluated, 1 a phrase that
        `parse` cannot read, 2 a usage error or an unreadable file.
        """;

    /// <summary>Reads <c>evaluate</c>'s arguments (after the command word).</summary>
    public static EvaluateOptions ParseEvaluate(IReadOnlyList<string> args)
    {
        string? plan = null, references = null, policy = null, output = null, elapsed = null, period = null, format = null, lang = null, bytes = null, characters = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--references": references = Value(args, ref i); break;
                case "--policy": policy = Value(args, ref i); break;
                case "--output" or "-o": output = Value(args, ref i); break;
                case "--elapsed": elapsed = Value(args, ref i); break;
                case "--period": period = Value(args, ref i); break;
                case "--format" or "-f": format = Value(args, ref i); break;
                case "--lang": lang = Value(args, ref i); break;
                case InputLimits.BytesOption: bytes = Value(args, ref i); break;
                case InputLimits.CharactersOption: characters = Value(args, ref i); break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        throw new UsageException($"unknown option '{arg}' for evaluate (see --help)");
                    }

                    if (plan is not null)
                    {
                        throw new UsageException($"evaluate takes one PLAN; '{arg}' is a second one");
                    }

                    plan = arg;
                    break;
            }
        }

        return new EvaluateOptions(plan, references, policy, Period(elapsed, period), Format(format, output), output, ReportLanguage(lang), InputLimits.From(bytes, characters));
    }

    /// <summary>Reads <c>parse</c>'s arguments (after the command word).</summary>
    public static ParseOptions ParseParse(IReadOnlyList<string> args)
    {
        string? text = null, indicator = null, format = null;
        var actual = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--indicator": indicator = Value(args, ref i); break;
                case "--format" or "-f": format = Value(args, ref i); break;
                case "--actual": actual = true; break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option '{arg}' for parse (see --help)");
                    }

                    if (text is not null)
                    {
                        throw new UsageException($"parse takes one TEXT; quote the phrase (a second argument '{arg}' was given)");
                    }

                    text = arg;
                    break;
            }
        }

        if (text is null)
        {
            throw new UsageException("parse needs the TEXT of a target, e.g. targetrules parse \"可比增长 6%以上\"");
        }

        var json = format switch
        {
            null or "tree" => false,
            "json" => true,
            _ => throw new UsageException($"unknown format '{format}' for parse (expected tree or json)"),
        };
        return new ParseOptions(text, indicator, json, actual);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
        {
            throw new UsageException($"option '{args[i]}' needs a value");
        }

        return args[++i];
    }

    private static ReportingPeriod Period(string? elapsed, string? period)
    {
        if (elapsed is not null && period is not null)
        {
            throw new UsageException("give either --elapsed or --period, not both");
        }

        if (elapsed is not null)
        {
            if (!decimal.TryParse(elapsed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || share is <= 0 or > 1)
            {
                throw new UsageException($"--elapsed '{elapsed}' is not a share of the year in (0, 1], e.g. 0.5");
            }

            return ReportingPeriod.FromElapsed(share);
        }

        if (period is not null)
        {
            return ReportingPeriod.TryParse(period)
                ?? throw new UsageException($"--period '{period}' is not one of H1, H2, Q1..Q4, M1..M12");
        }

        return ReportingPeriod.Annual;
    }

    private static IReportFormat Format(string? format, string? output)
    {
        if (format is not null)
        {
            return ReportFormats.Named(format.ToLowerInvariant())
                ?? throw new UsageException($"unknown format '{format}' (expected {ReportFormats.Listed(Language.English)})");
        }

        // Without --format, an --output file's extension picks the format (report.html, report.xlsx).
        return (output is null ? null : ReportFormats.ForExtension(Path.GetExtension(output).TrimStart('.').ToLowerInvariant()))
            ?? ReportFormats.Default;
    }

    // The option keeps its words (zh, en); past this point the tool speaks the library's type.
    private static Language ReportLanguage(string? lang) => lang?.ToLowerInvariant() switch
    {
        null or "zh" => Language.Chinese,
        "en" => Language.English,
        _ => throw new UsageException($"unknown language '{lang}' (expected zh or en)"),
    };
}
