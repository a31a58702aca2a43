using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TargetRules.Cli.Plans;

/// <summary>
/// Loads YAML (a plan or a policy) through a parser that refuses two shapes before the node tree is built:
/// lists and mappings nested deeper than <see cref="MaxDepth"/> (building the tree recurses: 50,000 '[' overflowed the
/// stack and killed the process), and a key that is a list, a mapping or an alias of one (filling a mapping hashes
/// its keys, and nested aliases make that exponential: 489 bytes took seconds). Plans and policies only need text keys.
/// Two shapes YamlDotNet 16.3 itself trips on are refused in one line as well (see <see cref="Load"/> and the mapping end).
/// </summary>
internal static class YamlText
{
    public const int MaxDepth = 64;

    /// <summary>The documents of <paramref name="reader"/>; a refused shape is a <see cref="UsageException"/> naming <paramref name="name"/> and the line.</summary>
    public static YamlStream Load(TextReader reader, string name)
    {
        var yaml = new YamlStream();
        var parser = new Checked(new Parser(reader), name);
        try
        {
            yaml.Load(parser);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails so, rather than with a YamlException, on a flow list that goes on at the start of
            // a line within a block ("a: [b\nc]", found by fuzzing; aaubry/YamlDotNet#541): text that is not YAML all the same.
            throw new UsageException($"{name}: not valid YAML (after line {parser.Current?.End.Line ?? 1}): a list or mapping in [ ] or {{ }} that the YAML reader cannot scan");
        }

        return yaml;
    }

    private sealed class Checked(IParser inner, string name) : IParser
    {
        // Each open list or mapping, and how many nodes it holds so far: in a mapping, an even count means a key comes next.
        private readonly Stack<(bool Mapping, int Nodes)> _open = new();
        private readonly HashSet<AnchorName> _textAnchors = [];

        // Where the last node began: at the end of a mapping with a key and no value, that key.
        private long _lastNode = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            var current = inner.Current!;
            if (current is NodeEvent or AnchorAlias && _open.TryPop(out var parent))
            {
                if (parent.Mapping && parent.Nodes % 2 == 0 && !(current is Scalar || (current is AnchorAlias alias && _textAnchors.Contains(alias.Value))))
                {
                    throw new UsageException($"{name}: line {current.Start.Line}: a key must be text, not a list, a mapping or an alias of one");
                }

                _open.Push((parent.Mapping, parent.Nodes + 1));
            }

            if (current is NodeEvent or AnchorAlias)
            {
                _lastNode = current.Start.Line;
            }

            switch (current)
            {
                case Scalar { Anchor.IsEmpty: false } scalar:
                    _textAnchors.Add(scalar.Anchor);
                    break;
                case SequenceStart or MappingStart:
                    if (_open.Count == MaxDepth)
                    {
                        throw new UsageException($"{name}: line {current.Start.Line}: lists and mappings nested deeper than {MaxDepth}");
                    }

                    // An anchor given again names the later node.
                    _textAnchors.Remove(((NodeEvent)current).Anchor);
                    _open.Push((current is MappingStart, 0));
                    break;
                case SequenceEnd or MappingEnd:
                    // YamlDotNet's parser ends a mapping after a key with no value for an empty key on a line of its own
                    // ("a:\n : 1", found by fuzzing), which its node loader then fails on with an ArgumentException.
                    if (_open.Pop() is { Mapping: true, Nodes: var nodes } && nodes % 2 == 1)
                    {
                        throw new UsageException($"{name}: line {_lastNode}: a mapping ends after a key, before its value (an empty key such as ' : 1' cannot be read)");
                    }

                    break;
            }

            return true;
        }
    }
}
