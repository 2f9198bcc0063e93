namespace Hanyang.Gis.Cli;

/// <summary>
/// Wrong usage found only when a verb runs (e.g. a malformed ConnectionStrings__Plan in the environment):
/// exit code 2, like the usage errors the parser finds. The message names the option or setting.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
