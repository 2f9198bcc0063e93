using System.Diagnostics;

namespace Hanyang.Gis.Cli;

/// <summary>
/// Progress of a verb's slow steps on stderr (stdout stays for results): a bar with the step's name, and
/// the time each step took. Off a terminal each step is one plain line, so logs stay readable.
/// </summary>
internal sealed class CliProgress(int steps)
{
    private const int BarWidth = 20;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly bool terminal = !Console.IsErrorRedirected;
    private int done;
    private string? current;

    /// <summary>Starts the next step, finishing the one before.</summary>
    public void Step(string name)
    {
        Finish();
        current = name;
        clock.Restart();
        if (terminal)
        {
            Console.Error.Write($"\r{Bar()} {done + 1}/{steps} {name}…");
        }
    }

    /// <summary>Finishes the step in progress.</summary>
    public void Finish()
    {
        if (current is null)
        {
            return;
        }

        done++;
        var line = $"{Bar()} {done}/{steps} {current} ({clock.Elapsed.TotalSeconds:0.0} s)";
        Console.Error.WriteLine(terminal ? "\r" + line : line);
        current = null;
    }

    private string Bar()
    {
        var filled = steps == 0 ? BarWidth : done * BarWidth / steps;
        return "[" + new string('#', filled) + new string('-', BarWidth - filled) + "]";
    }
}
