using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using TargetRules.Fuzz;

namespace TargetRules.Cli.Tests.Robustness;

/// <summary>
/// The fuzz entries (fuzz/TargetRules.Fuzz/FuzzTargets.cs, compiled in here too) over their seeds in
/// fuzz/corpus/TARGET and over mutations of them, so that neither the entries nor the readers' contracts can rot
/// between fuzzing runs. The mutations are drawn from a fixed seed, the same every run; a failing input is kept in the
/// temp folder under targetrules-fuzz-failures and named in the message, and belongs in the corpus once fixed.
/// </summary>
public sealed class FuzzTargetTests
{
    private const int Mutations = 300;

    // Bytes and pieces the readers treat specially: separators, quotes, structure, marks of encodings, bad UTF-8, GBK,
    // the phrases' own words and the workbook's own markup.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\t", ",", "\"", "\n", "\r\n", "\r", "#", "\t\t\t\n", ",,,\n", "{", "}", "[", "]", ":", "- ", "&a ", "*a", "? ", "!!str ",
            "\"rows\": [", "rows:\n", "\\u0000", "\\ud800", "\uFEFF", "\uFFFD", "\u001B[2J", "增长 6%", "/", "市下达目标", "左右", "亿元",
            "1e400", "99999999999999999999999999999", "<", "&amp;", "<c r=\"ZZZZZ2\">", " t=\"s\"", "<v>99</v>", "<!DOCTYPE a>",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xC3, 0x28], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00], [0xD4, 0xF6, 0xB3, 0xA4],
    ];

    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            foreach (var file in Corpus(target))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    public static TheoryData<string> Targets() => [.. FuzzTargets.Names];

    [Fact]
    public void Corpus_EveryTarget_HasSeedsAndNoOtherFolder()
    {
        Directory.EnumerateDirectories(Repository.File("fuzz", "corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(FuzzTargets.Names.Order(StringComparer.Ordinal));
        FuzzTargets.Names.ShouldAllBe(target => Corpus(target).Length >= 2);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Check_Seed_KeepsTheContract(string target, string name)
    {
        using var folder = new TempFolder();

        FuzzTargets.Check(target, File.ReadAllBytes(Repository.File("fuzz", "corpus", target, name)), folder.Path);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Check_MutatedSeeds_KeepTheContract(string target)
    {
        using var folder = new TempFolder();
        var seeds = Corpus(target).Select(File.ReadAllBytes).ToArray();
        var random = new Random(20221231 + FuzzTargets.Names.ToList().IndexOf(target));
        var failures = new List<string>();
        var time = Stopwatch.StartNew();

        for (var i = 0; i < Mutations; i++)
        {
            var input = target == "xlsx" && random.Next(2) == 0 ? MutatePart(random, seeds) : Mutate(random, seeds[random.Next(seeds.Length)], seeds);
            try
            {
                FuzzTargets.Check(target, input, folder.Path);
            }
            catch (Exception e)
            {
                // Kept where the message says, to replay (fuzz/README.md) and to add to the corpus once fixed.
                var kept = Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "targetrules-fuzz-failures")).FullName, $"{target}-{i}");
                File.WriteAllBytes(kept, input);
                failures.Add($"mutation {i} ({kept}): {e.GetType().Name}: {e.Message}");
            }
        }

        failures.ShouldBeEmpty();

        // A bound on a hang, not a timing claim: the 300 take about a second or two on two busy cores.
        time.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(120));
    }

    private static string[] Corpus(string target) =>
        [.. Directory.EnumerateFiles(Repository.File("fuzz", "corpus", target)).Order(StringComparer.Ordinal)];

    /// <summary>One to four edits of <paramref name="seed"/>: a bit flipped, a byte or a token put in, a run cut, repeated, or taken from another seed.</summary>
    private static byte[] Mutate(Random random, byte[] seed, byte[][] seeds)
    {
        var bytes = new List<byte>(seed);
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = random.Next(bytes.Count + 1);
            var length = Math.Min(random.Next(1, 17), bytes.Count - at);
            switch (random.Next(6))
            {
                case 0 when at < bytes.Count:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when length > 0:
                    bytes.RemoveRange(at, length);
                    break;
                case 2 when length > 0:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3:
                    var other = seeds[random.Next(seeds.Length)];
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(random.Next(1, 65), other.Length - from)).ToArray());
                    break;
                default:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A workbook seed with one part's bytes mutated and zipped again: raw edits of a deflated zip mostly just break it.</summary>
    private static byte[] MutatePart(Random random, byte[][] seeds)
    {
        var parts = new List<(string Name, byte[] Bytes)>();
        using (var zip = new ZipArchive(new MemoryStream(seeds[random.Next(seeds.Length)]), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }

                parts.Add((entry.FullName, content.ToArray()));
            }
        }

        var chosen = random.Next(parts.Count);
        parts[chosen] = (parts[chosen].Name, Mutate(random, parts[chosen].Bytes, [.. parts.Select(p => p.Bytes)]));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
