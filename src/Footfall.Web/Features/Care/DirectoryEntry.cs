using Footfall.Care;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Care;

/// <summary>One practitioner at one clinic in the directory, with the distance from where the runner searched, in kilometres.</summary>
public sealed record DirectoryEntry(PractitionerProfile Practitioner, Profession Profession, Clinic Clinic, double DistanceKm, IReadOnlyList<string> Treats);
