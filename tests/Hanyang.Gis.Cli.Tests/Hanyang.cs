using System.Diagnostics;

namespace Hanyang.Gis.Cli.Tests;

/// <summary>Runs the real hanyang command (the built hanyang.dll) as a separate process.</summary>
internal static class Hanyang
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs hanyang with <paramref name="environment"/> added to its environment.</summary>
    public static (int ExitCode, string Out, string Error) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("hanyang " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts hanyang with redirected output; the caller reads, waits for or kills it.</summary>
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>As <see cref="Start(string[])"/>, with <paramref name="environment"/> set for the process.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "hanyang.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ConnectionStrings__Plan");
        start.Environment.Remove("HANYANG_DEBUG");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
