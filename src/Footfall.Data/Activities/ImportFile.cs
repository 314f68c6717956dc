namespace Footfall.Data.Activities;

/// <summary>One file offered to <see cref="ActivityImporter"/>.</summary>
/// <param name="Name">The file's name inside its upload, folder or export (shown in reports; no health data).</param>
/// <param name="Length">Size in bytes as stored (compressed size for a gzip file), for progress; 0 when unknown.</param>
/// <param name="Open">Opens a fresh read stream on the content; the importer disposes it.</param>
/// <param name="GearName">The gear (shoe) name an export's summary gives for this file, if any.</param>
public sealed record ImportFile(string Name, long Length, Func<Stream> Open, string? GearName = null);
