namespace TargetRules.Cli;

/// <summary>
/// A usage error, an unreadable file or a plan without its required columns: the tool prints the message
/// as one line on stderr and exits 2.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
