using Hanyang.Gis.Network;

namespace Hanyang.Gis.Application.Requests;

/// <summary>What reach and a facility's circle ask: a subject (a community, a facility), a mode and minutes.</summary>
/// <param name="Subject">The subject as given: a code, a name or an id.</param>
/// <param name="Mode">The mode as asked: walk, walk-slow, drive or drive-peak.</param>
/// <param name="Profile">The travel profile of the mode.</param>
/// <param name="Minutes">The budget.</param>
public sealed record SubjectBudgetRequest(string Subject, string Mode, TravelProfile Profile, double Minutes)
{
    /// <summary>
    /// Reads the subject field <paramref name="name"/> (required: <paramref name="expected"/> says what to give),
    /// mode (default walk) and minutes (required unless <paramref name="defaultMinutes"/>); every problem named.
    /// </summary>
    public static Outcome<SubjectBudgetRequest> Parse(RequestValues values, UseCaseLimits limits, string name, string expected, double? defaultMinutes = null)
    {
        var reader = new RequestReader(values);
        var subject = reader.Text(name);
        var travel = reader.Mode("mode", "walk");
        var minutes = BudgetRequest.ReadMinutes(reader, limits, defaultMinutes);
        if (string.IsNullOrWhiteSpace(subject) && !reader.Problems.Any(p => p.StartsWith(name, StringComparison.Ordinal)))
        {
            reader.Add($"{name}: give {expected}");
        }

        return reader.IsValid && subject is not null && travel is { } t && minutes is { } m
            ? new SubjectBudgetRequest(subject, t.Mode, t.Profile, m)
            : reader.Failure()!;
    }
}
