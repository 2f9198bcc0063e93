namespace Hanyang.Gis.Network.Tests;

/// <summary>A synthetic grid city: columns × rows vertices, blocks of a given spacing, all one class.</summary>
internal static class GridCity
{
    public const int LocalClass = 0;
    public const int ExpresswayClass = 1;

    public static readonly TravelProfile Walk45 = new("walk-4.5", TravelMode.Walk, [TravelProfile.KilometresPerHour(4.5), 0]);

    public static RoadGraph Build(int columns, int rows, double spacingMeters)
    {
        var builder = new RoadGraphBuilder();
        builder.AddVertices(columns * rows);
        for (var j = 0; j < rows; j++)
        {
            for (var i = 0; i < columns; i++)
            {
                if (i + 1 < columns)
                {
                    builder.AddEdge(Vertex(columns, i, j), Vertex(columns, i + 1, j), spacingMeters, LocalClass, true, true, false);
                }

                if (j + 1 < rows)
                {
                    builder.AddEdge(Vertex(columns, i, j), Vertex(columns, i, j + 1), spacingMeters, LocalClass, true, true, false);
                }
            }
        }

        return builder.Build();
    }

    public static VertexId Vertex(int columns, int i, int j) => new((j * columns) + i);
}
