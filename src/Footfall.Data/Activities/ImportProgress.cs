namespace Footfall.Data.Activities;

/// <summary>How far an import has got.</summary>
/// <param name="FilesDone">Files handled so far (imported, duplicate or skipped).</param>
/// <param name="FilesTotal">Files in the import; null when not known up front (an export with nested zips).</param>
/// <param name="BytesDone">Bytes of the files and archives read so far, as stored.</param>
/// <param name="BytesTotal">Bytes of all files and archives, as stored; 0 when unknown.</param>
public readonly record struct ImportProgress(int FilesDone, int? FilesTotal, long BytesDone, long BytesTotal);
