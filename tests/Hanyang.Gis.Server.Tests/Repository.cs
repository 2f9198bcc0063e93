namespace Hanyang.Gis.Server.Tests;

/// <summary>Where the repository is, for tests that run its tools.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hanyang.Gis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hanyang.Gis.sln not found above " + AppContext.BaseDirectory);
    }
}
