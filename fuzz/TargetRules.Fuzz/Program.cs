using SharpFuzz;

namespace TargetRules.Fuzz;

/// <summary>
/// The fuzzing harness: <c>TargetRules.Fuzz TARGET</c> runs one entry of <see cref="FuzzTargets"/> under AFL++;
/// <c>TargetRules.Fuzz TARGET --replay PATH…</c> runs it once on every file (or every file in a folder) and prints the
/// ones that fail. A finding is any exception the entry lets through: see <see cref="FuzzTargets"/> for each contract.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is not [var target, ..] || !FuzzTargets.Names.Contains(target) || args is not ([_] or [_, "--replay", _, ..]))
        {
            Console.Error.WriteLine($"usage: TargetRules.Fuzz TARGET [--replay PATH…], TARGET one of {string.Join(", ", FuzzTargets.Names)}");
            return 2;
        }

        // The readers read files: each input is written in a folder of this process's own, removed at the end.
        var folder = Directory.CreateTempSubdirectory("targetrules-fuzz-").FullName;
        try
        {
            if (args is [_, "--replay", .. var paths])
            {
                return Replay(target, paths, folder);
            }

            // Out of process: a stack overflow (deep nesting) ends the child, which AFL records as a crash.
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                FuzzTargets.Check(target, memory.ToArray(), folder);
            });
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Replay(string target, string[] paths, string folder)
    {
        var failures = 0;
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).ToList();
        foreach (var file in files)
        {
            try
            {
                FuzzTargets.Check(target, File.ReadAllBytes(file), folder);
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"{file}: {e}");
            }
        }

        Console.WriteLine($"replay {target}: {files.Count} inputs, {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
