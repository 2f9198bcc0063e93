using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Network;

namespace Hanyang.Gis.Application.MedicalCircles;

/// <summary>The medical circles' question: off-peak or peak driving, and the budget (the plan's is 10 minutes).</summary>
/// <param name="Profile">offpeak or peak.</param>
/// <param name="Minutes">The budget in minutes.</param>
public sealed record MedicalCirclesRequest(string Profile, double Minutes)
{
    /// <summary>The plan's budget of the circles, in minutes.</summary>
    public const double PlanMinutes = 10;

    /// <summary>The driving profiles the circles may use.</summary>
    public static IReadOnlyList<string> Profiles { get; } = ["offpeak", "peak"];

    /// <summary>The travel profile of <see cref="Profile"/>.</summary>
    public TravelProfile TravelProfile => Analysis.Medical.MedicalCircles.Profile(Profile);

    /// <summary>Reads profile (default offpeak) and minutes (default 10); every problem named.</summary>
    public static Outcome<MedicalCirclesRequest> Parse(RequestValues values, UseCaseLimits limits)
    {
        var reader = new RequestReader(values);
        var profile = reader.Text("profile") ?? (reader.Has("profile") ? null : "offpeak");
        if (profile is not null && !Profiles.Contains(profile))
        {
            reader.Add($"profile '{RequestReader.Shown(profile)}': use offpeak or peak");
        }

        var minutes = BudgetRequest.ReadMinutes(reader, limits, PlanMinutes);
        return reader.IsValid && profile is not null && minutes is { } m ? new MedicalCirclesRequest(profile, m) : reader.Failure()!;
    }
}
