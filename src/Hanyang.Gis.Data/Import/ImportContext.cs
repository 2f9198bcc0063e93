using System.Globalization;

namespace Hanyang.Gis.Data.Import;

/// <summary>The state of reading one file: its name, the options, and the problems and repairs collected so far.</summary>
internal sealed class ImportContext(string path, ImportOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
{
    private const int ProgressEvery = 1000;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string File { get; } = System.IO.Path.GetFileName(path);

    public ImportOptions Options { get; } = options;

    public ImportLimits Limits => Options.EffectiveLimits;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<ImportProblem> Problems { get; } = [];

    public List<string> Repairs { get; } = [];

    /// <summary>What the import did that the planner should know but that does not refuse it (rows a mapping left out).</summary>
    public List<string> Notes { get; } = [];

    public void Problem(ImportItem? item, string reason, string? file = null) => Problems.Add(new ImportProblem(file ?? File, item, reason));

    public void Repair(ImportItem item, string what) => Repairs.Add($"{File} {item}: {what}");

    /// <summary>Records a problem and returns true when <paramref name="count"/> features exceed the limit.</summary>
    public bool TooManyFeatures(long count)
    {
        if (count <= Limits.MaxFeatures)
        {
            return false;
        }

        Problem(null, string.Create(CultureInfo.InvariantCulture, $"has more than {Limits.MaxFeatures:N0} features ({count:N0} found), the limit of one import; split the file"));
        return true;
    }

    /// <summary>Records a problem and returns true when the files together exceed the size limit.</summary>
    public bool TooLarge(params string[] paths)
    {
        var bytes = paths.Where(System.IO.File.Exists).Sum(p => new FileInfo(p).Length);
        if (bytes <= Limits.MaxFileBytes)
        {
            return false;
        }

        Problem(null, string.Create(CultureInfo.InvariantCulture, $"is {Megabytes(bytes)} MB, larger than the limit of {Megabytes(Limits.MaxFileBytes)} MB for one import; split the file"));
        return true;
    }

    /// <summary>Called after each feature read: reports progress now and then and honours cancellation.</summary>
    public void FeatureRead(int count)
    {
        if (count % ProgressEvery == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
            progress?.Report(count);
        }
    }

    /// <summary>Reports the final count.</summary>
    public void Finished(int count) => progress?.Report(count);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
