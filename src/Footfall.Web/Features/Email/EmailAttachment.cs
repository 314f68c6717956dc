namespace Footfall.Web.Features.Email;

/// <summary>A file attached to an <see cref="EmailMessage"/>.</summary>
/// <param name="FileName">The name the recipient sees, e.g. <c>appointment.ics</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>text/calendar; method=REQUEST</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>An iCalendar file (RFC 5545) as an attachment; <paramref name="method"/> is the iTIP method (RFC 5546).</summary>
    public static EmailAttachment Calendar(string fileName, string icalendarText, string method = "PUBLISH") =>
        new(fileName, $"text/calendar; charset=utf-8; method={method}", System.Text.Encoding.UTF8.GetBytes(icalendarText));
}
