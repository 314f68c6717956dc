using Footfall.Activities;

namespace Footfall.Web.Features.History;

/// <summary>A page of the owner's activities, newest first, with the filters that produced it.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityRow> Items, int Page, int PageSize, int Total, IReadOnlyList<Sport> Sports)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
