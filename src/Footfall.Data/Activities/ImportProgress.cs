namespace Footfall.Data.Activities;

/// <summary>How far an import has got.</summary>
/// <param name="FilesDone">Files handled so far (imported, duplicate or skipped).</param>
/// <param name="FilesTotal">Files in the import.</param>
/// <param name="BytesDone">Bytes of the handled files.</param>
/// <param name="BytesTotal">Bytes of all files (as stored; 0 when unknown).</param>
public readonly record struct ImportProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal);
